import { useState } from 'react';
import { gql } from './generated';
import type { WebMyRightsFragment } from './generated/graphql';
import { graphql, SessionEnded, type Session } from './api';
import { CharacterCount } from './character-count';
import type { MessageKey, Translator } from './i18n';
import { Field } from './profile';

// Corrections (UU PDP Pasal 6): the citizen asks the agency that holds a datum of their profile to correct it, and
// follows the answer; the datum by its path, as their copy of their data lists it.

const REQUEST = gql(`mutation WebRequestCorrection($field: String!, $proposedValue: String!, $evidence: String!) {
  requestCorrection(field: $field, proposedValue: $proposedValue, evidence: $evidence) { id field agency dueAt }
}`);

type Citizen = NonNullable<WebMyRightsFragment['citizen']>;
type Correction = NonNullable<WebMyRightsFragment['corrections']>[number];

/** The most the API takes for the right value and for what shows it. */
const MAX_VALUE = 500;
const MAX_EVIDENCE = 2000;

/** An enum value of the register in words: "BELUM_TAMAT_SD" as "Belum tamat SD", "S1_D4" as "S1/D4". */
const enumWords = (code: string) => {
  const words = code.split('_');
  if (words.every((word) => /[0-9]/.test(word))) return words.join('/');
  const text = words.map((word) => (word.length <= 3 ? word : word.toLowerCase())).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/**
 * The main data of a profile a citizen may ask to correct: each by its path (as a copy of their data lists it), its
 * label, and its value as the page already has it.
 */
const DATUMS: readonly { path: string; label: MessageKey; value: (c: Citizen, i18n: Translator) => string | null }[] = [
  { path: 'citizen.fullName', label: 'fullName', value: (c) => c.fullName },
  { path: 'citizen.sex', label: 'sex', value: (c, i18n) => c.sex && i18n.term(c.sex) },
  { path: 'citizen.birthPlace', label: 'birthPlace', value: (c) => c.birthPlace },
  { path: 'citizen.birthDate', label: 'birthDate', value: (c, i18n) => c.birthDate && i18n.date(c.birthDate) },
  { path: 'citizen.religion', label: 'religion', value: (c) => c.religion && enumWords(c.religion) },
  {
    path: 'citizen.maritalStatus',
    label: 'maritalStatus',
    value: (c) => c.maritalStatus && enumWords(c.maritalStatus),
  },
  { path: 'citizen.occupation', label: 'occupation', value: (c) => c.occupation },
  { path: 'citizen.education', label: 'education', value: (c) => c.education && enumWords(c.education) },
  { path: 'citizen.address.street', label: 'datumStreet', value: (c) => c.address?.street ?? null },
  { path: 'citizen.address.rt', label: 'datumRt', value: (c) => c.address?.rt ?? null },
  { path: 'citizen.address.rw', label: 'datumRw', value: (c) => c.address?.rw ?? null },
  {
    path: 'citizen.household.welfareDecile',
    label: 'welfareDecile',
    value: (c, i18n) => (c.household ? i18n.number(c.household.welfareDecile) : null),
  },
  { path: 'citizen.taxProfile.npwp', label: 'npwp', value: (c) => c.taxProfile?.npwp ?? null },
];

/** A datum's name in words, or its path where the page has no name for it. */
export const datumName = (i18n: Translator, path: string) => {
  const datum = DATUMS.find((candidate) => candidate.path === path);
  return datum ? i18n.t(datum.label) : path;
};

/** Asking for a correction, and the corrections asked for with their answers. */
export function Corrections({
  i18n,
  session,
  onEnded,
  me,
  onChanged,
}: {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
  me: WebMyRightsFragment;
  onChanged: () => void;
}) {
  const { t } = i18n;
  const corrections = me.corrections ?? [];
  return (
    <>
      {me.citizen && (
        <AskForCorrection
          i18n={i18n}
          session={session}
          onEnded={onEnded}
          citizen={me.citizen}
          waiting={corrections.filter((c) => c.status === 'PENDING').map((c) => c.field)}
          onAsked={onChanged}
        />
      )}
      <h2 id="my-corrections">{t('myCorrections')}</h2>
      {corrections.length === 0 ? (
        <p>{t('correctionsEmpty')}</p>
      ) : (
        <ul className="consents" aria-labelledby="my-corrections">
          {corrections.map((correction) => (
            <CorrectionItem key={correction.id} i18n={i18n} correction={correction} />
          ))}
        </ul>
      )}
    </>
  );
}

function AskForCorrection({
  i18n,
  session,
  onEnded,
  citizen,
  waiting,
  onAsked,
}: {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
  citizen: Citizen;
  /** The paths of the data whose correction waits for an answer: one at a time per datum. */
  waiting: readonly string[];
  onAsked: () => void;
}) {
  const { t } = i18n;
  const [field, setField] = useState('');
  const [proposedValue, setProposedValue] = useState('');
  const [evidence, setEvidence] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const held = DATUMS.flatMap((datum) => {
    const value = datum.value(citizen, i18n);
    return value === null || value === '' ? [] : [{ ...datum, value }];
  });
  const ready = field !== '' && proposedValue.trim() !== '' && evidence.trim() !== '';

  const send = () => {
    setBusy(true);
    setFailure(null);
    setSent(null);
    // A refusal (BAD_USER_INPUT, CONFLICT when one waits for the same datum) is shown in the hub's words.
    graphql(session, REQUEST, { field, proposedValue: proposedValue.trim(), evidence: evidence.trim() })
      .then(
        ({ data, errors }) => {
          const made = data?.requestCorrection;
          if (!made) return setFailure(`${t('correctionFailed')}: ${errors[0]?.message ?? ''}`);
          setSent(
            i18n.format('correctionSent', {
              field: datumName(i18n, made.field),
              agency: made.agency,
              due: i18n.dateTime(made.dueAt),
            }),
          );
          setField('');
          setProposedValue('');
          setEvidence('');
          onAsked();
        },
        (error: Error) =>
          error instanceof SessionEnded ? onEnded() : setFailure(`${t('correctionFailed')}: ${error.message}`),
      )
      .finally(() => setBusy(false));
  };

  return (
    <>
      <h2 id="ask-correction">{t('askCorrection')}</h2>
      <p className="muted">{t('askCorrectionHelp')}</p>
      <form
        className="card"
        aria-labelledby="ask-correction"
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <div className="input">
          <label htmlFor="correction-field">{t('correctionField')}</label>
          <select id="correction-field" required value={field} onChange={(event) => setField(event.target.value)}>
            <option value="">{t('chooseDatum')}</option>
            {held.map((datum) => {
              const pending = waiting.includes(datum.path);
              return (
                <option key={datum.path} value={datum.path} disabled={pending}>
                  {`${t(datum.label)}: ${datum.value}${pending ? ` (${t('correctionWaiting')})` : ''}`}
                </option>
              );
            })}
          </select>
        </div>
        <div className="input">
          <label htmlFor="correction-value">{t('correctionProposed')}</label>
          <input
            id="correction-value"
            required
            autoComplete="off"
            maxLength={MAX_VALUE}
            value={proposedValue}
            onChange={(event) => setProposedValue(event.target.value)}
          />
        </div>
        <div className="input">
          <label htmlFor="correction-evidence">{t('correctionEvidence')}</label>
          <textarea
            id="correction-evidence"
            rows={2}
            required
            maxLength={MAX_EVIDENCE}
            aria-describedby="correction-evidence-count"
            value={evidence}
            onChange={(event) => setEvidence(event.target.value)}
          />
          <CharacterCount i18n={i18n} id="correction-evidence-count" length={evidence.length} max={MAX_EVIDENCE} />
        </div>
        <div className="actions">
          <button type="submit" disabled={busy || !ready}>
            {t('sendCorrection')}
          </button>
        </div>
        <p role="status" data-testid="correction-sent">
          {sent}
        </p>
        {failure && <p role="alert">{failure}</p>}
      </form>
    </>
  );
}

/** One correction asked for: the datum, the value asked, where it stands and by when, and the agency's answer. */
function CorrectionItem({ i18n, correction }: { i18n: Translator; correction: Correction }) {
  const { t } = i18n;
  const heading = `correction-${correction.id}`;
  return (
    <li
      className={correction.overdue ? 'card overdue-card' : 'card'}
      data-testid="correction"
      data-status={correction.status}
      aria-labelledby={heading}
    >
      <h3 id={heading}>{datumName(i18n, correction.field)}</h3>
      <p data-testid="correction-status">
        <strong>{i18n.term(correction.status)}</strong>
        {` · ${correction.agency}`}
        {correction.status === 'PENDING' && ` · ${i18n.format('answerDue', { at: i18n.dateTime(correction.dueAt) })}`}
        {correction.overdue && <strong className="overdue">{` · ${t('pastDue')}`}</strong>}
      </p>
      <dl>
        <Field i18n={i18n} label={t('proposedValue')} value={correction.proposedValue} />
        <Field i18n={i18n} label={t('evidence')} value={correction.evidence} />
        <Field i18n={i18n} label={t('askedAt')} value={i18n.dateTime(correction.receivedAt)} />
        {correction.answeredAt && (
          <Field i18n={i18n} label={t('answeredAt')} value={i18n.dateTime(correction.answeredAt)} />
        )}
        {correction.answer && <Field i18n={i18n} label={t('agencyAnswer')} value={correction.answer} />}
      </dl>
    </li>
  );
}
