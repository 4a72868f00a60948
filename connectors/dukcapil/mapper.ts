import { checkKk, checkNik } from '../../schema/scalars/identity-number';
import {
  Citizenship,
  Education,
  FamilyRelationship,
  MaritalStatus,
  Religion,
  Sex,
} from '../../subgraphs/population/entities/population.enums';
import { bad, type MapContext, type Mapped, type Reference, type SourceRecord } from '../core/connector';
import type { JsonLine } from '../core/files';
import type { RowsRecord, TableSpec } from '../core/upsert';
import type { ChangeNotice } from '../../hub/change-feed';
import type { Address, PopulationEvent } from './format';
import { isRealDate } from '../core/values';

export const FAMILY: TableSpec = {
  name: 'population.family',
  key: 'kk',
  columns: ['kk', 'issued_on'],
  provenance: false,
};
export const CITIZEN: TableSpec = {
  name: 'population.citizen',
  key: 'nik',
  columns: [
    'nik',
    'full_name',
    'sex',
    'birth_place',
    'birth_date',
    'religion',
    'marital_status',
    'occupation',
    'education',
    'citizenship',
    'street',
    'rt',
    'rw',
    'village_code',
    'family_kk',
    'family_relationship',
    'died_on',
  ],
  provenance: true,
};

/** A change event as `write` applies it; `applied` is filled in by `write` for the feed. */
export type ChangeRecord = {
  kind: 'change';
  event: Exclude<PopulationEvent, { event: 'REGISTERED' }>;
  applied?: AppliedChange[];
};
export type DukcapilRecord = ({ kind: 'registration' } & RowsRecord) | ChangeRecord;
/** A change applied by this import, as the feed announces it. */
export type AppliedChange = ChangeNotice;

const VILLAGE = /^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$/;
const RT_RW = /^[0-9]{3}$/;
const EVENT_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const oneOf = (values: object) => new Set(Object.values(values) as string[]);
const ENUMS = {
  sex: oneOf(Sex),
  religion: oneOf(Religion),
  maritalStatus: oneOf(MaritalStatus),
  education: oneOf(Education),
  citizenship: oneOf(Citizenship),
  relationship: oneOf(FamilyRelationship),
};

const text = (value: unknown, max = 200): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max;
const registered = (nik: string): Reference => ({
  table: 'population.citizen',
  column: 'nik',
  value: nik,
  reason: 'NIK not in the population register',
});
const knownVillage = (code: string): Reference => ({
  table: 'population.village',
  column: 'code',
  value: code,
  reason: 'address.villageCode is not a Kemendagri village',
});

function addressProblem(address: unknown): string | undefined {
  if (typeof address !== 'object' || address === null) return 'address is missing';
  const a = address as Partial<Address>;
  if (!text(a.street)) return 'address.street is missing or longer than 200 characters';
  if (typeof a.rt !== 'string' || !RT_RW.test(a.rt)) return 'address.rt is not 3 digits';
  if (typeof a.rw !== 'string' || !RT_RW.test(a.rw)) return 'address.rw is not 3 digits';
  if (typeof a.villageCode !== 'string' || !VILLAGE.test(a.villageCode))
    return 'address.villageCode is not PP.RR.SS.VVVV';
  return undefined;
}

/** NIK verification: a valid NIK whose date and sex are the person's (women's day of birth + 40). */
function nikProblem(nik: unknown, person?: { birthDate: string; sex: string }): string | undefined {
  const check = checkNik(nik);
  if (!check.ok) return `NIK is invalid (${check.reason})`;
  if (person && (check.parts.sex !== person.sex || check.parts.birthDate.slice(2) !== person.birthDate.slice(2)))
    return 'NIK does not match the birth date and sex';
  return undefined;
}

function mapRegistration(e: Partial<Extract<PopulationEvent, { event: 'REGISTERED' }>>): Mapped {
  if (!isRealDate(e.birthDate)) return bad('birthDate is not a date');
  if (typeof e.sex !== 'string' || !ENUMS.sex.has(e.sex)) return bad('sex is not MALE or FEMALE');
  const nikIssue = nikProblem(e.nik, { birthDate: e.birthDate, sex: e.sex });
  if (nikIssue) return bad(nikIssue);
  const kk = checkKk(e.kk);
  if (!kk.ok) return bad(`KK is invalid (${kk.reason})`);
  if (!isRealDate(e.familyIssuedOn)) return bad('familyIssuedOn is not a date');
  if (!text(e.fullName, 120)) return bad('fullName is missing or longer than 120 characters');
  if (!text(e.birthPlace, 100)) return bad('birthPlace is missing');
  if (!text(e.occupation, 100)) return bad('occupation is missing');
  for (const field of ['religion', 'maritalStatus', 'education', 'citizenship', 'relationship'] as const) {
    if (typeof e[field] !== 'string' || !ENUMS[field].has(e[field] as string))
      return bad(`${field} is not one of the registered values`);
  }
  const addressIssue = addressProblem(e.address);
  if (addressIssue) return bad(addressIssue);
  if (e.diedOn !== undefined && e.diedOn !== null && !isRealDate(e.diedOn)) return bad('diedOn is not a date');
  const a = e.address!;
  const data: DukcapilRecord = {
    kind: 'registration',
    tables: [
      {
        table: CITIZEN,
        rows: [
          [
            e.nik!,
            e.fullName!,
            e.sex,
            e.birthPlace!,
            e.birthDate,
            e.religion!,
            e.maritalStatus!,
            e.occupation!,
            e.education!,
            e.citizenship!,
            a.street,
            a.rt,
            a.rw,
            a.villageCode,
            e.kk as string,
            e.relationship!,
            e.diedOn ?? null,
          ],
        ],
      },
      { table: FAMILY, rows: [[e.kk as string, e.familyIssuedOn]] },
    ],
  };
  return { kind: 'ok', key: `nik:${e.nik}`, people: [e.nik!], references: [knownVillage(a.villageCode)], data };
}

function mapChange(e: Partial<Exclude<PopulationEvent, { event: 'REGISTERED' }>> & { event: string }): Mapped {
  if (typeof e.eventId !== 'string' || !EVENT_ID.test(e.eventId))
    return bad('eventId is missing or not 1-64 letters, digits or ._:-');
  if (typeof e.at !== 'string' || Number.isNaN(Date.parse(e.at))) return bad('at is not a date-time');
  switch (e.event) {
    case 'ADDRESS_CHANGED': {
      const c = e as Partial<Extract<PopulationEvent, { event: 'ADDRESS_CHANGED' }>>;
      const nikIssue = nikProblem(c.nik);
      if (nikIssue) return bad(nikIssue);
      const addressIssue = addressProblem(c.address);
      if (addressIssue) return bad(addressIssue);
      return {
        kind: 'ok',
        key: `nik:${c.nik}`,
        people: [c.nik!],
        references: [registered(c.nik!), knownVillage(c.address!.villageCode)],
        data: { kind: 'change', event: c } as ChangeRecord,
      };
    }
    case 'DIED': {
      const c = e as Partial<Extract<PopulationEvent, { event: 'DIED' }>>;
      const nikIssue = nikProblem(c.nik);
      if (nikIssue) return bad(nikIssue);
      if (!isRealDate(c.diedOn)) return bad('diedOn is not a date');
      return {
        kind: 'ok',
        key: `nik:${c.nik}`,
        people: [c.nik!],
        references: [registered(c.nik!)],
        data: { kind: 'change', event: c } as ChangeRecord,
      };
    }
    case 'FAMILY_SPLIT': {
      const c = e as Partial<Extract<PopulationEvent, { event: 'FAMILY_SPLIT' }>>;
      if (!checkKk(c.kk).ok) return bad('kk is invalid');
      const created = checkKk(c.newKk);
      if (!created.ok) return bad(`newKk is invalid (${created.reason})`);
      if (c.newKk === c.kk) return bad('newKk is the card being split');
      if (!isRealDate(c.issuedOn)) return bad('issuedOn is not a date');
      if (!Array.isArray(c.members) || c.members.length === 0 || c.members.length > 30)
        return bad('members must list 1 to 30 people');
      for (const member of c.members) {
        if (nikProblem(member?.nik)) return bad('a member NIK is invalid');
        if (!ENUMS.relationship.has(member.relationship))
          return bad('a member relationship is not one of the registered values');
      }
      if (c.members.filter((m) => m.relationship === 'HEAD').length !== 1)
        return bad('members must name exactly one HEAD');
      if (new Set(c.members.map((m) => m.nik)).size !== c.members.length) return bad('a member is listed twice');
      const niks = c.members.map((m) => m.nik);
      return {
        kind: 'ok',
        key: `kk:${c.newKk}`,
        people: niks,
        references: [
          { table: 'population.family', column: 'kk', value: c.kk!, reason: 'kk is not a registered family card' },
          ...niks.map(registered),
        ],
        data: { kind: 'change', event: c } as ChangeRecord,
      };
    }
    default:
      return bad('event is not REGISTERED, ADDRESS_CHANGED, DIED or FAMILY_SPLIT');
  }
}

/** Validates one line of Dukcapil's event file and maps it to rows (a registration) or an event to apply. */
export function mapPopulationEvent(record: SourceRecord, _context: MapContext): Mapped {
  const line = record.value as JsonLine;
  if (!line.ok) return bad(line.reason);
  if (typeof line.value !== 'object' || line.value === null || Array.isArray(line.value))
    return bad('a line must hold one JSON object');
  const event = line.value as { event?: unknown };
  if (event.event === 'REGISTERED')
    return mapRegistration(event as Partial<Extract<PopulationEvent, { event: 'REGISTERED' }>>);
  if (typeof event.event !== 'string') return bad('event is missing');
  return mapChange(event as Partial<Exclude<PopulationEvent, { event: 'REGISTERED' }>> & { event: string });
}
