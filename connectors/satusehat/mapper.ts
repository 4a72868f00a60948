import { bad, type Mapped, type Reference, type SourceRecord } from '../core/connector';
import type { JsonLine } from '../core/files';
import type { RowsRecord, TableRows } from '../core/upsert';
import { fail, Invalid, isInstant, isObject, objects, type Json } from './check';
import { readCoverage, type CoverageFacts } from './coverage.read';
import { readPatient, type PatientFacts } from './patient.read';
import { readPractitioner, type PractitionerFacts } from './practitioner.read';
import { MEMBERSHIP, PATIENT, SIP, STR } from './tables';

interface BundleFacts {
  lastUpdated: string;
  patient?: PatientFacts;
  coverage?: CoverageFacts;
  practitioner?: PractitionerFacts;
}

/** Checks the Bundle's own structure and reads each resource in it: at most one of each type. */
function readBundle(value: unknown): BundleFacts {
  if (!isObject(value) || value.resourceType !== 'Bundle') fail('resourceType must be Bundle');
  if (value.type !== 'collection') fail('Bundle.type must be collection');
  const lastUpdated =
    isObject(value.meta) && isInstant(value.meta.lastUpdated)
      ? value.meta.lastUpdated
      : fail('Bundle.meta.lastUpdated is not a FHIR instant');
  const entries = objects(value.entry, 'Bundle.entry is not a list of entries');
  if (entries.length === 0) fail('Bundle.entry is empty');
  const facts: BundleFacts = { lastUpdated };
  for (const entry of entries) {
    const resource: Json = isObject(entry.resource) ? entry.resource : fail('Bundle.entry has no resource');
    switch (resource.resourceType) {
      case 'Patient':
        if (facts.patient) fail('Bundle holds more than one Patient');
        facts.patient = readPatient(resource);
        break;
      case 'Coverage':
        if (facts.coverage) fail('Bundle holds more than one Coverage');
        facts.coverage = readCoverage(resource);
        break;
      case 'Practitioner':
        if (facts.practitioner) fail('Bundle holds more than one Practitioner');
        facts.practitioner = readPractitioner(resource);
        break;
      default:
        fail('Bundle.entry is not a Patient, Coverage or Practitioner');
    }
  }
  return facts;
}

/** The one NIK every resource of the bundle names; a Coverage may name it through the bundle's Patient. */
function personOf(facts: BundleFacts): string {
  const niks = new Set<string>();
  if (facts.patient) niks.add(facts.patient.nik);
  if (facts.practitioner) niks.add(facts.practitioner.nik);
  const beneficiary = facts.coverage?.beneficiary;
  if (beneficiary && 'patient' in beneficiary) {
    if (beneficiary.patient !== facts.patient?.ihsNumber) fail("Coverage.beneficiary is not the bundle's Patient");
  } else if (beneficiary) niks.add(beneficiary.nik);
  if (niks.size !== 1) fail('Bundle resources name different NIKs');
  return [...niks][0];
}

/**
 * Maps one SATUSEHAT Bundle to the person's rows: `health.patient`, `health.membership`, `licensing.str`,
 * and, when there is a Practitioner, the full set of their SIPs (a SIP it no longer lists is deleted). A
 * resource the bundle lacks says nothing: the row the hub holds stays. The record's own row (first) is the
 * first resource's. The bundle's `meta.lastUpdated` is the rows' as-of time.
 */
export function mapBundle(record: SourceRecord): Mapped {
  const line = record.value as JsonLine;
  if (!line.ok) return bad(line.reason);
  let facts: BundleFacts;
  let nik: string;
  try {
    facts = readBundle(line.value);
    nik = personOf(facts);
  } catch (error) {
    if (error instanceof Invalid) return bad(error.message);
    throw error;
  }
  const tables: TableRows[] = [];
  const references: Reference[] = [
    { table: 'population.citizen', column: 'nik', value: nik, reason: 'NIK not in the population register' },
  ];
  if (facts.patient) tables.push({ table: PATIENT, rows: [[nik, facts.patient.ihsNumber]] });
  const { coverage, practitioner } = facts;
  if (coverage) {
    tables.push({
      table: MEMBERSHIP,
      rows: [
        [
          coverage.cardNumber,
          nik,
          coverage.segment,
          coverage.careClass,
          coverage.status,
          coverage.statusReason,
          coverage.facilityCode,
          coverage.coverageStart,
          coverage.coverageEnd,
        ],
      ],
    });
    references.push({
      table: 'health.facility',
      column: 'code',
      value: coverage.facilityCode,
      reason: 'FKTP facility code not in the facility register',
    });
  }
  if (practitioner) {
    const { str, sips } = practitioner;
    tables.push({ table: STR, rows: [[str.number, nik, str.profession, str.issuedOn, str.validUntil]] });
    tables.push({
      table: SIP,
      parentKey: nik,
      rows: sips.map((sip) => [
        sip.number,
        nik,
        sip.strNumber,
        sip.practiceLocation,
        sip.regencyCode,
        sip.issuedOn,
        sip.validUntil,
      ]),
    });
    for (const regency of new Set(sips.map((sip) => sip.regencyCode))) {
      references.push({
        table: 'population.regency',
        column: 'code',
        value: regency,
        reason: 'SIP issuer regency not in the region register',
      });
    }
  }
  const data: RowsRecord = { tables, asOf: new Date(facts.lastUpdated).toISOString() };
  return { kind: 'ok', key: nik, people: [nik], references, data };
}
