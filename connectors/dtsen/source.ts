import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { OpenedSource, SourceRecord } from '../core/connector';
import { csvSource, fingerprintFiles, type CsvRow } from '../core/files';
import { FILES, HOUSEHOLD_HEADER, MEMBER_HEADER, type DtsenFile } from './format';
import type { DtsenLine } from './mapper';

type CsvFile = Awaited<ReturnType<typeof csvSource>>;

const HEADERS: Readonly<Record<DtsenFile, readonly string[]>> = {
  households: HOUSEHOLD_HEADER,
  members: MEMBER_HEADER,
};

/**
 * Opens a DTSEN delivery: a directory holding households.csv and members.csv (one import, one fingerprint
 * over both, households read first), or a single file of either kind, told by its header. The cursor names the
 * file and the byte offset after the last record (`members:12345`), so a resumed run knows where to go on.
 */
export async function openDtsen(input: string): Promise<OpenedSource> {
  if (!(await stat(input)).isDirectory()) return openFile(input);
  // The dtsen/ directory an export wrote, given itself or the export directory above it.
  const nested = join(input, 'dtsen');
  return openDirectory(
    await stat(join(nested, FILES.households)).then(
      () => nested,
      () => input,
    ),
  );
}

async function openFile(path: string): Promise<OpenedSource> {
  const file = await csvSource(path);
  const kind: DtsenFile | undefined = file.header.includes('kode_desa_bps')
    ? 'households'
    : file.header.includes('nik')
      ? 'members'
      : undefined;
  if (!kind)
    throw new Error(
      `${basename(path)} is neither a DTSEN households file (kode_desa_bps column) nor a members file (nik column)`,
    );
  checkHeader(kind, file, basename(path));
  return {
    fingerprint: file.fingerprint,
    total: file.total,
    async *read(resume) {
      for await (const record of file.read(offsetIn(kind, parseCursor(resume)))) yield line(kind, record, 0);
    },
  };
}

async function openDirectory(dir: string): Promise<OpenedSource> {
  const paths = { households: join(dir, FILES.households), members: join(dir, FILES.members) };
  // csvSource hashes the paths it is given: none here, the fingerprint covers both files at once.
  const households = await csvSource(paths.households, []);
  const members = await csvSource(paths.members, []);
  checkHeader('households', households, FILES.households);
  checkHeader('members', members, FILES.members);
  const householdsSize = households.total ?? 0;
  return {
    fingerprint: await fingerprintFiles([paths.households, paths.members]),
    total: householdsSize + (members.total ?? 0),
    async *read(resume) {
      const from = parseCursor(resume);
      if (from?.file !== 'members') {
        for await (const record of households.read(offsetIn('households', from))) yield line('households', record, 0);
      }
      // Members are checked against committed households: the households read last are committed first.
      let first = true;
      for await (const record of members.read(offsetIn('members', from))) {
        yield { ...line('members', record, householdsSize), startsBatch: first };
        first = false;
      }
    },
  };
}

function checkHeader(kind: DtsenFile, file: CsvFile, name: string): void {
  const missing = HEADERS[kind].filter((column) => !file.header.includes(column));
  if (missing.length > 0) throw new Error(`${name} lacks the DTSEN ${kind} columns ${missing.join(', ')}`);
}

interface Cursor {
  file: DtsenFile;
  offset: number;
}

function parseCursor(cursor: string | undefined): Cursor | undefined {
  if (cursor === undefined) return undefined;
  const match = /^(households|members):([0-9]+)$/.exec(cursor);
  if (!match) throw new Error(`A DTSEN cursor names the file and the byte offset ("members:12345"), not "${cursor}"`);
  return { file: match[1] as DtsenFile, offset: Number(match[2]) };
}

/** Where to start reading `file` (undefined: after its header). A cursor in the other file means none of it is left. */
function offsetIn(file: DtsenFile, from: Cursor | undefined): string | undefined {
  if (!from) return undefined;
  if (from.file === file) return String(from.offset);
  if (from.file === 'households' && file === 'members') return undefined;
  throw new Error(`The cursor points into ${from.file}.csv, which this input does not read`);
}

function line(file: DtsenFile, record: SourceRecord, before: number): SourceRecord & { value: DtsenLine } {
  const offset = Number(record.cursor);
  return {
    cursor: `${file}:${offset}`,
    progress: before + offset,
    text: record.text,
    value: { file, row: record.value as CsvRow },
  };
}
