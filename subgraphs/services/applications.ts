import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomUUID } from 'node:crypto';
import { transactionExecutor } from '../../hub/orm';
import { recordWithin } from '../../policy/audit/record';
import { conflictError, inputError } from '../../schema/errors';
import { isRegencyCode } from '../../schema/scalars/regency-codes';
import type { Scope } from '../../schema/scopes';
import { addressLine, graphFailure, prefillFromGraph, type GraphAddress } from '../host/prefill';
import { SERVICES } from './catalogue';
import type { ServicesContext } from './context';
import type { PrefilledField, RequirementCheck } from './entities/application-parts.type';
import type {
  AddressChangeInput,
  NibApplicationInput,
  PracticeLocationInput,
} from './entities/application-inputs.type';
import { Mpp } from './entities/mpp.entity';
import { Offering } from './entities/offering.entity';
import { ServiceApplicationEvent } from './entities/service-application-event.entity';
import { ServiceApplication } from './entities/service-application.entity';
import { NotificationKind, ServiceApplicationStatus, ServiceCode, ServiceDecision } from './entities/services.enums';
import { KBLI_2020 } from './kbli';
import { LINKS, notify, type NewNotification } from './notifications';
import { addWorkingDays, jakartaDate } from './working-days';

/** The longest note an officer may write (the schema's description says so). */
export const MAX_NOTE_LENGTH = 2_000;

/** Statuses in which an application is still being decided. */
export const OPEN_STATUSES: readonly ServiceApplicationStatus[] = [
  ServiceApplicationStatus.SUBMITTED,
  ServiceApplicationStatus.VERIFIED,
];

const ADDRESS = 'address { street rt rw village { name district { name regency { name province { name } } } } }';

/** What a submission is made of, besides the application's own bookkeeping. */
interface Filled {
  request: Record<string, unknown>;
  entered: PrefilledField[];
  prefilled: PrefilledField[];
  requirements: RequirementCheck[];
  documents: string[];
}

const field = (label: string, value: string, scope: Scope): PrefilledField => ({ label, value, scope });

/** The requirement of `service` at `index`, checked: met, or not with why. */
function check(service: ServiceCode, index: number, unmet: string | null): RequirementCheck {
  const { requirement, scope } = SERVICES[service].requirements[index];
  return { requirement, scope, met: unmet === null, detail: unmet };
}

function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

interface NibApplicant {
  citizen: null | {
    fullName: string;
    birthDate: string;
    diedOn: string | null;
    address: GraphAddress;
    taxProfile: { npwp: string; status: string } | null;
    licences: { businesses: { nib: string; activities: { kbli: string }[] | null }[] | null } | null;
  };
}

const NIB_QUERY = `query NibApplicant($nik: NIK!) {
  citizen(nik: $nik) {
    fullName birthDate diedOn ${ADDRESS}
    taxProfile { npwp status }
    licences { businesses { nib activities { kbli } } }
  }
}`;

/** NIB for a micro business: identity, address and tax registration from the graph; name and KBLI entered. */
async function fillNib(ctx: ServicesContext, nik: string, business: NibApplicationInput): Promise<Filled> {
  const name = business.name.trim();
  if (name.length < 3 || name.length > 200) throw inputError('business.name must be 3-200 characters');
  if (!/^[0-9]{5}$/.test(business.kbli)) throw inputError('business.kbli must be a 5-digit KBLI 2020 code');
  const activity = KBLI_2020.get(business.kbli);
  if (!activity) throw inputError(`KBLI ${business.kbli} is not in the hub's KBLI 2020 table`);
  const { citizen } = await prefillFromGraph<NibApplicant>(
    ctx.graph,
    NIB_QUERY,
    { nik },
    {
      exists: (data) => Boolean(data?.citizen),
      complete: (data) => Boolean(data.citizen?.address),
    },
  );
  const person = citizen!;
  const today = jakartaDate(new Date());
  const held = (person.licences?.businesses ?? []).filter((b) =>
    (b.activities ?? []).some((a) => a.kbli === business.kbli),
  );
  return {
    request: { business: { name, kbli: business.kbli } },
    entered: [
      field('Business name', name, 'licensing.business'),
      field('Business activity (KBLI 2020)', `${business.kbli} ${activity.title}`, 'licensing.business'),
    ],
    prefilled: [
      field('Full name', person.fullName, 'population.identity'),
      field('Date of birth', person.birthDate, 'population.identity'),
      field('Address', addressLine(person.address), 'population.address'),
      field(
        'NPWP',
        person.taxProfile ? `${person.taxProfile.npwp} (${person.taxProfile.status})` : 'none: the NIK serves as NPWP',
        'tax.profile',
      ),
    ],
    requirements: [
      check(
        ServiceCode.NIB_UMK,
        0,
        person.diedOn
          ? 'the register records the applicant as deceased'
          : ageOn(person.birthDate, today) < 17
            ? 'the applicant is under 17'
            : null,
      ),
      check(
        ServiceCode.NIB_UMK,
        1,
        activity.risk === 'LOW' ? null : `KBLI ${business.kbli} is ${activity.risk.toLowerCase()} risk at micro scale`,
      ),
      check(ServiceCode.NIB_UMK, 2, held.length > 0 ? `NIB ${held[0].nib} already covers KBLI ${business.kbli}` : null),
    ],
    documents: ['Formulir pendaftaran NIB (data kependudukan dari Dukcapil)'],
  };
}

interface PbiApplicant {
  citizen: null | {
    fullName: string;
    diedOn: string | null;
    family: { kk: string } | null;
    eligibility: {
      pbiJk: boolean;
      welfareDecile: number;
      reasons: string[];
      decisions: { programme: string; final: boolean }[] | null;
    } | null;
    bpjsMembership: { segment: string; status: string } | null;
  };
}

const PBI_QUERY = `query PbiApplicant($nik: NIK!) {
  citizen(nik: $nik) {
    fullName diedOn family { kk }
    eligibility { pbiJk welfareDecile reasons decisions { programme final } }
    bpjsMembership { segment status }
  }
}`;

/** PBI-JK proposal: identity and family card, the DTSEN decile and the JKN membership, all from the graph. */
async function fillPbiJk(ctx: ServicesContext, nik: string): Promise<Filled> {
  const { citizen } = await prefillFromGraph<PbiApplicant>(
    ctx.graph,
    PBI_QUERY,
    { nik },
    {
      exists: (data) => Boolean(data?.citizen),
      complete: () => true,
    },
  );
  const person = citizen!;
  const membership = person.bpjsMembership;
  const eligibility = person.eligibility;
  const pbi = membership?.segment.startsWith('PBI') && membership.status === 'ACTIVE';
  // A decision the applicant objected to is not final until a person at Kementerian Sosial has reviewed it.
  const contested = eligibility?.decisions?.some((d) => d.programme === 'PBI_JK' && !d.final) ?? false;
  return {
    request: {},
    entered: [],
    prefilled: [
      field('Full name', person.fullName, 'population.identity'),
      field('Family card (KK)', person.family?.kk ?? 'none', 'population.family'),
      field(
        'DTSEN welfare decile',
        eligibility ? String(eligibility.welfareDecile) : 'not in the DTSEN register',
        'regsosek.eligibility',
      ),
      field('JKN membership', membership ? `${membership.segment} (${membership.status})` : 'none', 'health.coverage'),
    ],
    requirements: [
      check(ServiceCode.PBI_JK, 0, person.diedOn ? 'the register records the applicant as deceased' : null),
      check(
        ServiceCode.PBI_JK,
        1,
        !eligibility
          ? "the applicant's household is not in the DTSEN register"
          : contested
            ? 'the PBI-JK eligibility decision is contested (an objection waits for review): it is not final'
            : eligibility.pbiJk
              ? null
              : (eligibility.reasons.find((r) => r.startsWith('PBI')) ?? `decile ${eligibility.welfareDecile}`),
      ),
      check(ServiceCode.PBI_JK, 2, pbi ? `already a ${membership!.segment} member` : null),
    ],
    documents: ['Surat usulan PBI-JK (data DTSEN dan kepesertaan JKN)'],
  };
}

interface MovingApplicant {
  citizen: null | { fullName: string; diedOn: string | null; family: { kk: string } | null; address: GraphAddress };
}

const MOVING_QUERY = `query MovingApplicant($nik: NIK!) {
  citizen(nik: $nik) {
    fullName diedOn family { kk }
    address { street rt rw village { code name district { name regency { name province { name } } } } }
  }
}`;

function validateNewAddress(input: AddressChangeInput): AddressChangeInput {
  const street = input.street.trim();
  if (street.length < 3 || street.length > 200) throw inputError('newAddress.street must be 3-200 characters');
  if (!/^[0-9]{3}$/.test(input.rt) || !/^[0-9]{3}$/.test(input.rw))
    throw inputError('newAddress.rt and newAddress.rw must be 3 digits, e.g. 004');
  if (!/^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$/.test(input.villageCode))
    throw inputError('newAddress.villageCode must be a Kemendagri village code PP.RR.DD.VVVV');
  if (!isRegencyCode(input.villageCode.slice(0, 5)))
    throw inputError('newAddress.villageCode names no regency or city of Indonesia');
  return { villageCode: input.villageCode, street, rt: input.rt, rw: input.rw };
}

/** Change of address: identity, family card and the registered address from the graph; the new one entered. */
async function fillAddressChange(ctx: ServicesContext, nik: string, input: AddressChangeInput): Promise<Filled> {
  const moving = validateNewAddress(input);
  const { citizen } = await prefillFromGraph<MovingApplicant>(
    ctx.graph,
    MOVING_QUERY,
    { nik },
    {
      exists: (data) => Boolean(data?.citizen),
      complete: (data) => Boolean(data.citizen?.address),
    },
  );
  const person = citizen!;
  const current = person.address;
  const same =
    current.street === moving.street &&
    current.rt === moving.rt &&
    current.rw === moving.rw &&
    current.village?.code === moving.villageCode;
  const newLine = `${moving.street}, RT ${moving.rt}/RW ${moving.rw}, village ${moving.villageCode}`;
  return {
    request: { newAddress: moving },
    entered: [field('New address', newLine, 'population.address')],
    prefilled: [
      field('Full name', person.fullName, 'population.identity'),
      field('Family card (KK)', person.family?.kk ?? 'none', 'population.family'),
      field('Registered address', addressLine(current), 'population.address'),
    ],
    requirements: [
      check(ServiceCode.ADDRESS_CHANGE, 0, person.diedOn ? 'the register records the applicant as deceased' : null),
      check(ServiceCode.ADDRESS_CHANGE, 1, same ? 'the new address is the registered one' : null),
    ],
    documents: ['Formulir permohonan pindah (F-1.03)', 'Surat Keterangan Pindah (SKPWNI), issued on completion'],
  };
}

interface LicenceAnswer {
  applyForLicence: null | {
    id: string;
    applicant: { fullName: string; birthDate: string; address: string } | null;
    str: { number: string; profession: string } | null;
    taxCompliance: { status: string } | null;
    bpjs: { segment: string; status: string } | null;
    unmetRequirements: string[] | null;
  };
}

const APPLY_FOR_LICENCE = `mutation ApplyForSip($nik: NIK!, $location: PracticeLocationInput!) {
  applyForLicence(nik: $nik, type: SIP, practiceLocation: $location) {
    id applicant { fullName birthDate address } str { number profession } taxCompliance { status }
    bpjs { segment status } unmetRequirements
  }
}`;

/** Which requirement of the SIP service an unmet requirement licensing reports is about (as licensing scopes it). */
function sipRequirement(unmet: string): number {
  if (unmet.startsWith('tax: ')) return 1;
  if (unmet.includes('JKN')) return 2;
  return 0;
}

/**
 * A SIP: licensing decides it, so the application is made there, through the graph as the caller (its STR and SIP
 * rules, its snapshot of identity, tax and JKN status), and this one tracks it like every other service. The
 * licence application's id is kept: each decision here is that decision there.
 */
async function fillSip(ctx: ServicesContext, nik: string, location: PracticeLocationInput): Promise<Filled> {
  const name = location.name.trim();
  if (name.length < 3 || name.length > 200) throw inputError('practiceLocation.name must be 3-200 characters');
  if (!/^[0-9]{2}\.[0-9]{2}$/.test(location.regencyCode) || !isRegencyCode(location.regencyCode))
    throw inputError('practiceLocation.regencyCode must be the Kemendagri code PP.RR of a regency or city');
  // Checked before licensing is asked too: the licence application is made there now.
  await refuseSecond(ctx.em, nik, ServiceCode.SIP);
  const { data, errors } = await ctx.graph.query<LicenceAnswer>(APPLY_FOR_LICENCE, {
    nik,
    location: { name, regencyCode: location.regencyCode },
  });
  const licence = data?.applyForLicence;
  const bad = errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
  if (bad) throw inputError(bad.message);
  if (!licence || errors.length > 0 || !licence.applicant || !licence.taxCompliance || !licence.unmetRequirements)
    throw graphFailure(errors, "the applicant's data", 'nothing was submitted');
  const unmet = licence.unmetRequirements;
  return {
    request: { practiceLocation: { name, regencyCode: location.regencyCode }, licenceApplicationId: licence.id },
    entered: [field('Practice location', `${name} (${location.regencyCode})`, 'licensing.application')],
    prefilled: [
      field('Full name', licence.applicant.fullName, 'population.identity'),
      field('Date of birth', licence.applicant.birthDate, 'population.identity'),
      field('Address', licence.applicant.address, 'population.address'),
      field(
        'STR',
        licence.str ? `${licence.str.number} (${licence.str.profession})` : 'none',
        'licensing.professional',
      ),
      field('Tax compliance (KSWP)', licence.taxCompliance.status, 'tax.compliance'),
      field(
        'JKN membership',
        licence.bpjs ? `${licence.bpjs.segment} (${licence.bpjs.status})` : 'none',
        'health.coverage',
      ),
    ],
    requirements: [0, 1, 2].map((index) => {
      const about = unmet.filter((u) => sipRequirement(u) === index);
      return check(ServiceCode.SIP, index, about.length > 0 ? about.join('; ') : null);
    }),
    documents: [`Permohonan SIP ${licence.id} (licensing)`],
  };
}

/** What each service's application is filled with; `details` is what the applicant entered. */
export type ServiceDetails =
  | { service: ServiceCode.NIB_UMK; business: NibApplicationInput }
  | { service: ServiceCode.PBI_JK }
  | { service: ServiceCode.ADDRESS_CHANGE; newAddress: AddressChangeInput }
  | { service: ServiceCode.SIP; practiceLocation: PracticeLocationInput };

function fill(ctx: ServicesContext, nik: string, details: ServiceDetails): Promise<Filled> {
  switch (details.service) {
    case ServiceCode.SIP:
      return fillSip(ctx, nik, details.practiceLocation);
    case ServiceCode.NIB_UMK:
      return fillNib(ctx, nik, details.business);
    case ServiceCode.PBI_JK:
      return fillPbiJk(ctx, nik);
    case ServiceCode.ADDRESS_CHANGE:
      return fillAddressChange(ctx, nik, details.newAddress);
  }
}

/** CONFLICT when the person has an application for the service still being decided. */
async function refuseSecond(em: EntityManager, nik: string, service: ServiceCode): Promise<void> {
  const open = await em.findOne(ServiceApplication, { nik, service, status: { $in: [...OPEN_STATUSES] } });
  if (open) throw conflictError(`an application for ${service} is already open (${open.id}); wait for its decision`);
}

/**
 * Submits an application at an MPP with only what the applicant alone knows: the rest comes from the graph,
 * read as the caller (the citizen's own data, or an officer's rule and the citizen's consent), and is kept as
 * that snapshot. Unmet requirements are recorded, not refused: the officer sees them and rejects. If the graph
 * refuses or cannot supply the data, nothing is stored. One open application per person and service: another
 * is refused while the first is being decided.
 */
export async function submitServiceApplication(
  ctx: ServicesContext,
  nik: string,
  mppId: string,
  details: ServiceDetails,
): Promise<ServiceApplication> {
  if (!/^[a-z0-9-]{1,40}$/.test(mppId)) throw inputError('mppId is not an MPP identifier');
  const offering = await ctx.em.findOne(Offering, { mppId, service: details.service });
  if (!offering) {
    const mpp = await ctx.em.findOne(Mpp, { id: mppId });
    throw inputError(mpp ? `${mpp.name} does not offer ${details.service}` : `no MPP has the id ${mppId}`);
  }
  const filled = await fill(ctx, nik, details);
  return ctx.em.transactional(async (em) => {
    // Taken in turn per person: two submissions at once cannot both find no open application.
    await em
      .getConnection()
      .execute('select pg_advisory_xact_lock(hashtext(?))', [`services:${nik}`], 'get', em.getTransactionContext());
    await refuseSecond(em, nik, details.service);
    const submittedAt = new Date();
    const application = em.create(ServiceApplication, {
      id: randomUUID(),
      nik,
      service: details.service,
      mppId,
      status: ServiceApplicationStatus.SUBMITTED,
      ...filled,
      submittedAt,
      dueOn: addWorkingDays(jakartaDate(submittedAt), offering.standardDays),
      decidedAt: null,
      outcome: null,
    });
    em.create(ServiceApplicationEvent, {
      applicationId: application.id,
      nik,
      status: ServiceApplicationStatus.SUBMITTED,
      at: submittedAt,
      note: null,
    } as never);
    await em.flush();
    await notify(transactionExecutor(em), [statusNotification(application, null)], submittedAt);
    // On the record with the change, or neither.
    await recordWithin(transactionExecutor(em), ctx);
    return application;
  });
}

/** What a citizen is told when their application moves: the service, the new status, and the note if any. */
function statusNotification(application: ServiceApplication, note: string | null): NewNotification {
  const name = SERVICES[application.service].name;
  const told: Record<ServiceApplicationStatus, { title: string; body: string }> = {
    [ServiceApplicationStatus.SUBMITTED]: {
      title: `Application received: ${name}`,
      body: `Your application was received. It is due by ${application.dueOn}.`,
    },
    [ServiceApplicationStatus.VERIFIED]: {
      title: `Application verified: ${name}`,
      body: 'An officer verified your application; it is being completed.',
    },
    [ServiceApplicationStatus.COMPLETED]: {
      title: `Application completed: ${name}`,
      body: `Your application is completed: ${application.outcome}. Tell us how we did in the satisfaction survey.`,
    },
    [ServiceApplicationStatus.REJECTED]: {
      title: `Application rejected: ${name}`,
      body: 'Your application was rejected.',
    },
  };
  const { title, body } = told[application.status];
  return {
    nik: application.nik,
    kind: NotificationKind.APPLICATION_STATUS,
    title,
    body: note ? `${body} Note: ${note}` : body,
    link: LINKS.applications,
    sourceKey: `application:${application.id}:${application.status}`,
  };
}

const TRANSITIONS: Record<ServiceDecision, { from: ServiceApplicationStatus[]; to: ServiceApplicationStatus }> = {
  [ServiceDecision.VERIFY]: { from: [ServiceApplicationStatus.SUBMITTED], to: ServiceApplicationStatus.VERIFIED },
  [ServiceDecision.COMPLETE]: { from: [ServiceApplicationStatus.VERIFIED], to: ServiceApplicationStatus.COMPLETED },
  [ServiceDecision.REJECT]: { from: [...OPEN_STATUSES], to: ServiceApplicationStatus.REJECTED },
};

/** A reference number for what completion delivered, stable for the application (its id's digest). */
function outcomeOf(application: ServiceApplication, regencyCode: string, at: Date): string {
  const digest = createHash('sha256').update(application.id).digest();
  const year = jakartaDate(at).slice(0, 4);
  const regency = regencyCode.replace('.', '');
  switch (application.service) {
    case ServiceCode.NIB_UMK:
      // An NIB is 13 digits.
      return `NIB ${String(digest.readBigUInt64BE(0) % 10n ** 13n).padStart(13, '0')}`;
    case ServiceCode.PBI_JK:
      return `PBI-JK proposal ${regency}/${year}/${application.id.slice(0, 8).toUpperCase()}`;
    case ServiceCode.ADDRESS_CHANGE:
      return `SKPWNI ${regency}/${year}/${application.id.slice(0, 8).toUpperCase()}`;
    case ServiceCode.SIP:
      return 'SIP issued';
  }
}

const RECORD_MOVE = `mutation RecordMove($nik: NIK!, $address: RegisteredAddressInput!, $reference: String!) {
  recordAddressChange(nik: $nik, newAddress: $address, reference: $reference) { nik }
}`;

const REVIEW_LICENCE = `mutation ReviewSip($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewLicenceApplication(id: $id, decision: $decision, note: $note) { status issuedSip }
}`;
const LICENCE_STATUS = `query SipStatus($id: ID!) { licenceApplication(id: $id) { status issuedSip } }`;

/** Each decision here, as licensing's review of the SIP application it tracks. */
const LICENCE_DECISIONS: Record<ServiceDecision, { decision: string; status: string }> = {
  [ServiceDecision.VERIFY]: { decision: 'VERIFY', status: 'VERIFIED' },
  [ServiceDecision.COMPLETE]: { decision: 'APPROVE', status: 'APPROVED' },
  [ServiceDecision.REJECT]: { decision: 'REJECT', status: 'REJECTED' },
};

/**
 * What a decision does beyond this subgraph, before it is recorded here, as the deciding officer (under their own
 * rule), through the graph; if the other agency refuses or cannot be reached, the application stays as it was,
 * and deciding again does the work at most once:
 * - completing a change of address records the move in the population register (keyed by the application);
 * - a SIP's decision is licensing's review of the licence application (a review already made there is taken as
 *   it is); approval issues the SIP, whose number is the outcome.
 * Returns the outcome to record, when the other agency gives it.
 */
async function deliver(
  ctx: ServicesContext,
  id: string,
  decision: ServiceDecision,
  note: string | undefined,
): Promise<string | undefined> {
  const application = await ctx.em.fork().findOne(ServiceApplication, { id });
  // Anything that stops the decision is reported by the transaction that would make it.
  if (!application || !TRANSITIONS[decision].from.includes(application.status)) return undefined;
  if (decision !== ServiceDecision.REJECT && application.requirements.some((r) => !r.met)) return undefined;
  if (application.service === ServiceCode.ADDRESS_CHANGE && decision === ServiceDecision.COMPLETE) {
    const { errors } = await ctx.graph.query(RECORD_MOVE, {
      nik: application.nik,
      address: application.request.newAddress,
      reference: `services:${application.id}`,
    });
    if (errors.length > 0)
      throw graphFailure(
        errors,
        'the population register',
        `the move was not recorded and the application stays ${application.status}`,
      );
    return undefined;
  }
  if (application.service !== ServiceCode.SIP) return undefined;
  const licenceId = String(application.request.licenceApplicationId);
  const wanted = LICENCE_DECISIONS[decision];
  const reviewed = await ctx.graph.query<{
    reviewLicenceApplication: { status: string; issuedSip: string | null } | null;
  }>(REVIEW_LICENCE, { id: licenceId, decision: wanted.decision, note: note ?? null });
  let licence = reviewed.data?.reviewLicenceApplication ?? null;
  if (!licence && reviewed.errors.some((e) => e.extensions?.code === 'CONFLICT')) {
    // Reviewed there before (a decision here that failed after it): taken as it is, if it is this decision.
    const current = await ctx.graph.query<{ licenceApplication: { status: string; issuedSip: string | null } | null }>(
      LICENCE_STATUS,
      { id: licenceId },
    );
    if (current.data?.licenceApplication?.status === wanted.status) licence = current.data.licenceApplication;
  }
  if (!licence)
    throw graphFailure(
      reviewed.errors,
      'licensing',
      `the SIP was not decided and the application stays ${application.status}`,
    );
  return licence.issuedSip ? `SIP ${licence.issuedSip}` : undefined;
}

/** Moves an application along submitted -> verified -> completed, or to rejected, with its history. */
export async function decideServiceApplication(
  ctx: ServicesContext,
  id: string,
  decision: ServiceDecision,
  note: string | undefined,
): Promise<ServiceApplication> {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw inputError('id is not an application id');
  const trimmed = note?.trim();
  if (decision === ServiceDecision.REJECT && !trimmed) throw inputError('a rejection needs a note saying why');
  if (trimmed !== undefined && trimmed.length > MAX_NOTE_LENGTH)
    throw inputError(`the note must be at most ${MAX_NOTE_LENGTH} characters`);
  const delivered = await deliver(ctx, id, decision, trimmed || undefined);
  return ctx.em.transactional(async (em) => {
    // Locked by its applicant's NIK as well as its id (the tables are distributed by NIK): concurrent decisions
    // on one application take turns, each seeing the status the one before it left.
    const owner = await em.createQueryBuilder(ServiceApplication).select('nik').where({ id }).execute('get');
    const application =
      owner && (await em.findOne(ServiceApplication, { id, nik: owner.nik }, { lockMode: LockMode.PESSIMISTIC_WRITE }));
    if (!application) throw inputError('no application has this id');
    const transition = TRANSITIONS[decision];
    if (!transition.from.includes(application.status))
      throw conflictError(`cannot ${decision} an application that is ${application.status}`);
    if (decision !== ServiceDecision.REJECT && application.requirements.some((r) => !r.met))
      throw inputError(`cannot ${decision} an application with unmet requirements; reject it instead`);
    const at = new Date();
    application.status = transition.to;
    if (decision !== ServiceDecision.VERIFY) application.decidedAt = at;
    if (decision === ServiceDecision.COMPLETE) {
      const mpp = await em.findOneOrFail(Mpp, { id: application.mppId });
      application.outcome = delivered ?? outcomeOf(application, mpp.regencyCode, at);
    }
    em.create(ServiceApplicationEvent, {
      applicationId: application.id,
      nik: application.nik,
      status: transition.to,
      at,
      note: trimmed || null,
    } as never);
    await em.flush();
    await notify(transactionExecutor(em), [statusNotification(application, trimmed || null)], at);
    await recordWithin(transactionExecutor(em), ctx);
    return application;
  });
}

/** Whether an open application is past its due date, on the Jakarta calendar day of `now`. */
export function isOverdue(application: ServiceApplication, now: Date): boolean {
  return OPEN_STATUSES.includes(application.status) && jakartaDate(now) > application.dueOn;
}
