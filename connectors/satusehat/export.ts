import { join } from 'node:path';
import { column, ExportFile, type ExportBatch, type SourceExporter } from '../core/exporter';
import type { TableRows } from '../../seeds/agencies/table-rows';
import { toBundle, type PersonHealth } from './bundle';

/** The file an export writes and an import reads from a directory. */
export const BUNDLES_FILE = 'bundles.ndjson';

/** A value the seed always fills (a NOT NULL column). */
function required(table: TableRows, row: readonly (string | null)[], name: string): string {
  const value = column(table, row, name);
  if (value === null) throw new Error(`${table.table}.${name} is null in a generated row`);
  return value;
}

/** Gathers each person's patient, membership, STR and SIP rows of a batch by NIK. */
function byPerson(batch: ExportBatch): Map<string, PersonHealth> {
  const people = new Map<string, PersonHealth>();
  const person = (nik: string) => {
    let found = people.get(nik);
    if (!found) {
      found = { nik, sips: [] };
      people.set(nik, found);
    }
    return found;
  };
  const table = (name: string) => batch.tables.get(name) ?? { table: name, columns: [], rows: [] };
  const patients = table('health.patient');
  for (const row of patients.rows)
    person(required(patients, row, 'nik')).patient = { ihsNumber: required(patients, row, 'ihs_number') };
  const memberships = table('health.membership');
  for (const row of memberships.rows) {
    person(required(memberships, row, 'nik')).membership = {
      cardNumber: required(memberships, row, 'card_number'),
      segment: required(memberships, row, 'segment'),
      careClass: required(memberships, row, 'care_class'),
      status: required(memberships, row, 'status'),
      statusReason: column(memberships, row, 'status_reason'),
      facilityCode: required(memberships, row, 'facility_code'),
      coverageStart: required(memberships, row, 'coverage_start'),
      coverageEnd: column(memberships, row, 'coverage_end'),
    };
  }
  const strs = table('licensing.str');
  for (const row of strs.rows) {
    person(required(strs, row, 'nik')).str = {
      number: required(strs, row, 'number'),
      profession: required(strs, row, 'profession'),
      issuedOn: required(strs, row, 'issued_on'),
      validUntil: column(strs, row, 'valid_until'),
    };
  }
  const sips = table('licensing.sip');
  for (const row of sips.rows) {
    person(required(sips, row, 'nik')).sips.push({
      number: required(sips, row, 'number'),
      strNumber: required(sips, row, 'str_number'),
      practiceLocation: required(sips, row, 'practice_location'),
      regencyCode: required(sips, row, 'regency_code'),
      issuedOn: required(sips, row, 'issued_on'),
      validUntil: required(sips, row, 'valid_until'),
    });
  }
  return people;
}

/**
 * SATUSEHAT's export: `<dir>/satusehat/bundles.ndjson`, one FHIR R4 collection Bundle per line for every
 * person with a Patient, a JKN Coverage or a health-worker registration, in population-register order.
 * A SIP is written inside its holder's Practitioner, so a SIP without an STR has nowhere to go: the seed
 * never makes one.
 */
export async function satusehatExporter(dir: string): Promise<SourceExporter> {
  const file = await ExportFile.create(join(dir, 'satusehat', BUNDLES_FILE));
  let records = 0;
  return {
    async write(batch) {
      const people = byPerson(batch);
      const lines: string[] = [];
      for (const citizen of batch.citizens) {
        const person = people.get(citizen.nik);
        if (!person) continue;
        person.citizen = citizen;
        lines.push(`${JSON.stringify(toBundle(person))}\n`);
      }
      if (lines.length > 0) await file.write(lines.join(''));
      records += lines.length;
    },
    async close() {
      await file.close();
      return { files: [file.path], records };
    },
  };
}
