import { useCallback, useEffect, useState } from 'react';
import { gql } from './generated';
import type { WebLogPageFragment, WebMyDataQuery } from './generated/graphql';
import { graphql, SessionEnded, type GraphQLError, type Session } from './api';
import { Applications } from './applications';
import { ConsentRequests, type ScopeMeaning } from './consent-requests';
import { downloadJson } from './csv';
import { DataExport } from './data-export';
import { GrantConsent } from './grant-consent';
import { Field, Profile } from './profile';
import { purposeName, type Translator } from './i18n';
import { proofChecker } from './log-proof';
import { MyRights } from './rights';
import { notificationsLabel, NotificationsPanel, ServicesPanel, TabPanel, Tabs, useMyServices } from './services';

gql(`fragment WebLogPage on AccessLogPage {
  entries {
    position at kind role decision legalBasis
    client { name }
    purpose { code name }
    categories { scope description }
    refusedCategories { scope description }
    inclusion { leafHash leafIndex path checkpoint { size root at signature publicKey } }
  }
  hasMore endCursor
}`);

const OLDER_LOG = gql(
  `query WebMyOlderLog($after: String) { me { accessLog(first: 50, after: $after) { ...WebLogPage } } }`,
);

const MY_DATA = gql(`query WebMyData {
  me {
    nik
    citizen { ...WebProfile ...WebApplications address { village { code } } }
    accessLog(first: 50) { ...WebLogPage }
    consents { id status scopes validUntil receipt client { name } purpose { code name } }
    ...WebPendingRequests
    ...WebMyRights
  }
  scopes { name description sensitivity }
}`);

const REVOKE = gql(`mutation WebRevokeConsent($id: ID!) { revokeConsent(id: $id) { id status } }`);

type LogEntry = NonNullable<WebLogPageFragment['entries']>[number];

type Me = NonNullable<WebMyDataQuery['me']>;

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
}

/** Where a notification's `link` leads: a tab, and the heading on it. */
const LINKS: Record<string, { tab: string; heading: string }> = {
  services: { tab: 'services', heading: 'my-service-applications' },
  'consent-requests': { tab: 'data', heading: 'consent-requests' },
  'access-log': { tab: 'data', heading: 'who-read' },
  rights: { tab: 'data', heading: 'my-rights' },
};

/**
 * The citizen's own pages, as tabs: their data by agency, who read it, the consents they gave, a copy of it all
 * and their rights over it; the MPP services (catalogue, applications, complaints); and their notifications, the
 * unread count in the tab's name.
 */
export function CitizenPages({ i18n, session, onEnded }: Props) {
  const [me, setMe] = useState<Me | null>(null);
  const [tab, setTab] = useState('data');
  const services = useMyServices(session, onEnded);
  const [scopes, setScopes] = useState<ScopeMeaning[]>([]);
  const [errors, setErrors] = useState<GraphQLError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(() => {
    graphql(session, MY_DATA).then(
      ({ data, errors: partial }) => {
        setMe(data?.me ?? null);
        setScopes(data?.scopes ?? []);
        setErrors(partial);
      },
      (error: Error) => (error instanceof SessionEnded ? onEnded() : setFailure(error.message)),
    );
  }, [session, onEnded]);

  useEffect(load, [load]);

  const select = (next: string) => {
    setTab(next);
    if (next !== 'data') services.reload();
  };
  const open = (link: string) => {
    const target = LINKS[link] ?? { tab: 'data', heading: 'my-data' };
    select(target.tab);
    setTimeout(() => document.getElementById(target.heading)?.scrollIntoView(), 0);
  };

  if (failure) return <p role="alert">{`${i18n.t('loadFailed')}: ${failure}`}</p>;
  if (!me) return <p>{i18n.t('loading')}</p>;
  const villageCode = me.citizen?.address?.village?.code;
  return (
    <>
      <Tabs
        idPrefix="citizen"
        label={i18n.t('pages')}
        selected={tab}
        onSelect={select}
        tabs={[
          { id: 'data', label: i18n.t('myData') },
          { id: 'services', label: i18n.t('mppServices') },
          { id: 'notifications', label: notificationsLabel(i18n, services.me?.unreadNotifications) },
        ]}
      />
      <TabPanel idPrefix="citizen" id="data" selected={tab}>
        <DataPages
          i18n={i18n}
          session={session}
          onEnded={onEnded}
          me={me}
          scopes={scopes}
          errors={errors}
          load={load}
        />
      </TabPanel>
      <TabPanel idPrefix="citizen" id="services" selected={tab}>
        <ServicesPanel
          i18n={i18n}
          session={session}
          nik={me.nik}
          regency={villageCode ? villageCode.slice(0, 5) : null}
          services={services}
          onEnded={onEnded}
        />
      </TabPanel>
      <TabPanel idPrefix="citizen" id="notifications" selected={tab}>
        <NotificationsPanel i18n={i18n} session={session} services={services} onOpen={open} onEnded={onEnded} />
      </TabPanel>
    </>
  );
}

/** The citizen's data, who read it, their consents, a copy of it all, and their rights over it: the first tab. */
function DataPages({
  i18n,
  session,
  onEnded,
  me,
  scopes,
  errors,
  load,
}: Props & { me: Me; scopes: ScopeMeaning[]; errors: GraphQLError[]; load: () => void }) {
  return (
    <>
      <ConsentRequests
        i18n={i18n}
        session={session}
        requests={me.consentRequests ?? []}
        scopes={scopes}
        onAnswered={load}
        onEnded={onEnded}
      />
      <section aria-labelledby="my-data">
        <h1 id="my-data">{i18n.t('myData')}</h1>
        <Profile i18n={i18n} nik={me.nik} citizen={me.citizen} errors={errors} />
      </section>
      <section aria-labelledby="my-applications">
        <h1 id="my-applications">{i18n.t('myApplications')}</h1>
        <Applications i18n={i18n} applications={me.citizen?.applications ?? []} />
      </section>
      <AccessLog i18n={i18n} me={me} session={session} onEnded={onEnded} onRefresh={load} />
      <Consents i18n={i18n} me={me} session={session} onChanged={load} />
      <DataExport i18n={i18n} session={session} onEnded={onEnded} onMade={load} />
      <MyRights i18n={i18n} session={session} onEnded={onEnded} me={me} errors={errors} onChanged={load} />
    </>
  );
}

type ProofState = 'checking' | 'valid' | 'invalid' | 'none';

/** What the entry's outcome was, in the words the filters and the table use. */
const outcomeOf = (entry: LogEntry) => (entry.kind === 'ACCESS' ? (entry.decision ?? 'ALLOWED') : entry.kind);

/**
 * Who read my data: the log's entries with filters, older pages on demand, and each entry's inclusion proof
 * checked here against the signed checkpoint it leads to.
 */
function AccessLog({
  i18n,
  me,
  session,
  onEnded,
  onRefresh,
}: {
  i18n: Translator;
  me: Me;
  session: Session;
  onEnded: () => void;
  onRefresh: () => void;
}) {
  const { t } = i18n;
  const [entries, setEntries] = useState<LogEntry[]>(me.accessLog?.entries ?? []);
  const [more, setMore] = useState<string | null>(me.accessLog?.hasMore ? me.accessLog.endCursor : null);
  const [proofs, setProofs] = useState<Record<number, ProofState>>({});
  const [service, setService] = useState('');
  const [outcome, setOutcome] = useState('');
  const [check] = useState(proofChecker);

  useEffect(() => {
    setEntries(me.accessLog?.entries ?? []);
    setMore(me.accessLog?.hasMore ? me.accessLog.endCursor : null);
  }, [me]);

  useEffect(() => {
    let current = true;
    for (const entry of entries) {
      if (!entry.inclusion) {
        setProofs((known) => ({ ...known, [entry.position]: 'none' }));
        continue;
      }
      void check(entry.inclusion).then((valid) => {
        if (current) setProofs((known) => ({ ...known, [entry.position]: valid ? 'valid' : 'invalid' }));
      });
    }
    return () => {
      current = false;
    };
  }, [entries, check]);

  const loadOlder = () =>
    graphql(session, OLDER_LOG, { after: more }).then(
      ({ data }) => {
        const page = data?.me?.accessLog;
        setEntries((shown) => [...shown, ...(page?.entries ?? [])]);
        setMore(page?.hasMore ? page.endCursor : null);
      },
      (error: Error) => (error instanceof SessionEnded ? onEnded() : undefined),
    );

  const services = [...new Set(entries.map((entry) => entry.client?.name ?? entry.role))].sort();
  const outcomes = [...new Set(entries.map(outcomeOf))].sort();
  const shown = entries.filter(
    (entry) =>
      (!service || (entry.client?.name ?? entry.role) === service) && (!outcome || outcomeOf(entry) === outcome),
  );
  const states = entries.map((entry) => proofs[entry.position] ?? 'checking');
  const latest = entries.find((entry) => entry.inclusion)?.inclusion?.checkpoint;
  return (
    <section aria-labelledby="who-read">
      <h1 id="who-read">{t('whoReadMyData')}</h1>
      <button type="button" onClick={onRefresh}>
        {t('refresh')}
      </button>
      {entries.length === 0 ? (
        <p>{t('accessLogEmpty')}</p>
      ) : (
        <>
          <p role="status" data-testid="proof-summary">
            {states.includes('checking')
              ? t('proofChecking')
              : t('proofSummary')
                  .replace('{valid}', i18n.number(states.filter((state) => state === 'valid').length))
                  .replace('{total}', i18n.number(entries.length))
                  .replace('{size}', latest ? i18n.number(latest.size) : '-')
                  .replace('{at}', latest ? i18n.dateTime(latest.at) : '-')}
          </p>
          <div className="filters">
            <div className="input">
              <label htmlFor="log-service">{t('service')}</label>
              <select id="log-service" value={service} onChange={(event) => setService(event.target.value)}>
                <option value="">{t('all')}</option>
                {services.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div className="input">
              <label htmlFor="log-outcome">{t('decision')}</label>
              <select id="log-outcome" value={outcome} onChange={(event) => setOutcome(event.target.value)}>
                <option value="">{t('all')}</option>
                {outcomes.map((code) => (
                  <option key={code} value={code}>
                    {i18n.term(code)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('service')}</th>
                <th scope="col">{t('purpose')}</th>
                <th scope="col">{t('legalBasis')}</th>
                <th scope="col">{t('data')}</th>
                <th scope="col">{t('decision')}</th>
                <th scope="col">{t('proof')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => {
                const state = proofs[entry.position] ?? 'checking';
                return (
                  <tr key={entry.position} data-testid="access-entry">
                    <td>{i18n.dateTime(entry.at)}</td>
                    <td>{entry.client?.name ?? entry.role}</td>
                    <td>{entry.purpose ? i18n.purpose(entry.purpose.code, entry.purpose.name) : ''}</td>
                    <td>{entry.legalBasis ? i18n.term(entry.legalBasis) : ''}</td>
                    <td>
                      {[...entry.categories, ...entry.refusedCategories]
                        .map((c) => i18n.scope(c.scope, c.description))
                        .join('; ')}
                    </td>
                    <td>{i18n.term(outcomeOf(entry))}</td>
                    <td data-testid="proof" data-state={state} className={`proof-${state}`}>
                      {t(PROOF_LABEL[state])}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {more && (
            <button type="button" onClick={() => void loadOlder()}>
              {t('loadOlder')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

const PROOF_LABEL = {
  checking: 'proofCheckingShort',
  valid: 'proofValid',
  invalid: 'proofInvalid',
  none: 'proofNone',
} as const;

function Consents({
  i18n,
  me,
  session,
  onChanged,
}: {
  i18n: Translator;
  me: Me;
  session: Session;
  onChanged: () => void;
}) {
  const { t } = i18n;
  const [failure, setFailure] = useState<string | null>(null);
  const consents = me.consents ?? [];
  const download = (consent: (typeof consents)[number]) =>
    downloadJson(`consent-receipt-${consent.id}.json`, consent.receipt);
  return (
    <section aria-labelledby="my-consents">
      <h1 id="my-consents">{t('myConsents')}</h1>
      <GrantConsent i18n={i18n} session={session} onGranted={onChanged} />
      {failure && <p role="alert">{`${t('revokeFailed')}: ${failure}`}</p>}
      {consents.length === 0 ? (
        <p>{t('consentsEmpty')}</p>
      ) : (
        <ul className="consents">
          {consents.map((consent) => (
            <li key={consent.id} className="card" data-testid="consent">
              <h2>{`${consent.client?.name ?? ''}: ${purposeName(i18n, consent.purpose)}`}</h2>
              <dl>
                <Field i18n={i18n} label={t('status')} value={i18n.term(consent.status)} />
                <Field i18n={i18n} label={t('scopes')} value={consent.scopes.join(', ')} />
                <Field i18n={i18n} label={t('validUntil')} value={i18n.dateTime(consent.validUntil)} />
              </dl>
              <div className="actions">
                <button type="button" onClick={() => download(consent)}>
                  {t('downloadReceipt')}
                </button>
                {consent.status === 'ACTIVE' && (
                  <button
                    type="button"
                    onClick={() =>
                      graphql(session, REVOKE, { id: consent.id }).then(
                        ({ errors }) => (errors.length ? setFailure(errors[0].message) : onChanged()),
                        (error: Error) => setFailure(error.message),
                      )
                    }
                  >
                    {t('revoke')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
