import { useState } from 'react';
import { gql } from './generated';
import type { WebApplicationsFragment } from './generated/graphql';
import { graphql, SessionEnded, type Session } from './api';
import type { Translator } from './i18n';

/** What the pages show of a person's licence applications, as one fragment of `Citizen`. */
gql(`fragment WebApplications on Citizen {
  applications {
    id type status submittedAt issuedSip
    practiceLocation { name regencyCode }
    unmetRequirements
    history { status at note }
  }
}`);

export type Application = NonNullable<WebApplicationsFragment['applications']>[number];

const APPLY = gql(`mutation WebApplyForSip($nik: NIK!, $location: PracticeLocationInput!) {
  applyForLicence(nik: $nik, type: SIP, practiceLocation: $location) { id status unmetRequirements }
}`);

const REVIEW = gql(`mutation WebReviewApplication($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewLicenceApplication(id: $id, decision: $decision, note: $note) { id status issuedSip }
}`);

/** Applications as cards, each with its requirements and its status timeline, oldest step first. */
export function Applications({
  i18n,
  applications,
  review,
}: {
  i18n: Translator;
  applications: readonly Application[];
  /** At the health office's desk: the review controls under each application. */
  review?: { session: Session; onReviewed: () => void; onEnded: () => void };
}) {
  const { t } = i18n;
  if (applications.length === 0) return <p>{t('applicationsEmpty')}</p>;
  return (
    <ul className="consents">
      {applications.map((application) => {
        const heading = `application-${application.id}`;
        const steps = [...(application.history ?? [])].sort((a, b) => a.at.localeCompare(b.at));
        const location = application.practiceLocation;
        return (
          <li key={application.id} className="card" data-testid="application" aria-labelledby={heading}>
            <h2 id={heading}>{`${application.type}: ${location.name} (${location.regencyCode})`}</h2>
            <p>
              <strong>{i18n.term(application.status)}</strong>
              {application.issuedSip ? ` · ${t('issuedSip')}: ${application.issuedSip}` : ''}
            </p>
            {(application.unmetRequirements ?? []).length > 0 && (
              <div className="withheld">
                <p>{t('unmetRequirements')}</p>
                <ul>
                  {application.unmetRequirements!.map((requirement) => (
                    <li key={requirement}>{requirement}</li>
                  ))}
                </ul>
              </div>
            )}
            <ol className="timeline" aria-label={t('statusTimeline')}>
              {steps.map((step) => (
                <li key={`${step.status}/${step.at}`} data-testid="application-step">
                  <time dateTime={step.at}>{i18n.dateTime(step.at)}</time>
                  {` · ${i18n.term(step.status)}`}
                  {step.note ? ` · ${step.note}` : ''}
                </li>
              ))}
            </ol>
            {review && ['SUBMITTED', 'VERIFIED'].includes(application.status) && (
              <Review i18n={i18n} application={application} {...review} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The health office reviews: verify a submitted application, approve a verified one, or reject with a note. */
function Review({
  i18n,
  application,
  session,
  onReviewed,
  onEnded,
}: {
  i18n: Translator;
  application: Application;
  session: Session;
  onReviewed: () => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const decide = (decision: 'VERIFY' | 'APPROVE' | 'REJECT') =>
    graphql(session, REVIEW, { id: application.id, decision, note: note.trim() || null }).then(
      ({ errors }) => (errors.length ? setFailure(errors[0].message) : onReviewed()),
      (error: Error) => (error instanceof SessionEnded ? onEnded() : setFailure(error.message)),
    );
  const field = `review-note-${application.id}`;
  return (
    <div className="input">
      <label htmlFor={field}>{t('reviewNote')}</label>
      <textarea id={field} rows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      <div className="actions">
        {application.status === 'SUBMITTED' && (
          <button type="button" onClick={() => void decide('VERIFY')}>
            {t('verify')}
          </button>
        )}
        {application.status === 'VERIFIED' && (
          <button type="button" onClick={() => void decide('APPROVE')}>
            {t('approveApplication')}
          </button>
        )}
        <button type="button" disabled={note.trim().length === 0} onClick={() => void decide('REJECT')}>
          {t('reject')}
        </button>
      </div>
      {failure && <p role="alert">{`${t('reviewFailed')}: ${failure}`}</p>}
    </div>
  );
}

/**
 * At the SIP desk: applies for a SIP on the citizen's behalf with only the practice location; the hub fills in
 * the rest from the graph (identity, STR, tax status, JKN), under the citizen's consent.
 */
export function ApplyForSip({
  i18n,
  session,
  nik,
  onApplied,
}: {
  i18n: Translator;
  session: Session;
  nik: string;
  onApplied: () => void;
}) {
  const { t } = i18n;
  const [name, setName] = useState('');
  const [regencyCode, setRegencyCode] = useState('');
  const [message, setMessage] = useState<{ alert: boolean; text: string } | null>(null);
  const apply = () =>
    graphql(session, APPLY, {
      nik,
      location: { name, regencyCode },
    }).then(
      ({ data, errors }) => {
        const applied = data?.applyForLicence;
        if (!applied) return setMessage({ alert: true, text: `${t('applyFailed')}: ${errors[0]?.message ?? ''}` });
        setMessage({ alert: false, text: `${t('applied')}: ${i18n.term(applied.status)}` });
        onApplied();
      },
      (error: Error) => setMessage({ alert: true, text: `${t('applyFailed')}: ${error.message}` }),
    );
  return (
    <form
      className="card filters"
      aria-label={t('applyForSip')}
      onSubmit={(event) => {
        event.preventDefault();
        void apply();
      }}
    >
      <h2>{t('applyForSip')}</h2>
      <p className="muted">{t('applyForSipHelp')}</p>
      <div className="input">
        <label htmlFor="sip-facility">{t('facility')}</label>
        <input id="sip-facility" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="input">
        <label htmlFor="sip-regency">{t('regencyCode')}</label>
        <input
          id="sip-regency"
          placeholder="31.74"
          value={regencyCode}
          maxLength={5}
          onChange={(event) => setRegencyCode(event.target.value.trim())}
        />
      </div>
      <button type="submit" disabled={name.trim().length < 3 || regencyCode.length !== 5}>
        {t('apply')}
      </button>
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}
