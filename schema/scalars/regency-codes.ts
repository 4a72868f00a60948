import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let regencies: ReadonlySet<string> | undefined;

/**
 * Whether `PP.RR` is a regency or city in today's Kemendagri tables (`data/regions/`, as the seed loads them).
 * For a place named now (where a SIP is issued), unlike a NIK's region, which keeps its first registration's code
 * (see province-codes.ts). Read once, on first use.
 */
export function isRegencyCode(code: string): boolean {
  if (!regencies) {
    const file = join(__dirname, '..', '..', 'data', 'regions', 'regencies.csv');
    regencies = new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0].trim())
        .filter((value) => /^[0-9]{2}\.[0-9]{2}$/.test(value)),
    );
  }
  return regencies.has(code);
}
