import { randomUUID } from 'node:crypto';
import { createAccessLog } from '../policy/audit/access-log';
import type { AccessEvent } from '../policy/audit/event';
import type { CheckpointSigner } from '../policy/audit/signer';
import { AGENCY_SCOPES } from '../schema/scopes';
import { postgresCpuMs } from './processes';

/** The fields S1's profile releases, as its access event names them. */
const PROFILE_FIELDS = [
  'Citizen.nik',
  'Citizen.fullName',
  'Citizen.sex',
  'Citizen.birthDate',
  'Citizen.address',
  'Address.street',
  'Address.rt',
  'Address.rw',
  'Address.village',
  'Citizen.family',
  'Family.kk',
  'Family.members',
  'FamilyMember.relationship',
  'FamilyMember.citizen',
  'Citizen.household',
  'Household.welfareDecile',
  'Household.housing',
  'Household.assets',
  'Citizen.eligibility',
  'Citizen.taxProfile',
  'TaxProfile.npwp',
  'TaxProfile.status',
  'TaxProfile.matchingStatus',
  'TaxProfile.taxOffice',
  'TaxProfile.filings',
  'Citizen.bpjsMembership',
  'BpjsMembership.cardNumber',
  'BpjsMembership.segment',
  'BpjsMembership.careClass',
  'BpjsMembership.status',
  'BpjsMembership.primaryCareFacility',
  'Citizen.ihsNumber',
  'Citizen.licences',
  'Citizen.applications',
];

export interface AppendResult {
  /** Events committed per second, sustained. */
  eventsPerSecond: number;
  events: number;
  /** Committed batches: events per batch is what group commit gathered. */
  batches: number;
  /** CPU of this process (sealing, signing, sending) and of PostgreSQL per event, in ms. */
  nodeCpuMsPerEvent: number;
  postgresCpuMsPerEvent: number;
}

/**
 * The access log's sustained append rate: `concurrency` requests, each appending one release event (a profile's
 * fields, for a person of `niks`) and, once it is committed, the next, for `seconds`; concurrent appends share a
 * transaction (group commit). Writes into the database's own log, which stays verifiable.
 */
export async function measureAppends(
  databaseUrl: string,
  signer: CheckpointSigner,
  niks: readonly string[],
  options: { concurrency: number; seconds: number },
): Promise<AppendResult> {
  let batches = 0;
  const log = createAccessLog({
    databaseUrl,
    signer,
    metrics: {
      accessLogCommit: () => void (batches += 1),
      watchPool: () => undefined,
    },
  });
  const event = (n: number): AccessEvent => ({
    at: new Date(),
    kind: 'ACCESS',
    requestId: randomUUID(),
    actorSubject: 'bench-officer',
    actorRole: 'officer',
    clientId: 'bench-client',
    purpose: 'SOCIAL_ASSISTANCE',
    nik: niks[n % niks.length],
    decision: 'ALLOWED',
    basis: 'PUBLIC_TASK',
    consentIds: [],
    ruleVersion: 1,
    scopes: AGENCY_SCOPES,
    refusedScopes: [],
    fields: PROFILE_FIELDS,
    reason: null,
    detail: null,
  });
  try {
    // Warm: the pool connected, the statement's plan and the signer's key in use.
    for (let i = 0; i < 20; i += 1) await log.append([event(i)]);
    batches = 0;
    let events = 0;
    const cpuBefore = process.cpuUsage();
    const postgresBefore = postgresCpuMs();
    const started = process.hrtime.bigint();
    const end = Date.now() + options.seconds * 1000;
    await Promise.all(
      Array.from({ length: options.concurrency }, async (_, worker) => {
        for (let n = worker; Date.now() < end; n += options.concurrency) {
          await log.append([event(n)]);
          events += 1;
        }
      }),
    );
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    return {
      eventsPerSecond: events / elapsed,
      events,
      batches,
      nodeCpuMsPerEvent: (cpu.user + cpu.system) / 1000 / events,
      postgresCpuMsPerEvent: (postgresCpuMs() - postgresBefore) / events,
    };
  } finally {
    await log.close();
  }
}
