import type { CitizenRow } from '../../seeds/generator';
import { REFERENCE_DATE } from '../../seeds/generator';
import {
  BPJS,
  EXTENSION,
  FHIR_BASE,
  STR_ISSUER,
  SYSTEM,
  type Bundle,
  type Coverage,
  type Extension,
  type Patient,
  type Practitioner,
  type Qualification,
  type Resource,
} from './fhir';

/** What SATUSEHAT holds about one person, as the hub's tables have it (dates ISO, codes as stored). */
export interface PersonHealth {
  nik: string;
  /** From the population register: name, sex, birth date and address make the Patient recognisable. */
  citizen?: CitizenRow;
  patient?: { ihsNumber: string };
  membership?: {
    cardNumber: string;
    segment: string;
    careClass: string;
    status: string;
    statusReason: string | null;
    facilityCode: string;
    coverageStart: string;
    coverageEnd: string | null;
  };
  str?: { number: string; profession: string; issuedOn: string; validUntil: string | null };
  sips: {
    number: string;
    strNumber: string;
    practiceLocation: string;
    regencyCode: string;
    issuedOn: string;
    validUntil: string;
  }[];
}

const SEGMENT_DISPLAY: Readonly<Record<string, string>> = {
  PBI_APBN: 'PBI APBN',
  PBI_APBD: 'PBI APBD',
  PPU: 'Pekerja Penerima Upah',
  PBPU: 'Pekerja Bukan Penerima Upah',
  BP: 'Bukan Pekerja',
};
const PROFESSION_DISPLAY: Readonly<Record<string, string>> = {
  NURSE: 'Perawat',
  MIDWIFE: 'Bidan',
  DOCTOR: 'Dokter',
  DENTIST: 'Dokter Gigi',
  PHARMACIST: 'Apoteker',
  LAB_ANALYST: 'Ahli Teknologi Laboratorium Medik',
  NUTRITIONIST: 'Ahli Gizi',
};

const undotted = (code: string) => code.replace(/\./g, '');
const nikIdentifier = (nik: string) => ({ use: 'official', system: SYSTEM.nik, value: nik });

/**
 * The address as SATUSEHAT carries it: the street in `line`, and the Kemendagri codes (without dots) in the
 * `administrativeCode` extension, each level a prefix of the next.
 */
function address(citizen: CitizenRow): NonNullable<Patient['address']> {
  const village = undotted(citizen.villageCode);
  const codes: [string, string][] = [
    ['province', village.slice(0, 2)],
    ['city', village.slice(0, 4)],
    ['district', village.slice(0, 6)],
    ['village', village],
    ['rt', citizen.rt],
    ['rw', citizen.rw],
  ];
  return [
    {
      use: 'home',
      line: [citizen.street],
      country: 'ID',
      extension: [
        { url: EXTENSION.administrativeCode, extension: codes.map(([url, valueCode]) => ({ url, valueCode })) },
      ],
    },
  ];
}

function patient(person: PersonHealth, ihsNumber: string): Patient {
  const { citizen } = person;
  return {
    resourceType: 'Patient',
    id: ihsNumber,
    identifier: [nikIdentifier(person.nik), { use: 'official', system: SYSTEM.ihs, value: ihsNumber }],
    ...(citizen && {
      name: [{ use: 'official', text: citizen.fullName }],
      gender: citizen.sex === 'FEMALE' ? 'female' : 'male',
      birthDate: citizen.birthDate,
      address: address(citizen),
    }),
  };
}

function coverage(person: PersonHealth, membership: NonNullable<PersonHealth['membership']>): Coverage {
  const extension: Extension[] = [];
  if (membership.statusReason !== null)
    extension.push({ url: EXTENSION.jknStatusReason, valueCode: membership.statusReason });
  extension.push({
    url: EXTENSION.jknPrimaryCare,
    valueReference: { type: 'Organization', identifier: { system: SYSTEM.fktp, value: membership.facilityCode } },
  });
  return {
    resourceType: 'Coverage',
    extension,
    status: membership.status === 'ACTIVE' ? 'active' : 'cancelled',
    type: {
      coding: [{ system: SYSTEM.jknSegment, code: membership.segment, display: SEGMENT_DISPLAY[membership.segment] }],
    },
    subscriberId: membership.cardNumber,
    beneficiary: person.patient
      ? { reference: `Patient/${person.patient.ihsNumber}` }
      : { identifier: { system: SYSTEM.nik, value: person.nik } },
    period:
      membership.coverageEnd === null
        ? { start: membership.coverageStart }
        : { start: membership.coverageStart, end: membership.coverageEnd },
    payor: [{ type: 'Organization', display: BPJS }],
    class: [
      {
        type: { coding: [{ system: SYSTEM.coverageClass, code: 'class' }] },
        value: membership.careClass,
        name: `Kelas ${membership.careClass}`,
      },
    ],
  };
}

function practitioner(person: PersonHealth, str: NonNullable<PersonHealth['str']>): Practitioner {
  const profession = {
    coding: [{ system: SYSTEM.profession, code: str.profession, display: PROFESSION_DISPLAY[str.profession] }],
  };
  const registration: Qualification = {
    identifier: [{ system: SYSTEM.str, value: str.number }],
    code: profession,
    period: str.validUntil === null ? { start: str.issuedOn } : { start: str.issuedOn, end: str.validUntil },
    issuer: { display: STR_ISSUER },
  };
  const licences = person.sips.map((sip): Qualification => ({
    extension: [
      { url: EXTENSION.sipStr, valueIdentifier: { system: SYSTEM.str, value: sip.strNumber } },
      { url: EXTENSION.sipPracticeLocation, valueString: sip.practiceLocation },
    ],
    identifier: [{ system: SYSTEM.sip, value: sip.number }],
    code: profession,
    period: { start: sip.issuedOn, end: sip.validUntil },
    issuer: { type: 'Organization', identifier: { system: SYSTEM.regency, value: undotted(sip.regencyCode) } },
  }));
  return {
    resourceType: 'Practitioner',
    identifier: [nikIdentifier(person.nik)],
    ...(person.citizen && {
      name: [{ use: 'official', text: person.citizen.fullName }],
      gender: person.citizen.sex === 'FEMALE' ? 'female' : 'male',
    }),
    qualification: [registration, ...licences],
  };
}

/**
 * When the person's records last changed, as far as their own dates tell (cover started or ended, a licence
 * issued); the reference date when none does. Midnight in Jakarta (UTC+7), as SATUSEHAT's clock runs.
 */
function lastUpdated(person: PersonHealth): string {
  const dates = [
    person.membership?.coverageStart,
    person.membership?.coverageEnd,
    person.str?.issuedOn,
    ...person.sips.map((sip) => sip.issuedOn),
  ].filter((date): date is string => typeof date === 'string' && date <= REFERENCE_DATE);
  const latest = dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : REFERENCE_DATE;
  return `${latest}T00:00:00+07:00`;
}

/** One person's SATUSEHAT records as a FHIR R4 `collection` Bundle: Patient, Coverage, Practitioner (each if any). */
export function toBundle(person: PersonHealth): Bundle {
  const entry: { fullUrl?: string; resource: Resource }[] = [];
  if (person.patient)
    entry.push({
      fullUrl: `${FHIR_BASE}/Patient/${person.patient.ihsNumber}`,
      resource: patient(person, person.patient.ihsNumber),
    });
  if (person.membership) entry.push({ resource: coverage(person, person.membership) });
  if (person.str) entry.push({ resource: practitioner(person, person.str) });
  return { resourceType: 'Bundle', type: 'collection', meta: { lastUpdated: lastUpdated(person) }, entry };
}
