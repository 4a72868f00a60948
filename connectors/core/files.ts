import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsvLine } from '../../hub/csv';
import type { OpenedSource, SourceRecord } from './connector';

/** Content hash of the files: the same content resumes or re-runs one import, a changed file is a new one. */
export async function fingerprintFiles(paths: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of paths) {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    hash.update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * The file of a source's export to read, from what was given: the file itself, the source's directory holding
 * it, or the export directory above that (what `npm run seed -- --export DIR` wrote: `DIR/<source>/<file>`).
 */
export async function exportFile(input: string, source: string, file: string): Promise<string> {
  if (!(await stat(input)).isDirectory()) return input;
  for (const candidate of [join(input, file), join(input, source, file)]) if (await isFile(candidate)) return candidate;
  throw new Error(`no ${file} in ${input} or in its ${source}/ directory`);
}

const NEWLINE = 0x0a;
const TEXT_LIMIT = 4096;

/** Lines of a file from a byte offset, each with the offset just after it (the resume point). */
async function* readLines(path: string, start = 0): AsyncGenerator<{ line: string; end: number }> {
  let offset = start;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  for await (const chunk of createReadStream(path, { start, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, from)) {
      const piece = chunk.subarray(from, i);
      const line = pendingLength > 0 ? Buffer.concat([...pending, piece]).toString('utf8') : piece.toString('utf8');
      offset += pendingLength + (i - from) + 1;
      pending = [];
      pendingLength = 0;
      from = i + 1;
      yield { line: line.endsWith('\r') ? line.slice(0, -1) : line, end: offset };
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingLength += chunk.length - from;
    }
  }
  if (pendingLength > 0) {
    offset += pendingLength;
    const line = Buffer.concat(pending).toString('utf8');
    yield { line: line.endsWith('\r') ? line.slice(0, -1) : line, end: offset };
  }
}

const cut = (text: string) => (text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT)}...` : text);

/** A JSON value per line (NDJSON), or a JSON array written one element per line. */
export type JsonLine = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * A file of one JSON document per line. A JSON array laid out one element per line (as agencies' JSON exports
 * are) reads the same way: the bracket lines are skipped and trailing commas dropped. Blank lines are not records.
 */
export async function jsonLinesSource(path: string): Promise<OpenedSource> {
  const { size } = await stat(path);
  return {
    fingerprint: await fingerprintFiles([path]),
    total: size,
    async *read(resume) {
      for await (const { line, end } of readLines(path, resume ? Number(resume) : 0)) {
        let text = line.trim();
        if (text === '' || text === '[' || text === ']') continue;
        if (text.endsWith(',')) text = text.slice(0, -1);
        let value: JsonLine;
        try {
          value = { ok: true, value: JSON.parse(text) };
        } catch {
          // Not the parser's message: it quotes the line, and the line may hold a NIK.
          value = { ok: false, reason: 'not valid JSON' };
        }
        yield { cursor: String(end), progress: end, value, text: cut(line) } satisfies SourceRecord;
      }
    },
  };
}

/** A CSV row by header name, or why it cannot be read as one. */
export type CsvRow = { ok: true; row: Record<string, string> } | { ok: false; reason: string };

/**
 * A CSV file with a header line (RFC 4180 quoting; a record on one line). The header is read again on resume,
 * so the cursor is just the byte offset after the last committed record.
 */
export async function csvSource(
  path: string,
  paths: readonly string[] = [path],
): Promise<OpenedSource & { header: string[] }> {
  const { size } = await stat(path);
  const lines = readLines(path);
  const first = await lines.next();
  await lines.return(undefined);
  const header = first.done ? [] : parseCsvLine(first.value.line).map((h) => h.trim());
  const headerEnd = first.done ? 0 : first.value.end;
  return {
    header,
    fingerprint: await fingerprintFiles(paths),
    total: size,
    async *read(resume) {
      for await (const { line, end } of readLines(path, resume ? Number(resume) : headerEnd)) {
        if (line.trim() === '') continue;
        const fields = parseCsvLine(line);
        const value: CsvRow =
          fields.length === header.length
            ? { ok: true, row: Object.fromEntries(header.map((name, i) => [name, fields[i]])) }
            : { ok: false, reason: `has ${fields.length} fields where the header has ${header.length}` };
        yield { cursor: String(end), progress: end, value, text: cut(line) } satisfies SourceRecord;
      }
    },
  };
}

/**
 * An export file read with `--since`: records whose `field` (an ISO date-time) is before it are passed over.
 * Records without one (a registration) or too broken to tell are still read, to be imported or quarantined.
 */
export function sinceFiltered(file: OpenedSource, since: string, field: string): OpenedSource {
  const from = Date.parse(since);
  const older = (line: JsonLine) => {
    const at = line.ok ? (line.value as Record<string, unknown> | null)?.[field] : undefined;
    return typeof at === 'string' && Date.parse(at) < from;
  };
  return {
    fingerprint: `${file.fingerprint}?since=${since}`,
    total: file.total,
    async *read(resume) {
      for await (const record of file.read(resume)) if (!older(record.value as JsonLine)) yield record;
    },
  };
}
