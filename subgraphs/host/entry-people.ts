import type { EntityManager } from '@mikro-orm/postgresql';
import type { PolicyContext } from '../../policy/context';

/**
 * The people a lookup by another key touches, for the access map (PolicyOptions.entryPeople): one statement on
 * the subgraph's own tables, run before the lookup with the argument `argument`, answering a `nik` column. An
 * argument that `accept` turns away (a malformed key, which the lookup answers with null) touches nobody.
 */
export function peopleBy(
  argument: string,
  sql: string,
  accept: (value: string) => string | undefined = (value) => value,
): (args: Record<string, unknown>, context: PolicyContext) => Promise<string[]> {
  return async (args, context) => {
    const raw = args[argument];
    const value = typeof raw === 'string' ? accept(raw) : undefined;
    if (value === undefined) return [];
    const { em } = context as PolicyContext & { em: EntityManager };
    const rows = await em.getConnection().execute<{ nik: string }[]>(sql, [value], 'all', em.getTransactionContext());
    return rows.map((row) => row.nik);
  };
}
