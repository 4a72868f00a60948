import { HealthProfession } from '../../subgraphs/licensing/entities/licensing.enums';
import { EXTENSION, SYSTEM } from './fhir';
import { codeIn, extension, fail, identifierValue, isObject, nik, objects, period, text, type Json } from './check';

/** A health worker's registration (STR) and licences to practise (SIPs), as the licensing tables hold them. */
export interface PractitionerFacts {
  nik: string;
  str: { number: string; profession: string; issuedOn: string; validUntil: string | null };
  sips: {
    number: string;
    strNumber: string;
    practiceLocation: string;
    regencyCode: string;
    issuedOn: string;
    validUntil: string;
  }[];
}

const PROFESSIONS: ReadonlySet<string> = new Set(Object.values(HealthProfession));
const REGENCY = /^([0-9]{2})([0-9]{2})$/;

function profession(qualification: Json): string {
  const code = codeIn(qualification.code, SYSTEM.profession);
  return code !== undefined && PROFESSIONS.has(code)
    ? code
    : fail('Practitioner.qualification.code is not a health profession');
}

/** A SIP: issued by a regency/city (the issuer, by Kemendagri code) for one practice location, on an STR. */
function sip(qualification: Json, number: string): PractitionerFacts['sips'][number] {
  profession(qualification);
  const { start, end } = period(qualification.period, 'SIP', true);
  const basis = extension(qualification, EXTENSION.sipStr, 'SIP');
  const strNumber =
    isObject(basis?.valueIdentifier) && basis.valueIdentifier.system === SYSTEM.str
      ? text(basis.valueIdentifier.value)
      : undefined;
  if (strNumber === undefined) fail('SIP names no STR number');
  const practiceLocation =
    text(extension(qualification, EXTENSION.sipPracticeLocation, 'SIP')?.valueString) ??
    fail('SIP has no practice location');
  const issuer = isObject(qualification.issuer) ? qualification.issuer.identifier : undefined;
  const regency =
    isObject(issuer) && issuer.system === SYSTEM.regency && typeof issuer.value === 'string'
      ? REGENCY.exec(issuer.value)
      : null;
  if (!regency) fail('SIP issuer is not a Kemendagri regency code');
  return {
    number,
    strNumber,
    practiceLocation,
    regencyCode: `${regency[1]}.${regency[2]}`,
    issuedOn: start,
    validUntil: end,
  };
}

export function readPractitioner(resource: Json): PractitionerFacts {
  const value =
    identifierValue(resource.identifier, SYSTEM.nik, 'Practitioner') ?? fail('Practitioner has no NIK identifier');
  const qualifications = objects(resource.qualification, 'Practitioner.qualification is not a list');
  const strs: PractitionerFacts['str'][] = [];
  const sips: PractitionerFacts['sips'] = [];
  for (const qualification of qualifications) {
    const strNumber = identifierValue(qualification.identifier, SYSTEM.str, 'Practitioner.qualification');
    const sipNumber = identifierValue(qualification.identifier, SYSTEM.sip, 'Practitioner.qualification');
    if (strNumber !== undefined) {
      const { start, end } = period(qualification.period, 'STR');
      strs.push({ number: strNumber, profession: profession(qualification), issuedOn: start, validUntil: end });
    } else if (sipNumber !== undefined) {
      if (sips.some((other) => other.number === sipNumber)) fail('Practitioner lists one SIP twice');
      sips.push(sip(qualification, sipNumber));
    } else fail('Practitioner.qualification has no STR or SIP identifier');
  }
  if (strs.length !== 1) fail('Practitioner must hold exactly one STR');
  return { nik: nik(value), str: strs[0], sips };
}
