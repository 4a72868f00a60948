import { useState } from 'react';
import { graphql, SessionEnded, type Session } from './api';
import { gql } from './generated';
import type { WebStewardOverviewQuery } from './generated/graphql';
import type { Translator } from './i18n';

const REGISTER_CLIENT = gql(`mutation WebRegisterClient($input: ClientInput!, $reason: String!) {
  registerClient(input: $input, reason: $reason) { id }
}`);

const DEFINE_PURPOSE = gql(`mutation WebDefinePurpose($input: PurposeInput!, $reason: String!) {
  definePurpose(input: $input, reason: $reason) { code }
}`);

const SET_DISCLOSURE =
  gql(`mutation WebSetDisclosureControl($minCellSize: Int!, $maxPerturbation: Int!, $reason: String!) {
  setDisclosureControl(minCellSize: $minCellSize, maxPerturbation: $maxPerturbation, reason: $reason) { version }
}`);

type Overview = WebStewardOverviewQuery;

interface Props {
  i18n: Translator;
  session: Session;
  overview: Overview;
  onSaved: () => void;
  onEnded: () => void;
}

type Message = { alert: boolean; text: string } | null;

/** Runs a steward's change and says how it went: saved, or why not. */
function useChange(i18n: Translator, onSaved: () => void, onEnded: () => void) {
  const [message, setMessage] = useState<Message>(null);
  const run = (change: Promise<{ data: unknown; errors: { message: string }[] }>, done: string) =>
    change.then(
      ({ data, errors }) => {
        if (!data) return setMessage({ alert: true, text: `${i18n.t('saveFailed')}: ${errors[0]?.message ?? ''}` });
        setMessage({ alert: false, text: done });
        onSaved();
      },
      (error: Error) => (error instanceof SessionEnded ? onEnded() : setMessage({ alert: true, text: error.message })),
    );
  const shown = message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>;
  return { run, shown };
}

/** One labelled text input of a steward's form. */
function Text({
  id,
  label,
  value,
  onChange,
  type = 'text',
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
}) {
  return (
    <div className="input">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

const EMPTY_CLIENT = { id: '', name: '', agency: '', contactEmail: '', policyUrl: '', active: true };

/** Registers a service, or changes one (its name, agency, contacts, whether it is active), with a reason. */
export function ClientEditor({ i18n, session, overview, onSaved, onEnded }: Props) {
  const { t } = i18n;
  const [client, setClient] = useState(EMPTY_CLIENT);
  const [reason, setReason] = useState('');
  const { run, shown } = useChange(i18n, onSaved, onEnded);
  const field = (key: Exclude<keyof typeof EMPTY_CLIENT, 'active'>) => (value: string) =>
    setClient((current) => ({ ...current, [key]: value }));
  return (
    <form
      className="card filters"
      aria-label={t('clientEditor')}
      onSubmit={(event) => {
        event.preventDefault();
        void run(graphql(session, REGISTER_CLIENT, { input: client, reason }), t('clientSaved'));
      }}
    >
      <h2>{t('clientEditor')}</h2>
      <div className="input">
        <label htmlFor="client-pick">{t('service')}</label>
        <select
          id="client-pick"
          value={overview.clients.some((known) => known.id === client.id) ? client.id : ''}
          onChange={(event) => {
            const known = overview.clients.find((candidate) => candidate.id === event.target.value);
            setClient(
              known
                ? {
                    id: known.id,
                    name: known.name,
                    agency: known.agency,
                    contactEmail: known.contactEmail,
                    policyUrl: known.policyUrl,
                    active: known.active,
                  }
                : EMPTY_CLIENT,
            );
          }}
        >
          <option value="">{t('newClient')}</option>
          {overview.clients.map((known) => (
            <option key={known.id} value={known.id}>
              {known.name}
            </option>
          ))}
        </select>
      </div>
      <Text id="client-id" label={t('clientId')} value={client.id} onChange={field('id')} />
      <Text id="client-name" label={t('clientName')} value={client.name} onChange={field('name')} />
      <Text id="client-agency" label={t('agency')} value={client.agency} onChange={field('agency')} />
      <Text
        id="client-email"
        type="email"
        label={t('contactEmail')}
        value={client.contactEmail}
        onChange={field('contactEmail')}
      />
      <Text
        id="client-policy"
        type="url"
        label={t('policyUrl')}
        value={client.policyUrl}
        onChange={field('policyUrl')}
      />
      <label className="scope">
        <input
          type="checkbox"
          checked={client.active}
          onChange={(event) => setClient((current) => ({ ...current, active: event.target.checked }))}
        />
        {t('activeClient')}
      </label>
      <Text id="client-reason" label={t('reason')} value={reason} onChange={setReason} />
      <button type="submit" disabled={!client.id || reason.trim().length < 5}>
        {t('saveClient')}
      </button>
      {shown}
    </form>
  );
}

const EMPTY_PURPOSE = { code: '', name: '', description: '', active: true };

/** Defines a purpose of use, or changes one, with a reason. */
export function PurposeEditor({ i18n, session, overview, onSaved, onEnded }: Props) {
  const { t } = i18n;
  const [purpose, setPurpose] = useState(EMPTY_PURPOSE);
  const [reason, setReason] = useState('');
  const { run, shown } = useChange(i18n, onSaved, onEnded);
  const field = (key: Exclude<keyof typeof EMPTY_PURPOSE, 'active'>) => (value: string) =>
    setPurpose((current) => ({ ...current, [key]: value }));
  return (
    <form
      className="card filters"
      aria-label={t('purposeEditor')}
      onSubmit={(event) => {
        event.preventDefault();
        void run(graphql(session, DEFINE_PURPOSE, { input: purpose, reason }), t('purposeSaved'));
      }}
    >
      <h2>{t('purposeEditor')}</h2>
      <div className="input">
        <label htmlFor="purpose-pick">{t('purpose')}</label>
        <select
          id="purpose-pick"
          value={overview.purposes.some((known) => known.code === purpose.code) ? purpose.code : ''}
          onChange={(event) => {
            const known = overview.purposes.find((candidate) => candidate.code === event.target.value);
            setPurpose(
              known
                ? { code: known.code, name: known.name, description: known.description, active: known.active }
                : EMPTY_PURPOSE,
            );
          }}
        >
          <option value="">{t('newPurpose')}</option>
          {overview.purposes.map((known) => (
            <option key={known.code} value={known.code}>
              {i18n.purpose(known.code, known.name)}
            </option>
          ))}
        </select>
      </div>
      <Text id="purpose-code" label={t('purposeCode')} value={purpose.code} onChange={field('code')} />
      <Text id="purpose-name" label={t('purposeName')} value={purpose.name} onChange={field('name')} />
      <Text
        id="purpose-description"
        label={t('purposeDescription')}
        value={purpose.description}
        onChange={field('description')}
      />
      <label className="scope">
        <input
          type="checkbox"
          checked={purpose.active}
          onChange={(event) => setPurpose((current) => ({ ...current, active: event.target.checked }))}
        />
        {t('activeClient')}
      </label>
      <Text id="purpose-reason" label={t('reason')} value={reason} onChange={setReason} />
      <button type="submit" disabled={!purpose.code || reason.trim().length < 5}>
        {t('savePurpose')}
      </button>
      {shown}
    </form>
  );
}

/** The planners' disclosure control: the version in force, and a new one with a reason. */
export function DisclosureSettings({ i18n, session, overview, onSaved, onEnded }: Props) {
  const { t } = i18n;
  const current = overview.disclosureControl;
  const [minCellSize, setMinCellSize] = useState(String(current.minCellSize));
  const [maxPerturbation, setMaxPerturbation] = useState(String(current.maxPerturbation));
  const [reason, setReason] = useState('');
  const { run, shown } = useChange(i18n, onSaved, onEnded);
  return (
    <section aria-labelledby="disclosure-title">
      <h1 id="disclosure-title">{t('disclosureControl')}</h1>
      <p data-testid="disclosure-in-force">
        {t('disclosureInForce')
          .replace('{version}', i18n.number(current.version))
          .replace('{min}', i18n.number(current.minCellSize))
          .replace('{perturbation}', i18n.number(current.maxPerturbation))
          .replace('{by}', current.changedBy)
          .replace('{at}', i18n.dateTime(current.changedAt))}
      </p>
      <form
        className="card filters"
        aria-label={t('disclosureControl')}
        onSubmit={(event) => {
          event.preventDefault();
          void run(
            graphql(session, SET_DISCLOSURE, {
              minCellSize: Number(minCellSize),
              maxPerturbation: Number(maxPerturbation),
              reason,
            }),
            t('disclosureSaved'),
          );
        }}
      >
        <Text
          id="disclosure-min"
          type="number"
          label={t('minCellSize')}
          value={minCellSize}
          onChange={setMinCellSize}
        />
        <Text
          id="disclosure-perturbation"
          type="number"
          label={t('maxPerturbation')}
          value={maxPerturbation}
          onChange={setMaxPerturbation}
        />
        <Text id="disclosure-reason" label={t('reason')} value={reason} onChange={setReason} />
        <button type="submit" disabled={reason.trim().length < 5}>
          {t('saveDisclosure')}
        </button>
        {shown}
      </form>
    </section>
  );
}
