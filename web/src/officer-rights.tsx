import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { gql } from './generated';
import type {
  WebCorrectionQueueQuery,
  WebEligibilityObjectionsQuery,
  WebPendingCorrectionsFragment,
} from './generated/graphql';
import { graphql, SessionEnded, type Session } from './api';
import { CharacterCount } from './character-count';
import { datumName } from './corrections';
import type { Translator } from './i18n';
import { Field } from './profile';
import { inputsInWords, MAX_REASON, outcomeInWords, PROGRAMME_NAME } from './rights';

// The officers' side of the citizens' rights (UU PDP): the corrections waiting for the officer's agency (Pasal 6),
// and, at Kementerian Sosial (purpose SOCIAL_ASSISTANCE), the objections to automated eligibility decisions
// (Pasal 10); each answered here with a reason the citizen reads, within 3 x 24 hours.

const CORRECTIONS = gql(`query WebCorrectionQueue {
  correctionQueue(first: 50) {
    id field scope agency proposedValue evidence status receivedAt dueAt overdue citizen { nik fullName }
  }
}`);

const ANSWER = gql(`mutation WebAnswerCorrection($id: ID!, $accept: Boolean!, $reason: String!) {
  answerCorrection(id: $id, accept: $accept, reason: $reason) { id field status }
}`);

const OBJECTIONS = gql(`query WebEligibilityObjections {
  eligibilityObjections(status: OPEN, first: 50) {
    id programme eligible ruleVersion inputs { ...WebDecisionInputs } reason receivedAt dueAt overdue
    citizen { nik fullName }
  }
}`);

const REVIEW = gql(`mutation WebReviewEligibilityObjection($id: ID!, $outcome: ObjectionOutcome!, $reason: String!) {
  reviewEligibilityObjection(id: $id, outcome: $outcome, reason: $reason) { id programme outcome }
}`);

/** The corrections waiting on a person's data, as an officer who may read the datum sees them. */
gql(`fragment WebPendingCorrections on Citizen { pendingCorrections { field agency receivedAt dueAt } }`);

export type PendingCorrections = WebPendingCorrectionsFragment;

type Correction = WebCorrectionQueueQuery['correctionQueue'][number];
type Objection = NonNullable<WebEligibilityObjectionsQuery['eligibilityObjections']>[number];

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
}

/** A queue's list, loaded when shown and again after each answer; what was answered is said in a status line. */
function useQueue<T>(session: Session, onEnded: () => void, read: (session: Session) => Promise<T[] | null>) {
  const [items, setItems] = useState<T[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const ended = useRef(onEnded);
  ended.current = onEnded;
  const load = useCallback(() => {
    setFailure(null);
    read(session).then(setItems, (error: Error) =>
      error instanceof SessionEnded ? ended.current() : setFailure(error.message),
    );
  }, [session, read]);
  useEffect(load, [load]);
  return { items, failure, load };
}

const fetchCorrections = (session: Session) =>
  graphql(session, CORRECTIONS).then(({ data }) => data?.correctionQueue ?? null);
const fetchObjections = (session: Session) =>
  graphql(session, OBJECTIONS).then(({ data, errors }) => {
    if (!data?.eligibilityObjections && errors.length > 0) throw new Error(errors[0].message);
    return data?.eligibilityObjections ?? null;
  });

/** The person a request is about, as the officer may read them: name and NIK. */
const personOf = (i18n: Translator, citizen: { nik: string; fullName: string | null } | null) =>
  citizen ? `${citizen.fullName ?? i18n.t('withheld')} · ${i18n.t('nik')} ${citizen.nik}` : i18n.t('withheld');

/** A queue's section: heading, help, refresh, what was answered, and the list or its empty state. */
function QueueSection({
  i18n,
  id,
  title,
  help,
  empty,
  answered,
  failure,
  count,
  onRefresh,
  children,
}: {
  i18n: Translator;
  id: string;
  title: string;
  help: string;
  empty: string;
  answered: string | null;
  failure: string | null;
  count: number | null;
  onRefresh: () => void;
  children: ReactNode;
}) {
  const { t } = i18n;
  return (
    <section aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      <p className="muted">{help}</p>
      <div className="actions">
        <button type="button" onClick={onRefresh}>
          {t('refresh')}
        </button>
      </div>
      <p role="status" data-testid={`${id}-answered`}>
        {answered}
      </p>
      {failure && <p role="alert">{`${t('loadFailed')}: ${failure}`}</p>}
      {count === 0 && <p>{empty}</p>}
      {count !== null && count > 0 && (
        <ol className="consents" aria-labelledby={id}>
          {children}
        </ol>
      )}
    </section>
  );
}

/** Corrections waiting for the officer's agency, oldest first, each accepted or rejected here with a reason. */
export function CorrectionQueue({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const { items, failure, load } = useQueue(session, onEnded, fetchCorrections);
  const [answered, setAnswered] = useState<string | null>(null);
  return (
    <QueueSection
      i18n={i18n}
      id="correction-queue"
      title={t('correctionQueue')}
      help={t('correctionQueueHelp')}
      empty={t('correctionQueueEmpty')}
      answered={answered}
      failure={failure}
      count={items?.length ?? null}
      onRefresh={load}
    >
      {items?.map((correction) => (
        <CorrectionItem
          key={correction.id}
          i18n={i18n}
          session={session}
          correction={correction}
          onAnswered={(text) => {
            setAnswered(text);
            load();
          }}
          onEnded={onEnded}
        />
      ))}
    </QueueSection>
  );
}

function CorrectionItem({
  i18n,
  session,
  correction,
  onAnswered,
  onEnded,
}: Props & { correction: Correction; onAnswered: (text: string) => void }) {
  const { t } = i18n;
  const heading = `correction-queue-${correction.id}`;
  const field = datumName(i18n, correction.field);
  const answer = (accept: boolean, reason: string) =>
    graphql(session, ANSWER, { id: correction.id, accept, reason }).then(({ data }) =>
      onAnswered(
        i18n.format('correctionAnswered', {
          field,
          person: personOf(i18n, correction.citizen),
          status: i18n.term(data?.answerCorrection.status ?? (accept ? 'ACCEPTED' : 'REJECTED')),
        }),
      ),
    );
  return (
    <li
      className={correction.overdue ? 'card overdue-card' : 'card'}
      data-testid="queue-correction"
      aria-labelledby={heading}
    >
      <h2 id={heading}>{personOf(i18n, correction.citizen)}</h2>
      <DueLine
        i18n={i18n}
        receivedAt={correction.receivedAt}
        dueAt={correction.dueAt}
        overdue={correction.overdue}
        due="answerDue"
      />
      <dl>
        <Field i18n={i18n} label={t('correctionDatum')} value={`${field} (${correction.field})`} />
        <Field i18n={i18n} label={t('proposedValue')} value={correction.proposedValue} />
        <Field i18n={i18n} label={t('evidence')} value={correction.evidence} />
      </dl>
      <AnswerForm
        i18n={i18n}
        id={heading}
        label={`${t('correctionQueue')}: ${field}`}
        actions={[
          { label: t('acceptCorrection'), run: (reason) => answer(true, reason) },
          { label: t('rejectCorrection'), run: (reason) => answer(false, reason) },
        ]}
        onEnded={onEnded}
      />
    </li>
  );
}

/** Objections to automated eligibility decisions, oldest first, each upheld or overturned here with a reason. */
export function ObjectionQueue({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const { items, failure, load } = useQueue(session, onEnded, fetchObjections);
  const [answered, setAnswered] = useState<string | null>(null);
  return (
    <QueueSection
      i18n={i18n}
      id="objection-queue"
      title={t('objectionQueue')}
      help={t('objectionQueueHelp')}
      empty={t('objectionQueueEmpty')}
      answered={answered}
      failure={failure}
      count={items?.length ?? null}
      onRefresh={load}
    >
      {items?.map((objection) => (
        <ObjectionItem
          key={objection.id}
          i18n={i18n}
          session={session}
          objection={objection}
          onReviewed={(text) => {
            setAnswered(text);
            load();
          }}
          onEnded={onEnded}
        />
      ))}
    </QueueSection>
  );
}

function ObjectionItem({
  i18n,
  session,
  objection,
  onReviewed,
  onEnded,
}: Props & { objection: Objection; onReviewed: (text: string) => void }) {
  const { t } = i18n;
  const heading = `objection-queue-${objection.id}`;
  const programme = objection.programme ? t(PROGRAMME_NAME[objection.programme]) : t('withheld');
  const review = (outcome: 'UPHELD' | 'OVERTURNED', reason: string) =>
    graphql(session, REVIEW, { id: objection.id, outcome, reason }).then(() =>
      onReviewed(
        i18n.format('objectionReviewed', {
          programme,
          person: personOf(i18n, objection.citizen),
          outcome: i18n.term(outcome),
        }),
      ),
    );
  return (
    <li
      className={objection.overdue ? 'card overdue-card' : 'card'}
      data-testid="queue-objection"
      aria-labelledby={heading}
    >
      <h2 id={heading}>{personOf(i18n, objection.citizen)}</h2>
      <DueLine
        i18n={i18n}
        receivedAt={objection.receivedAt}
        dueAt={objection.dueAt}
        overdue={objection.overdue}
        due="reviewDue"
      />
      <dl>
        <Field i18n={i18n} label={t('programme')} value={programme} />
        <Field i18n={i18n} label={t('automatedDecision')} value={outcomeInWords(i18n, objection)} />
        <Field i18n={i18n} label={t('decidedFrom')} value={inputsInWords(i18n, objection.inputs)} />
        <Field i18n={i18n} label={t('citizenReason')} value={objection.reason} />
      </dl>
      <AnswerForm
        i18n={i18n}
        id={heading}
        label={`${t('objectionQueue')}: ${programme}`}
        actions={[
          { label: t('uphold'), run: (reason) => review('UPHELD', reason) },
          { label: t('overturn'), run: (reason) => review('OVERTURNED', reason) },
        ]}
        onEnded={onEnded}
      />
    </li>
  );
}

/** When a request came, by when it is to be answered (`due`: its words), and whether that has passed. */
function DueLine({
  i18n,
  receivedAt,
  dueAt,
  overdue,
  due,
}: {
  i18n: Translator;
  receivedAt: string | null;
  dueAt: string | null;
  overdue: boolean | null;
  due: 'answerDue' | 'reviewDue';
}) {
  const { t } = i18n;
  return (
    <p data-testid="due">
      {[
        receivedAt && `${t('askedAt')} ${i18n.dateTime(receivedAt)}`,
        dueAt && i18n.format(due, { at: i18n.dateTime(dueAt) }),
      ]
        .filter(Boolean)
        .join(' · ')}
      {overdue && <strong className="overdue">{` · ${t('pastDue')}`}</strong>}
    </p>
  );
}

/**
 * The officer's answer: a reason the citizen reads (required, at most 2,000 characters) and one button per
 * outcome; a refusal by the hub (CONFLICT when answered already, FORBIDDEN) is shown in its words.
 */
function AnswerForm({
  i18n,
  id,
  label,
  actions,
  onEnded,
}: {
  i18n: Translator;
  id: string;
  label: string;
  actions: readonly { label: string; run: (reason: string) => Promise<void> }[];
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const act = (run: (reason: string) => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    run(reason.trim())
      .catch((error: Error) =>
        error instanceof SessionEnded ? onEnded() : setFailure(`${t('answerFailed')}: ${error.message}`),
      )
      .finally(() => setBusy(false));
  };
  return (
    <form aria-label={label} onSubmit={(event) => event.preventDefault()}>
      <div className="input">
        <label htmlFor={`${id}-reason`}>{t('answerReason')}</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          required
          maxLength={MAX_REASON}
          aria-describedby={`${id}-count`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <CharacterCount i18n={i18n} id={`${id}-count`} length={reason.length} max={MAX_REASON} />
      </div>
      <div className="actions">
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            disabled={busy || reason.trim().length === 0}
            onClick={() => act(action.run)}
          >
            {action.label}
          </button>
        ))}
      </div>
      {failure && <p role="alert">{failure}</p>}
    </form>
  );
}

/** At the counter: the data of the person looked up that they asked to correct, disputed until the agency answers. */
export function PendingCorrectionsNotice({ i18n, citizen }: { i18n: Translator; citizen: PendingCorrections }) {
  const pending = citizen.pendingCorrections ?? [];
  if (pending.length === 0) return null;
  return (
    <div className="notice" data-testid="pending-corrections">
      <p>{i18n.t('pendingCorrections')}</p>
      <ul>
        {pending.map((correction) => (
          <li key={correction.field}>
            {`${datumName(i18n, correction.field)} (${correction.agency}): ` +
              i18n.format('answerDue', { at: i18n.dateTime(correction.dueAt) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
