/**
 * The scope catalogue: every kind of personal data the graph releases, named as `<agency>.<category>`.
 * Each personal field carries one through `@sensitive(scope: ...)`; access rules grant scopes, never fields.
 *
 * `SPECIFIC` is UU PDP No. 27/2022 Pasal 4(2) specific personal data (health, personal financial data, children's
 * data, ...), which needs the stricter safeguards; `GENERAL` is Pasal 4(3) general personal data.
 */
type Sensitivity = 'GENERAL' | 'SPECIFIC';

interface ScopeDefinition {
  readonly description: string;
  readonly sensitivity: Sensitivity;
}

export const SCOPES = {
  'population.identity': { description: 'Name, sex, place and date of birth, citizenship', sensitivity: 'GENERAL' },
  'population.demographics': { description: 'Religion, marital status, occupation, education', sensitivity: 'GENERAL' },
  'population.address': { description: 'Residential address down to RT/RW', sensitivity: 'GENERAL' },
  'population.family': { description: 'Family card and its members with their relationships', sensitivity: 'GENERAL' },
  'regsosek.household': {
    description: "DTSEN household: welfare decile, housing, assets, members' work and disability",
    sensitivity: 'SPECIFIC',
  },
  'regsosek.eligibility': {
    description: 'Social-assistance eligibility derived from the welfare decile',
    sensitivity: 'SPECIFIC',
  },
  'tax.profile': {
    description: 'NPWP, registration and matching status, tax office, annual returns',
    sensitivity: 'SPECIFIC',
  },
  'tax.compliance': { description: 'Taxpayer status confirmation (KSWP)', sensitivity: 'SPECIFIC' },
  'health.coverage': {
    description: 'JKN membership: segment, class, status, primary-care facility, coverage',
    sensitivity: 'SPECIFIC',
  },
  'health.identifier': { description: 'SATUSEHAT patient identifier (IHS number)', sensitivity: 'SPECIFIC' },
  'licensing.professional': {
    description: 'Health-worker registration (STR) and licences to practise (SIP)',
    sensitivity: 'GENERAL',
  },
  'licensing.business': { description: 'Business licences (NIB) and their activities', sensitivity: 'GENERAL' },
  'licensing.application': { description: 'Licence applications with the data taken for them', sensitivity: 'GENERAL' },
  'services.application': {
    description: 'Applications for MPP public services with the data taken for them, their history and due dates',
    sensitivity: 'GENERAL',
  },
  'services.complaint': {
    description: 'Complaints about a public service, with the responses to them',
    sensitivity: 'GENERAL',
  },
  'services.notification': {
    description: "The citizen's own notifications and the e-mail address they are sent to",
    sensitivity: 'GENERAL',
  },
  'consent.records': { description: "The citizen's own consent grants and their receipts", sensitivity: 'GENERAL' },
  'insights.aggregate': {
    description: 'Counts of cohorts across agencies, under disclosure control: never a person',
    sensitivity: 'GENERAL',
  },
  'audit.log': {
    description: "The record of who read a person's data: when, which data, for what purpose, on which basis",
    sensitivity: 'GENERAL',
  },
} as const satisfies Record<string, ScopeDefinition>;

export type Scope = keyof typeof SCOPES;

/** The `@sensitive` directive as type-graphql's `@Directive` takes it. */
export function sensitive(scope: Scope): string {
  return `@sensitive(scope: "${scope}")`;
}

/** Object types that hold data about a person: a field returning one must carry a scope. */
export const PERSONAL_TYPES: ReadonlySet<string> = new Set([
  'Citizen',
  'Family',
  'FamilyMember',
  'Address',
  'Household',
  'HouseholdMember',
  'Eligibility',
  'TaxProfile',
  'Filing',
  'TaxCompliance',
  'BpjsMembership',
  'Licences',
  'Str',
  'Sip',
  'Business',
  'BusinessActivity',
  'LicenceApplication',
  'ApplicationEvent',
  'ServiceApplication',
  'ServiceApplicationEvent',
  'PrefilledField',
  'RequirementCheck',
  'Notification',
  'Complaint',
  'ComplaintResponse',
  'Me',
  'Consent',
  'AccessLogPage',
  'AccessLogEntry',
  'AccessEventPage',
  'AccessEvent',
  'BreachScope',
  'BreachSubject',
]);

/**
 * The agencies' data: what officers may ever be granted (not consent records, a citizen's notifications, the
 * access log or aggregates).
 */
export const AGENCY_SCOPES: readonly Scope[] = (Object.keys(SCOPES) as Scope[]).filter(
  (scope) => /^(population|regsosek|tax|health|licensing|services)\./.test(scope) && scope !== 'services.notification',
);

export function isScope(value: string): value is Scope {
  return Object.prototype.hasOwnProperty.call(SCOPES, value);
}
