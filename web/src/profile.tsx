import { gql } from './generated';
import type { WebProfileFragment } from './generated/graphql';
import type { GraphQLError } from './api';
import type { Translator } from './i18n';

/** What the profile cards show, as one selection for `citizen` (a citizen's own, or an officer's lookup). */
/** What the profile cards show, as one fragment of `Citizen` (a citizen's own, or an officer's lookup). */
gql(`fragment WebProfile on Citizen {
  fullName
  birthDate
  source { agency system asOf }
  address { street village { name district { regency { name } } } }
  household { welfareDecile source { agency system asOf } }
  taxProfile { status source { agency system asOf } }
  bpjsMembership { status careClass source { agency system asOf } }
  licences { sips { number practiceLocation source { agency system asOf } } }
}`);

/** Where a record came from and as of when: the agency, its system, the source's own date. */
export type Source = NonNullable<WebProfileFragment['source']>;

export type ProfileData = WebProfileFragment;

/** A card's source line: the agency that holds the record, its system, and the date the source gives for it. */
function SourceLine({ i18n, source, holder }: { i18n: Translator; source?: Source | null; holder: string }) {
  return (
    <p className="muted" data-testid="source">
      {source
        ? `${i18n.t('source')}: ${source.agency}, ${source.system} · ${i18n.t('asOf')} ${i18n.date(source.asOf)}`
        : `${i18n.t('source')}: ${holder}`}
    </p>
  );
}

/** One labelled value; one not released says why, when the hub said why. */
export function Field({
  label,
  value,
  i18n,
  reason,
}: {
  label: string;
  value: string | number | null | undefined;
  i18n: Translator;
  reason?: string;
}) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>
        {value === null || value === undefined ? (
          <em className="withheld">{reason ? `${i18n.t('withheld')}: ${reason}` : i18n.t('withheld')}</em>
        ) : (
          value
        )}
      </dd>
    </div>
  );
}

interface Props {
  i18n: Translator;
  nik: string;
  citizen: ProfileData | null;
  /** The answer's errors: a field not released carries its reason (CONSENT_REQUIRED, PURPOSE_NOT_ALLOWED, ...). */
  errors: readonly GraphQLError[];
}

/** A person's data as cards, one per agency, each with its source; what was not released says why. */
export function Profile({ i18n, nik, citizen, errors }: Props) {
  const { t } = i18n;
  const reason = (field: string) => {
    const error = errors.find((candidate) => candidate.path?.includes(field) || candidate.path?.length === 1);
    const code = error?.extensions?.code;
    return code ? i18n.term(code) : undefined;
  };
  const address = citizen?.address;
  return (
    <div className="cards">
      <article className="card" aria-labelledby="card-identity">
        <h2 id="card-identity">{t('identity')}</h2>
        <SourceLine i18n={i18n} source={citizen?.source} holder="Dukcapil" />
        <dl>
          <Field i18n={i18n} label={t('fullName')} value={citizen?.fullName} reason={reason('fullName')} />
          <Field i18n={i18n} label={t('nik')} value={nik} />
          <Field
            i18n={i18n}
            label={t('birthDate')}
            value={citizen?.birthDate && i18n.date(citizen.birthDate)}
            reason={reason('birthDate')}
          />
          <Field
            i18n={i18n}
            label={t('address')}
            value={
              address &&
              [address.street, address.village?.name, address.village?.district.regency.name].filter(Boolean).join(', ')
            }
            reason={reason('address')}
          />
        </dl>
      </article>
      <article className="card" aria-labelledby="card-household">
        <h2 id="card-household">{t('household')}</h2>
        <SourceLine i18n={i18n} source={citizen?.household?.source} holder="BPS / DTSEN" />
        <dl>
          <Field
            i18n={i18n}
            label={t('welfareDecile')}
            value={citizen?.household?.welfareDecile}
            reason={reason('household')}
          />
        </dl>
      </article>
      <article className="card" aria-labelledby="card-tax">
        <h2 id="card-tax">{t('tax')}</h2>
        <SourceLine i18n={i18n} source={citizen?.taxProfile?.source} holder="DJP" />
        <dl>
          <Field
            i18n={i18n}
            label={t('taxStatus')}
            value={citizen?.taxProfile ? i18n.term(citizen.taxProfile.status) : reason('taxProfile') ? null : t('none')}
            reason={reason('taxProfile')}
          />
        </dl>
      </article>
      <article className="card" aria-labelledby="card-health">
        <h2 id="card-health">{t('health')}</h2>
        <SourceLine i18n={i18n} source={citizen?.bpjsMembership?.source} holder="BPJS Kesehatan" />
        <dl>
          <Field
            i18n={i18n}
            label={t('jknStatus')}
            value={citizen?.bpjsMembership && i18n.term(citizen.bpjsMembership.status)}
            reason={reason('bpjsMembership')}
          />
          <Field
            i18n={i18n}
            label={t('careClass')}
            value={citizen?.bpjsMembership?.careClass}
            reason={reason('bpjsMembership')}
          />
        </dl>
      </article>
      <article className="card" aria-labelledby="card-licences">
        <h2 id="card-licences">{t('licences')}</h2>
        <SourceLine i18n={i18n} source={citizen?.licences?.sips?.[0]?.source} holder="Kemenkes / OSS" />
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
            reason={reason('licences')}
          />
        </dl>
      </article>
    </div>
  );
}
