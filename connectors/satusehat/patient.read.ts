import { EXTENSION, SYSTEM } from './fhir';
import { extension, fail, identifierValue, isDate, nik, objects, text, type Json } from './check';

/** What the hub keeps of a SATUSEHAT Patient: the NIK and the IHS number (the Patient's id). */
export interface PatientFacts {
  nik: string;
  ihsNumber: string;
}

const IHS = /^P[0-9]{11}$/;
const GENDERS: ReadonlySet<string> = new Set(['male', 'female', 'other', 'unknown']);
/** Kemendagri code lengths without dots; each level extends the one before it. */
const LEVELS: readonly [string, number][] = [
  ['province', 2],
  ['city', 4],
  ['district', 6],
  ['village', 10],
];
const RT_RW = /^[0-9]{1,3}$/;

/**
 * The `administrativeCode` extension of an address, when there is one. The address is informative (the
 * population register owns it), but a malformed one says the record was not written as SATUSEHAT writes it.
 */
function checkAdministrativeCode(address: Json): void {
  const codes = extension(address, EXTENSION.administrativeCode, 'Patient.address');
  if (!codes) return;
  const parts = new Map(
    objects(codes.extension, 'Patient.address administrativeCode is malformed').map((part) => [
      part.url,
      part.valueCode,
    ]),
  );
  let previous = '';
  for (const [level, length] of LEVELS) {
    const code = parts.get(level);
    if (code === undefined) continue;
    if (typeof code !== 'string' || code.length !== length || !/^[0-9]+$/.test(code) || !code.startsWith(previous))
      fail('Patient.address administrativeCode is malformed');
    previous = code;
  }
  for (const level of ['rt', 'rw']) {
    const code = parts.get(level);
    if (code !== undefined && (typeof code !== 'string' || !RT_RW.test(code)))
      fail('Patient.address administrativeCode is malformed');
  }
}

export function readPatient(resource: Json): PatientFacts {
  const ihsNumber =
    typeof resource.id === 'string' && IHS.test(resource.id)
      ? resource.id
      : fail('Patient.id is not an IHS number (P and 11 digits)');
  const value = identifierValue(resource.identifier, SYSTEM.nik, 'Patient') ?? fail('Patient has no NIK identifier');
  const ihs = identifierValue(resource.identifier, SYSTEM.ihs, 'Patient');
  if (ihs !== undefined && ihs !== ihsNumber) fail('Patient IHS identifier differs from Patient.id');
  if (resource.gender !== undefined && !(typeof resource.gender === 'string' && GENDERS.has(resource.gender)))
    fail('Patient.gender is not a FHIR administrative gender');
  if (resource.birthDate !== undefined && !isDate(resource.birthDate)) fail('Patient.birthDate is not a full date');
  for (const address of objects(resource.address, 'Patient.address is not a list of addresses')) {
    if (
      address.line !== undefined &&
      !(Array.isArray(address.line) && address.line.every((line) => text(line) !== undefined))
    )
      fail('Patient.address.line is not a list of text');
    checkAdministrativeCode(address);
  }
  return { nik: nik(value), ihsNumber };
}
