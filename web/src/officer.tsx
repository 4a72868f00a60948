import { useState } from 'react';
import { gql } from './generated';
import { graphql, SessionEnded, type GraphQLError, type Session } from './api';
import { Applications, ApplyForSip, type Application } from './applications';
import { AskForConsent } from './consent-requests';
import { CorrectionQueue, ObjectionQueue, PendingCorrectionsNotice, type PendingCorrections } from './officer-rights';
import type { Translator } from './i18n';
import { Profile, type ProfileData } from './profile';
import { PerformanceReport } from './reports';
import { ComplaintDesk, ServiceQueue } from './service-desk';
import { DEFAULT_REGENCY, MppServices, TabPanel, Tabs } from './services';

const LOOKUP = gql(`query WebLookup($nik: NIK!) { citizen(nik: $nik) { ...WebProfile ...WebPendingCorrections } }`);

/** At a licensing desk (purpose LICENSE_APPLICATION), the person's applications too. */
const LICENSING_LOOKUP = gql(`query WebLicensingLookup($nik: NIK!) {
  citizen(nik: $nik) { ...WebProfile ...WebPendingCorrections ...WebApplications }
}`);

type Looked = ProfileData & PendingCorrections & { applications?: Application[] | null };

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
}

/**
 * An officer's pages, as tabs: the lookup at the counter and the corrections waiting for the officer's agency; at
 * Kementerian Sosial (purpose SOCIAL_ASSISTANCE), the objections to automated eligibility decisions too; serving
 * at an MPP (purpose PUBLIC_SERVICE), the MPP's work queue, its complaints and its performance report first.
 */
export function OfficerPages(props: Props) {
  if (props.session.purpose !== 'PUBLIC_SERVICE') return <CounterPages {...props} />;
  return <PublicServicePages {...props} />;
}

function CounterPages({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const [tab, setTab] = useState('lookup');
  const objections = session.purpose === 'SOCIAL_ASSISTANCE';
  return (
    <>
      <Tabs
        idPrefix="officer"
        label={t('pages')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'lookup', label: t('lookupTitle') },
          { id: 'corrections', label: t('correctionQueue') },
          ...(objections ? [{ id: 'objections', label: t('objectionQueue') }] : []),
        ]}
      />
      <TabPanel idPrefix="officer" id="lookup" selected={tab}>
        <Lookup i18n={i18n} session={session} onEnded={onEnded} />
      </TabPanel>
      <TabPanel idPrefix="officer" id="corrections" selected={tab}>
        {tab === 'corrections' && <CorrectionQueue i18n={i18n} session={session} onEnded={onEnded} />}
      </TabPanel>
      {objections && (
        <TabPanel idPrefix="officer" id="objections" selected={tab}>
          {tab === 'objections' && <ObjectionQueue i18n={i18n} session={session} onEnded={onEnded} />}
        </TabPanel>
      )}
    </>
  );
}

function PublicServicePages({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const [tab, setTab] = useState('queue');
  return (
    <>
      <Tabs
        idPrefix="officer"
        label={t('pages')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'queue', label: t('workQueue') },
          { id: 'complaints', label: t('complaintsTab') },
          { id: 'report', label: t('reportTitle') },
          { id: 'corrections', label: t('correctionQueue') },
          { id: 'lookup', label: t('lookupTitle') },
        ]}
      />
      <TabPanel idPrefix="officer" id="queue" selected={tab}>
        <ServiceQueue i18n={i18n} session={session} onEnded={onEnded} />
      </TabPanel>
      <TabPanel idPrefix="officer" id="complaints" selected={tab}>
        <ComplaintDesk i18n={i18n} session={session} onEnded={onEnded} />
      </TabPanel>
      <TabPanel idPrefix="officer" id="report" selected={tab}>
        <PerformanceReport i18n={i18n} session={session} onEnded={onEnded} />
      </TabPanel>
      <TabPanel idPrefix="officer" id="corrections" selected={tab}>
        {tab === 'corrections' && <CorrectionQueue i18n={i18n} session={session} onEnded={onEnded} />}
      </TabPanel>
      <TabPanel idPrefix="officer" id="lookup" selected={tab}>
        <Lookup i18n={i18n} session={session} onEnded={onEnded} />
      </TabPanel>
    </>
  );
}

/**
 * The MPP counter: an officer looks a citizen up by NIK, under the client and purpose they signed in with. What
 * the rules and the citizen's consents release is shown; what they do not says why. The NIK goes in the
 * request's body, never in the address bar. At an MPP desk, the officer applies for a service on the citizen's
 * behalf (with the citizen's consent, the registers fill the application in).
 */
function Lookup({ i18n, session, onEnded }: Props) {
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
      {result?.citizen && <PendingCorrectionsNotice i18n={i18n} citizen={result.citizen} />}
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
      {result && !notFound && session.purpose === 'PUBLIC_SERVICE' && (
        <MppServices
          key={result.nik}
          i18n={i18n}
          session={session}
          nik={result.nik}
          defaultRegency={DEFAULT_REGENCY}
          showCatalogue={false}
          idPrefix="desk"
          onApplied={() => undefined}
          onEnded={onEnded}
        />
      )}
    </section>
  );
}
