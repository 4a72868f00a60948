import { useEffect, useState } from 'react';
import { gql } from './generated';
import type { WebAccessEventsQuery, WebBreachScopeQuery } from './generated/graphql';
import { graphql, SessionEnded, type Session } from './api';
import { downloadCsv } from './csv';
import type { Translator } from './i18n';
import { verifyCheckpoint, type Checkpoint } from './log-proof';

const EVENTS = gql(`query WebAccessEvents($filter: AccessEventFilter!, $after: String) {
  accessEvents(filter: $filter, first: 100, after: $after) {
    events { position at kind actorRole actorSubject clientId purpose nik decision basis scopes refusedScopes }
    hasMore endCursor
  }
}`);

const CHECKPOINT = gql(`query WebCheckpoint { accessLogCheckpoint { size root at keyId signature publicKey } }`);

const BREACH = gql(`query WebBreachScope($clientId: String!, $from: DateTimeISO!, $to: DateTimeISO!) {
  breachScope(clientId: $clientId, from: $from, to: $to) {
    affectedPeople
    categories { scope description }
    subjects { nik releases firstRelease lastRelease categories { scope } }
  }
}`);

type AccessEvent = NonNullable<NonNullable<WebAccessEventsQuery['accessEvents']>['events']>[number];

type Breach = NonNullable<WebBreachScopeQuery['breachScope']>;

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
}

const dayStart = (date: string) => new Date(`${date}T00:00:00`).toISOString();
const today = () => new Date().toISOString().slice(0, 10);

/** The auditor's pages: the access log searched and exported, its signed checkpoint checked, a breach's scope. */
export function AuditorPages({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const [filter, setFilter] = useState({ nik: '', clientId: '', purpose: '', decision: '', from: '', to: '' });
  const [events, setEvents] = useState<AccessEvent[] | null>(null);
  // The search as sent and where its next page starts, while there is one.
  const [next, setNext] = useState<{ filter: Record<string, string>; after: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [checkpoint, setCheckpoint] = useState<Checkpoint | null | undefined>(undefined);
  const [verified, setVerified] = useState<boolean | null>(null);
  const [breachQuery, setBreachQuery] = useState({ clientId: '', from: today(), to: today() });
  const [breach, setBreach] = useState<Breach | null>(null);

  const failed = (error: Error) => (error instanceof SessionEnded ? onEnded() : setFailure(error.message));

  useEffect(() => {
    graphql(session, CHECKPOINT).then(({ data }) => {
      const latest = data?.accessLogCheckpoint ?? null;
      setCheckpoint(latest);
      if (latest) verifyCheckpoint(latest).then(setVerified, () => setVerified(false));
    }, failed);
  }, [session]);

  const search = () => {
    setFailure(null);
    const given = Object.fromEntries(
      Object.entries(filter)
        .filter(([, value]) => value !== '')
        .map(([name, value]) => [name, name === 'from' ? dayStart(value) : name === 'to' ? dayStart(value) : value]),
    );
    graphql(session, EVENTS, { filter: given }).then(({ data, errors }) => {
      if (errors.length > 0) setFailure(errors[0].message);
      const page = data?.accessEvents;
      setEvents(page?.events ?? []);
      setNext(page?.hasMore && page.endCursor ? { filter: given, after: page.endCursor } : null);
    }, failed);
  };

  /** The next 100 events of the same search, added to those shown (and to the export). */
  const more = () => {
    if (!next) return;
    graphql(session, EVENTS, next).then(({ data, errors }) => {
      if (errors.length > 0) setFailure(errors[0].message);
      const page = data?.accessEvents;
      setEvents((shown) => [...(shown ?? []), ...(page?.events ?? [])]);
      setNext(page?.hasMore && page.endCursor ? { filter: next.filter, after: page.endCursor } : null);
    }, failed);
  };

  const scope = () => {
    setFailure(null);
    const end = new Date(dayStart(breachQuery.to));
    end.setDate(end.getDate() + 1);
    graphql(session, BREACH, {
      clientId: breachQuery.clientId,
      from: dayStart(breachQuery.from),
      to: end.toISOString(),
    }).then(({ data, errors }) => {
      if (errors.length > 0) setFailure(errors[0].message);
      setBreach(data?.breachScope ?? null);
    }, failed);
  };

  const text = (name: keyof typeof filter, label: string, type = 'text') => (
    <div className="input">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <input
        id={`filter-${name}`}
        type={type}
        value={filter[name]}
        onChange={(event) => setFilter({ ...filter, [name]: event.target.value.trim() })}
      />
    </div>
  );

  return (
    <>
      <section aria-labelledby="checkpoint-title">
        <h1 id="checkpoint-title">{t('checkpointTitle')}</h1>
        {checkpoint ? (
          <div className="card">
            <p data-testid="checkpoint-status" className={verified === false ? 'withheld' : undefined}>
              {verified === null ? t('loading') : verified ? t('signatureValid') : t('signatureInvalid')}
            </p>
            <p className="muted">
              {[
                `${t('eventsCovered')}: ${i18n.number(checkpoint.size)}`,
                i18n.dateTime(checkpoint.at),
                `${t('key')} ${checkpoint.keyId}`,
              ].join(' · ')}
            </p>
          </div>
        ) : (
          <p>{checkpoint === null ? t('noCheckpoint') : t('loading')}</p>
        )}
      </section>

      <section aria-labelledby="search-title">
        <h1 id="search-title">{t('searchTitle')}</h1>
        <form
          className="card filters"
          onSubmit={(event) => {
            event.preventDefault();
            search();
          }}
        >
          {text('nik', t('nik'))}
          {text('clientId', t('service'))}
          {text('purpose', t('purpose'))}
          <div className="input">
            <label htmlFor="filter-decision">{t('decision')}</label>
            <select
              id="filter-decision"
              value={filter.decision}
              onChange={(event) => setFilter({ ...filter, decision: event.target.value })}
            >
              <option value="">{t('any')}</option>
              <option value="ALLOWED">{i18n.term('ALLOWED')}</option>
              <option value="REFUSED">{i18n.term('REFUSED')}</option>
              <option value="PARTIAL">{i18n.term('PARTIAL')}</option>
            </select>
          </div>
          {text('from', t('from'), 'date')}
          {text('to', t('to'), 'date')}
          <button type="submit">{t('search')}</button>
        </form>
        {failure && <p role="alert">{failure}</p>}
        {events && (
          <>
            <p role="status">{`${events.length} ${t('eventsFound')}`}</p>
            <button
              type="button"
              disabled={events.length === 0}
              onClick={() =>
                downloadCsv('access-events.csv', [
                  [
                    'position',
                    'at',
                    'kind',
                    'role',
                    'subject',
                    'client',
                    'purpose',
                    'nik',
                    'decision',
                    'basis',
                    'scopes',
                    'refused',
                  ],
                  ...events.map((e) => [
                    e.position,
                    e.at,
                    e.kind,
                    e.actorRole,
                    e.actorSubject,
                    e.clientId,
                    e.purpose,
                    e.nik,
                    e.decision,
                    e.basis,
                    e.scopes.join(' '),
                    e.refusedScopes.join(' '),
                  ]),
                ])
              }
            >
              {t('exportCsv')}
            </button>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('when')}</th>
                  <th scope="col">{t('event')}</th>
                  <th scope="col">{t('caller')}</th>
                  <th scope="col">{t('service')}</th>
                  <th scope="col">{t('purpose')}</th>
                  <th scope="col">{t('nik')}</th>
                  <th scope="col">{t('decision')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.position} data-testid="event">
                    <td>{i18n.dateTime(e.at)}</td>
                    <td>{i18n.term(e.kind)}</td>
                    <td>{`${e.actorRole} ${e.actorSubject}`}</td>
                    <td>{e.clientId ?? ''}</td>
                    <td>{e.purpose ?? ''}</td>
                    <td>{e.nik ?? ''}</td>
                    <td>{e.decision ? i18n.term(e.decision) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {next && (
              <button type="button" onClick={more}>
                {t('moreEvents')}
              </button>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="breach-title">
        <h1 id="breach-title">{t('breachTitle')}</h1>
        <form
          className="card filters"
          onSubmit={(event) => {
            event.preventDefault();
            scope();
          }}
        >
          <div className="input">
            <label htmlFor="breach-client">{t('service')}</label>
            <input
              id="breach-client"
              required
              value={breachQuery.clientId}
              onChange={(event) => setBreachQuery({ ...breachQuery, clientId: event.target.value.trim() })}
            />
          </div>
          <div className="input">
            <label htmlFor="breach-from">{t('from')}</label>
            <input
              id="breach-from"
              type="date"
              required
              value={breachQuery.from}
              onChange={(event) => setBreachQuery({ ...breachQuery, from: event.target.value })}
            />
          </div>
          <div className="input">
            <label htmlFor="breach-to">{t('to')}</label>
            <input
              id="breach-to"
              type="date"
              required
              value={breachQuery.to}
              onChange={(event) => setBreachQuery({ ...breachQuery, to: event.target.value })}
            />
          </div>
          <button type="submit">{t('breachShow')}</button>
        </form>
        {breach && (
          <div className="card">
            <p data-testid="breach-people">{`${t('affectedPeople')}: ${i18n.number(breach.affectedPeople)}`}</p>
            <p>{`${t('data')}: ${breach.categories.map((c) => i18n.scope(c.scope, c.description)).join('; ')}`}</p>
            <button
              type="button"
              onClick={() =>
                downloadCsv(`breach-scope-${breachQuery.clientId}.csv`, [
                  ['nik', 'releases', 'first_release', 'last_release', 'scopes'],
                  ...(breach.subjects ?? []).map((s) => [
                    s.nik,
                    s.releases,
                    s.firstRelease,
                    s.lastRelease,
                    s.categories.map((c) => c.scope).join(' '),
                  ]),
                ])
              }
            >
              {t('exportCsv')}
            </button>
          </div>
        )}
      </section>
    </>
  );
}
