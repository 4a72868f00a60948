import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflictError, inputError } from '../../schema/errors';
import { isScope } from '../../schema/scopes';
import { transactionExecutor } from '../../hub/orm';
import type { ConsentContext } from './context';
import { AccessRule } from './entities/access-rule.entity';
import { Client } from './entities/client.entity';
import { StewardChangeKind } from './entities/consent.enums';
import { ConsentCount } from './entities/consent-count.type';
import { Purpose } from './entities/purpose.entity';
import { StewardChange } from './entities/steward-change.entity';
import type { AccessRuleInput, ClientInput, ClientQuotaInput, PurposeInput } from './entities/stewardship.input';
import { replayRuleChange, type RuleReplay } from '../../policy/rule-replay';
import type { Scope } from '../../schema/scopes';
import type { SubjectIdentifierKind } from '../../policy/pairwise';

function text(name: string, value: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) throw inputError(`${name} must be ${min} to ${max} characters`);
  return trimmed;
}

export const reasonOf = (reason: string) => text('reason', reason, 5, 500);

/** The `reason` argument of every steward change, as the schema describes it. */
export const REASON_DESCRIPTION = 'Why, in 5 to 500 characters; kept in the change log.';

/** What a steward change was, for the change log and the access log. */
interface ChangeRecord {
  kind: StewardChangeKind;
  /** The client id, the purpose code, or `client/purpose`. */
  subject: string;
  clientId: string | null;
  purpose: string | null;
  detail: Record<string, unknown>;
}

/**
 * Every steward change runs in one transaction with its entry in the change log (who, when, why, what) and its
 * event in the access log, and is announced after it commits so that every process reloads its rules before
 * its next decision.
 */
export async function change<T>(
  ctx: ConsentContext,
  reason: string,
  work: (em: EntityManager) => Promise<{ result: T; record: ChangeRecord }>,
): Promise<T> {
  const result = await ctx.em.transactional(async (em) => {
    const { result, record } = await work(em);
    em.create(StewardChange, {
      actor: ctx.caller.subject,
      kind: record.kind,
      subject: record.subject,
      reason,
      detail: record.detail,
    });
    await em.flush();
    const version = record.detail.version;
    await ctx.accessLog.appendWithin(transactionExecutor(em), [
      {
        at: new Date(),
        kind: `${record.kind}_CHANGED`,
        requestId: ctx.requestId,
        actorSubject: ctx.caller.subject,
        actorRole: ctx.caller.role,
        clientId: record.clientId,
        purpose: record.purpose,
        nik: null,
        decision: null,
        basis: null,
        consentIds: [],
        ruleVersion: typeof version === 'number' ? version : null,
        scopes: [],
        refusedScopes: [],
        fields: [],
        reason,
        detail: record.detail,
      },
    ]);
    return result;
  });
  await ctx.afterCommit(() => Promise.all([ctx.rules.changed(), ctx.epochs.rulesChanged()]).then(() => undefined));
  return result;
}

export async function registerClient(ctx: ConsentContext, input: ClientInput, reason: string): Promise<Client> {
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(input.id))
    throw inputError('id must be 2-63 lower-case letters, digits or hyphens');
  const values = {
    name: text('name', input.name, 2, 200),
    agency: text('agency', input.agency, 2, 200),
    contactEmail: text('contactEmail', input.contactEmail, 3, 200),
    policyUrl: text('policyUrl', input.policyUrl, 10, 500),
    active: input.active,
  };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.contactEmail))
    throw inputError('contactEmail must be an e-mail address');
  if (!/^https?:\/\/\S+$/.test(values.policyUrl)) throw inputError('policyUrl must be an http(s) URL');
  const why = reasonOf(reason);
  return change(ctx, why, async (em) => {
    const existing = await em.findOne(Client, { id: input.id });
    const client = existing ? em.assign(existing, values) : em.create(Client, { id: input.id, ...values });
    return {
      result: client,
      record: {
        kind: StewardChangeKind.CLIENT,
        subject: input.id,
        clientId: input.id,
        purpose: null,
        detail: { ...values, registered: !existing },
      },
    };
  });
}

/** Sets a registered client's quota (stewards); the gateways count against it from their next request. */
export async function setClientQuota(
  ctx: ConsentContext,
  clientId: string,
  input: ClientQuotaInput,
  reason: string,
): Promise<Client> {
  const values = {
    requestsPerMinute: input.requestsPerMinute ?? null,
    personsPerHour: input.personsPerHour ?? null,
    personsPerDay: input.personsPerDay ?? null,
  };
  for (const [name, value] of Object.entries(values))
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > 100_000_000))
      throw inputError(`${name} must be a whole number from 1 to 100,000,000`);
  const why = reasonOf(reason);
  return change(ctx, why, async (em) => {
    const client = await em.findOne(Client, { id: clientId });
    if (!client) throw inputError('no client is registered with that id');
    em.assign(client, values);
    return {
      result: client,
      record: { kind: StewardChangeKind.CLIENT, subject: clientId, clientId, purpose: null, detail: { quota: values } },
    };
  });
}

/**
 * Sets what a client's officers receive where a person's NIK would be (stewards): the NIK, or a pairwise subject
 * identifier (policy/pairwise.ts); the gateways apply it from their next request.
 */
export async function setClientSubjectIdentifiers(
  ctx: ConsentContext,
  clientId: string,
  kind: SubjectIdentifierKind,
  reason: string,
): Promise<Client> {
  const why = reasonOf(reason);
  return change(ctx, why, async (em) => {
    const client = await em.findOne(Client, { id: clientId });
    if (!client) throw inputError('no client is registered with that id');
    const previous = client.subjectIdentifiers;
    em.assign(client, { subjectIdentifiers: kind });
    return {
      result: client,
      record: {
        kind: StewardChangeKind.CLIENT,
        subject: clientId,
        clientId,
        purpose: null,
        detail: { subjectIdentifiers: kind, previous },
      },
    };
  });
}

export async function definePurpose(ctx: ConsentContext, input: PurposeInput, reason: string): Promise<Purpose> {
  if (!/^[A-Z][A-Z0-9_]{1,63}$/.test(input.code))
    throw inputError('code must be 2-64 upper-case letters, digits or underscores, starting with a letter');
  const values = {
    name: text('name', input.name, 2, 200),
    description: text('description', input.description, 5, 1000),
    active: input.active,
  };
  const why = reasonOf(reason);
  return change(ctx, why, async (em) => {
    const existing = await em.findOne(Purpose, { code: input.code });
    const purpose = existing ? em.assign(existing, values) : em.create(Purpose, { code: input.code, ...values });
    return {
      result: purpose,
      record: {
        kind: StewardChangeKind.PURPOSE,
        subject: input.code,
        clientId: null,
        purpose: input.code,
        detail: { ...values, defined: !existing },
      },
    };
  });
}

/**
 * Appends the next version of a rule. Changes of one rule take turns (a transaction lock on the client and
 * purpose), so changes sent at once get consecutive versions; should a version still be taken concurrently, it is
 * retried with the one after it, and after three tries the steward is told to look again (CONFLICT).
 */
async function appendVersion(
  ctx: ConsentContext,
  clientId: string,
  purpose: string,
  next: (latest: AccessRule | null) => Omit<AccessRule, 'version' | 'changedAt' | 'retired'> & { retired: boolean },
  reason: string,
): Promise<AccessRule> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await change(ctx, reason, async (em) => {
        await transactionExecutor(em)('select pg_advisory_xact_lock(hashtext(?))', [
          `consent:rule:${clientId}/${purpose}`,
        ]);
        const latest = await em.findOne(AccessRule, { clientId, purpose }, { orderBy: { version: 'desc' } });
        const values = next(latest);
        const rule = em.create(AccessRule, { ...values, version: (latest?.version ?? 0) + 1 });
        const detail = {
          version: rule.version,
          scopes: rule.scopes,
          legalBasis: rule.legalBasis,
          legalReference: rule.legalReference,
          retired: rule.retired,
        };
        return {
          result: rule,
          record: { kind: StewardChangeKind.RULE, subject: `${clientId}/${purpose}`, clientId, purpose, detail },
        };
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      if (attempt >= 3)
        throw conflictError(`the rule for ${clientId}/${purpose} changed meanwhile: read it and set it again`);
      ctx.em.clear();
    }
  }
}

/** A rule version as proposed: its client and purpose registered, its scopes in the catalogue. */
async function proposedRule(ctx: ConsentContext, input: AccessRuleInput) {
  const legalReference = text('legalReference', input.legalReference, 5, 500);
  if (input.scopes.length === 0) throw inputError('scopes must name at least one scope');
  const unknown = input.scopes.filter((scope) => !isScope(scope));
  if (unknown.length > 0) throw inputError(`scopes outside the catalogue: ${unknown.join(', ')}`);
  const [client, purpose] = await Promise.all([
    ctx.em.findOne(Client, { id: input.clientId }),
    ctx.em.findOne(Purpose, { code: input.purpose }),
  ]);
  if (!client) throw inputError('clientId is not a registered client');
  if (!purpose) throw inputError('purpose is not in the catalogue');
  return { client, purpose, legalReference, scopes: [...new Set(input.scopes as Scope[])].sort() };
}

/** The longest window a dry run replays. */
const DRY_RUN_MAX_DAYS = 90;

/**
 * What saving a rule version would have changed over the last `days`: the officers' requests of its client for
 * its purpose replayed under the rule in force now and under the proposal (policy/rule-replay.ts), in a
 * read-only transaction. Saves nothing.
 */
export async function dryRunAccessRule(ctx: ConsentContext, input: AccessRuleInput, days: number): Promise<RuleReplay> {
  if (!Number.isInteger(days) || days < 1 || days > DRY_RUN_MAX_DAYS)
    throw inputError(`days must be 1 to ${DRY_RUN_MAX_DAYS}`);
  const { client, purpose, scopes } = await proposedRule(ctx, input);
  const inForce = await ctx.rules.accessFor(client.id, purpose.code);
  // An inactive client or purpose is refused whatever its rule says: the proposal changes nothing for it.
  const proposed =
    client.active && purpose.active
      ? ({
          kind: 'granted',
          rule: {
            clientId: client.id,
            purpose: purpose.code,
            version: 0,
            scopes: new Set(scopes),
            legalBasis: input.legalBasis,
          },
        } as const)
      : inForce;
  return ctx.em.transactional(async (tx) => {
    const execute = transactionExecutor(tx);
    await execute('set transaction read only', []);
    return replayRuleChange(execute, {
      clientId: client.id,
      purpose: purpose.code,
      inForce,
      proposed,
      days,
      now: new Date(),
    });
  });
}

export async function setAccessRule(ctx: ConsentContext, input: AccessRuleInput, reason: string): Promise<AccessRule> {
  const why = reasonOf(reason);
  const { client, purpose, legalReference, scopes } = await proposedRule(ctx, input);
  return appendVersion(
    ctx,
    client.id,
    purpose.code,
    () => ({
      clientId: client.id,
      purpose: purpose.code,
      scopes,
      legalBasis: input.legalBasis,
      legalReference,
      retired: false,
      changedBy: ctx.caller.subject,
      reason: why,
    }),
    why,
  );
}

export async function retireAccessRule(
  ctx: ConsentContext,
  clientId: string,
  purpose: string,
  reason: string,
): Promise<AccessRule> {
  const why = reasonOf(reason);
  return appendVersion(
    ctx,
    clientId,
    purpose,
    (latest) => {
      if (!latest || latest.retired) throw inputError('there is no rule in force for this client and purpose');
      return {
        clientId,
        purpose,
        scopes: latest.scopes,
        legalBasis: latest.legalBasis,
        legalReference: latest.legalReference,
        retired: true,
        changedBy: ctx.caller.subject,
        reason: why,
      };
    },
    why,
  );
}

/**
 * The rules in force (the newest version of each, unless it retired the rule), optionally for one client or purpose.
 */
export async function rulesInForce(
  em: EntityManager,
  filter: { clientId?: string | null; purpose?: string | null },
): Promise<AccessRule[]> {
  const where = {
    ...(filter.clientId ? { clientId: filter.clientId } : {}),
    ...(filter.purpose ? { purpose: filter.purpose } : {}),
  };
  const versions = await em.find(AccessRule, where, { orderBy: { clientId: 'asc', purpose: 'asc', version: 'desc' } });
  const newest = new Map<string, AccessRule>();
  for (const rule of versions)
    if (!newest.has(`${rule.clientId}/${rule.purpose}`)) newest.set(`${rule.clientId}/${rule.purpose}`, rule);
  return [...newest.values()].filter((rule) => !rule.retired);
}

/** Consents per client and purpose by status, as of now: counts only, no person named. */
export async function consentCounts(em: EntityManager): Promise<ConsentCount[]> {
  const rows: {
    client_id: string;
    purpose: string;
    active: string;
    pending: string;
    expired: string;
    revoked: string;
  }[] = await em.getConnection().execute(
    `select g.client_id, g.purpose,
            count(*) filter (where r.consent_id is null and g.valid_from <= now() and now() < g.valid_until) as active,
            count(*) filter (where r.consent_id is null and now() < g.valid_from) as pending,
            count(*) filter (where r.consent_id is null and g.valid_until <= now()) as expired,
            count(r.consent_id) as revoked
       from consent.consent_event g
       left join consent.consent_event r on r.nik = g.nik and r.consent_id = g.consent_id and r.kind = 'REVOKED'
      where g.kind = 'GRANTED'
      group by g.client_id, g.purpose
      order by g.client_id, g.purpose`,
  );
  return rows.map((row) =>
    Object.assign(new ConsentCount(), {
      clientId: row.client_id,
      purpose: row.purpose,
      active: Number(row.active),
      pending: Number(row.pending),
      expired: Number(row.expired),
      revoked: Number(row.revoked),
    }),
  );
}
