import { createHash, type KeyObject } from 'node:crypto';
import { createReadStream, mkdirSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SqlExecutor } from './access-log';
import { eventLeafHash } from './event';
import { verifyInclusion } from './merkle';
import { checkpointVerifier, type Checkpoint } from './signer';
import { inclusionProofsAt } from './stored-nodes';
import { EVENT_COLUMNS, eventOf } from './verify';

/**
 * One month of the access log (its partition) as files that verify without the database: every event as stored,
 * each with its inclusion proof to one signed checkpoint (the first that seals the month's last event), the
 * checkpoint, the public key it was signed with, and a manifest with each file's SHA-256.
 */
const FILES = ['events.jsonl', 'proofs.jsonl', 'checkpoint.json', 'public-key.pem'] as const;
const PAGE = 1_000;

export interface ArchiveManifest {
  format: 1;
  month: string;
  events: number;
  firstPosition: number;
  lastPosition: number;
  checkpoint: { size: number; root: string };
  createdAt: string;
  sha256: Record<string, string>;
}

export type ArchiveVerification =
  | { kind: 'ok'; manifest: ArchiveManifest; keyFingerprint: string }
  | { kind: 'failed'; position: number | null; problem: string };

/** A `YYYY-MM` month's first instant and the next month's, in UTC; undefined for anything else. */
export function monthBounds(month: string): { from: Date; to: Date } | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return undefined;
  const [year, number] = [Number(match[1]), Number(match[2])];
  return { from: new Date(Date.UTC(year, number - 1, 1)), to: new Date(Date.UTC(year, number, 1)) };
}

/** The positions of a month's events (its partition), or null when it has none. */
export async function monthPositions(execute: SqlExecutor, month: string) {
  const bounds = monthBounds(month);
  if (!bounds) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  const [row] = await execute(
    `select min(position) as first, max(position) as last, count(*) as events from audit.access_event
      where at >= ? and at < ?`,
    [bounds.from.toISOString(), bounds.to.toISOString()],
  );
  return row.first === null
    ? null
    : { first: Number(row.first), last: Number(row.last), events: Number(row.events), ...bounds };
}

/** SHA-256 of a public key's DER form, hex: what to compare with the key the hub publishes. */
export function keyFingerprint(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

const sha256File = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Writes the month's archive into `dir` (created; must be empty). Pages of events are read in position order,
 * each page's proofs from one read of the stored nodes; `progress(done, total)` after each page.
 */
export async function writeArchive(
  execute: SqlExecutor,
  options: { month: string; dir: string; publicKeyPem: string; progress?: (done: number, total: number) => void },
): Promise<ArchiveManifest> {
  const range = await monthPositions(execute, options.month);
  if (!range) throw new Error(`the access log has no events in ${options.month}`);
  const [anchor] = await execute(
    `select size, encode(root, 'base64') as root, at, key_id, encode(signature, 'base64') as signature
       from audit.checkpoint where size >= ? order by size limit 1`,
    [range.last],
  );
  if (!anchor) throw new Error(`no checkpoint seals position ${range.last} yet`);
  const size = Number(anchor.size);
  mkdirSync(options.dir, { recursive: true });
  if (readdirSync(options.dir).length > 0) throw new Error(`${options.dir} is not empty`);
  const file = (name: string) => join(options.dir, name);
  writeFileSync(file('events.jsonl'), '');
  writeFileSync(file('proofs.jsonl'), '');
  let written = 0;
  for (let after = range.first - 1; ;) {
    const rows = await execute(
      `select ${EVENT_COLUMNS} from audit.access_event
        where at >= ? and at < ? and position > ? order by position limit ${PAGE}`,
      [range.from.toISOString(), range.to.toISOString(), after],
    );
    if (rows.length === 0) break;
    const positions = rows.map((row) => Number(row.position));
    const proofs = await inclusionProofsAt(execute, size, positions);
    appendFileSync(file('events.jsonl'), rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
    appendFileSync(
      file('proofs.jsonl'),
      positions
        .map((position) => {
          const proof = proofs.get(position)!;
          const path = proof.path.map((node) => node.toString('hex'));
          return `${JSON.stringify({ position, leafHash: proof.leafHash.toString('hex'), path })}\n`;
        })
        .join(''),
    );
    written += rows.length;
    after = positions.at(-1)!;
    options.progress?.(written, range.events);
  }
  writeFileSync(
    file('checkpoint.json'),
    `${JSON.stringify(
      {
        size,
        root: anchor.root,
        at: new Date(anchor.at as string).toISOString(),
        keyId: anchor.key_id,
        signature: anchor.signature,
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(file('public-key.pem'), options.publicKeyPem);
  const manifest: ArchiveManifest = {
    format: 1,
    month: options.month,
    events: written,
    firstPosition: range.first,
    lastPosition: range.last,
    checkpoint: { size, root: String(anchor.root) },
    createdAt: new Date().toISOString(),
    sha256: Object.fromEntries(FILES.map((name) => [name, sha256File(file(name))])),
  };
  writeFileSync(file('manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Checks an archive without the database: the files are those the manifest hashed, the checkpoint is signed by
 * `publicKey`, every event's contents give its leaf hash, every proof leads from its leaf to the checkpoint's
 * root, and the events are the month's, in position order, as many as the manifest says.
 */
export async function verifyArchive(dir: string, publicKey: KeyObject): Promise<ArchiveVerification> {
  const failed = (problem: string, position: number | null = null): ArchiveVerification => ({
    kind: 'failed',
    position,
    problem,
  });
  let manifest: ArchiveManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ArchiveManifest;
  } catch (error) {
    return failed(`no readable manifest.json (${(error as Error).message})`);
  }
  for (const name of FILES) {
    let actual: string;
    try {
      actual = sha256File(join(dir, name));
    } catch {
      return failed(`${name} is missing`);
    }
    if (manifest.sha256?.[name] !== actual) return failed(`${name} is not the file the manifest hashed`);
  }
  const stored = JSON.parse(readFileSync(join(dir, 'checkpoint.json'), 'utf8'));
  const checkpoint: Checkpoint = {
    size: Number(stored.size),
    root: Buffer.from(String(stored.root), 'base64'),
    at: new Date(stored.at),
    keyId: String(stored.keyId),
    signature: Buffer.from(String(stored.signature), 'base64'),
  };
  if (!checkpointVerifier(publicKey)(checkpoint))
    return failed(`the checkpoint of size ${checkpoint.size} is not signed by this key`);
  if (checkpoint.size !== manifest.checkpoint.size || checkpoint.root.toString('base64') !== manifest.checkpoint.root)
    return failed('the checkpoint is not the one the manifest names');
  const bounds = monthBounds(manifest.month);
  if (!bounds) return failed(`the manifest's month is not a month: ${manifest.month}`);
  const lines = (name: string) =>
    createInterface({ input: createReadStream(join(dir, name)), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const events = lines('events.jsonl');
  const proofs = lines('proofs.jsonl');
  let count = 0;
  let previous = 0;
  for (;;) {
    const [event, proof] = await Promise.all([events.next(), proofs.next()]);
    if (event.done || proof.done) {
      if (!event.done || !proof.done) return failed('events.jsonl and proofs.jsonl differ in length');
      break;
    }
    const row = JSON.parse(event.value) as Record<string, unknown>;
    const claim = JSON.parse(proof.value) as { position: number; leafHash: string; path: string[] };
    const position = Number(row.position);
    const logged = eventOf(row);
    if (typeof logged === 'string') return failed(`the event at position ${position}: ${logged}`, position);
    if (position <= previous) return failed(`the events are not in position order at ${position}`, position);
    if (logged.at < bounds.from || logged.at >= bounds.to)
      return failed(`the event at position ${position} is not of ${manifest.month}`, position);
    const leaf = eventLeafHash(logged);
    if (leaf.toString('hex') !== row.leaf_hash || claim.position !== position || claim.leafHash !== row.leaf_hash)
      return failed(`the event at position ${position} does not match its leaf hash (edited)`, position);
    const path = claim.path.map((hex) => Buffer.from(hex, 'hex'));
    if (!verifyInclusion(leaf, position - 1, checkpoint.size, path, checkpoint.root))
      return failed(
        `the event at position ${position} is not in the signed tree (its proof does not verify)`,
        position,
      );
    previous = position;
    count += 1;
  }
  if (count !== manifest.events) return failed(`${count} events, the manifest says ${manifest.events}`);
  if (count > 0 && previous !== manifest.lastPosition)
    return failed(`the last event is at ${previous}, the manifest says ${manifest.lastPosition}`);
  return { kind: 'ok', manifest, keyFingerprint: keyFingerprint(publicKey) };
}
