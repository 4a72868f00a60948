import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { gql } from './generated';
import type {
  ComplaintCategory,
  ServiceCode,
  WebInboxFragment,
  SkmScoresInput,
  WebComplaintFragment,
  WebMyServicesQuery,
  WebServiceApplicationFragment,
  WebServiceCatalogueQuery,
} from './generated/graphql';
import { graphql, SessionEnded, type GraphQLError, type Session } from './api';
import type { MessageKey, Translator } from './i18n';

// The MPP services (MPP Digital) as the citizen uses them: the catalogue of a regency's MPPs, applications filled
// from the registers with only what the applicant alone knows, their progress, the satisfaction survey after one,
// complaints, and the notifications inbox. The parts an officer's pages show too (an application's data and
// requirement checks, its timeline) are exported for them, and so are the tabs the pages are reached by.

/** What the pages show of a service application, as one fragment (the citizen's list, the officer's queue). */
gql(`fragment WebServiceApplication on ServiceApplication {
  id service serviceName status submittedAt dueOn decidedAt overdue outcome
  mpp { id name }
  entered { label value scope }
  prefilled { label value scope }
  requirements { requirement met detail scope }
  history { status at note }
}`);

/** What the pages show of a complaint (the citizen's list, the officer's queue). */
gql(`fragment WebComplaint on Complaint {
  id service agency category title description status submittedAt dueOn overdue answeredAt applicationId
  mpp { id name }
  responses { at author message status }
}`);

export type ServiceApplicationView = WebServiceApplicationFragment;
export type ComplaintView = WebComplaintFragment;

/** The citizen's inbox: what the notifications tab shows, as the query and the inbox's mutations answer it. */
gql(`fragment WebInbox on Me {
  notifications(first: 100) { id kind title body link createdAt readAt emailStatus occurrences }
  unreadNotifications
  notificationEmail
}`);

const MY_SERVICES = gql(`query WebMyServices {
  me {
    applications { ...WebServiceApplication surveyAnswered }
    complaints { ...WebComplaint }
    ...WebInbox
  }
}`);

const CATALOGUE = gql(`query WebServiceCatalogue($regencyCode: String!) {
  services(regencyCode: $regencyCode) {
    service name agency legalBasis legalReference feeRupiah standardDays complaintDays
    requirements { requirement scope }
    mpp { id name regencyCode address }
  }
}`);

const APPLY_NIB = gql(`mutation WebApplyForNib($nik: NIK!, $mppId: String!, $business: NibApplicationInput!) {
  applyForNib(nik: $nik, mppId: $mppId, business: $business) { ...WebServiceApplication }
}`);

const APPLY_PBI_JK = gql(`mutation WebApplyForPbiJk($nik: NIK!, $mppId: String!) {
  applyForPbiJk(nik: $nik, mppId: $mppId) { ...WebServiceApplication }
}`);

const APPLY_ADDRESS_CHANGE = gql(`mutation WebApplyForAddressChange(
  $nik: NIK!, $mppId: String!, $newAddress: AddressChangeInput!
) {
  applyForAddressChange(nik: $nik, mppId: $mppId, newAddress: $newAddress) { ...WebServiceApplication }
}`);

const APPLY_SIP = gql(`mutation WebApplyForServiceSip($nik: NIK!, $mppId: String!, $location: SipLocationInput!) {
  applyForSip(nik: $nik, mppId: $mppId, practiceLocation: $location) { ...WebServiceApplication }
}`);

const ANSWER_SURVEY = gql(`mutation WebAnswerSurvey($applicationId: ID!, $scores: SkmScoresInput!) {
  answerSatisfactionSurvey(applicationId: $applicationId, scores: $scores) { applicationId submittedAt }
}`);

const FILE_COMPLAINT = gql(`mutation WebFileComplaint($input: ComplaintInput!) {
  fileComplaint(input: $input) { id status dueOn }
}`);

const CLOSE_COMPLAINT = gql(`mutation WebCloseComplaint($id: ID!, $message: String) {
  closeComplaint(id: $id, message: $message) { id status }
}`);

const MARK_READ = gql(`mutation WebMarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids) { ...WebInbox }
}`);

const SET_EMAIL = gql(`mutation WebSetNotificationEmail($email: String) {
  setNotificationEmail(email: $email) { ...WebInbox }
}`);

type MyServices = NonNullable<WebMyServicesQuery['me']>;
type MyApplication = NonNullable<MyServices['applications']>[number];
type Notification = NonNullable<MyServices['notifications']>[number];
export type Offering = WebServiceCatalogueQuery['services'][number];

/** The regency whose catalogue is shown when the page knows no other: Kota Bandung. */
export const DEFAULT_REGENCY = '32.73';

const REGENCY = /^[0-9]{2}\.[0-9]{2}$/;

/** The complaint categories of the API, in its order. */
const CATEGORIES: readonly ComplaintCategory[] = [
  'PROCEDURE',
  'DELAY',
  'FEE',
  'STAFF_CONDUCT',
  'DATA',
  'FACILITIES',
  'OTHER',
];

/** The nine elements of the satisfaction survey (SkmScoresInput), U1 to U9. */
const SKM: readonly { key: keyof SkmScoresInput; label: MessageKey }[] = [
  { key: 'requirements', label: 'skmU1' },
  { key: 'procedure', label: 'skmU2' },
  { key: 'completionTime', label: 'skmU3' },
  { key: 'fee', label: 'skmU4' },
  { key: 'product', label: 'skmU5' },
  { key: 'competence', label: 'skmU6' },
  { key: 'behaviour', label: 'skmU7' },
  { key: 'complaintHandling', label: 'skmU8' },
  { key: 'facilities', label: 'skmU9' },
];

const SCORES = [1, 2, 3, 4] as const;
const SCORE_LABEL: Record<(typeof SCORES)[number], MessageKey> = {
  1: 'score1',
  2: 'score2',
  3: 'score3',
  4: 'score4',
};

/** What each service takes from the registers, as the apply form says it. */
const SOURCES: Record<ServiceCode, MessageKey> = {
  NIB_UMK: 'sourcesNIB_UMK',
  PBI_JK: 'sourcesPBI_JK',
  ADDRESS_CHANGE: 'sourcesADDRESS_CHANGE',
  SIP: 'sourcesSIP',
};

const EMAIL_STATUS: Record<string, MessageKey> = {
  NONE: 'emailNONE',
  PENDING: 'emailPENDING',
  SENT: 'emailSENT',
  FAILED: 'emailFAILED',
};

/** A failed request: the session's end signs out, anything else is said. */
const failed = (onEnded: () => void, say: (message: string) => void) => (error: Error) =>
  error instanceof SessionEnded ? onEnded() : say(error.message);

// ---------------------------------------------------------------------------------------------------------------
// Tabs (WAI-ARIA tabs: arrow keys, Home and End move between them; each panel stays mounted, hidden when not shown).

export interface TabSpec {
  id: string;
  label: string;
}

export function Tabs({
  idPrefix,
  label,
  tabs,
  selected,
  onSelect,
}: {
  idPrefix: string;
  label: string;
  tabs: readonly TabSpec[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const targets: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = targets[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onSelect(tabs[next].id);
    buttons.current[tabs[next].id]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            buttons.current[tab.id] = element;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`${idPrefix}-panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => move(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export function TabPanel({
  idPrefix,
  id,
  selected,
  children,
}: {
  idPrefix: string;
  id: string;
  selected: string;
  children: ReactNode;
}) {
  return (
    <div
      role="tabpanel"
      id={`${idPrefix}-panel-${id}`}
      aria-labelledby={`${idPrefix}-tab-${id}`}
      hidden={id !== selected}
    >
      {children}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// An application's parts, as the citizen and the officer see them.

/** Labelled values (an application's fields), each row with a test id. */
export function FieldList({
  i18n,
  fields,
  testId,
}: {
  i18n: Translator;
  fields: readonly { label: string; value: string }[];
  testId: string;
}) {
  return (
    <dl>
      {fields.map((field) => (
        <div key={field.label} className="field" data-testid={testId}>
          <dt>{i18n.hub(field.label)}</dt>
          <dd>{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The requirements as checked at submission: each met or not, said in words (and why not). */
export function RequirementChecks({
  i18n,
  checks,
}: {
  i18n: Translator;
  checks: ServiceApplicationView['requirements'];
}) {
  const { t } = i18n;
  if (!checks) return <p className="withheld">{t('withheld')}</p>;
  return (
    <ul className="checks">
      {checks.map((check) => (
        <li
          key={check.requirement}
          data-testid="requirement"
          data-met={check.met}
          className={check.met ? 'check-met' : 'check-unmet'}
        >
          <span aria-hidden="true">{check.met ? '✓ ' : '✗ '}</span>
          <strong>{check.met ? t('met') : t('unmet')}</strong>
          {`: ${i18n.hub(check.requirement)}`}
          {check.detail ? ` (${check.detail})` : ''}
        </li>
      ))}
    </ul>
  );
}

/** What the applicant entered, what the registers filled in, and the requirement checks, under headings. */
export function ApplicationData({
  i18n,
  application,
  level = 3,
}: {
  i18n: Translator;
  application: ServiceApplicationView;
  level?: 3 | 4;
}) {
  const { t } = i18n;
  const Heading = level === 3 ? 'h3' : 'h4';
  const { entered, prefilled, requirements } = application;
  return (
    <div className="application-data">
      {entered?.length !== 0 && (
        <>
          <Heading>{t('entered')}</Heading>
          {entered ? (
            <FieldList i18n={i18n} fields={entered} testId="entered-field" />
          ) : (
            <p className="withheld">{t('withheld')}</p>
          )}
        </>
      )}
      <Heading>{t('prefilled')}</Heading>
      {prefilled ? (
        <FieldList i18n={i18n} fields={prefilled} testId="prefilled-field" />
      ) : (
        <p className="withheld">{t('withheld')}</p>
      )}
      <Heading>{t('requirementChecks')}</Heading>
      <RequirementChecks i18n={i18n} checks={requirements} />
      {requirements?.some((check) => !check.met) && <p className="muted">{t('unmetHelp')}</p>}
    </div>
  );
}

/** Every status an application has had, oldest first, each with its date and note. */
export function StatusTimeline({ i18n, history }: { i18n: Translator; history: ServiceApplicationView['history'] }) {
  return (
    <ol className="timeline" aria-label={i18n.t('statusTimeline')}>
      {(history ?? []).map((step) => (
        <li key={`${step.status}/${step.at}`} data-testid="service-step">
          <time dateTime={step.at}>{i18n.dateTime(step.at)}</time>
          {` · ${i18n.term(step.status)}`}
          {step.note ? ` · ${step.note}` : ''}
        </li>
      ))}
    </ol>
  );
}

/** An application's service by its short name (the hub's name when the service is not released). */
export const shortName = (i18n: Translator, application: { service: ServiceCode | null; serviceName: string }) =>
  application.service ? i18n.term(application.service) : application.serviceName;

/** An application's service by its full name, in the language. */
const serviceTitle = (i18n: Translator, application: { service: ServiceCode | null; serviceName: string }) =>
  application.service ? i18n.serviceName(application.service, application.serviceName) : application.serviceName;

/** "Overdue" in words (and a mark), not in colour alone. */
export function OverdueMark({ i18n }: { i18n: Translator }) {
  return (
    <strong className="overdue" data-testid="overdue">
      <span aria-hidden="true">⚠ </span>
      {i18n.t('overdue')}
    </strong>
  );
}

/** The status, the due date (and whether it has passed) and the outcome of an application, on one line. */
export function StatusLine({ i18n, application }: { i18n: Translator; application: ServiceApplicationView }) {
  const { t } = i18n;
  return (
    <p data-testid="service-status">
      <strong>{application.status ? i18n.term(application.status) : t('withheld')}</strong>
      {application.dueOn ? ` · ${t('dueOn')} ${i18n.date(application.dueOn)}` : ''}
      {application.overdue && (
        <>
          {' · '}
          <OverdueMark i18n={i18n} />
        </>
      )}
      {application.outcome ? ` · ${t('outcome')}: ${application.outcome}` : ''}
    </p>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The citizen's services data: one query for the applications, complaints and notifications.

export interface MyServicesState {
  me: MyServices | null;
  errors: GraphQLError[];
  failure: string | null;
  reload: () => void;
  /** Takes the inbox as a mutation answered it. */
  showInbox: (inbox: WebInboxFragment) => void;
}

/** The signed-on citizen's applications, complaints and notifications, loaded with the page and on `reload`. */
export function useMyServices(session: Session, onEnded: () => void): MyServicesState {
  const [me, setMe] = useState<MyServices | null>(null);
  const [errors, setErrors] = useState<GraphQLError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const ended = useRef(onEnded);
  ended.current = onEnded;
  const reload = useCallback(() => {
    graphql(session, MY_SERVICES).then(
      ({ data, errors: partial }) => {
        setMe(data?.me ?? null);
        setErrors(partial);
        setFailure(null);
      },
      failed(() => ended.current(), setFailure),
    );
  }, [session]);
  useEffect(reload, [reload]);
  const showInbox = useCallback((inbox: WebInboxFragment) => setMe((shown) => shown && { ...shown, ...inbox }), []);
  return { me, errors, failure, reload, showInbox };
}

// ---------------------------------------------------------------------------------------------------------------
// The catalogue and the apply form.

/** A regency's MPPs, each once, in the catalogue's order. */
const mppsOf = (offerings: readonly Offering[]) =>
  offerings.map((offering) => offering.mpp).filter((mpp, i, all) => all.findIndex((m) => m.id === mpp.id) === i);

/**
 * A regency's MPP services, and the form that applies for one of them at one MPP for `nik` (the citizen, or at a
 * desk the citizen looked up): only what the applicant alone knows is asked; the registers fill in the rest.
 */
export function MppServices({
  i18n,
  session,
  nik,
  defaultRegency,
  showCatalogue,
  idPrefix,
  onApplied,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  nik: string;
  defaultRegency: string;
  showCatalogue: boolean;
  idPrefix: string;
  onApplied: () => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [regency, setRegency] = useState(defaultRegency);
  const [shown, setShown] = useState<{ code: string; offerings: Offering[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [choice, setChoice] = useState<{ mppId: string; service: ServiceCode } | null>(null);
  const ended = useRef(onEnded);
  ended.current = onEnded;

  const load = useCallback(
    (code: string) => {
      setFailure(null);
      graphql(session, CATALOGUE, { regencyCode: code }).then(
        ({ data, errors }) => {
          const offerings = data?.services ?? [];
          setShown({ code, offerings });
          setChoice(offerings[0] ? { mppId: offerings[0].mpp.id, service: offerings[0].service } : null);
          if (errors.length > 0) setFailure(errors[0].message);
        },
        failed(() => ended.current(), setFailure),
      );
    },
    [session],
  );

  useEffect(() => {
    setRegency(defaultRegency);
    load(defaultRegency);
  }, [load, defaultRegency]);

  const choose = (mppId: string, service: ServiceCode) => {
    setChoice({ mppId, service });
    const select = document.getElementById(`${idPrefix}-mpp`);
    select?.scrollIntoView({ block: 'center' });
    select?.focus();
  };

  const offerings = shown?.offerings ?? [];
  return (
    <>
      <section aria-labelledby={`${idPrefix}-catalogue`}>
        <h1 id={`${idPrefix}-catalogue`}>{t('catalogueTitle')}</h1>
        <p className="muted">{t('catalogueHelp')}</p>
        <form
          className="card filters"
          aria-label={t('catalogueTitle')}
          onSubmit={(event) => {
            event.preventDefault();
            load(regency);
          }}
        >
          <div className="input">
            <label htmlFor={`${idPrefix}-regency`}>{t('regencyCode')}</label>
            <input
              id={`${idPrefix}-regency`}
              value={regency}
              maxLength={5}
              placeholder={DEFAULT_REGENCY}
              onChange={(event) => setRegency(event.target.value.trim())}
            />
          </div>
          <button type="submit" disabled={!REGENCY.test(regency)}>
            {t('showServices')}
          </button>
        </form>
        {failure && <p role="alert">{`${t('loadFailed')}: ${failure}`}</p>}
        {shown && offerings.length === 0 && !failure && (
          <p role="status">{i18n.format('noMpp', { code: shown.code })}</p>
        )}
        {showCatalogue &&
          mppsOf(offerings).map((mpp) => (
            <article key={mpp.id} className="card mpp" aria-labelledby={`${idPrefix}-${mpp.id}`}>
              <h2 id={`${idPrefix}-${mpp.id}`}>{mpp.name}</h2>
              <p className="muted">{mpp.address}</p>
              <ul className="offerings">
                {offerings
                  .filter((offering) => offering.mpp.id === mpp.id)
                  .map((offering) => (
                    <li
                      key={offering.service}
                      data-testid="offering"
                      aria-labelledby={`${idPrefix}-${mpp.id}-${offering.service}`}
                    >
                      <h3 id={`${idPrefix}-${mpp.id}-${offering.service}`}>
                        {i18n.serviceName(offering.service, offering.name)}
                      </h3>
                      <dl>
                        <div className="field">
                          <dt>{t('agency')}</dt>
                          <dd>{i18n.hub(offering.agency)}</dd>
                        </div>
                        <div className="field">
                          <dt>{t('requirements')}</dt>
                          <dd>
                            <ul>
                              {offering.requirements.map((requirement) => (
                                <li key={requirement.requirement}>{i18n.hub(requirement.requirement)}</li>
                              ))}
                            </ul>
                          </dd>
                        </div>
                        <div className="field">
                          <dt>{t('legalBasis')}</dt>
                          <dd>{`${i18n.term(offering.legalBasis)}; ${offering.legalReference}`}</dd>
                        </div>
                        <div className="field">
                          <dt>{t('fee')}</dt>
                          <dd data-testid="fee">
                            {offering.feeRupiah === 0 ? t('free') : `Rp ${i18n.number(offering.feeRupiah)}`}
                          </dd>
                        </div>
                        <div className="field">
                          <dt>{t('serviceStandard')}</dt>
                          <dd data-testid="standard">{i18n.format('workingDays', { days: offering.standardDays })}</dd>
                        </div>
                        <div className="field">
                          <dt>{t('complaintStandard')}</dt>
                          <dd>{i18n.format('workingDays', { days: offering.complaintDays })}</dd>
                        </div>
                      </dl>
                      <button type="button" onClick={() => choose(mpp.id, offering.service)}>
                        {i18n.format('applyHere', { service: i18n.term(offering.service) })}
                      </button>
                    </li>
                  ))}
              </ul>
            </article>
          ))}
      </section>
      {choice && (
        <ApplyForService
          i18n={i18n}
          session={session}
          nik={nik}
          idPrefix={idPrefix}
          offerings={offerings}
          choice={choice}
          onChoose={setChoice}
          onApplied={onApplied}
          onEnded={onEnded}
        />
      )}
    </>
  );
}

const EMPTY_FORM = { name: '', kbli: '', villageCode: '', street: '', rt: '', rw: '', location: '', regency: '' };

/** Whether the form holds what the chosen service needs. */
function ready(service: ServiceCode, form: typeof EMPTY_FORM): boolean {
  switch (service) {
    case 'NIB_UMK':
      return form.name.trim().length >= 3 && /^[0-9]{5}$/.test(form.kbli);
    case 'PBI_JK':
      return true;
    case 'ADDRESS_CHANGE':
      return (
        /^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$/.test(form.villageCode) &&
        form.street.trim().length >= 3 &&
        /^[0-9]{3}$/.test(form.rt) &&
        /^[0-9]{3}$/.test(form.rw)
      );
    case 'SIP':
      return form.location.trim().length >= 3 && REGENCY.test(form.regency);
  }
}

function ApplyForService({
  i18n,
  session,
  nik,
  idPrefix,
  offerings,
  choice,
  onChoose,
  onApplied,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  nik: string;
  idPrefix: string;
  offerings: readonly Offering[];
  choice: { mppId: string; service: ServiceCode };
  onChoose: (choice: { mppId: string; service: ServiceCode }) => void;
  onApplied: () => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [form, setForm] = useState(EMPTY_FORM);
  const [result, setResult] = useState<ServiceApplicationView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { mppId, service } = choice;
  const atMpp = offerings.filter((offering) => offering.mpp.id === mppId);
  // Another service or MPP: what was said about the last attempt no longer applies.
  useEffect(() => setFailure(null), [mppId, service]);

  const submit = async (): Promise<ServiceApplicationView | null> => {
    switch (service) {
      case 'NIB_UMK':
        return (
          (await graphql(session, APPLY_NIB, { nik, mppId, business: { name: form.name.trim(), kbli: form.kbli } }))
            .data?.applyForNib ?? null
        );
      case 'PBI_JK':
        return (await graphql(session, APPLY_PBI_JK, { nik, mppId })).data?.applyForPbiJk ?? null;
      case 'ADDRESS_CHANGE':
        return (
          (
            await graphql(session, APPLY_ADDRESS_CHANGE, {
              nik,
              mppId,
              newAddress: { villageCode: form.villageCode, street: form.street.trim(), rt: form.rt, rw: form.rw },
            })
          ).data?.applyForAddressChange ?? null
        );
      case 'SIP':
        return (
          (
            await graphql(session, APPLY_SIP, {
              nik,
              mppId,
              location: { name: form.location.trim(), regencyCode: form.regency },
            })
          ).data?.applyForSip ?? null
        );
    }
  };

  const apply = () => {
    setBusy(true);
    setFailure(null);
    setResult(null);
    submit()
      .then(
        (applied) => {
          if (!applied) return setFailure(t('applyFailed'));
          setResult(applied);
          setForm(EMPTY_FORM);
          onApplied();
        },
        failed(onEnded, (message) => setFailure(`${t('applyFailed')}: ${message}`)),
      )
      .finally(() => setBusy(false));
  };

  const input = (
    name: keyof typeof EMPTY_FORM,
    label: MessageKey,
    extra: { maxLength: number; placeholder?: string },
  ) => (
    <div className="input">
      <label htmlFor={`${idPrefix}-${name}`}>{t(label)}</label>
      <input
        id={`${idPrefix}-${name}`}
        value={form[name]}
        autoComplete="off"
        {...extra}
        onChange={(event) => setForm({ ...form, [name]: event.target.value })}
      />
    </div>
  );

  const title = `${idPrefix}-apply-title`;
  return (
    <section aria-labelledby={title}>
      <h1 id={title}>{t('applyTitle')}</h1>
      <form
        className="card"
        aria-labelledby={title}
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <div className="filters wide">
          <div className="input">
            <label htmlFor={`${idPrefix}-mpp`}>MPP</label>
            <select
              id={`${idPrefix}-mpp`}
              value={mppId}
              onChange={(event) => {
                const next = offerings.find((offering) => offering.mpp.id === event.target.value);
                if (next) onChoose({ mppId: next.mpp.id, service: next.service });
              }}
            >
              {mppsOf(offerings).map((mpp) => (
                <option key={mpp.id} value={mpp.id}>
                  {mpp.name}
                </option>
              ))}
            </select>
          </div>
          <div className="input">
            <label htmlFor={`${idPrefix}-service`}>{t('service')}</label>
            <select
              id={`${idPrefix}-service`}
              value={service}
              onChange={(event) => onChoose({ mppId, service: event.target.value as ServiceCode })}
            >
              {atMpp.map((offering) => (
                <option key={offering.service} value={offering.service}>
                  {i18n.serviceName(offering.service, offering.name)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="notice" data-testid="entered-once">
          {i18n.format('enteredOnce', { sources: t(SOURCES[service]) })}
        </p>
        {service === 'PBI_JK' && <p>{t('nothingToEnter')}</p>}
        {service === 'NIB_UMK' && (
          <div className="filters">
            {input('name', 'businessName', { maxLength: 200 })}
            {input('kbli', 'kbli', { maxLength: 5, placeholder: '56303' })}
          </div>
        )}
        {service === 'ADDRESS_CHANGE' && (
          <div className="filters">
            {input('villageCode', 'villageCode', { maxLength: 13, placeholder: '32.73.01.1001' })}
            {input('street', 'street', { maxLength: 200 })}
            {input('rt', 'rt', { maxLength: 3, placeholder: '001' })}
            {input('rw', 'rw', { maxLength: 3, placeholder: '002' })}
          </div>
        )}
        {service === 'SIP' && (
          <div className="filters">
            {input('location', 'facility', { maxLength: 200 })}
            {input('regency', 'regencyCode', { maxLength: 5, placeholder: '32.73' })}
          </div>
        )}
        <div className="actions">
          <button type="submit" disabled={busy || !ready(service, form)}>
            {t('apply')}
          </button>
        </div>
        {failure && <p role="alert">{failure}</p>}
      </form>
      {result && (
        <article className="card result" data-testid="application-result" aria-labelledby={`${idPrefix}-result`}>
          <h2 id={`${idPrefix}-result`}>{serviceTitle(i18n, result)}</h2>
          <p role="status" data-testid="applied">
            {[
              `${t('applied')}: ${shortName(i18n, result)}`,
              result.mpp?.name,
              result.dueOn && `${t('dueOn')} ${i18n.date(result.dueOn)}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <ApplicationData i18n={i18n} application={result} />
        </article>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The citizen's services tab.

/** The citizen's "MPP services" tab: the catalogue and the apply form, their applications and complaints. */
export function ServicesPanel({
  i18n,
  session,
  nik,
  regency,
  services,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  nik: string;
  /** The citizen's own regency (PP.RR), when the profile gives it. */
  regency: string | null;
  services: MyServicesState;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const { me, errors, failure, reload } = services;
  return (
    <>
      <MppServices
        i18n={i18n}
        session={session}
        nik={nik}
        defaultRegency={regency ?? DEFAULT_REGENCY}
        showCatalogue
        idPrefix="citizen-services"
        onApplied={reload}
        onEnded={onEnded}
      />
      {failure && <p role="alert">{`${t('loadFailed')}: ${failure}`}</p>}
      {errors.map((error) => (
        <p key={`${error.path?.join('.')}/${error.message}`} role="alert">{`${t('loadFailed')}: ${error.message}`}</p>
      ))}
      <section aria-labelledby="my-service-applications">
        <h1 id="my-service-applications">{t('myServiceApplications')}</h1>
        {me?.applications && (
          <MyApplications
            i18n={i18n}
            session={session}
            applications={me.applications}
            onChanged={reload}
            onEnded={onEnded}
          />
        )}
      </section>
      <section aria-labelledby="my-complaints">
        <h1 id="my-complaints">{t('myComplaints')}</h1>
        {me?.complaints && (
          <MyComplaints i18n={i18n} session={session} complaints={me.complaints} onChanged={reload} onEnded={onEnded} />
        )}
      </section>
    </>
  );
}

function MyApplications({
  i18n,
  session,
  applications,
  onChanged,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  applications: readonly MyApplication[];
  onChanged: () => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  if (applications.length === 0) return <p>{t('serviceApplicationsEmpty')}</p>;
  return (
    <ul className="consents">
      {applications.map((application) => {
        const heading = `service-application-${application.id}`;
        return (
          <li key={application.id} className="card" data-testid="service-application" aria-labelledby={heading}>
            <h2 id={heading}>{`${shortName(i18n, application)}: ${application.mpp?.name ?? ''}`}</h2>
            {application.submittedAt && (
              <p className="muted">{`${t('submittedAt')} ${i18n.dateTime(application.submittedAt)}`}</p>
            )}
            <StatusLine i18n={i18n} application={application} />
            <StatusTimeline i18n={i18n} history={application.history} />
            <details>
              <summary>{t('applicationData')}</summary>
              <ApplicationData i18n={i18n} application={application} />
            </details>
            {application.status === 'COMPLETED' &&
              (application.surveyAnswered ? (
                <p role="status" data-testid="survey-answered">
                  {t('surveyAnswered')}
                </p>
              ) : (
                <SurveyForm
                  i18n={i18n}
                  session={session}
                  application={application}
                  onAnswered={onChanged}
                  onEnded={onEnded}
                />
              ))}
            <ComplaintForm
              i18n={i18n}
              session={session}
              application={application}
              onFiled={onChanged}
              onEnded={onEnded}
            />
          </li>
        );
      })}
    </ul>
  );
}

/** The satisfaction survey after a completed application: nine elements, each scored 1 to 4. */
function SurveyForm({
  i18n,
  session,
  application,
  onAnswered,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  application: MyApplication;
  onAnswered: () => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [scores, setScores] = useState<Partial<SkmScoresInput>>({});
  const [message, setMessage] = useState<{ alert: boolean; text: string } | null>(null);
  const complete = SKM.every((element) => scores[element.key] !== undefined);
  const title = `survey-${application.id}`;
  const send = () =>
    graphql(session, ANSWER_SURVEY, { applicationId: application.id, scores: scores as SkmScoresInput }).then(
      () => {
        setMessage({ alert: false, text: t('surveyThanks') });
        onAnswered();
      },
      failed(onEnded, (why) => setMessage({ alert: true, text: `${t('surveyFailed')}: ${why}` })),
    );
  return (
    <form
      className="survey"
      aria-labelledby={title}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h3 id={title}>{t('surveyTitle')}</h3>
      <p className="muted">{t('surveyHelp')}</p>
      {SKM.map((element, index) => (
        <fieldset key={element.key} className="score">
          <legend>{`U${index + 1} ${t(element.label)}`}</legend>
          {SCORES.map((score) => (
            <label key={score} className="scope">
              <input
                type="radio"
                name={`${title}-${element.key}`}
                value={score}
                checked={scores[element.key] === score}
                onChange={() => setScores({ ...scores, [element.key]: score })}
              />
              <span>{`${score} ${t(SCORE_LABEL[score])}`}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <div className="actions">
        <button type="submit" disabled={!complete}>
          {t('sendSurvey')}
        </button>
      </div>
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}

/** "File a complaint" about one application: the category, a title and what happened. */
function ComplaintForm({
  i18n,
  session,
  application,
  onFiled,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  application: MyApplication;
  onFiled: () => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const [category, setCategory] = useState<ComplaintCategory>('DELAY');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [message, setMessage] = useState<{ alert: boolean; text: string } | null>(null);
  const id = `complaint-${application.id}`;
  const file = () =>
    graphql(session, FILE_COMPLAINT, {
      input: { applicationId: application.id, category, title: title.trim(), description: description.trim() },
    }).then(
      ({ data }) => {
        setMessage({
          alert: false,
          text: i18n.format('complaintFiled', {
            due: data?.fileComplaint.dueOn ? i18n.date(data.fileComplaint.dueOn) : '–',
          }),
        });
        setOpen(false);
        toggle.current?.focus();
        setTitle('');
        setDescription('');
        onFiled();
      },
      failed(onEnded, (why) => setMessage({ alert: true, text: `${t('complaintFailed')}: ${why}` })),
    );
  return (
    <div>
      <div className="actions">
        <button
          ref={toggle}
          type="button"
          aria-expanded={open}
          aria-controls={open ? id : undefined}
          onClick={() => setOpen(!open)}
        >
          {t('fileComplaint')}
        </button>
      </div>
      {open && (
        <form
          id={id}
          className="card"
          aria-labelledby={`${id}-title`}
          onSubmit={(event) => {
            event.preventDefault();
            void file();
          }}
        >
          <h3 id={`${id}-title`}>
            {i18n.format('complaintAbout', {
              service: shortName(i18n, application),
              mpp: application.mpp?.name ?? '',
            })}
          </h3>
          <div className="input">
            <label htmlFor={`${id}-category`}>{t('category')}</label>
            <select
              id={`${id}-category`}
              value={category}
              onChange={(event) => setCategory(event.target.value as ComplaintCategory)}
            >
              {CATEGORIES.map((code) => (
                <option key={code} value={code}>
                  {i18n.term(code)}
                </option>
              ))}
            </select>
          </div>
          <div className="input">
            <label htmlFor={`${id}-subject`}>{t('complaintTitle')}</label>
            <input
              id={`${id}-subject`}
              value={title}
              maxLength={150}
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          <div className="input">
            <label htmlFor={`${id}-description`}>{t('complaintDescription')}</label>
            <textarea
              id={`${id}-description`}
              rows={4}
              maxLength={4000}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          </div>
          <div className="actions">
            <button type="submit" disabled={title.trim().length < 5 || description.trim().length < 20}>
              {t('sendComplaint')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setOpen(false);
                toggle.current?.focus();
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
    </div>
  );
}

/** A complaint's responses, oldest first: when, who, the status it left, what was said. */
export function ComplaintResponses({ i18n, complaint }: { i18n: Translator; complaint: ComplaintView }) {
  const { t } = i18n;
  if (!complaint.responses) return <p className="withheld">{t('withheld')}</p>;
  if (complaint.responses.length === 0) return <p className="muted">{t('noResponses')}</p>;
  return (
    <ol className="timeline" aria-label={t('responses')}>
      {complaint.responses.map((response) => (
        <li key={`${response.at}/${response.author}`} data-testid="complaint-response">
          <time dateTime={response.at}>{i18n.dateTime(response.at)}</time>
          {` · ${i18n.term(response.author)} · ${i18n.term(response.status)}: ${response.message}`}
        </li>
      ))}
    </ol>
  );
}

/** A complaint's status, category, service, dates and whether its answer is overdue. */
export function ComplaintStatusLine({ i18n, complaint }: { i18n: Translator; complaint: ComplaintView }) {
  const { t } = i18n;
  return (
    <p data-testid="complaint-status">
      <strong>{complaint.status ? i18n.term(complaint.status) : t('withheld')}</strong>
      {[
        '',
        complaint.category && i18n.term(complaint.category),
        complaint.service && `${i18n.term(complaint.service)}, ${complaint.mpp?.name ?? ''}`,
        complaint.submittedAt && `${t('submittedAt')} ${i18n.dateTime(complaint.submittedAt)}`,
        complaint.dueOn && `${t('dueOn')} ${i18n.date(complaint.dueOn)}`,
      ]
        .filter((part) => part !== null)
        .join(' · ')}
      {complaint.overdue && (
        <>
          {' · '}
          <OverdueMark i18n={i18n} />
        </>
      )}
    </p>
  );
}

function MyComplaints({
  i18n,
  session,
  complaints,
  onChanged,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  complaints: readonly ComplaintView[];
  onChanged: () => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  if (complaints.length === 0) return <p>{t('complaintsEmpty')}</p>;
  return (
    <ul className="consents">
      {complaints.map((complaint) => {
        const heading = `my-complaint-${complaint.id}`;
        return (
          <li key={complaint.id} className="card" data-testid="complaint" aria-labelledby={heading}>
            <h2 id={heading}>{complaint.title ?? t('withheld')}</h2>
            <ComplaintStatusLine i18n={i18n} complaint={complaint} />
            <p>{complaint.description}</p>
            <h3>{t('responses')}</h3>
            <ComplaintResponses i18n={i18n} complaint={complaint} />
            {complaint.status === 'ANSWERED' && (
              <CloseComplaint
                i18n={i18n}
                session={session}
                complaint={complaint}
                onClosed={onChanged}
                onEnded={onEnded}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

function CloseComplaint({
  i18n,
  session,
  complaint,
  onClosed,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  complaint: ComplaintView;
  onClosed: () => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [word, setWord] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const field = `close-${complaint.id}`;
  const close = () =>
    graphql(session, CLOSE_COMPLAINT, { id: complaint.id, message: word.trim() || null }).then(
      onClosed,
      failed(onEnded, (why) => setFailure(`${t('closeFailed')}: ${why}`)),
    );
  return (
    <div className="input">
      <label htmlFor={field}>{t('lastWord')}</label>
      <textarea id={field} rows={2} maxLength={4000} value={word} onChange={(event) => setWord(event.target.value)} />
      <div className="actions">
        <button type="button" onClick={() => void close()}>
          {t('closeComplaint')}
        </button>
      </div>
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The notifications tab.

/** The label of the notifications tab: with the unread count when there are unread ones. */
export const notificationsLabel = (i18n: Translator, unread: number | null | undefined) =>
  unread ? i18n.format('notificationsUnread', { count: i18n.number(unread) }) : i18n.t('notifications');

/**
 * The citizen's inbox, newest first: each notification's kind, when, whether read, its e-mail; mark one or all
 * read; open the page it concerns; and the address notifications are e-mailed to (name and link only).
 */
export function NotificationsPanel({
  i18n,
  session,
  services,
  onOpen,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  services: MyServicesState;
  /** Shows the page a notification concerns (its `link`). */
  onOpen: (link: string) => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const { me, showInbox } = services;
  const [failure, setFailure] = useState<string | null>(null);
  const notifications = me?.notifications ?? [];
  const unread = me?.unreadNotifications ?? 0;
  const mark = (ids: string[] | null) =>
    graphql(session, MARK_READ, { ids }).then(
      ({ data, errors }) => {
        const inbox = data?.markNotificationsRead;
        setFailure(inbox ? null : `${t('markReadFailed')}: ${errors[0]?.message ?? ''}`);
        if (inbox) showInbox(inbox);
      },
      failed(onEnded, (why) => setFailure(`${t('markReadFailed')}: ${why}`)),
    );
  return (
    <>
      <section aria-labelledby="notifications-title">
        <h1 id="notifications-title">{t('notifications')}</h1>
        <p role="status" data-testid="unread-count">
          {i18n.format('unreadCount', { count: i18n.number(unread) })}
        </p>
        <div className="actions">
          <button type="button" disabled={unread === 0} onClick={() => void mark(null)}>
            {t('markAllRead')}
          </button>
        </div>
        {failure && <p role="alert">{failure}</p>}
        {me && notifications.length === 0 && <p>{t('notificationsEmpty')}</p>}
        <ul className="consents">
          {notifications.map((notification) => (
            <NotificationItem
              key={notification.id}
              i18n={i18n}
              notification={notification}
              onMark={() => void mark([notification.id])}
              onOpen={() => {
                if (!notification.readAt) void mark([notification.id]);
                onOpen(notification.link);
              }}
            />
          ))}
        </ul>
      </section>
      <NotificationEmail
        i18n={i18n}
        session={session}
        email={me?.notificationEmail ?? null}
        onSaved={showInbox}
        onEnded={onEnded}
      />
    </>
  );
}

function NotificationItem({
  i18n,
  notification,
  onMark,
  onOpen,
}: {
  i18n: Translator;
  notification: Notification;
  onMark: () => void;
  onOpen: () => void;
}) {
  const { t } = i18n;
  const heading = `notification-${notification.id}`;
  const read = notification.readAt !== null;
  return (
    <li
      className={read ? 'card' : 'card unread'}
      data-testid="notification"
      data-id={notification.id}
      data-read={read}
      aria-labelledby={heading}
    >
      <h2 id={heading}>{notification.title}</h2>
      <p className="muted">
        {!read && <strong className="unread-mark">{`${t('unread')} · `}</strong>}
        {[
          read ? i18n.format('readAt', { at: i18n.dateTime(notification.readAt!) }) : null,
          i18n.term(notification.kind),
          notification.occurrences > 1 ? i18n.format('occurrences', { n: notification.occurrences }) : null,
          i18n.dateTime(notification.createdAt),
          t(EMAIL_STATUS[notification.emailStatus] ?? 'emailNONE'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="body">{notification.body}</p>
      <div className="actions">
        <button type="button" onClick={onOpen} aria-describedby={heading}>
          {t('open')}
        </button>
        {!read && (
          <button type="button" onClick={onMark} aria-describedby={heading}>
            {t('markRead')}
          </button>
        )}
      </div>
    </li>
  );
}

function NotificationEmail({
  i18n,
  session,
  email,
  onSaved,
  onEnded,
}: {
  i18n: Translator;
  session: Session;
  email: string | null;
  onSaved: (inbox: WebInboxFragment) => void;
  onEnded: () => void;
}) {
  const { t } = i18n;
  const [address, setAddress] = useState(email ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => setAddress(email ?? ''), [email]);
  const save = (value: string | null) =>
    graphql(session, SET_EMAIL, { email: value }).then(
      ({ data, errors }) => {
        const inbox = data?.setNotificationEmail;
        setFailure(inbox ? null : `${t('emailFailed')}: ${errors[0]?.message ?? ''}`);
        if (inbox) onSaved(inbox);
      },
      failed(onEnded, (why) => setFailure(`${t('emailFailed')}: ${why}`)),
    );
  return (
    <section aria-labelledby="email-title">
      <h1 id="email-title">{t('emailTitle')}</h1>
      <form
        className="card narrow"
        aria-labelledby="email-title"
        onSubmit={(event) => {
          event.preventDefault();
          void save(address.trim());
        }}
      >
        <p className="muted">{t('emailHelp')}</p>
        <p role="status" data-testid="email-now">
          {email ? i18n.format('emailOn', { email }) : t('emailOff')}
        </p>
        <label htmlFor="notification-email">{t('emailAddress')}</label>
        <input
          id="notification-email"
          type="email"
          autoComplete="email"
          maxLength={254}
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />
        <div className="actions">
          <button type="submit" disabled={address.trim().length === 0}>
            {t('saveEmail')}
          </button>
          <button type="button" disabled={!email} onClick={() => void save(null)}>
            {t('clearEmail')}
          </button>
        </div>
        {failure && <p role="alert">{failure}</p>}
      </form>
    </section>
  );
}
