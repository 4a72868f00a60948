import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { composeSupergraph } from './compose';

// `npm run schema:check [-- --base <git ref>]`: compares the API schema composed from the current subgraphs with
// the API as last released (schema/api.released.graphql), or as it was at a git revision: what frontend teams build
// against. A BREAKING change fails unless CHANGELOG.md records it under the Unreleased heading.
// `npm run schema:check -- --release <version>` makes the current schema the released one and dates CHANGELOG.md.

const ROOT = resolve(__dirname, '..');
export const CHANGELOG_PATH = join(ROOT, 'CHANGELOG.md');

export interface SchemaCheck {
  changes: { level: `${CriticalityLevel}`; message: string; path?: string; recorded: boolean }[];
  /** False when a BREAKING change is not recorded under Unreleased. */
  ok: boolean;
}

/** The text under CHANGELOG's "Unreleased" heading, up to the next heading of the same or a higher level. */
export function unreleasedSection(changelog: string): string {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => /^#{1,6}\s+\[?unreleased\]?\b/i.test(line));
  if (start < 0) return '';
  const level = /^#+/.exec(lines[start])![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+\s/.test(line) && /^#+/.exec(line)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Pure: the changes from a base API schema (the released one) to the current one, and whether they may ship. */
export async function checkSchema(baseSdl: string, currentSdl: string, changelog: string): Promise<SchemaCheck> {
  const unreleased = unreleasedSection(changelog);
  const changes = (await diff(buildSchema(baseSdl), buildSchema(currentSdl))).map((change: Change) => ({
    level: change.criticality.level,
    message: change.message,
    path: change.path,
    recorded: unreleased.includes(change.message) || (!!change.path && unreleased.includes(change.path)),
  }));
  return {
    changes,
    ok: changes.every((change) => change.level !== CriticalityLevel.Breaking || change.recorded),
  };
}

/** The API schema as last released: what `schema:check` compares with unless told a git revision. */
export const RELEASED_SCHEMA_PATH = join(ROOT, 'schema', 'api.released.graphql');

function readChangelog(): string {
  try {
    return readFileSync(CHANGELOG_PATH, 'utf8');
  } catch {
    return '';
  }
}

/**
 * CHANGELOG.md at a release: the Unreleased section becomes the version's (dated), under a new empty Unreleased.
 */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  const lines = changelog.split('\n');
  const at = lines.findIndex((line) => /^#{1,6}\s+\[?unreleased\]?\b/i.test(line));
  if (at < 0) throw new Error('CHANGELOG.md has no "## Unreleased" heading to release');
  const level = /^#+/.exec(lines[at])![0];
  lines.splice(at, 1, `${level} Unreleased`, '', `${level} ${version} (${date})`);
  return lines.join('\n');
}

/** The schema to compare with: `--base <git ref>`'s schema/api.graphql, or the released one. */
function baseline(args: readonly string[]): { sdl: string; name: string } {
  const at = args.indexOf('--base');
  if (at < 0) return { sdl: readFileSync(RELEASED_SCHEMA_PATH, 'utf8'), name: 'schema/api.released.graphql' };
  const ref = args[at + 1];
  if (!ref || ref.startsWith('-')) throw new Error('--base needs a git revision, e.g. --base v0.1.0');
  return {
    sdl: execFileSync('git', ['show', `${ref}:schema/api.graphql`], { encoding: 'utf8' }),
    name: `schema/api.graphql at ${ref}`,
  };
}

async function main(args: readonly string[]): Promise<void> {
  const { apiSchema } = await composeSupergraph();
  const changelog = readChangelog();
  const releaseAt = args.indexOf('--release');
  if (releaseAt >= 0) {
    const version = args[releaseAt + 1];
    if (!version || !/^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$/.test(version))
      throw new Error('--release needs the version being released, e.g. --release 0.2.0');
    const check = await checkSchema(readFileSync(RELEASED_SCHEMA_PATH, 'utf8'), apiSchema, changelog);
    if (!check.ok) throw new Error('the schema has breaking changes CHANGELOG.md does not record: run schema:check');
    writeFileSync(CHANGELOG_PATH, releaseChangelog(changelog, version, new Date().toISOString().slice(0, 10)));
    writeFileSync(RELEASED_SCHEMA_PATH, apiSchema);
    process.stdout.write(`released ${version}: schema/api.released.graphql and CHANGELOG.md updated; commit both\n`);
    return;
  }
  // Against the API as last released (schema/api.released.graphql) by default: what clients in production build
  // against, however often the working schema was recomposed since. `--base <ref>` compares with another revision.
  const base = baseline(args);
  const result = await checkSchema(base.sdl, apiSchema, changelog);
  process.stdout.write(`compared with ${base.name}\n`);
  for (const { level, message, path, recorded } of result.changes) {
    const note =
      level === CriticalityLevel.Breaking ? (recorded ? ' (recorded in CHANGELOG.md)' : ' (NOT recorded)') : '';
    process.stdout.write(`${level}: ${message}${path ? ` [${path}]` : ''}${note}\n`);
  }
  if (result.changes.length === 0) process.stdout.write('no changes\n');
  if (!result.ok) {
    process.stderr.write(
      'Breaking API changes: record each (its message or path) under "## Unreleased" in CHANGELOG.md, or undo it\n',
    );
    process.exit(1);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
