import { readFileSync } from 'node:fs';
import { parseCsvRows } from '../../hub/csv';
import { SUPERGRAPH_PATH } from '../../schema/supergraph';
import { datumAt } from '../../subgraphs/consent/corrections';
import { agencyFiles, flatten } from '../../subgraphs/consent/data-export';
import { exportPlanOf } from '../../subgraphs/consent/export-plan';

// The copy of a citizen's data is built from the composed supergraph: every field `me` reaches, each value with
// its scope and where it came from.
const plan = exportPlanOf(readFileSync(SUPERGRAPH_PATH, 'utf8'));

describe('the export query', () => {
  it('asks for every field of the profile a subgraph adds, without anyone listing it', () => {
    for (const field of ['fullName', 'address', 'taxProfile', 'bpjsMembership', 'eligibility', 'licences'])
      expect(plan.query).toMatch(new RegExp(`citizen \\{[^]*\\b${field}\\b`));
    expect(plan.fields.get('Citizen.fullName')).toEqual({
      type: 'String',
      scope: 'population.identity',
      subgraph: 'population',
    });
    expect(plan.fields.get('TaxProfile.npwp')).toMatchObject({ subgraph: 'tax' });
  });

  it('takes the access log and consents apart, and never reaches another person through a relation', () => {
    expect(plan.query).not.toMatch(/\baccessLog\b|\bconsents\b/);
    // The profile is read once, at me.citizen: not again below an application or a family member.
    expect(plan.query.match(/\bcitizen \{/g)).toHaveLength(1);
  });
});

describe('the values of a copy', () => {
  const me = {
    nik: '3204124101900001',
    citizen: {
      fullName: '=HYPERLINK("http://example.invalid")',
      source: { agency: 'Dukcapil (Kemendagri)', system: 'SIAK', asOf: '2026-11-01T00:00:00.000Z' },
      address: { street: 'Jl. Sukarasa 5', village: { name: 'Sukarasa' } },
      taxProfile: { npwp: '3204124101900001', filings: [{ year: 2025 }, { year: 2024 }] },
    },
  };
  const data = flatten(me, plan);

  it('is each leaf with its path, its scope, and the provenance of the record it belongs to', () => {
    expect(data.find((d) => d.path === 'citizen.address.street')).toEqual({
      path: 'citizen.address.street',
      value: 'Jl. Sukarasa 5',
      scope: 'population.address',
      agency: 'Dukcapil (Kemendagri)',
      source: { agency: 'Dukcapil (Kemendagri)', system: 'SIAK', asOf: '2026-11-01T00:00:00.000Z' },
    });
    // A record with no provenance of its own is said of the agency behind the subgraph that resolved it.
    expect(data.find((d) => d.path === 'citizen.taxProfile.filings[1].year')).toMatchObject({
      value: 2024,
      scope: 'tax.profile',
      agency: 'DJP (Kemenkeu)',
    });
    // The NIK is Dukcapil's, wherever it is repeated as a key.
    expect(data.find((d) => d.path === 'nik')).toMatchObject({ agency: 'Dukcapil (Kemendagri)' });
    expect(data.some((d) => d.path.includes('source'))).toBe(false);
  });

  it('is written per agency in CSV, a value a spreadsheet would run kept from running; the document keeps it', () => {
    const files = agencyFiles(data);
    expect(files.map((f) => f.name)).toEqual(['djp-kemenkeu.csv', 'dukcapil-kemendagri.csv']);
    const rows = parseCsvRows(files[1].content.trimEnd());
    expect(rows[0]).toEqual(['path', 'value', 'scope', 'agency', 'system', 'as_of']);
    expect(rows).toContainEqual([
      'citizen.fullName',
      `'=HYPERLINK("http://example.invalid")`,
      'population.identity',
      'Dukcapil (Kemendagri)',
      'SIAK',
      '2026-11-01T00:00:00.000Z',
    ]);
    expect(data.find((d) => d.path === 'citizen.fullName')!.value).toBe('=HYPERLINK("http://example.invalid")');
  });
});

describe('the datum a correction names', () => {
  it('is a value of an agency register, with its scope and owner', () => {
    expect(datumAt('citizen.address.street')).toEqual({
      path: 'citizen.address.street',
      scope: 'population.address',
      subgraph: 'population',
    });
    expect(datumAt('citizen.taxProfile.filings[0].status')).toMatchObject({ scope: 'tax.profile', subgraph: 'tax' });
  });

  it('is not a record, a field of the hub itself, a service application, or anything malformed', () => {
    for (const path of [
      'citizen.address',
      'nik',
      'citizen.nik',
      'citizen.serviceApplications[0].status',
      'notifications[0].title',
      'citizen..fullName',
      'citizen.fullName[99999]',
      'citizen.__typename',
    ])
      expect(() => datumAt(path)).toThrow(/field must be the path of a value of your profile held by an agency/);
  });
});
