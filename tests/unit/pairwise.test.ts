import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAIRWISE_SUBJECT, pairwiseSubject } from '../../policy/pairwise';
import { loadPairwiseKey } from '../../policy/pairwise-key';

// The identifier a client set to PAIRWISE receives in place of a NIK: a keyed hash of the client and the NIK.
const KEY = 'k'.repeat(43);
const NIK = '3204120101800001';
const OTHER_NIK = '3204124203830002';

describe('pairwiseSubject', () => {
  it('is the same for one client and person every time', () => {
    expect(pairwiseSubject(KEY, 'puskesmas-app', NIK)).toBe(pairwiseSubject(KEY, 'puskesmas-app', NIK));
  });

  it('differs by client, by person and by key', () => {
    const subject = pairwiseSubject(KEY, 'puskesmas-app', NIK);
    expect(pairwiseSubject(KEY, 'sip-online', NIK)).not.toBe(subject);
    expect(pairwiseSubject(KEY, 'puskesmas-app', OTHER_NIK)).not.toBe(subject);
    expect(pairwiseSubject('j'.repeat(43), 'puskesmas-app', NIK)).not.toBe(subject);
  });

  it('cannot be made by moving text between the client id and the NIK', () => {
    // The NUL between them: client "a1" with NIK "23..." is not client "a" with NIK "123...".
    expect(pairwiseSubject(KEY, 'ab1', '2345678901234567')).not.toBe(pairwiseSubject(KEY, 'ab', '12345678901234567'));
  });

  it('is ps- and 26 base32 letters and digits, the 13th a letter: never 16 digits in a row, never a NIK', () => {
    for (let i = 0; i < 2_000; i += 1) {
      const subject = pairwiseSubject(KEY, `client-${i % 7}`, String(3204120101800000 + i));
      expect(subject).toMatch(PAIRWISE_SUBJECT);
      expect(subject).toHaveLength(29);
      expect(subject).not.toMatch(/\d{14}/);
      expect(subject[15]).toMatch(/[a-z]/);
    }
  });
});

describe('loadPairwiseKey', () => {
  it('creates the key with mode 600 outside production, and reads the same key after', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'citizen360-pairwise-')), 'keys', 'pairwise.key');
    const key = loadPairwiseKey(file, { create: true });
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadPairwiseKey(file, { create: false })).toBe(key);
    expect(readFileSync(file, 'utf8')).toBe(key);
  });

  it('is required in production', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'citizen360-pairwise-')), 'pairwise.key');
    expect(() => loadPairwiseKey(file, { create: false })).toThrow(/PAIRWISE_KEY_FILE/);
  });
});
