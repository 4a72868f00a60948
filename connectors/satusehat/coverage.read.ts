import { BpjsSegment, InactiveReason } from '../../subgraphs/health/entities/health.enums';
import { BPJS, EXTENSION, SYSTEM } from './fhir';
import { codeIn, extension, fail, isObject, nik, objects, period, text, type Json } from './check';

/** A JKN membership as the hub stores it; the beneficiary is either the bundle's Patient or a NIK. */
export interface CoverageFacts {
  beneficiary: { patient: string } | { nik: string };
  cardNumber: string;
  segment: string;
  careClass: string;
  status: 'ACTIVE' | 'INACTIVE';
  statusReason: string | null;
  facilityCode: string;
  coverageStart: string;
  coverageEnd: string | null;
}

const CARD = /^[0-9]{13}$/;
const PATIENT_REFERENCE = /^Patient\/(.+)$/;
/** FKTP codes as the facility register (`health.facility.code`, varchar(8)) holds them. */
const FACILITY = /^[A-Z0-9]{1,8}$/;
const SEGMENTS: ReadonlySet<string> = new Set(Object.values(BpjsSegment));
const REASONS: ReadonlySet<string> = new Set(Object.values(InactiveReason));
const CARE_CLASSES: ReadonlySet<string> = new Set(['1', '2', '3']);
/** Coverage.status as SATUSEHAT would carry a BPJS status: an inactive membership is cancelled. */
const STATUS: Readonly<Record<string, CoverageFacts['status']>> = { active: 'ACTIVE', cancelled: 'INACTIVE' };

function beneficiary(value: unknown): CoverageFacts['beneficiary'] {
  if (isObject(value)) {
    const reference = typeof value.reference === 'string' ? PATIENT_REFERENCE.exec(value.reference) : null;
    if (reference) return { patient: reference[1] };
    if (
      isObject(value.identifier) &&
      value.identifier.system === SYSTEM.nik &&
      typeof value.identifier.value === 'string'
    )
      return { nik: nik(value.identifier.value) };
  }
  return fail('Coverage.beneficiary names no Patient and no NIK');
}

function careClass(value: unknown): string {
  const found = objects(value, 'Coverage.class is not a list').find(
    (entry) => codeIn(entry.type, SYSTEM.coverageClass) === 'class',
  );
  return found && typeof found.value === 'string' && CARE_CLASSES.has(found.value)
    ? found.value
    : fail('Coverage.class has no care class 1, 2 or 3');
}

function facilityCode(resource: Json): string {
  const found = extension(resource, EXTENSION.jknPrimaryCare, 'Coverage');
  const identifier = found && isObject(found.valueReference) ? found.valueReference.identifier : undefined;
  if (!isObject(identifier) || identifier.system !== SYSTEM.fktp) fail('Coverage has no FKTP facility code');
  return typeof identifier.value === 'string' && FACILITY.test(identifier.value)
    ? identifier.value
    : fail('Coverage FKTP facility code is malformed');
}

function statusReason(resource: Json): string | null {
  const found = extension(resource, EXTENSION.jknStatusReason, 'Coverage');
  if (!found) return null;
  return typeof found.valueCode === 'string' && REASONS.has(found.valueCode)
    ? found.valueCode
    : fail('Coverage status reason is not a known reason');
}

export function readCoverage(resource: Json): CoverageFacts {
  const status = typeof resource.status === 'string' ? STATUS[resource.status] : undefined;
  if (!status) fail('Coverage.status must be active or cancelled');
  const cardNumber =
    typeof resource.subscriberId === 'string' && CARD.test(resource.subscriberId)
      ? resource.subscriberId
      : fail('Coverage.subscriberId is not a 13-digit BPJS card number');
  const segment = codeIn(resource.type, SYSTEM.jknSegment);
  if (segment === undefined || !SEGMENTS.has(segment)) fail('Coverage.type is not a JKN segment');
  if (
    !objects(resource.payor, 'Coverage.payor is not a list').some(
      (payor) => text(payor.display) === BPJS && (payor.type === undefined || payor.type === 'Organization'),
    )
  ) {
    fail('Coverage.payor is not BPJS Kesehatan');
  }
  const { start, end } = period(resource.period, 'Coverage');
  return {
    beneficiary: beneficiary(resource.beneficiary),
    cardNumber,
    segment,
    careClass: careClass(resource.class),
    status,
    statusReason: statusReason(resource),
    facilityCode: facilityCode(resource),
    coverageStart: start,
    coverageEnd: end,
  };
}
