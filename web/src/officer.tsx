import { useState } from 'react';
import { gql } from './generated';
import { graphql, SessionEnded, type GraphQLError, type Session } from './api';
import { Applications, ApplyForSip, type Application } from './applications';
import { AskForConsent } from './consent-requests';
import type { Translator } from './i18n';
import { Profile, type ProfileData } from './profile';

const LOOKUP = gql(`query WebLookup($nik: NIK!) { citizen(nik: $nik) { ...WebProfile } }`);

/** At a licensing desk (purpose LICENSE_APPLICATION), the person's applications too. */
const LICENSING_LOOKUP = gql(`query WebLicensingLookup($nik: NIK!) {
  citizen(nik: $nik) { ...WebProfile ...WebApplications }
}`);

type Looked = ProfileData & { applications?: Application[] | null };

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
}

/**
 * The MPP counter: an officer looks a citizen up by NIK, under the client and purpose they signed in with. What
 * the rules and the citizen's consents release is shown; what they do not says why. The NIK goes in the
 * request's body, never in the address bar.
 */
export function OfficerPages({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const [nik, setNik] = useState('');
  const [result, setResult] = useState<{ nik: string; citizen: Looked | null; errors: GraphQLError[] } | null>(null);
  const licensing = session.purpose === 'LICENSE_APPLICATION';
  const [failure, setFailure] = useState<string | null>(null);

  const lookUp = () => {
    setFailure(null);
    graphql(session, licensing ? LICENSING_LOOKUP : LOOKUP, { nik }).then(
      ({ data, errors }) => setResult({ nik, citizen: data?.citizen ?? null, errors }),
      (error: Error) => {
        if (error instanceof SessionEnded) return onEnded();
        setResult(null);
        setFailure(error.message);
      },
    );
  };
  const notFound = result && !result.citizen && result.errors.length === 0;
  return (
    <section aria-labelledby="lookup-title">
      <h1 id="lookup-title">{t('lookupTitle')}</h1>
      <p className="muted">{`${t('signedInFor')}: ${session.label}`}</p>
      <form
        className="card narrow"
        onSubmit={(event) => {
          event.preventDefault();
          lookUp();
        }}
      >
        <label htmlFor="lookup-nik">{t('nik')}</label>
        <input
          id="lookup-nik"
          inputMode="numeric"
          autoComplete="off"
          maxLength={16}
          value={nik}
          onChange={(event) => setNik(event.target.value.trim())}
        />
        <button type="submit" disabled={nik.length === 0}>
          {t('lookUp')}
        </button>
      </form>
      {failure && <p role="alert">{`${t('lookupFailed')}: ${failure}`}</p>}
      {notFound && <p role="status">{t('notFound')}</p>}
      {result?.errors.some((error) => error.extensions?.code === 'CONSENT_REQUIRED') && (
        <AskForConsent key={result.nik} i18n={i18n} session={session} nik={result.nik} />
      )}
      {result && !notFound && <Profile i18n={i18n} nik={result.nik} citizen={result.citizen} errors={result.errors} />}
      {result && !notFound && licensing && (
        <section aria-labelledby="desk-applications">
          <h2 id="desk-applications">{t('applications')}</h2>
          {result.citizen?.applications && (
            <Applications
              i18n={i18n}
              applications={result.citizen.applications}
              review={{ session, onReviewed: lookUp, onEnded }}
            />
          )}
          <ApplyForSip key={result.nik} i18n={i18n} session={session} nik={result.nik} onApplied={lookUp} />
        </section>
      )}
    </section>
  );
}
