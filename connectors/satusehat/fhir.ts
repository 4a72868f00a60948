/**
 * The FHIR R4 vocabulary of the SATUSEHAT exchange: the identifier systems and URLs both the exporter writes
 * and the mapper checks, so the two cannot drift apart.
 *
 * Kemenkes publishes the NIK and IHS-number systems and the `administrativeCode` address extension. It
 * publishes no Coverage profile and no identifier systems for STR and SIP numbers (DOMAIN.md), so the JKN
 * Coverage extensions, the code systems and the STR/SIP systems below live in this hub's own namespace
 * (`.example`, a reserved top-level domain: plainly not an official Kemenkes URL).
 */
export const SYSTEM = {
  nik: 'https://fhir.kemkes.go.id/id/nik',
  ihs: 'https://fhir.kemkes.go.id/id/ihs-number',
  str: 'https://fhir.citizen360.example/id/str',
  sip: 'https://fhir.citizen360.example/id/sip',
  /** A Kemendagri regency/city code without dots (`3201`): the government that issues a SIP. */
  regency: 'https://fhir.citizen360.example/id/kemendagri-regency',
  /** A primary-care facility (FKTP) code as the hub's facility register holds it. */
  fktp: 'https://fhir.citizen360.example/id/fktp',
  jknSegment: 'https://fhir.citizen360.example/CodeSystem/jkn-segment',
  profession: 'https://fhir.citizen360.example/CodeSystem/health-profession',
  /** HL7's own code system for Coverage.class types ("class" is one of its codes). */
  coverageClass: 'http://terminology.hl7.org/CodeSystem/coverage-class',
} as const;

export const EXTENSION = {
  /** SATUSEHAT's address extension: sub-extensions province, city, district, village, rt, rw. */
  administrativeCode: 'https://fhir.kemkes.go.id/r4/StructureDefinition/administrativeCode',
  /** Why a JKN Coverage is cancelled (inactive): PREMIUM_ARREARS, EMPLOYER_ARREARS, ... */
  jknStatusReason: 'https://fhir.citizen360.example/StructureDefinition/jkn-status-reason',
  /** The member's primary-care facility (FKTP), as a reference to an Organization by identifier. */
  jknPrimaryCare: 'https://fhir.citizen360.example/StructureDefinition/jkn-primary-care-facility',
  /** The STR a SIP was issued on. */
  sipStr: 'https://fhir.citizen360.example/StructureDefinition/sip-str',
  /** Where a SIP allows its holder to practise (free text, as the licence reads). */
  sipPracticeLocation: 'https://fhir.citizen360.example/StructureDefinition/sip-practice-location',
} as const;

/** BPJS Kesehatan as every Coverage's payor. */
export const BPJS = 'BPJS Kesehatan';
/** The STR issuer since UU 17/2023. */
export const STR_ISSUER = 'Konsil Kesehatan Indonesia';

/** The FHIR shapes this exchange writes (the reader takes nothing on trust and checks `unknown` instead). */
export interface Identifier {
  use?: string;
  system: string;
  value: string;
}
interface Coding {
  system: string;
  code: string;
  display?: string;
}
export interface CodeableConcept {
  coding: Coding[];
  text?: string;
}
export interface Period {
  start: string;
  end?: string;
}
export interface Extension {
  url: string;
  valueCode?: string;
  valueString?: string;
  valueIdentifier?: Identifier;
  valueReference?: Reference;
  extension?: Extension[];
}
export interface Reference {
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Patient {
  resourceType: 'Patient';
  id: string;
  identifier: Identifier[];
  name?: { use: string; text: string }[];
  gender?: string;
  birthDate?: string;
  address?: { use: string; line: string[]; country: string; extension: Extension[] }[];
}

export interface Coverage {
  resourceType: 'Coverage';
  extension: Extension[];
  status: 'active' | 'cancelled';
  type: CodeableConcept;
  subscriberId: string;
  beneficiary: Reference;
  period: Period;
  payor: Reference[];
  class: { type: CodeableConcept; value: string; name?: string }[];
}

export interface Qualification {
  extension?: Extension[];
  identifier: Identifier[];
  code: CodeableConcept;
  period: Period;
  issuer?: Reference;
}

export interface Practitioner {
  resourceType: 'Practitioner';
  identifier: Identifier[];
  name?: { use: string; text: string }[];
  gender?: string;
  qualification: Qualification[];
}

export type Resource = Patient | Coverage | Practitioner;

export interface Bundle {
  resourceType: 'Bundle';
  type: 'collection';
  meta: { lastUpdated: string };
  entry: { fullUrl?: string; resource: Resource }[];
}

/** The base a Patient's `fullUrl` is written against, so `Patient/<IHS>` references in a bundle resolve. */
export const FHIR_BASE = 'https://api-satusehat.kemkes.go.id/fhir-r4/v1';
