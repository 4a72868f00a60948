import { useCallback, useEffect, useState } from 'react';
import { graphql, SessionEnded, type GraphQLError, type Session } from './api';
import { GrantConsent } from './grant-consent';
import type { Translator } from './i18n';

const MY_DATA = `query WebMyData {
  me {
    nik
    citizen {
      fullName
      birthDate
      address { street village { name district { regency { name } } } }
      household { welfareDecile }
      taxProfile { status }
      bpjsMembership { status careClass }
      licences { sips { number practiceLocation } }
    }
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
    citizen: {
      fullName: string | null;
      birthDate: string | null;
      address: { street: string; village: { name: string; district: { regency: { name: string } } } } | null;
      household: { welfareDecile: number } | null;
      taxProfile: { status: string } | null;
      bpjsMembership: { status: string; careClass: number } | null;
      licences: { sips: { number: string; practiceLocation: string }[] | null } | null;
    } | null;
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
  const withheld = (field: string) => errors.some((error) => error.path?.includes(field));
  return (
    <>
      <Profile i18n={i18n} me={me} withheld={withheld} />
      <AccessLog i18n={i18n} me={me} />
      <Consents i18n={i18n} me={me} session={session} onChanged={load} />
    </>
  );
}

function Field({ label, value, i18n }: { label: string; value: string | number | null | undefined; i18n: Translator }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{value === null || value === undefined ? <em>{i18n.t('withheld')}</em> : value}</dd>
    </div>
  );
}

function Profile({ i18n, me, withheld }: { i18n: Translator; me: Me; withheld: (field: string) => boolean }) {
  const citizen = me.citizen;
  const { t } = i18n;
  return (
    <section aria-labelledby="my-data">
      <h1 id="my-data">{t('myData')}</h1>
      <div className="cards">
        <article className="card" aria-labelledby="card-identity">
          <h2 id="card-identity">{t('identity')}</h2>
          <p className="muted">{`${t('source')}: Dukcapil`}</p>
          <dl>
            <Field i18n={i18n} label={t('fullName')} value={citizen?.fullName} />
            <Field i18n={i18n} label={t('nik')} value={me.nik} />
            <Field i18n={i18n} label={t('birthDate')} value={citizen?.birthDate && i18n.date(citizen.birthDate)} />
            <Field
              i18n={i18n}
              label={t('address')}
              value={
                citizen?.address &&
                [
                  citizen.address.street,
                  citizen.address.village.name,
                  citizen.address.village.district.regency.name,
                ].join(', ')
              }
            />
          </dl>
        </article>
        <article className="card" aria-labelledby="card-household">
          <h2 id="card-household">{t('household')}</h2>
          <p className="muted">{`${t('source')}: BPS / DTSEN`}</p>
          <dl>
            <Field i18n={i18n} label={t('welfareDecile')} value={citizen?.household?.welfareDecile} />
          </dl>
        </article>
        <article className="card" aria-labelledby="card-tax">
          <h2 id="card-tax">{t('tax')}</h2>
          <p className="muted">{`${t('source')}: DJP`}</p>
          <dl>
            <Field
              i18n={i18n}
              label={t('taxStatus')}
              value={
                citizen?.taxProfile ? i18n.term(citizen.taxProfile.status) : withheld('taxProfile') ? null : t('none')
              }
            />
          </dl>
        </article>
        <article className="card" aria-labelledby="card-health">
          <h2 id="card-health">{t('health')}</h2>
          <p className="muted">{`${t('source')}: BPJS Kesehatan`}</p>
          <dl>
            <Field
              i18n={i18n}
              label={t('jknStatus')}
              value={citizen?.bpjsMembership && i18n.term(citizen.bpjsMembership.status)}
            />
            <Field i18n={i18n} label={t('careClass')} value={citizen?.bpjsMembership?.careClass} />
          </dl>
        </article>
        <article className="card" aria-labelledby="card-licences">
          <h2 id="card-licences">{t('licences')}</h2>
          <p className="muted">{`${t('source')}: Kemenkes / OSS`}</p>
          <dl>
            <Field
              i18n={i18n}
              label={t('sips')}
              value={
                citizen?.licences &&
                (citizen.licences.sips?.length
                  ? citizen.licences.sips.map((sip) => `${sip.number} (${sip.practiceLocation})`).join('; ')
                  : t('none'))
              }
            />
          </dl>
        </article>
      </div>
    </section>
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
