import type { GraphQLError } from './api';
import type { Translator } from './i18n';

/** What the profile cards show, as one selection for `citizen` (a citizen's own, or an officer's lookup). */
export const PROFILE_FIELDS = `fullName
      birthDate
      address { street village { name district { regency { name } } } }
      household { welfareDecile }
      taxProfile { status }
      bpjsMembership { status careClass }
      licences { sips { number practiceLocation } }`;

export interface ProfileData {
  fullName: string | null;
  birthDate: string | null;
  address: { street: string; village: { name: string; district: { regency: { name: string } } } } | null;
  household: { welfareDecile: number } | null;
  taxProfile: { status: string } | null;
  bpjsMembership: { status: string; careClass: number } | null;
  licences: { sips: { number: string; practiceLocation: string }[] | null } | null;
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
        <p className="muted">{`${t('source')}: Dukcapil`}</p>
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
            value={address && [address.street, address.village.name, address.village.district.regency.name].join(', ')}
            reason={reason('address')}
          />
        </dl>
      </article>
      <article className="card" aria-labelledby="card-household">
        <h2 id="card-household">{t('household')}</h2>
        <p className="muted">{`${t('source')}: BPS / DTSEN`}</p>
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
        <p className="muted">{`${t('source')}: DJP`}</p>
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
        <p className="muted">{`${t('source')}: BPJS Kesehatan`}</p>
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
            reason={reason('licences')}
          />
        </dl>
      </article>
    </div>
  );
}
