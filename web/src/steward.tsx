import { useCallback, useEffect, useState } from 'react';
import { gql } from './generated';
import type { LegalBasis, WebRuleDryRunQuery, WebRuleHistoryQuery, WebStewardOverviewQuery } from './generated/graphql';
import { graphql, SessionEnded, type Session } from './api';
import type { Translator } from './i18n';
import { TabPanel, Tabs } from './services';
import { ClientEditor, DisclosureSettings, PurposeEditor } from './steward-catalogue';
import { RightsReportPage } from './steward-rights';

const OVERVIEW = gql(`query WebStewardOverview {
  clients { id name agency contactEmail policyUrl active requestsPerMinute personsPerHour personsPerDay }
  purposes { code name description active }
  disclosureControl { version minCellSize maxPerturbation changedBy reason changedAt }
  scopes { name description sensitivity }
  accessRules { clientId purpose version scopes legalBasis legalReference }
  consentCounts { clientId purpose active pending expired revoked }
  stewardChanges(first: 20) { id at actor kind subject reason }
}`);

const HISTORY = gql(`query WebRuleHistory($clientId: String!, $purpose: String!) {
  accessRuleHistory(clientId: $clientId, purpose: $purpose) {
    version scopes legalBasis legalReference retired changedBy reason changedAt
  }
}`);

const DRY_RUN = gql(`query WebRuleDryRun($input: AccessRuleInput!) {
  accessRuleDryRun(input: $input, days: 30) {
    from to requests people truncated changedPeople
    newlyReleased { scope people requests }
    newlyRefused { scope people requests }
  }
}`);

const SAVE = gql(`mutation WebSetAccessRule($input: AccessRuleInput!, $reason: String!) {
  setAccessRule(input: $input, reason: $reason) { version }
}`);

const RETIRE = gql(`mutation WebRetireAccessRule($clientId: String!, $purpose: String!, $reason: String!) {
  retireAccessRule(clientId: $clientId, purpose: $purpose, reason: $reason) { version }
}`);

const QUOTA = gql(`mutation WebSetClientQuota($clientId: String!, $quota: ClientQuotaInput!, $reason: String!) {
  setClientQuota(clientId: $clientId, quota: $quota, reason: $reason) { id }
}`);

const LEGAL_BASES: LegalBasis[] = [
  'CONSENT',
  'CONTRACT',
  'LEGAL_OBLIGATION',
  'VITAL_INTEREST',
  'PUBLIC_TASK',
  'LEGITIMATE_INTEREST',
];

type Overview = WebStewardOverviewQuery;
type Rule = Overview['accessRules'][number];
type DryRun = WebRuleDryRunQuery['accessRuleDryRun'];

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
}

/** The first error's message, or the failure's: what the steward is told when a call does not go through. */
function failureOf(errors: { message: string }[], error?: Error): string {
  return error?.message ?? errors[0]?.message ?? '';
}

/**
 * The data steward's pages, as tabs: the rules and the catalogue; and the month's report of the data subjects'
 * requests under UU PDP, with what is overdue now.
 */
export function StewardPages({ i18n, session, onEnded }: Props) {
  const [tab, setTab] = useState('rules');
  return (
    <>
      <Tabs
        idPrefix="steward"
        label={i18n.t('pages')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'rules', label: i18n.t('stewardRulesTab') },
          { id: 'rights', label: i18n.t('rightsReportTitle') },
        ]}
      />
      <TabPanel idPrefix="steward" id="rules" selected={tab}>
        <RulesAndCatalogue i18n={i18n} session={session} onEnded={onEnded} />
      </TabPanel>
      <TabPanel idPrefix="steward" id="rights" selected={tab}>
        {tab === 'rights' && <RightsReportPage i18n={i18n} session={session} onEnded={onEnded} />}
      </TabPanel>
    </>
  );
}

/**
 * The rules in force, each editable with a dry run over the last 30 days before it is saved and its versions side
 * by side; clients with their quotas; the catalogue; consent counts; the latest changes.
 */
function RulesAndCatalogue({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const [overview, setOverview] = useState<Overview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<Rule | null>(null);

  const load = useCallback(() => {
    graphql(session, OVERVIEW).then(
      ({ data, errors }) => (data ? setOverview(data) : setFailure(failureOf(errors))),
      (error: Error) => (error instanceof SessionEnded ? onEnded() : setFailure(error.message)),
    );
  }, [session, onEnded]);
  useEffect(load, [load]);

  if (failure) return <p role="alert">{`${t('loadFailed')}: ${failure}`}</p>;
  if (!overview) return <p>{t('loading')}</p>;
  const clientName = (id: string) => overview.clients.find((client) => client.id === id)?.name ?? id;
  const purposeName = (code: string) =>
    i18n.purpose(code, overview.purposes.find((purpose) => purpose.code === code)?.name ?? code);
  return (
    <>
      <section aria-labelledby="rules-title">
        <h1 id="rules-title">{t('accessRules')}</h1>
        <button
          type="button"
          onClick={() =>
            setEditing({ clientId: '', purpose: '', version: 0, scopes: [], legalBasis: 'CONSENT', legalReference: '' })
          }
        >
          {t('newRule')}
        </button>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('service')}</th>
              <th scope="col">{t('purpose')}</th>
              <th scope="col">{t('legalBasis')}</th>
              <th scope="col">{t('scopes')}</th>
              <th scope="col">{t('version')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.accessRules.map((rule) => (
              <tr key={`${rule.clientId}/${rule.purpose}`} data-testid="rule">
                <td>{clientName(rule.clientId)}</td>
                <td>{purposeName(rule.purpose)}</td>
                <td>{i18n.term(rule.legalBasis)}</td>
                <td>{rule.scopes.join(', ')}</td>
                <td>{i18n.number(rule.version)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`${t('edit')}: ${clientName(rule.clientId)}, ${purposeName(rule.purpose)}`}
                    onClick={() => setEditing(rule)}
                  >
                    {t('edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {editing && (
        <RuleEditor
          key={`${editing.clientId}/${editing.purpose}`}
          i18n={i18n}
          session={session}
          overview={overview}
          rule={editing}
          onSaved={(saved) => {
            setEditing(saved);
            load();
          }}
          onEnded={onEnded}
        />
      )}
      <Quotas i18n={i18n} session={session} overview={overview} onSaved={load} />
      <section aria-labelledby="catalogue-title">
        <h1 id="catalogue-title">{t('servicesAndPurposes')}</h1>
        <ClientEditor i18n={i18n} session={session} overview={overview} onSaved={load} onEnded={onEnded} />
        <PurposeEditor i18n={i18n} session={session} overview={overview} onSaved={load} onEnded={onEnded} />
      </section>
      <DisclosureSettings
        key={overview.disclosureControl.version}
        i18n={i18n}
        session={session}
        overview={overview}
        onSaved={load}
        onEnded={onEnded}
      />
      <section aria-labelledby="counts-title">
        <h1 id="counts-title">{t('consentCounts')}</h1>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('service')}</th>
              <th scope="col">{t('purpose')}</th>
              <th scope="col">{i18n.term('ACTIVE')}</th>
              <th scope="col">{i18n.term('PENDING')}</th>
              <th scope="col">{i18n.term('EXPIRED')}</th>
              <th scope="col">{i18n.term('REVOKED')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.consentCounts.map((count) => (
              <tr key={`${count.clientId}/${count.purpose}`}>
                <td>{clientName(count.clientId)}</td>
                <td>{purposeName(count.purpose)}</td>
                <td>{i18n.number(count.active)}</td>
                <td>{i18n.number(count.pending)}</td>
                <td>{i18n.number(count.expired)}</td>
                <td>{i18n.number(count.revoked)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="changes-title">
        <h1 id="changes-title">{t('latestChanges')}</h1>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.stewardChanges.map((change) => (
              <tr key={change.id} data-testid="steward-change">
                <td>{i18n.dateTime(change.at)}</td>
                <td>{change.actor}</td>
                <td>{`${i18n.term(change.kind)}: ${change.subject}`}</td>
                <td>{change.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/** Edits one rule: a dry run of the form as it stands must come before saving it; the versions side by side. */
function RuleEditor({
  i18n,
  session,
  overview,
  rule,
  onSaved,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  overview: Overview;
  rule: Rule;
  onSaved: (rule: Rule) => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [clientId, setClientId] = useState(rule.clientId);
  const [purpose, setPurpose] = useState(rule.purpose);
  const [legalBasis, setLegalBasis] = useState(rule.legalBasis);
  const [legalReference, setLegalReference] = useState(rule.legalReference);
  const [scopes, setScopes] = useState<string[]>(rule.scopes);
  const [reason, setReason] = useState('');
  const [dryRun, setDryRun] = useState<{ input: string; result: DryRun } | null>(null);
  const [message, setMessage] = useState<{ alert: boolean; text: string } | null>(null);
  const input = { clientId, purpose, scopes, legalBasis, legalReference };
  const inputKey = JSON.stringify(input);
  const tested = dryRun?.input === inputKey;

  const run = () =>
    graphql(session, DRY_RUN, { input }).then(
      ({ data, errors }) => {
        if (data?.accessRuleDryRun) {
          setDryRun({ input: inputKey, result: data.accessRuleDryRun });
          setMessage(null);
        } else setMessage({ alert: true, text: `${t('dryRunFailed')}: ${failureOf(errors)}` });
      },
      (error: Error) =>
        error instanceof SessionEnded ? onEnded() : setMessage({ alert: true, text: failureOf([], error) }),
    );
  /** After a save or a retirement: the version made, or why there is none. */
  const saved = (version: number | undefined, errors: { message: string }[], done: string) => {
    if (version === undefined) return setMessage({ alert: true, text: `${t('saveFailed')}: ${failureOf(errors)}` });
    setMessage({ alert: false, text: done });
    onSaved({ ...input, version });
  };
  const failed = (error: Error) =>
    error instanceof SessionEnded ? onEnded() : setMessage({ alert: true, text: failureOf([], error) });
  const save = () =>
    graphql(session, SAVE, { input, reason }).then(
      ({ data, errors }) => saved(data?.setAccessRule.version, errors, t('ruleSaved')),
      failed,
    );
  const retire = () =>
    graphql(session, RETIRE, { clientId, purpose, reason }).then(
      ({ data, errors }) => saved(data?.retireAccessRule.version, errors, t('ruleRetired')),
      failed,
    );

  return (
    <section aria-labelledby="editor-title" className="card">
      <h1 id="editor-title">{rule.version ? `${t('editRule')} (${t('version')} ${rule.version})` : t('newRule')}</h1>
      <div className="filters">
        <div className="input">
          <label htmlFor="rule-client">{t('service')}</label>
          <select id="rule-client" value={clientId} onChange={(event) => setClientId(event.target.value)}>
            <option value="">{t('choose')}</option>
            {overview.clients.map((client) => (
              <option key={client.id} value={client.id}>
                {`${client.name} (${client.id})`}
              </option>
            ))}
          </select>
        </div>
        <div className="input">
          <label htmlFor="rule-purpose">{t('purpose')}</label>
          <select id="rule-purpose" value={purpose} onChange={(event) => setPurpose(event.target.value)}>
            <option value="">{t('choose')}</option>
            {overview.purposes.map((candidate) => (
              <option key={candidate.code} value={candidate.code}>
                {`${i18n.purpose(candidate.code, candidate.name)} (${candidate.code})`}
              </option>
            ))}
          </select>
        </div>
        <div className="input">
          <label htmlFor="rule-basis">{t('legalBasis')}</label>
          <select
            id="rule-basis"
            value={legalBasis}
            onChange={(event) => setLegalBasis(event.target.value as LegalBasis)}
          >
            {LEGAL_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {i18n.term(basis)}
              </option>
            ))}
          </select>
        </div>
        <div className="input">
          <label htmlFor="rule-reference">{t('legalReference')}</label>
          <input
            id="rule-reference"
            value={legalReference}
            onChange={(event) => setLegalReference(event.target.value)}
          />
        </div>
      </div>
      <fieldset>
        <legend>{t('scopes')}</legend>
        {overview.scopes.map((scope) => (
          <label key={scope.name} className="scope">
            <input
              type="checkbox"
              checked={scopes.includes(scope.name)}
              onChange={(event) =>
                setScopes((chosen) =>
                  event.target.checked ? [...chosen, scope.name].sort() : chosen.filter((name) => name !== scope.name),
                )
              }
            />
            <strong>{scope.name}</strong> {i18n.scope(scope.name, scope.description)}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="button" onClick={() => void run()} disabled={!clientId || !purpose}>
          {t('dryRun')}
        </button>
      </div>
      {dryRun && <DryRunResult i18n={i18n} result={dryRun.result} stale={!tested} />}
      <div className="input">
        <label htmlFor="rule-reason">{t('reason')}</label>
        <textarea id="rule-reason" value={reason} onChange={(event) => setReason(event.target.value)} rows={2} />
      </div>
      <div className="actions">
        <button type="button" disabled={!tested || reason.trim().length < 5} onClick={() => void save()}>
          {t('saveRule')}
        </button>
        {rule.version > 0 && (
          <button type="button" disabled={reason.trim().length < 5} onClick={() => void retire()}>
            {t('retireRule')}
          </button>
        )}
      </div>
      {!tested && <p className="muted">{t('dryRunFirst')}</p>}
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      {rule.version > 0 && <RuleHistory i18n={i18n} session={session} rule={rule} />}
    </section>
  );
}

function DryRunResult({ i18n, result, stale }: { i18n: Translator; result: DryRun; stale: boolean }) {
  const { t } = i18n;
  const rows = [
    ...result.newlyReleased.map((change) => ({ ...change, way: t('wouldRelease') })),
    ...result.newlyRefused.map((change) => ({ ...change, way: t('wouldRefuse') })),
  ];
  return (
    <div className="notice" data-testid="dry-run">
      <p>
        {t('dryRunSummary')
          .replace('{requests}', i18n.number(result.requests))
          .replace('{people}', i18n.number(result.people))
          .replace('{from}', i18n.date(result.from))
          .replace('{changed}', i18n.number(result.changedPeople))}
      </p>
      {result.truncated && <p>{t('dryRunTruncated')}</p>}
      {stale && <p className="withheld">{t('dryRunStale')}</p>}
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('scopes')}</th>
              <th scope="col">{t('change')}</th>
              <th scope="col">{t('people')}</th>
              <th scope="col">{t('requests')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.way}/${row.scope}`} data-testid="dry-run-change">
                <td>{row.scope}</td>
                <td>{row.way}</td>
                <td>{i18n.number(row.people)}</td>
                <td>{i18n.number(row.requests)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** A rule's versions side by side: one column per version, newest first, a row per scope and per attribute. */
function RuleHistory({ i18n, session, rule }: { i18n: Translator; session: Session; rule: Rule }) {
  const { t } = i18n;
  const [versions, setVersions] = useState<WebRuleHistoryQuery['accessRuleHistory']>([]);
  useEffect(() => {
    void graphql(session, HISTORY, {
      clientId: rule.clientId,
      purpose: rule.purpose,
    }).then(({ data }) => setVersions(data?.accessRuleHistory ?? []));
  }, [session, rule]);
  const scopes = [...new Set(versions.flatMap((version) => version.scopes))].sort();
  return (
    <div className="table-scroll">
      <table aria-labelledby="history-title" data-testid="rule-history">
        <caption id="history-title">{t('ruleHistory')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('version')}</th>
            {versions.map((version) => (
              <th key={version.version} scope="col">
                {version.version}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('legalBasis')}</th>
            {versions.map((version) => (
              <td key={version.version}>{version.retired ? t('retired') : i18n.term(version.legalBasis)}</td>
            ))}
          </tr>
          {scopes.map((scope) => (
            <tr key={scope}>
              <th scope="row">{scope}</th>
              {versions.map((version) => (
                <td key={version.version}>{version.scopes.includes(scope) ? '✓' : '–'}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('who')}</th>
            {versions.map((version) => (
              <td key={version.version}>{`${version.changedBy}, ${i18n.dateTime(version.changedAt)}`}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('reason')}</th>
            {versions.map((version) => (
              <td key={version.version}>{version.reason}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Each client's quota, the hub's defaults where none is set; changed with a reason. */
function Quotas({
  i18n,
  session,
  overview,
  onSaved,
}: {
  i18n: Translator;
  session: Session;
  overview: Overview;
  onSaved: () => void;
}) {
  const { t } = i18n;
  const [clientId, setClientId] = useState('');
  const [values, setValues] = useState({ requestsPerMinute: '', personsPerHour: '', personsPerDay: '' });
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ alert: boolean; text: string } | null>(null);
  const number = (value: string) => (value.trim() === '' ? null : Number(value));
  const save = () =>
    graphql(session, QUOTA, {
      clientId,
      reason,
      quota: {
        requestsPerMinute: number(values.requestsPerMinute),
        personsPerHour: number(values.personsPerHour),
        personsPerDay: number(values.personsPerDay),
      },
    }).then(
      ({ data, errors }) => {
        if (!data?.setClientQuota) return setMessage({ alert: true, text: `${t('saveFailed')}: ${failureOf(errors)}` });
        setMessage({ alert: false, text: t('quotaSaved') });
        onSaved();
      },
      (error: Error) => setMessage({ alert: true, text: failureOf([], error) }),
    );
  const fallback = (value: number | null) => (value === null ? t('hubDefault') : i18n.number(value));
  return (
    <section aria-labelledby="quotas-title">
      <h1 id="quotas-title">{t('clientsAndQuotas')}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('service')}</th>
            <th scope="col">{t('agency')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('requestsPerMinute')}</th>
            <th scope="col">{t('personsPerHour')}</th>
            <th scope="col">{t('personsPerDay')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.clients.map((client) => (
            <tr key={client.id}>
              <td>{`${client.name} (${client.id})`}</td>
              <td>{client.agency}</td>
              <td>{client.active ? t('activeClient') : t('inactiveClient')}</td>
              <td>{fallback(client.requestsPerMinute)}</td>
              <td>{fallback(client.personsPerHour)}</td>
              <td>{fallback(client.personsPerDay)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="card filters"
        aria-label={t('setQuota')}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="input">
          <label htmlFor="quota-client">{t('service')}</label>
          <select id="quota-client" value={clientId} onChange={(event) => setClientId(event.target.value)}>
            <option value="">{t('choose')}</option>
            {overview.clients.map((client) => (
              <option key={client.id} value={client.id}>
                {client.name}
              </option>
            ))}
          </select>
        </div>
        {(['requestsPerMinute', 'personsPerHour', 'personsPerDay'] as const).map((key) => (
          <div key={key} className="input">
            <label htmlFor={`quota-${key}`}>{t(key)}</label>
            <input
              id={`quota-${key}`}
              inputMode="numeric"
              placeholder={t('hubDefault')}
              value={values[key]}
              onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value.trim() }))}
            />
          </div>
        ))}
        <div className="input">
          <label htmlFor="quota-reason">{t('reason')}</label>
          <input id="quota-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
        <button type="submit" disabled={!clientId || reason.trim().length < 5}>
          {t('saveQuota')}
        </button>
        {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      </form>
    </section>
  );
}
