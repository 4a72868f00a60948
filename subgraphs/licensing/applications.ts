import { LockMode } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Provenance } from '../../schema/provenance';
import { conflictError, inputError } from '../../schema/errors';
import { addressLine, prefillFromGraph, type GraphAddress } from '../host/prefill';
import { isRegencyCode } from '../../schema/scalars/regency-codes';
import type { Scope } from '../../schema/scopes';
import type { LicensingContext } from './context';
import type { ApplicantSnapshot } from './entities/applicant-snapshot.type';
import { ApplicationEvent } from './entities/application-event.entity';
import { LicenceApplication } from './entities/licence-application.entity';
import { ApplicationStatus, LicenceType, ReviewDecision } from './entities/licensing.enums';
import type { PracticeLocationInput } from './entities/practice-location-input.type';
import type { PracticeLocation } from './entities/practice-location.type';
import { Sip } from './entities/sip.entity';
import { Str } from './entities/str.entity';
import { recordWithin } from '../../policy/audit/record';
import { transactionExecutor } from '../../hub/orm';

/** A health worker may hold at most three SIPs at a time. */
const MAX_ACTIVE_SIPS = 3;
const SIP_YEARS = 5;

/** What licensing reads from the graph about an applicant: identity, address, JKN status and tax compliance. */
const APPLICANT_QUERY = `query Applicant($nik: NIK!) {
  citizen(nik: $nik) {
    fullName sex birthPlace birthDate
    address { street rt rw village { name district { name regency { name province { name } } } } }
    bpjsMembership { cardNumber segment status }
  }
  taxCompliance(nik: $nik) { status reasons }
}`;

interface ApplicantData {
  citizen: null | {
    fullName: string;
    sex: string;
    birthPlace: string;
    birthDate: string;
    address: GraphAddress;
    bpjsMembership: { cardNumber: string; segment: string; status: string } | null;
  };
  taxCompliance: { status: string; reasons: string[] } | null;
}

/** The longest review note kept (the schema's description says so). */
export const MAX_NOTE_LENGTH = 2_000;

/**
 * What an unmet requirement tells about the applicant, as the scope that data has everywhere else: a missing or
 * expired STR and the SIPs held are licensing.professional, tax reasons tax.compliance, JKN health.coverage.
 */
export function requirementScope(requirement: string): Scope {
  if (requirement.startsWith('tax: ')) return 'tax.compliance';
  if (requirement.includes('JKN')) return 'health.coverage';
  return 'licensing.professional';
}

function validateLocation(location: PracticeLocationInput): PracticeLocation {
  const name = location.name.trim();
  if (name.length < 3 || name.length > 200) throw inputError('practiceLocation.name must be 3-200 characters');
  if (!/^[0-9]{2}\.[0-9]{2}$/.test(location.regencyCode))
    throw inputError('practiceLocation.regencyCode must be a Kemendagri regency code PP.RR');
  if (!isRegencyCode(location.regencyCode))
    throw inputError('practiceLocation.regencyCode names no regency or city of Indonesia');
  return { name, regencyCode: location.regencyCode };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Submits a SIP application from the NIK and the practice location alone: identity, address, JKN status and tax
 * compliance come from the graph, the STR and current SIPs from this subgraph. Unmet requirements are recorded,
 * not refused: the reviewer sees them and rejects. If the graph cannot supply the applicant's data the
 * submission fails and nothing is stored.
 */
export async function submitApplication(
  ctx: LicensingContext,
  nik: string,
  type: LicenceType,
  location: PracticeLocationInput,
): Promise<LicenceApplication> {
  const practiceLocation = validateLocation(location);
  const { citizen, taxCompliance } = await prefillFromGraph<ApplicantData>(
    ctx.graph,
    APPLICANT_QUERY,
    { nik },
    {
      exists: (data) => Boolean(data?.citizen),
      complete: (data) => Boolean(data.citizen && data.taxCompliance),
    },
  );
  const applicant: ApplicantSnapshot = {
    fullName: citizen!.fullName,
    sex: citizen!.sex,
    birthPlace: citizen!.birthPlace,
    birthDate: citizen!.birthDate,
    address: addressLine(citizen!.address),
  };
  const [str, sips] = await Promise.all([
    ctx.em.findOne(Str, { nik }),
    ctx.em.find(Sip, { nik, validUntil: { $gte: today() } }),
  ]);
  // Each requirement reads as what it is about (requirementScope): STR and SIPs, tax, JKN.
  const unmet: string[] = [];
  if (!str) unmet.push('no STR (health-worker registration)');
  else if (str.validUntil && str.validUntil < today()) unmet.push(`STR expired on ${str.validUntil}`);
  if (taxCompliance!.status !== 'VALID') unmet.push(...taxCompliance!.reasons.map((r) => `tax: ${r}`));
  if (!citizen!.bpjsMembership) unmet.push('no JKN (BPJS Kesehatan) membership');
  else if (citizen!.bpjsMembership.status !== 'ACTIVE') unmet.push('JKN (BPJS Kesehatan) membership is not active');
  if (sips.length >= MAX_ACTIVE_SIPS)
    unmet.push(`already holds ${sips.length} valid SIPs (at most ${MAX_ACTIVE_SIPS})`);

  return ctx.em.transactional(async (em) => {
    const application = em.create(LicenceApplication, {
      id: randomUUID(),
      nik,
      type,
      status: ApplicationStatus.SUBMITTED,
      practiceLocation,
      applicant,
      str: str ? { number: str.number, profession: str.profession, validUntil: str.validUntil ?? null } : null,
      taxCompliance: { status: taxCompliance!.status, reasons: taxCompliance!.reasons },
      bpjs: citizen!.bpjsMembership,
      unmetRequirements: unmet,
      submittedAt: new Date(),
      issuedSip: null,
    });
    em.create(ApplicationEvent, {
      application,
      status: ApplicationStatus.SUBMITTED,
      at: application.submittedAt,
      note: null,
    } as never);
    await em.flush();
    // On the record with the change, or neither.
    await recordWithin(transactionExecutor(em), ctx);
    return application;
  });
}

const TRANSITIONS: Record<ReviewDecision, { from: ApplicationStatus[]; to: ApplicationStatus }> = {
  [ReviewDecision.VERIFY]: { from: [ApplicationStatus.SUBMITTED], to: ApplicationStatus.VERIFIED },
  [ReviewDecision.APPROVE]: { from: [ApplicationStatus.VERIFIED], to: ApplicationStatus.APPROVED },
  [ReviewDecision.REJECT]: {
    from: [ApplicationStatus.SUBMITTED, ApplicationStatus.VERIFIED],
    to: ApplicationStatus.REJECTED,
  },
};

/** Moves an application along submitted -> verified -> approved, or to rejected; approval issues the SIP. */
export async function reviewApplication(
  ctx: LicensingContext,
  id: string,
  decision: ReviewDecision,
  note: string | undefined,
): Promise<LicenceApplication> {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw inputError('id is not an application id');
  return ctx.em.transactional(async (em) => {
    // The row is locked for the rest of the transaction: concurrent reviews of one application take turns, and
    // each sees the status the one before it left. It is locked by its applicant's NIK as well as its id, read
    // first: with the tables distributed by NIK, a row lock is taken on one shard only (deploy/citus, F8).
    const owner = await em.createQueryBuilder(LicenceApplication).select('nik').where({ id }).execute('get');
    const application =
      owner && (await em.findOne(LicenceApplication, { id, nik: owner.nik }, { lockMode: LockMode.PESSIMISTIC_WRITE }));
    if (!application) throw inputError('no application has this id');
    const transition = TRANSITIONS[decision];
    if (!transition.from.includes(application.status))
      throw conflictError(`cannot ${decision} an application that is ${application.status}`);
    if (decision !== ReviewDecision.REJECT && application.unmetRequirements.length > 0) {
      throw inputError(`cannot ${decision} an application with unmet requirements; reject it instead`);
    }
    if (decision === ReviewDecision.REJECT && !note?.trim()) throw inputError('a rejection needs a note saying why');
    if (note !== undefined && note.trim().length > MAX_NOTE_LENGTH)
      throw inputError(`the note must be at most ${MAX_NOTE_LENGTH} characters`);
    application.status = transition.to;
    if (decision === ReviewDecision.APPROVE) {
      const issued = new Date();
      const validUntil = new Date(issued);
      validUntil.setUTCFullYear(validUntil.getUTCFullYear() + SIP_YEARS);
      const regency = application.practiceLocation.regencyCode.replace('.', '');
      const number = `SIP/${regency}/${issued.getUTCFullYear()}/${application.id.slice(0, 8).toUpperCase()}`;
      em.create(Sip, {
        number,
        nik: application.nik,
        strNumber: application.str!.number,
        practiceLocation: application.practiceLocation.name,
        regencyCode: application.practiceLocation.regencyCode,
        issuedOn: issued.toISOString().slice(0, 10),
        validUntil: validUntil.toISOString().slice(0, 10),
        // Issued here, by the regency's one-stop service on this review: the hub is its source.
        source: Object.assign(new Provenance(), {
          agency: 'DPMPTSP (Pemerintah Kabupaten/Kota)',
          system: 'Citizen 360 hub',
          asOf: issued,
        }),
      });
      application.issuedSip = number;
    }
    em.create(ApplicationEvent, {
      application,
      status: transition.to,
      at: new Date(),
      note: note?.trim() || null,
    } as never);
    await em.flush();
    // On the record with the change, or neither.
    await recordWithin(transactionExecutor(em), ctx);
    return application;
  });
}
