import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { API_SCHEMA_PATH, composeSupergraph } from './compose';

// `npm run schema:check [-- --base <git ref>]`: compares the API schema composed from the current subgraphs with
// schema/api.graphql as committed, or as it was at a git revision (what frontend teams build against). A BREAKING
// change fails unless CHANGELOG.md records it under the Unreleased heading.

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

/** Pure: the changes from the committed API schema to the current one, and whether they may ship. */
export async function checkSchema(committedSdl: string, currentSdl: string, changelog: string): Promise<SchemaCheck> {
  const unreleased = unreleasedSection(changelog);
  const changes = (await diff(buildSchema(committedSdl), buildSchema(currentSdl))).map((change: Change) => ({
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

async function main(): Promise<void> {
  const { apiSchema } = await composeSupergraph();
  const changelog = (() => {
    try {
      return readFileSync(CHANGELOG_PATH, 'utf8');
    } catch {
      return '';
    }
  })();
  // Against the committed file by default (a subgraph changed and not recomposed), or against the API schema
  // at a git revision with `--base <ref>` (a release tag, the branch a change will merge into).
  const at = process.argv.indexOf('--base');
  const base =
    at > 0
      ? execFileSync('git', ['show', `${process.argv[at + 1]}:schema/api.graphql`], { encoding: 'utf8' })
      : readFileSync(API_SCHEMA_PATH, 'utf8');
  const result = await checkSchema(base, apiSchema, changelog);
  for (const { level, message, path, recorded } of result.changes) {
    const note =
      level === CriticalityLevel.Breaking ? (recorded ? ' (recorded in CHANGELOG.md)' : ' (NOT recorded)') : '';
    process.stdout.write(`${level}: ${message}${path ? ` [${path}]` : ''}${note}\n`);
  }
  if (result.changes.length === 0) process.stdout.write('schema/api.graphql: no changes\n');
  if (!result.ok) {
    process.stderr.write(
      'Breaking API changes: record each (its message or path) under "## Unreleased" in CHANGELOG.md, or undo it\n',
    );
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
