import { Migration } from '@mikro-orm/migrations';
import { appendLeaf, EMPTY_FRONTIER, type Frontier } from '../merkle';

const PAGE = 10_000;

/**
 * Each event keeps the roots of the perfect subtrees its leaf completed (`subtree_roots[l]`: the 2^l leaves
 * ending with it), so that an inclusion proof reads at most 2 log2(n) rows instead of every leaf before the
 * checkpoint. Events already in the log get theirs from their stored leaf hashes, in order, with the
 * append-only trigger lifted for this one change of the table and put back in the same transaction.
 */
export class Migration20261206000000_subtree_roots extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table "audit"."access_event" add column "subtree_roots" bytea[] not null default '{}'`);
    await this.execute(`alter table "audit"."access_event" disable trigger "access_event_append_only"`);
    let frontier: Frontier = EMPTY_FRONTIER;
    for (;;) {
      const rows = await this.execute(
        `select position, encode(leaf_hash, 'hex') as leaf_hash from "audit"."access_event"
          where position > ? order by position limit ${PAGE}`,
        [frontier.size],
      );
      if (rows.length === 0) break;
      const updates: { position: number; roots: string[] }[] = [];
      for (const row of rows) {
        if (Number(row.position) !== frontier.size + 1)
          throw new Error(`the access log has no event at position ${frontier.size + 1}: run audit:verify`);
        const { frontier: next, completed } = appendLeaf(frontier, Buffer.from(String(row.leaf_hash), 'hex'));
        if (completed.length > 0)
          updates.push({ position: next.size, roots: completed.map((node) => node.toString('hex')) });
        frontier = next;
      }
      if (updates.length > 0)
        await this.execute(
          `update "audit"."access_event" e
              set subtree_roots = array(select decode(h, 'hex') from jsonb_array_elements_text(x.roots) h)
             from jsonb_to_recordset(?::jsonb) as x(position bigint, roots jsonb)
            where e.position = x.position`,
          [JSON.stringify(updates)],
        );
    }
    await this.execute(`alter table "audit"."access_event" enable trigger "access_event_append_only"`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit"."access_event" drop column "subtree_roots";`);
  }
}
