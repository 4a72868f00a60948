import { readFileSync } from 'node:fs';
import { API_SCHEMA_PATH, composeSupergraph } from '../../app/compose';
import {
  CHANGELOG_PATH,
  checkSchema,
  RELEASED_SCHEMA_PATH,
  releaseChangelog,
  unreleasedSection,
} from '../../app/schema-check';

// Schema change control: a BREAKING change to the API schema ships only when CHANGELOG.md's Unreleased section
// records it.
const committed = readFileSync(API_SCHEMA_PATH, 'utf8');
const EMPTY_CHANGELOG =
  '# Changelog\n\n## Unreleased\n\n## 0.1.0\n\n- Field `fullName` was removed from object type `Citizen`\n';
/** The committed schema without the `ihsNumber` field of Citizen (and its description). */
const withoutIhsNumber = committed.replace(/\n( {2}"""[^"]*"""\n)? {2}ihsNumber: String\n/, '\n');

describe('schema check', () => {
  it('finds no breaking change between the composed and the committed API schema', async () => {
    const { apiSchema } = await composeSupergraph();
    const result = await checkSchema(committed, apiSchema, EMPTY_CHANGELOG);
    expect(result.changes.filter((c) => c.level === 'BREAKING')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('fails on a removed field that CHANGELOG does not record', async () => {
    expect(withoutIhsNumber).not.toBe(committed);
    const result = await checkSchema(committed, withoutIhsNumber, EMPTY_CHANGELOG);
    expect(result.changes).toEqual([
      expect.objectContaining({ level: 'BREAKING', path: 'Citizen.ihsNumber', recorded: false }),
    ]);
    expect(result.ok).toBe(false);
  });

  it('passes the same change recorded under Unreleased, by message or by path', async () => {
    const [change] = (await checkSchema(committed, withoutIhsNumber, EMPTY_CHANGELOG)).changes;
    for (const entry of [change.message, '`Citizen.ihsNumber` removed: read `bpjsMembership` instead']) {
      const changelog = EMPTY_CHANGELOG.replace('## Unreleased\n', `## Unreleased\n\n- ${entry}\n`);
      expect(await checkSchema(committed, withoutIhsNumber, changelog)).toMatchObject({ ok: true });
    }
  });

  it('fails on a nullable argument made non-null', async () => {
    const changed = committed.replace(
      /\n(\s+)status: ConsentStatus\n(\s+)\): \[Consent!\]/,
      '\n$1status: ConsentStatus!\n$2): [Consent!]',
    );
    expect(changed).not.toBe(committed);
    const result = await checkSchema(committed, changed, EMPTY_CHANGELOG);
    expect(result.changes.map((c) => [c.level, c.path])).toEqual([['BREAKING', 'Me.consents.status']]);
    expect(result.ok).toBe(false);
  });

  it('passes a new optional field as NON_BREAKING', async () => {
    const changed = committed.replace(
      /^type Citizen \{\n/m,
      'type Citizen {\n  """A nickname."""\n  nickname: String\n',
    );
    const result = await checkSchema(committed, changed, '');
    // The field and its description are two changes, both safe.
    expect(new Set(result.changes.map((c) => `${c.level} ${c.path}`))).toEqual(
      new Set(['NON_BREAKING Citizen.nickname']),
    );
    expect(result.ok).toBe(true);
  });

  it('keeps every promise of the last release, or CHANGELOG.md records the break (what CI checks)', async () => {
    const { apiSchema } = await composeSupergraph();
    const changelog = readFileSync(CHANGELOG_PATH, 'utf8');
    const result = await checkSchema(readFileSync(RELEASED_SCHEMA_PATH, 'utf8'), apiSchema, changelog);
    expect(result.changes.filter((c) => c.level === 'BREAKING' && !c.recorded)).toEqual([]);
  });

  it('still finds a break once the working schema has been recomposed with it', async () => {
    // Recomposing rewrites schema/api.graphql, so comparing with it alone would pass any change; the released
    // schema stays as clients know it.
    const released = readFileSync(RELEASED_SCHEMA_PATH, 'utf8');
    const recomposed = released.replace(/\n( {2}"""[^"]*"""\n)? {2}ihsNumber: String\n/, '\n');
    expect(recomposed).not.toBe(released);
    const changelog = readFileSync(CHANGELOG_PATH, 'utf8');
    expect(await checkSchema(released, recomposed, changelog)).toMatchObject({ ok: false });
  });

  it('dates the Unreleased section at a release and opens a new one', () => {
    const changelog = '# Changelog\n\n## Unreleased\n\n- `Citizen.x` removed\n\n## 0.1.0\n';
    const released = releaseChangelog(changelog, '0.2.0', '2027-01-05');
    expect(released).toBe(
      '# Changelog\n\n## Unreleased\n\n## 0.2.0 (2027-01-05)\n\n- `Citizen.x` removed\n\n## 0.1.0\n',
    );
    expect(unreleasedSection(released).trim()).toBe('');
    expect(() => releaseChangelog('# Changelog\n', '0.2.0', '2027-01-05')).toThrow(/Unreleased/);
  });

  it('reads only the Unreleased section', () => {
    expect(unreleasedSection('# C\n\n## Unreleased\n\n- a\n\n### Detail\n- b\n\n## 1.0.0\n- c\n')).toBe(
      '\n- a\n\n### Detail\n- b\n',
    );
    expect(unreleasedSection('# C\n')).toBe('');
  });
});
