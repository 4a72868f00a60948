import { useCallback, useEffect, useState } from 'react';
import { graphql, SessionEnded, type GraphQLError, type Session } from './api';
import { GrantConsent } from './grant-consent';
import { Field, Profile, PROFILE_FIELDS, type ProfileData } from './profile';
import type { Translator } from './i18n';

const MY_DATA = `query WebMyData {
  me {
    nik
    citizen { ${PROFILE_FIELDS} }
    accessLog(first: 50) {
      entries {
        position at kind role decision legalBasis
        client { name }
        purpose { name }
        categories { scope description }
        refusedCategories { scope description }
      }
    }
    consents { id status scopes validUntil receipt client { name } purpose { name } }
  }
}`;

const REVOKE = `mutation WebRevokeConsent($id: ID!) { revokeConsent(id: $id) { id status } }`;

interface MyData {
  me: {
    nik: string;
    citizen: ProfileData | null;
    accessLog: {
      entries: {
        position: number;
        at: string;
        kind: string;
        role: string;
        decision: string | null;
        legalBasis: string | null;
        client: { name: string } | null;
        purpose: { name: string } | null;
        categories: { scope: string; description: string }[];
        refusedCategories: { scope: string; description: string }[];
      }[];
    } | null;
    consents: {
      id: string;
      status: string;
      scopes: string[];
      validUntil: string;
      receipt: Record<string, unknown>;
      client: { name: string } | null;
      purpose: { name: string } | null;
    }[];
  };
}

type Me = MyData['me'];

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
}

/** The citizen's own pages: their data by agency, who read it, and the consents they gave. */
export function CitizenPages({ i18n, session, onEnded }: Props) {
  const [me, setMe] = useState<Me | null>(null);
  const [errors, setErrors] = useState<GraphQLError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(() => {
    graphql<MyData>(session, MY_DATA).then(
      ({ data, errors: partial }) => {
        setMe(data?.me ?? null);
        setErrors(partial);
      },
      (error: Error) => (error instanceof SessionEnded ? onEnded() : setFailure(error.message)),
    );
  }, [session, onEnded]);

  useEffect(load, [load]);

  if (failure) return <p role="alert">{`${i18n.t('loadFailed')}: ${failure}`}</p>;
  if (!me) return <p>{i18n.t('loading')}</p>;
  return (
    <>
      <section aria-labelledby="my-data">
        <h1 id="my-data">{i18n.t('myData')}</h1>
        <Profile i18n={i18n} nik={me.nik} citizen={me.citizen} errors={errors} />
      </section>
      <AccessLog i18n={i18n} me={me} />
      <Consents i18n={i18n} me={me} session={session} onChanged={load} />
    </>
  );
}

function AccessLog({ i18n, me }: { i18n: Translator; me: Me }) {
  const { t } = i18n;
  const entries = me.accessLog?.entries ?? [];
  return (
    <section aria-labelledby="who-read">
      <h1 id="who-read">{t('whoReadMyData')}</h1>
      {entries.length === 0 ? (
        <p>{t('accessLogEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('service')}</th>
              <th scope="col">{t('purpose')}</th>
              <th scope="col">{t('legalBasis')}</th>
              <th scope="col">{t('data')}</th>
              <th scope="col">{t('decision')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.position} data-testid="access-entry">
                <td>{i18n.dateTime(entry.at)}</td>
                <td>{entry.client?.name ?? entry.role}</td>
                <td>{entry.purpose?.name ?? ''}</td>
                <td>{entry.legalBasis ? i18n.term(entry.legalBasis) : ''}</td>
                <td>{[...entry.categories, ...entry.refusedCategories].map((c) => c.description).join('; ')}</td>
                <td>{i18n.term(entry.kind === 'ACCESS' ? (entry.decision ?? 'ALLOWED') : entry.kind)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

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
  const download = (consent: Me['consents'][number]) => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(consent.receipt, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `consent-receipt-${consent.id}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-labelledby="my-consents">
      <h1 id="my-consents">{t('myConsents')}</h1>
      <GrantConsent i18n={i18n} session={session} onGranted={onChanged} />
      {failure && <p role="alert">{`${t('revokeFailed')}: ${failure}`}</p>}
      {me.consents.length === 0 ? (
        <p>{t('consentsEmpty')}</p>
      ) : (
        <ul className="consents">
          {me.consents.map((consent) => (
            <li key={consent.id} className="card" data-testid="consent">
              <h2>{`${consent.client?.name ?? ''}: ${consent.purpose?.name ?? ''}`}</h2>
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
