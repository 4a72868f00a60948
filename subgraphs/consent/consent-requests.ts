import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { LegalBasis } from '../../schema/legal-bases';
import { conflictError, inputError } from '../../schema/errors';
import { transactionExecutor } from '../../hub/orm';
import { grantConsent, validScopes } from './consents';
import type { ConsentContext } from './context';
import { ConsentRequest } from './entities/consent-request.entity';
import { ConsentRequestStatus } from './entities/consent.enums';

/** How long a citizen has to answer a request made at the counter. */
const REQUEST_DAYS = 7;
const DAY_MS = 86_400_000;
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * An officer asks the citizen to consent to what their service's consent rule for the stated purpose asks for
 * (all of it, or the scopes named). The request names the citizen, so it is on their access log. One pending
 * request per citizen, client and purpose: asking again while one waits returns it, unchanged.
 */
export async function requestConsent(
  ctx: ConsentContext,
  nik: string,
  scopes: readonly string[] | null,
): Promise<ConsentRequest> {
  const { client, purpose } = ctx.caller;
  if (!client || !purpose) throw inputError('a consent request is made through a client, for a purpose (x-purpose)');
  const access = await ctx.rules.accessFor(client, purpose);
  if (access.kind !== 'granted' || access.rule.legalBasis !== LegalBasis.CONSENT)
    throw inputError(`client ${client} does not ask for consent for ${purpose}`);
  const asked = scopes && scopes.length > 0 ? validScopes(scopes) : [...access.rule.scopes].sort();
  const outside = asked.filter((scope) => !access.rule.scopes.has(scope));
  if (outside.length > 0)
    throw inputError(`client ${client} may not ask consent to ${outside.join(', ')} for ${purpose}`);

  const now = new Date();
  const waiting = () =>
    ctx.em.findOne(ConsentRequest, {
      nik,
      clientId: client,
      purpose,
      state: ConsentRequestStatus.PENDING,
      expiresAt: { $gt: now },
    });
  const existing = await waiting();
  if (existing) return existing;
  try {
    return await ctx.em.transactional(async (em) => {
      // A lapsed request no longer waits: it is closed, so that the new one can.
      await em.nativeUpdate(
        ConsentRequest,
        { nik, clientId: client, purpose, state: ConsentRequestStatus.PENDING, expiresAt: { $lte: now } },
        { state: ConsentRequestStatus.EXPIRED },
      );
      const request = em.create(ConsentRequest, {
        id: randomUUID(),
        nik,
        clientId: client,
        purpose,
        scopes: asked,
        requestedBy: ctx.caller.subject,
        requestedAt: now,
        expiresAt: new Date(now.getTime() + REQUEST_DAYS * DAY_MS),
        state: ConsentRequestStatus.PENDING,
      });
      await em.flush();
      await ctx.accessLog.appendWithin(transactionExecutor(em), [
        {
          at: now,
          kind: 'CONSENT_REQUESTED',
          requestId: ctx.requestId,
          actorSubject: ctx.caller.subject,
          actorRole: ctx.caller.role,
          clientId: client,
          purpose,
          nik,
          decision: null,
          basis: null,
          consentIds: [],
          ruleVersion: null,
          scopes: asked,
          refusedScopes: [],
          fields: [],
          reason: null,
          detail: { requestId: request.id, expiresAt: request.expiresAt.toISOString() },
        },
      ]);
      return request;
    });
  } catch (error) {
    // Another officer's request for the same citizen, client and purpose got in first: that one waits.
    if (error instanceof UniqueConstraintViolationException) {
      const winner = await waiting();
      if (winner) return winner;
    }
    throw error;
  }
}

/** The citizen's consent requests, newest first. */
export function consentRequestsOf(em: EntityManager, nik: string): Promise<ConsentRequest[]> {
  return em.find(ConsentRequest, { nik }, { orderBy: { requestedAt: 'desc' }, limit: 100 });
}

/**
 * The citizen answers one of their own pending requests. Approving grants the consent it describes (with the
 * grant's own checks: the rule must still ask for it) and marks the request in the same transaction, so a
 * request is approved once and yields one consent however many answers race. Another citizen's request id is
 * answered exactly like an unknown one.
 */
export async function answerConsentRequest(
  ctx: ConsentContext,
  nik: string,
  id: string,
  approve: boolean,
): Promise<ConsentRequest> {
  const unknown = () => inputError('you have no consent request with this id');
  if (!REQUEST_ID.test(id)) throw unknown();
  const request = await ctx.em.findOne(ConsentRequest, { id, nik });
  if (!request) throw unknown();
  const now = new Date();
  const status = request.statusAt(now);
  if (status !== ConsentRequestStatus.PENDING)
    throw conflictError(`this consent request is ${status.toLowerCase()}: it can no longer be answered`);
  const answer = async (em: EntityManager, state: ConsentRequestStatus, consentId: string | null) => {
    const changed = await em.nativeUpdate(
      ConsentRequest,
      { id, nik, state: ConsentRequestStatus.PENDING, expiresAt: { $gt: now } },
      { state, answeredAt: now, consentId },
    );
    if (changed !== 1) throw conflictError('this consent request was answered already');
  };
  if (approve) {
    await grantConsent(
      ctx,
      nik,
      { clientId: request.clientId, purpose: request.purpose, scopes: request.scopes },
      (em, consentId) => answer(em, ConsentRequestStatus.APPROVED, consentId),
    );
  } else {
    await ctx.em.transactional((em) => answer(em, ConsentRequestStatus.DECLINED, null));
  }
  return (await ctx.em.fork().findOneOrFail(ConsentRequest, { id }))!;
}
