import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { LegalBasis } from '../../schema/legal-bases';
import { conflictError, inputError } from '../../schema/errors';
import { isScope, type Scope } from '../../schema/scopes';
import { transactionExecutor } from '../../hub/orm';
import type { AccessEvent } from '../../policy/audit/event';
import type { ConsentContext } from './context';
import { Client } from './entities/client.entity';
import { ConsentEvent } from './entities/consent-event.entity';
import { ConsentEventKind, ConsentStatus } from './entities/consent.enums';
import type { GrantConsentInput } from './entities/consent.input';
import { Consent } from './entities/consent.type';
import { Purpose } from './entities/purpose.entity';
import { consentReceipt } from './receipt';

const DAY_MS = 86_400_000;
/** Validity when the citizen names no end. */
const DEFAULT_CONSENT_DAYS = 365;
/** The longest a single consent may run; a longer need is a new consent. */
const MAX_CONSENT_DAYS = 5 * 365;
/** How far before the server's clock a validFrom may lie (a client's clock running slow). */
const CLOCK_SKEW_MS = 5 * 60_000;
const CONSENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function consentStatus(grant: { validFrom: Date; validUntil: Date }, revokedAt: Date | null, now: Date): ConsentStatus {
  if (revokedAt) return ConsentStatus.REVOKED;
  if (now < grant.validFrom) return ConsentStatus.PENDING;
  return now < grant.validUntil ? ConsentStatus.ACTIVE : ConsentStatus.EXPIRED;
}

function toConsent(granted: ConsentEvent, revoked: ConsentEvent | undefined, now: Date): Consent {
  const revokedAt = revoked?.recordedAt ?? null;
  return Object.assign(new Consent(), {
    id: granted.consentId,
    clientId: granted.clientId,
    purposeCode: granted.purpose,
    scopes: granted.scopes,
    validFrom: granted.validFrom,
    validUntil: granted.validUntil,
    grantedAt: granted.recordedAt,
    revokedAt,
    status: consentStatus(granted, revokedAt, now),
    receipt: granted.receipt ?? {},
  });
}

/** A citizen's consents, newest grant first, from their history (one statement). */
export async function consentsOf(em: EntityManager, nik: string): Promise<Consent[]> {
  const events = await em.find(ConsentEvent, { nik }, { orderBy: { id: 'desc' } });
  const revocations = new Map(events.filter((e) => e.kind === ConsentEventKind.REVOKED).map((e) => [e.consentId, e]));
  const now = new Date();
  return events
    .filter((e) => e.kind === ConsentEventKind.GRANTED)
    .map((e) => toConsent(e, revocations.get(e.consentId), now));
}

export function validScopes(scopes: readonly string[]): Scope[] {
  if (scopes.length === 0) throw inputError('scopes must name at least one scope');
  const unknown = scopes.filter((scope) => !isScope(scope));
  if (unknown.length > 0) throw inputError(`scopes outside the catalogue: ${unknown.join(', ')}`);
  return [...new Set(scopes as Scope[])].sort();
}

/**
 * The access-log event of a consent grant or revocation: about the citizen, by the citizen, naming the client
 * and purpose the consent is for (in place of the caller's own), its scopes and its window.
 */
function logEvent(
  ctx: ConsentContext,
  kind: 'CONSENT_GRANTED' | 'CONSENT_REVOKED',
  event: ConsentEvent,
  at: Date,
): AccessEvent {
  return {
    at,
    kind,
    requestId: ctx.requestId,
    actorSubject: ctx.caller.subject,
    actorRole: ctx.caller.role,
    clientId: event.clientId,
    purpose: event.purpose,
    nik: event.nik,
    decision: null,
    basis: null,
    consentIds: [event.consentId],
    ruleVersion: null,
    scopes: [...event.scopes].sort(),
    refusedScopes: [],
    fields: [],
    reason: null,
    detail: { validFrom: event.validFrom.toISOString(), validUntil: event.validUntil.toISOString() },
  };
}

/** Bumps the person's change counter after a consent change commits, retrying a little before giving up. */
async function changed(ctx: ConsentContext, nik: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ctx.epochs.peopleChanged([nik]);
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((done) => setTimeout(done, 50 * attempt));
    }
  }
}

/**
 * Records a consent by the signed-on citizen and returns it with its receipt. Only what the client's consent
 * rule for the purpose lists can be consented to (a consent to anything else could never be used), and the
 * window must be sound: not starting in the past, ending after it starts, at most MAX_CONSENT_DAYS long.
 */
export async function grantConsent(
  ctx: ConsentContext,
  nik: string,
  input: GrantConsentInput,
  /** Runs in the grant's transaction (an approved request marked answered); throwing undoes the grant. */
  alsoWithin?: (em: EntityManager, consentId: string) => Promise<void>,
): Promise<Consent> {
  const scopes = validScopes(input.scopes);
  const now = new Date();
  const validFrom = input.validFrom ?? now;
  const validUntil = input.validUntil ?? new Date(validFrom.getTime() + DEFAULT_CONSENT_DAYS * DAY_MS);
  if (validFrom.getTime() < now.getTime() - CLOCK_SKEW_MS) throw inputError('validFrom may not be in the past');
  if (validUntil <= validFrom) throw inputError('validUntil must be after validFrom');
  if (validUntil.getTime() - validFrom.getTime() > MAX_CONSENT_DAYS * DAY_MS)
    throw inputError(`a consent may run at most ${MAX_CONSENT_DAYS} days`);

  const [client, purpose] = await Promise.all([
    ctx.em.findOne(Client, { id: input.clientId, active: true }),
    ctx.em.findOne(Purpose, { code: input.purpose, active: true }),
  ]);
  if (!client) throw inputError('clientId is not a registered, active client');
  if (!purpose) throw inputError('purpose is not an active purpose in the catalogue');
  const access = await ctx.rules.accessFor(client.id, purpose.code);
  if (access.kind !== 'granted' || access.rule.legalBasis !== LegalBasis.CONSENT) {
    throw inputError(`client ${client.id} does not ask for consent for ${purpose.code}`);
  }
  const outside = scopes.filter((scope) => !access.rule.scopes.has(scope));
  if (outside.length > 0)
    throw inputError(`client ${client.id} may not ask consent to ${outside.join(', ')} for ${purpose.code}`);

  const consentId = randomUUID();
  const event = await ctx.em.transactional(async (em) => {
    const granted = em.create(ConsentEvent, {
      consentId,
      kind: ConsentEventKind.GRANTED,
      nik,
      clientId: client.id,
      purpose: purpose.code,
      scopes,
      validFrom,
      validUntil,
      recordedAt: now,
      receipt: consentReceipt({ consentId, nik, grantedAt: now, client, purpose, scopes, validFrom, validUntil }),
    });
    await em.flush();
    await alsoWithin?.(em, consentId);
    await ctx.accessLog.appendWithin(transactionExecutor(em), [logEvent(ctx, 'CONSENT_GRANTED', granted, now)]);
    return granted;
  });
  await ctx.afterCommit(() => changed(ctx, nik));
  return toConsent(event, undefined, now);
}

/**
 * Withdraws one of the signed-on citizen's consents: a REVOKED event, effective from the next request (decisions
 * read consent per request and never cache it). Another citizen's consent id is answered exactly like an
 * unknown one.
 */
export async function revokeConsent(ctx: ConsentContext, nik: string, id: string): Promise<Consent> {
  const unknown = () => inputError('you have no consent with this id');
  if (!CONSENT_ID.test(id)) throw unknown();
  const events = await ctx.em.find(ConsentEvent, { consentId: id, nik });
  const granted = events.find((e) => e.kind === ConsentEventKind.GRANTED);
  if (!granted) throw unknown();
  const alreadyRevoked = () => conflictError('this consent is already revoked');
  if (events.some((e) => e.kind === ConsentEventKind.REVOKED)) throw alreadyRevoked();
  const now = new Date();
  // Cached answers resting on this consent stop counting before the revocation is written, and again after.
  await ctx.epochs.peopleChanged([nik]);
  let revoked: ConsentEvent;
  try {
    revoked = await ctx.em.transactional(async (em) => {
      const event = em.create(ConsentEvent, {
        consentId: id,
        kind: ConsentEventKind.REVOKED,
        nik,
        clientId: granted.clientId,
        purpose: granted.purpose,
        scopes: granted.scopes,
        validFrom: granted.validFrom,
        validUntil: granted.validUntil,
        recordedAt: now,
        receipt: null,
      });
      await em.flush();
      await ctx.accessLog.appendWithin(transactionExecutor(em), [logEvent(ctx, 'CONSENT_REVOKED', event, now)]);
      return event;
    });
  } catch (error) {
    // A concurrent revocation of the same consent won the unique index.
    if (error instanceof UniqueConstraintViolationException) throw alreadyRevoked();
    throw error;
  }
  await ctx.afterCommit(() => changed(ctx, nik));
  return toConsent(granted, revoked, now);
}
