import { useState } from 'react';
import { gql } from './generated';
import type { WebMyDataQuery, WebPendingRequestsFragment } from './generated/graphql';
import { graphql, SessionEnded, type Session } from './api';
import { purposeName, type Translator } from './i18n';

/** The citizen's pending consent requests, as one fragment of `Me`. */
gql(`fragment WebPendingRequests on Me {
  consentRequests(status: PENDING) {
    id scopes requestedAt expiresAt client { name agency } purpose { code name description }
  }
}`);

export type PendingRequest = NonNullable<WebPendingRequestsFragment['consentRequests']>[number];

export type ScopeMeaning = WebMyDataQuery['scopes'][number];

const ANSWER = gql(`mutation WebAnswerConsentRequest($id: ID!, $approve: Boolean!) {
  answerConsentRequest(id: $id, approve: $approve) { id status }
}`);

const REQUEST = gql(`mutation WebRequestConsent($nik: NIK!) { requestConsent(nik: $nik) { id status expiresAt } }`);

/**
 * The citizen's pending consent requests, made by officers at a counter: which service asks, for what purpose,
 * which data (each scope's meaning and sensitivity), until when; approve grants the consent, decline refuses it.
 */
export function ConsentRequests({
  i18n,
  session,
  requests,
  scopes,
  onAnswered,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  requests: PendingRequest[];
  scopes: ScopeMeaning[];
  onAnswered: () => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [failure, setFailure] = useState<string | null>(null);
  if (requests.length === 0) return null;
  const meaning = new Map(scopes.map((scope) => [scope.name, scope]));
  const answer = (id: string, approve: boolean) =>
    graphql(session, ANSWER, { id, approve }).then(
      ({ errors }) => (errors.length ? setFailure(errors[0].message) : onAnswered()),
      (error: Error) => (error instanceof SessionEnded ? onEnded() : setFailure(error.message)),
    );
  return (
    <section aria-labelledby="consent-requests">
      <h1 id="consent-requests">{t('consentRequests')}</h1>
      {failure && <p role="alert">{`${t('answerFailed')}: ${failure}`}</p>}
      <ul className="consents">
        {requests.map((request) => {
          const heading = `request-${request.id}`;
          return (
            <li key={request.id} className="card" data-testid="consent-request" aria-labelledby={heading}>
              <h2 id={heading}>{`${request.client?.name ?? ''}: ${purposeName(i18n, request.purpose)}`}</h2>
              <p className="muted">
                {t('requestedOn')
                  .replace('{agency}', request.client?.agency ?? '')
                  .replace('{at}', i18n.dateTime(request.requestedAt))
                  .replace('{until}', i18n.dateTime(request.expiresAt))}
              </p>
              <ul>
                {request.scopes.map((scope) => (
                  <li key={scope}>
                    <strong>{i18n.scope(scope, meaning.get(scope)?.description ?? scope)}</strong>
                    {` (${scope}; ${t('sensitivity')}: ${i18n.term(meaning.get(scope)?.sensitivity ?? '')})`}
                  </li>
                ))}
              </ul>
              <div className="actions">
                <button type="button" onClick={() => void answer(request.id, true)}>
                  {t('approve')}
                </button>
                <button type="button" onClick={() => void answer(request.id, false)}>
                  {t('decline')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** At the counter: asks the citizen looked up to consent to what the officer's service asks for. */
export function AskForConsent({ i18n, session, nik }: { i18n: Translator; session: Session; nik: string }) {
  const { t } = i18n;
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'sent'; until: string } | { kind: 'failed'; why: string }
  >({ kind: 'idle' });
  const ask = () =>
    graphql(session, REQUEST, { nik }).then(
      ({ data, errors }) =>
        data?.requestConsent
          ? setState({ kind: 'sent', until: data.requestConsent.expiresAt })
          : setState({ kind: 'failed', why: errors[0]?.message ?? '' }),
      (error: Error) => setState({ kind: 'failed', why: error.message }),
    );
  return (
    <div className="notice">
      <p>{t('consentNeeded')}</p>
      <button type="button" onClick={() => void ask()} disabled={state.kind === 'sent'}>
        {t('askForConsent')}
      </button>
      {state.kind === 'sent' && <p role="status">{t('consentAsked').replace('{until}', i18n.dateTime(state.until))}</p>}
      {state.kind === 'failed' && <p role="alert">{`${t('askFailed')}: ${state.why}`}</p>}
    </div>
  );
}
