import { useCallback, useEffect, useRef, useState } from 'react';
import { gql } from './generated';
import type { ServiceCode, ServiceDecision, WebLaporExportQuery } from './generated/graphql';
import { graphql, SessionEnded, type Session } from './api';
import { downloadCsv, downloadJson } from './csv';
import type { Translator } from './i18n';
import {
  ApplicationData,
  ComplaintResponses,
  ComplaintStatusLine,
  DEFAULT_REGENCY,
  shortName,
  StatusLine,
  StatusTimeline,
  type ComplaintView,
  type Offering,
  type ServiceApplicationView,
} from './services';

// The MPP back office (officers whose purpose is PUBLIC_SERVICE): an MPP's work queue, oldest first, each
// application with what the registers filled in and its requirement checks, decided here (verify, complete,
// reject with a note); the MPP's open complaints, answered here; and the complaints of a period as SP4N-LAPOR!
// records, downloaded as JSON and CSV.

const MPPS = gql(`query WebMppsOfRegency($regencyCode: String!) {
  services(regencyCode: $regencyCode) { service name mpp { id name regencyCode address } }
}`);

const QUEUE = gql(`query WebServiceQueue($mppId: String!, $service: ServiceCode) {
  serviceQueue(mppId: $mppId, service: $service, first: 100) { ...WebServiceApplication }
}`);

const DECIDE = gql(`mutation WebDecideServiceApplication($id: ID!, $decision: ServiceDecision!, $note: String) {
  decideServiceApplication(id: $id, decision: $decision, note: $note) { ...WebServiceApplication }
}`);

const COMPLAINTS = gql(`query WebComplaintQueue($mppId: String!) {
  complaintQueue(mppId: $mppId, first: 100) { ...WebComplaint }
}`);

const RESPOND = gql(`mutation WebRespondToComplaint($id: ID!, $message: String!, $resolves: Boolean!) {
  respondToComplaint(id: $id, message: $message, resolves: $resolves) { id title status }
}`);

const LAPOR = gql(`query WebLaporExport($mppId: String!, $from: String!, $to: String!) {
  laporExport(mppId: $mppId, from: $from, to: $to, first: 200) {
    lapor {
      trackingId title content category destinationAgency regencyCode submittedAt channel anonymous confidential
      status dueOn followUps { at content }
    }
  }
}`);

type Mpp = Offering['mpp'];
type LaporRecord = NonNullable<NonNullable<WebLaporExportQuery['laporExport']>[number]['lapor']>;

const REGENCY = /^[0-9]{2}\.[0-9]{2}$/;

/** Today in Jakarta, YYYY-MM-DD (the API's days are Jakarta days). */
export const jakartaToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .slice(0, 10);

/** The first day of this month in Jakarta. */
export const jakartaMonthStart = () => `${jakartaToday().slice(0, 8)}01`;

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
}

/**
 * Which MPP (and, for the queue, which service) the desk works on: a regency's MPPs from the catalogue, Kota
 * Bandung's at first.
 */
function MppPicker({
  i18n,
  session,
  idPrefix,
  withService,
  onPicked,
  onEnded,
}: Props & {
  idPrefix: string;
  withService: boolean;
  onPicked: (picked: { mpp: Mpp; service: ServiceCode | null } | null) => void;
}) {
  const { t } = i18n;
  const [regency, setRegency] = useState(DEFAULT_REGENCY);
  const [offerings, setOfferings] = useState<Pick<Offering, 'service' | 'name' | 'mpp'>[]>([]);
  const [mppId, setMppId] = useState('');
  const [service, setService] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const ended = useRef(onEnded);
  ended.current = onEnded;
  const picked = useRef(onPicked);
  picked.current = onPicked;

  const load = useCallback(
    (code: string) => {
      setFailure(null);
      graphql(session, MPPS, { regencyCode: code }).then(
        ({ data }) => {
          const found = data?.services ?? [];
          setOfferings(found);
          setEmpty(found.length === 0);
          setMppId(found[0]?.mpp.id ?? '');
          setService('');
        },
        (error: Error) => (error instanceof SessionEnded ? ended.current() : setFailure(error.message)),
      );
    },
    [session],
  );
  useEffect(() => load(DEFAULT_REGENCY), [load]);

  const mpps = offerings
    .map((offering) => offering.mpp)
    .filter((mpp, i, all) => all.findIndex((m) => m.id === mpp.id) === i);
  const mpp = mpps.find((candidate) => candidate.id === mppId) ?? null;
  useEffect(() => {
    picked.current(mpp ? { mpp, service: (service || null) as ServiceCode | null } : null);
    // The MPP by its id: a new list of the same MPPs picks nothing new.
  }, [mpp?.id, service]);

  return (
    <form
      className="card filters"
      aria-label={t('findMpps')}
      onSubmit={(event) => {
        event.preventDefault();
        load(regency);
      }}
    >
      <div className="input">
        <label htmlFor={`${idPrefix}-regency`}>{t('regencyCode')}</label>
        <input
          id={`${idPrefix}-regency`}
          value={regency}
          maxLength={5}
          onChange={(event) => setRegency(event.target.value.trim())}
        />
      </div>
      <button type="submit" disabled={!REGENCY.test(regency)}>
        {t('findMpps')}
      </button>
      <div className="input">
        <label htmlFor={`${idPrefix}-mpp`}>MPP</label>
        <select id={`${idPrefix}-mpp`} value={mppId} onChange={(event) => setMppId(event.target.value)}>
          {mpps.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </div>
      {withService && (
        <div className="input">
          <label htmlFor={`${idPrefix}-service`}>{t('service')}</label>
          <select id={`${idPrefix}-service`} value={service} onChange={(event) => setService(event.target.value)}>
            <option value="">{t('all')}</option>
            {offerings
              .filter((offering) => offering.mpp.id === mppId)
              .map((offering) => (
                <option key={offering.service} value={offering.service}>
                  {i18n.serviceName(offering.service, offering.name)}
                </option>
              ))}
          </select>
        </div>
      )}
      {empty && <p role="status">{i18n.format('noMpp', { code: regency })}</p>}
      {failure && <p role="alert">{`${t('loadFailed')}: ${failure}`}</p>}
    </form>
  );
}

/** An MPP's work queue: the applications still being decided, oldest first, each decided here. */
export function ServiceQueue({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const [picked, setPicked] = useState<{ mpp: Mpp; service: ServiceCode | null } | null>(null);
  const [queue, setQueue] = useState<ServiceApplicationView[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [decided, setDecided] = useState<ServiceApplicationView[]>([]);
  const ended = useRef(onEnded);
  ended.current = onEnded;

  const load = useCallback(() => {
    if (!picked) return setQueue(null);
    setFailure(null);
    graphql(session, QUEUE, { mppId: picked.mpp.id, service: picked.service }).then(
      ({ data, errors }) => {
        setQueue(data?.serviceQueue ?? null);
        if (errors.length > 0) setFailure(errors[0].message);
      },
      (error: Error) => (error instanceof SessionEnded ? ended.current() : setFailure(error.message)),
    );
  }, [session, picked]);
  useEffect(load, [load]);

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t('workQueue')}</h1>
      <MppPicker i18n={i18n} session={session} idPrefix="queue" withService onPicked={setPicked} onEnded={onEnded} />
      <p className="muted">{t('queueHelp')}</p>
      <div className="actions">
        <button type="button" disabled={!picked} onClick={load}>
          {t('refresh')}
        </button>
      </div>
      <div role="status" data-testid="decisions">
        {decided.map((application) => (
          <p key={`${application.id}/${application.status}`} data-testid="decision">
            {[
              `${t('decisionSaved')}: ${shortName(i18n, application)}, ${application.mpp?.name ?? ''}`,
              application.status && i18n.term(application.status),
              application.outcome && `${t('outcome')}: ${application.outcome}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        ))}
      </div>
      {failure && <p role="alert">{`${t('loadFailed')}: ${failure}`}</p>}
      {queue && queue.length === 0 && <p>{t('queueEmpty')}</p>}
      {queue && queue.length > 0 && (
        <ol className="consents">
          {queue.map((application) => (
            <QueueItem
              key={application.id}
              i18n={i18n}
              session={session}
              application={application}
              onDecided={(result) => {
                setDecided((shown) => [result, ...shown].slice(0, 5));
                load();
              }}
              onEnded={onEnded}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function QueueItem({
  i18n,
  session,
  application,
  onDecided,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  application: ServiceApplicationView;
  onDecided: (result: ServiceApplicationView) => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = `queue-${application.id}`;
  const decide = (decision: ServiceDecision) => {
    setBusy(true);
    setFailure(null);
    graphql(session, DECIDE, { id: application.id, decision, note: note.trim() || null })
      .then(
        ({ data }) => {
          if (data) onDecided(data.decideServiceApplication);
          setNote('');
        },
        (error: Error) =>
          error instanceof SessionEnded ? onEnded() : setFailure(`${t('decisionFailed')}: ${error.message}`),
      )
      .finally(() => setBusy(false));
  };
  const unmet = (application.requirements ?? []).some((check) => !check.met);
  return (
    <li
      className={application.overdue ? 'card overdue-card' : 'card'}
      data-testid="queue-application"
      aria-labelledby={heading}
    >
      <h2 id={heading}>
        {[
          shortName(i18n, application),
          application.submittedAt && `${t('submittedAt')} ${i18n.dateTime(application.submittedAt)}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </h2>
      <StatusLine i18n={i18n} application={application} />
      <StatusTimeline i18n={i18n} history={application.history} />
      <ApplicationData i18n={i18n} application={application} />
      <div className="input">
        <label htmlFor={`${heading}-note`}>{t('decisionNote')}</label>
        <textarea
          id={`${heading}-note`}
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div className="actions">
        {application.status === 'SUBMITTED' && (
          <button type="button" disabled={busy || unmet} onClick={() => decide('VERIFY')}>
            {t('verify')}
          </button>
        )}
        {application.status === 'VERIFIED' && (
          <button type="button" disabled={busy || unmet} onClick={() => decide('COMPLETE')}>
            {t('complete')}
          </button>
        )}
        <button type="button" disabled={busy || note.trim().length === 0} onClick={() => decide('REJECT')}>
          {t('reject')}
        </button>
      </div>
      {failure && <p role="alert">{failure}</p>}
    </li>
  );
}

/** An MPP's open complaints, oldest first, each answered here; and the LAPOR! export of a period. */
export function ComplaintDesk({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const [picked, setPicked] = useState<{ mpp: Mpp } | null>(null);
  const [complaints, setComplaints] = useState<ComplaintView[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [responded, setResponded] = useState<string | null>(null);
  const ended = useRef(onEnded);
  ended.current = onEnded;

  const load = useCallback(() => {
    if (!picked) return setComplaints(null);
    setFailure(null);
    graphql(session, COMPLAINTS, { mppId: picked.mpp.id }).then(
      ({ data, errors }) => {
        setComplaints(data?.complaintQueue ?? null);
        if (errors.length > 0) setFailure(errors[0].message);
      },
      (error: Error) => (error instanceof SessionEnded ? ended.current() : setFailure(error.message)),
    );
  }, [session, picked]);
  useEffect(load, [load]);

  return (
    <>
      <section aria-labelledby="complaint-queue-title">
        <h1 id="complaint-queue-title">{t('complaintQueue')}</h1>
        <MppPicker
          i18n={i18n}
          session={session}
          idPrefix="complaints"
          withService={false}
          onPicked={setPicked}
          onEnded={onEnded}
        />
        <p className="muted">{t('complaintQueueHelp')}</p>
        <div className="actions">
          <button type="button" disabled={!picked} onClick={load}>
            {t('refresh')}
          </button>
        </div>
        <p role="status" data-testid="responded">
          {responded}
        </p>
        {failure && <p role="alert">{`${t('loadFailed')}: ${failure}`}</p>}
        {complaints && complaints.length === 0 && <p>{t('complaintQueueEmpty')}</p>}
        {complaints && complaints.length > 0 && (
          <ol className="consents">
            {complaints.map((complaint) => (
              <ComplaintItem
                key={complaint.id}
                i18n={i18n}
                session={session}
                complaint={complaint}
                onResponded={(text) => {
                  setResponded(text);
                  load();
                }}
                onEnded={onEnded}
              />
            ))}
          </ol>
        )}
      </section>
      {picked && <LaporExport i18n={i18n} session={session} mpp={picked.mpp} onEnded={onEnded} />}
    </>
  );
}

function ComplaintItem({
  i18n,
  session,
  complaint,
  onResponded,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  complaint: ComplaintView;
  onResponded: (text: string) => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [message, setMessage] = useState('');
  const [resolves, setResolves] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = `open-complaint-${complaint.id}`;
  const respond = () =>
    graphql(session, RESPOND, { id: complaint.id, message: message.trim(), resolves }).then(
      ({ data }) => {
        if (!data) return;
        const answer = data.respondToComplaint;
        onResponded(
          [`${t('responded')}: ${answer.title ?? answer.id}`, answer.status && i18n.term(answer.status)]
            .filter(Boolean)
            .join(' · '),
        );
      },
      (error: Error) =>
        error instanceof SessionEnded ? onEnded() : setFailure(`${t('respondFailed')}: ${error.message}`),
    );
  return (
    <li
      className={complaint.overdue ? 'card overdue-card' : 'card'}
      data-testid="queue-complaint"
      aria-labelledby={heading}
    >
      <h2 id={heading}>{complaint.title ?? t('withheld')}</h2>
      <ComplaintStatusLine i18n={i18n} complaint={complaint} />
      <p>{complaint.description}</p>
      <h3>{t('responses')}</h3>
      <ComplaintResponses i18n={i18n} complaint={complaint} />
      <form
        aria-label={`${t('response')}: ${complaint.title ?? complaint.id}`}
        onSubmit={(event) => {
          event.preventDefault();
          void respond();
        }}
      >
        <div className="input">
          <label htmlFor={`${heading}-message`}>{t('response')}</label>
          <textarea
            id={`${heading}-message`}
            rows={3}
            maxLength={4000}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
        </div>
        <label className="scope">
          <input type="checkbox" checked={resolves} onChange={(event) => setResolves(event.target.checked)} />
          <span>{t('resolves')}</span>
        </label>
        <div className="actions">
          <button type="submit" disabled={message.trim().length === 0}>
            {t('sendResponse')}
          </button>
        </div>
        {failure && <p role="alert">{failure}</p>}
      </form>
    </li>
  );
}

const LAPOR_HEADER = [
  'tracking_id',
  'title',
  'content',
  'category',
  'destination_agency',
  'regency_code',
  'submitted_at',
  'channel',
  'anonymous',
  'confidential',
  'status',
  'due_on',
  'follow_ups',
];

/** The complaints filed at the MPP over a period as SP4N-LAPOR! records: downloaded as JSON and as CSV. */
function LaporExport({ i18n, session, mpp, onEnded }: Props & { mpp: Mpp }) {
  const { t } = i18n;
  const [from, setFrom] = useState(jakartaMonthStart);
  const [to, setTo] = useState(jakartaToday);
  const [records, setRecords] = useState<{ key: string; lapor: LaporRecord[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const fetchRecords = () => {
    setFailure(null);
    graphql(session, LAPOR, { mppId: mpp.id, from, to }).then(
      ({ data, errors }) => {
        if (errors.length > 0) setFailure(errors[0].message);
        const lapor = (data?.laporExport ?? []).flatMap((complaint) => (complaint.lapor ? [complaint.lapor] : []));
        setRecords({ key: `${mpp.id}-${from}-${to}`, lapor });
      },
      (error: Error) => (error instanceof SessionEnded ? onEnded() : setFailure(error.message)),
    );
  };
  return (
    <section aria-labelledby="lapor-title">
      <h1 id="lapor-title">{t('laporTitle')}</h1>
      <p className="muted">{`${mpp.name}. ${t('laporHelp')}`}</p>
      <form
        className="card filters"
        aria-labelledby="lapor-title"
        onSubmit={(event) => {
          event.preventDefault();
          fetchRecords();
        }}
      >
        <div className="input">
          <label htmlFor="lapor-from">{t('from')}</label>
          <input id="lapor-from" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="input">
          <label htmlFor="lapor-to">{t('to')}</label>
          <input id="lapor-to" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
        <button type="submit" disabled={!from || !to}>
          {t('fetchComplaints')}
        </button>
      </form>
      {failure && <p role="alert">{`${t('loadFailed')}: ${failure}`}</p>}
      {records && (
        <>
          <p role="status" data-testid="lapor-count">
            {i18n.format('laporFound', { count: i18n.number(records.lapor.length) })}
          </p>
          <div className="actions">
            <button type="button" onClick={() => downloadJson(`lapor-${records.key}.json`, records.lapor)}>
              {t('downloadJson')}
            </button>
            <button
              type="button"
              onClick={() =>
                downloadCsv(`lapor-${records.key}.csv`, [
                  LAPOR_HEADER,
                  ...records.lapor.map((record) => [
                    record.trackingId,
                    record.title,
                    record.content,
                    record.category,
                    record.destinationAgency,
                    record.regencyCode,
                    record.submittedAt,
                    record.channel,
                    String(record.anonymous),
                    String(record.confidential),
                    record.status,
                    record.dueOn,
                    (record.followUps ?? []).map((followUp) => `${followUp.at} ${followUp.content}`).join(' | '),
                  ]),
                ])
              }
            >
              {t('downloadCsv')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
