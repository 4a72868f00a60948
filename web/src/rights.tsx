import { useState } from 'react';
import { gql } from './generated';
import type { DecisionStatus, EmploymentSector, Programme, WebMyRightsFragment } from './generated/graphql';
import { graphql, SessionEnded, type GraphQLError, type Session } from './api';
import { CharacterCount } from './character-count';
import { Corrections } from './corrections';
import type { MessageKey, Translator } from './i18n';

// My rights over my data (UU PDP): the decisions made about me by automated processing, each with what it was made
// from, and an objection to one (Pasal 10); and the corrections I asked the agencies for (Pasal 6).

/** What the section shows, as one fragment of `Me`: loaded with the rest of the citizen's page. */
gql(`fragment WebMyRights on Me {
  corrections { id field scope agency proposedValue evidence status receivedAt dueAt overdue answeredAt answer }
  citizen {
    fullName sex birthPlace birthDate religion maritalStatus occupation education
    address { street rt rw }
    household { welfareDecile }
    taxProfile { npwp }
    eligibility {
      decisions {
        programme eligible ruleVersion status final
        inputs { ...WebDecisionInputs }
        objection { id status outcome reason reviewReason receivedAt dueAt reviewedAt overdue }
      }
    }
  }
}`);

gql(`fragment WebDecisionInputs on DecisionInputs { welfareDecile maxDecile excludedSectors memberSectors }`);

const OBJECT = gql(`mutation WebObjectToEligibility($programme: Programme!, $reason: String!) {
  objectToEligibility(programme: $programme, reason: $reason) { id programme status dueAt }
}`);

type Decision = NonNullable<
  NonNullable<NonNullable<WebMyRightsFragment['citizen']>['eligibility']>['decisions']
>[number];

/** The most an objector or a reviewing officer may write (the API's limit). */
export const MAX_REASON = 2000;

export const PROGRAMME_NAME: Record<Programme, MessageKey> = {
  PKH: 'programmePKH',
  BPNT: 'programmeBPNT',
  PBI_JK: 'programmePBI_JK',
};

const SECTOR: Record<EmploymentSector, MessageKey> = {
  GOVERNMENT: 'sectorGovernment',
  MILITARY_POLICE: 'sectorMilitaryPolice',
  STATE_ENTERPRISE: 'sectorStateEnterprise',
  PRIVATE: 'sectorPrivate',
  SELF_EMPLOYED: 'sectorSelfEmployed',
  AGRICULTURE: 'sectorAgriculture',
  NONE: 'sectorNone',
};

const STATUS: Record<DecisionStatus, MessageKey> = {
  FINAL: 'decisionFinal',
  CONTESTED: 'decisionContested',
  REVIEWED_UPHELD: 'decisionUpheld',
  REVIEWED_OVERTURNED: 'decisionOverturned',
};

export interface DecisionInputs {
  welfareDecile: number;
  maxDecile: number | null;
  excludedSectors: EmploymentSector[] | null;
  memberSectors: EmploymentSector[] | null;
}

/** What a decision was made from, in plain words: "Desil kesejahteraan 3, batas 4; sektor pekerjaan anggota: …". */
export function inputsInWords(i18n: Translator, inputs: DecisionInputs | null): string {
  if (!inputs) return i18n.t('withheld');
  const sectors = (list: EmploymentSector[] | null) =>
    list && list.length > 0 ? list.map((sector) => i18n.t(SECTOR[sector])).join(', ') : i18n.t('none');
  const decile = i18n.number(inputs.welfareDecile);
  return [
    inputs.maxDecile === null
      ? i18n.format('inputsDecileNoRule', { decile })
      : i18n.format('inputsDecile', { decile, max: i18n.number(inputs.maxDecile) }),
    i18n.format('inputsMemberSectors', { sectors: sectors(inputs.memberSectors) }),
    i18n.format('inputsExcludedSectors', { sectors: sectors(inputs.excludedSectors) }),
  ].join('; ');
}

/** A programme's decision as the hub derived it, in words: eligible or not, and under which rule. */
export function outcomeInWords(i18n: Translator, decision: { eligible: boolean | null; ruleVersion: number | null }) {
  const outcome =
    decision.eligible === null ? i18n.t('withheld') : i18n.t(decision.eligible ? 'eligible' : 'notEligible');
  const rule =
    decision.ruleVersion === null ? i18n.t('noRule') : i18n.format('ruleVersion', { version: decision.ruleVersion });
  return `${outcome} · ${rule}`;
}

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
  me: WebMyRightsFragment;
  /** The answer's errors: an eligibility not released says why. */
  errors: readonly GraphQLError[];
  /** Fires after an objection or a correction is made: the page loads what it shows again. */
  onChanged: () => void;
}

/**
 * My rights over my data: the decisions about me and my objections to them; my corrections. What a notification
 * of kind RIGHTS_ANSWER links to.
 */
export function MyRights({ i18n, session, onEnded, me, errors, onChanged }: Props) {
  const { t } = i18n;
  return (
    <section aria-labelledby="my-rights">
      <h1 id="my-rights">{t('myRights')}</h1>
      <p>{t('myRightsHelp')}</p>
      <Decisions i18n={i18n} session={session} onEnded={onEnded} me={me} errors={errors} onChanged={onChanged} />
      <Corrections i18n={i18n} session={session} onEnded={onEnded} me={me} onChanged={onChanged} />
    </section>
  );
}

function Decisions({ i18n, session, onEnded, me, errors, onChanged }: Props) {
  const { t } = i18n;
  const [sent, setSent] = useState<string | null>(null);
  const eligibility = me.citizen?.eligibility;
  const refused = errors.find((error) => error.path?.includes('eligibility'));
  return (
    <>
      <h2 id="decisions-about-me">{t('decisionsAboutMe')}</h2>
      {eligibility && <p className="muted">{t('decisionsHelp')}</p>}
      <p role="status" data-testid="objection-sent">
        {sent}
      </p>
      {!eligibility && refused && (
        <p>{`${t('eligibilityUnavailable')}: ${i18n.term(refused.extensions?.code ?? refused.message)}`}</p>
      )}
      {!eligibility && !refused && <p data-testid="no-eligibility">{t('noEligibility')}</p>}
      {eligibility && (
        <ul className="consents" aria-labelledby="decisions-about-me">
          {(eligibility.decisions ?? []).map((decision) => (
            <DecisionItem
              key={decision.programme}
              i18n={i18n}
              session={session}
              decision={decision}
              onObjected={(text) => {
                setSent(text);
                onChanged();
              }}
              onEnded={onEnded}
            />
          ))}
        </ul>
      )}
    </>
  );
}

/** One programme's decision: what it is, what it was made from, whether it is final, and an objection to it. */
function DecisionItem({
  i18n,
  session,
  decision,
  onObjected,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  decision: Decision;
  onObjected: (text: string) => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [objecting, setObjecting] = useState(false);
  const heading = `decision-${decision.programme}`;
  const objection = decision.objection;
  const reviewed = decision.status === 'REVIEWED_UPHELD' || decision.status === 'REVIEWED_OVERTURNED';
  return (
    <li
      className={decision.final ? 'card' : 'card contested-card'}
      data-testid="decision"
      data-status={decision.status}
      aria-labelledby={heading}
    >
      <h3 id={heading}>{t(PROGRAMME_NAME[decision.programme])}</h3>
      <p data-testid="decision-outcome">
        <strong>{outcomeInWords(i18n, decision)}</strong>
      </p>
      <p>{`${t('decidedFrom')}: ${inputsInWords(i18n, decision.inputs)}`}</p>
      <p data-testid="decision-status" className={decision.final ? undefined : 'contested'}>
        <strong>{t(STATUS[decision.status])}</strong>
        {decision.status === 'CONTESTED' && objection?.dueAt && (
          <>
            {` · ${i18n.format('reviewDue', { at: i18n.dateTime(objection.dueAt) })}`}
            {objection.overdue && <strong className="overdue">{` · ${t('pastDue')}`}</strong>}
          </>
        )}
      </p>
      {reviewed && objection?.reviewReason && (
        <p data-testid="review-reason">{`${t('reviewerReason')}: ${objection.reviewReason}`}</p>
      )}
      {objection?.reason && (
        <p className="muted">
          {`${t(decision.status === 'FINAL' ? 'earlierObjection' : 'yourObjection')}` +
            `${objection.receivedAt ? ` (${i18n.dateTime(objection.receivedAt)})` : ''}: ${objection.reason}`}
          {decision.status === 'FINAL' && objection.outcome && ` · ${i18n.term(objection.outcome)}`}
        </p>
      )}
      {decision.status === 'FINAL' && !objecting && (
        <div className="actions">
          <button type="button" onClick={() => setObjecting(true)}>
            {t('objectToDecision')}
          </button>
        </div>
      )}
      {decision.status === 'FINAL' && objecting && (
        <ObjectionForm
          i18n={i18n}
          session={session}
          decision={decision}
          onCancel={() => setObjecting(false)}
          onObjected={(text) => {
            setObjecting(false);
            onObjected(text);
          }}
          onEnded={onEnded}
        />
      )}
    </li>
  );
}

/** Why the citizen objects (required, at most 2,000 characters), sent as objectToEligibility. */
function ObjectionForm({
  i18n,
  session,
  decision,
  onCancel,
  onObjected,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  decision: Decision;
  onCancel: () => void;
  onObjected: (text: string) => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `objection-${decision.programme}`;
  const programme = t(PROGRAMME_NAME[decision.programme]);
  const send = () => {
    setBusy(true);
    setFailure(null);
    // A refusal (BAD_USER_INPUT, CONFLICT when one is open or the decision was reviewed) in the hub's words.
    graphql(session, OBJECT, { programme: decision.programme, reason: reason.trim() })
      .then(
        ({ data, errors }) => {
          const made = data?.objectToEligibility;
          if (!made) return setFailure(`${t('objectionFailed')}: ${errors[0]?.message ?? ''}`);
          onObjected(i18n.format('objectionSent', { programme, due: made.dueAt ? i18n.dateTime(made.dueAt) : '-' }));
        },
        (error: Error) =>
          error instanceof SessionEnded ? onEnded() : setFailure(`${t('objectionFailed')}: ${error.message}`),
      )
      .finally(() => setBusy(false));
  };
  return (
    <form
      aria-label={`${t('objectToDecision')}: ${programme}`}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <div className="input">
        <label htmlFor={`${id}-reason`}>{t('objectionReason')}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          maxLength={MAX_REASON}
          required
          aria-describedby={`${id}-count`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <CharacterCount i18n={i18n} id={`${id}-count`} length={reason.length} max={MAX_REASON} />
      </div>
      <div className="actions">
        <button type="submit" disabled={busy || reason.trim().length === 0}>
          {t('sendObjection')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      {failure && <p role="alert">{failure}</p>}
    </form>
  );
}
