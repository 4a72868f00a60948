import { useCallback, useEffect, useRef, useState } from 'react';
import { gql } from './generated';
import type { WebRightsReportQuery } from './generated/graphql';
import { graphql, SessionEnded, type Session } from './api';
import { downloadCsv } from './csv';
import type { MessageKey, Translator } from './i18n';
import { percent } from './reports';
import { jakartaToday } from './service-desk';

// The data subjects' requests under UU PDP in a month (stewards): per kind, how many came, how many were answered
// and how many of those within 3 x 24 hours, what is open and overdue, the outcomes and the median time to answer;
// as a table (also downloaded as CSV), and below it every request past its deadline now, whenever it came. Counts
// and agencies only: the API names no person.

gql(`fragment WebRightsCounts on RightsRequestCounts {
  received answered answeredInTime open overdue outcomes { outcome count } medianHoursToAnswer
}`);

gql(`fragment WebOverdueRightsRequest on OverdueRightsRequest { id kind agency receivedAt dueAt }`);

const REPORT = gql(`query WebRightsReport($month: String!) {
  rightsReport(month: $month) {
    month
    exports { ...WebRightsCounts }
    overdueExports { ...WebOverdueRightsRequest }
    corrections { ...WebRightsCounts }
    overdueCorrections { ...WebOverdueRightsRequest }
    objections { ...WebRightsCounts }
    overdueObjections { ...WebOverdueRightsRequest }
  }
}`);

type Report = WebRightsReportQuery['rightsReport'];
type Counts = Report['exports'];
type Overdue = Report['overdueExports'][number];

/** Each kind of request: where the report keeps it, its name, and the outcomes it can end with. */
const KINDS = [
  {
    kind: 'DATA_EXPORT',
    counts: 'exports',
    overdue: 'overdueExports',
    name: 'rightsKindExport',
    outcomes: ['DELIVERED', 'FAILED'],
  },
  {
    kind: 'CORRECTION',
    counts: 'corrections',
    overdue: 'overdueCorrections',
    name: 'rightsKindCorrection',
    outcomes: ['ACCEPTED', 'REJECTED'],
  },
  {
    kind: 'OBJECTION',
    counts: 'objections',
    overdue: 'overdueObjections',
    name: 'rightsKindObjection',
    outcomes: ['UPHELD', 'OVERTURNED'],
  },
] as const satisfies readonly {
  kind: string;
  counts: keyof Report;
  overdue: keyof Report;
  name: MessageKey;
  outcomes: readonly string[];
}[];

/** The outcomes in words: the hub's codes, DELIVERED and FAILED under names of their own (FAILED means more). */
const OUTCOME_NAMES: Record<string, MessageKey> = {
  DELIVERED: 'rightsDelivered',
  FAILED: 'rightsFailed',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
  UPHELD: 'UPHELD',
  OVERTURNED: 'OVERTURNED',
};

const ALL_OUTCOMES = KINDS.flatMap((kind) => kind.outcomes);

/** The header of the CSV the table downloads as (one row per kind; an outcome another kind has is left empty). */
export const RIGHTS_CSV_HEADER = [
  'month',
  'kind',
  'received',
  'answered',
  'answered_in_time',
  'share_answered_in_time',
  'open',
  'overdue',
  ...ALL_OUTCOMES.map((outcome) => `outcome_${outcome.toLowerCase()}`),
  'median_hours_to_answer',
];

const countOf = (counts: Counts, outcome: string) =>
  counts.outcomes.find((entry) => entry.outcome === outcome)?.count ?? 0;

/** The share of the answered ones answered in time, 0-1; null when none was answered. */
const shareInTime = (counts: Counts) => (counts.answered === 0 ? null : counts.answeredInTime / counts.answered);

const HOUR = 3_600_000;

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
}

/** "Hak subjek data": a month (this month in Jakarta, at first), its counts by kind, and what is overdue now. */
export function RightsReportPage({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const [month, setMonth] = useState(() => jakartaToday().slice(0, 7));
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const ended = useRef(onEnded);
  ended.current = onEnded;

  const show = useCallback(
    (asked: string) => {
      setFailure(null);
      setLoading(true);
      graphql(session, REPORT, { month: asked })
        .then(
          ({ data, errors }) => {
            if (errors.length > 0) setFailure(errors[0].message);
            setReport(data?.rightsReport ?? null);
          },
          (error: Error) => (error instanceof SessionEnded ? ended.current() : setFailure(error.message)),
        )
        .finally(() => setLoading(false));
    },
    [session],
  );
  // This month's report at once.
  useEffect(() => show(month), [show]);

  const download = () => {
    if (!report) return;
    downloadCsv(`rights-requests-${report.month}.csv`, [
      RIGHTS_CSV_HEADER,
      ...KINDS.map((kind) => {
        const counts = report[kind.counts];
        return [
          report.month,
          kind.kind,
          counts.received,
          counts.answered,
          counts.answeredInTime,
          shareInTime(counts),
          counts.open,
          counts.overdue,
          ...ALL_OUTCOMES.map((outcome) =>
            (kind.outcomes as readonly string[]).includes(outcome) ? countOf(counts, outcome) : null,
          ),
          counts.medianHoursToAnswer,
        ];
      }),
    ]);
  };

  const kindName = (code: string) => {
    const kind = KINDS.find((candidate) => candidate.kind === code);
    return kind ? t(kind.name) : code;
  };
  const hours = (value: number | null) => (value === null ? '–' : i18n.number(Math.round(value * 10) / 10));
  const overdue = report
    ? KINDS.flatMap((kind): Overdue[] => report[kind.overdue]).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
    : [];
  const now = Date.now();
  const lateBy = (request: Overdue) => {
    const late = Math.max(0, Math.floor((now - Date.parse(request.dueAt)) / HOUR));
    return late < 24
      ? i18n.format('lateHours', { hours: i18n.number(late) })
      : i18n.format('lateDaysHours', { days: i18n.number(Math.floor(late / 24)), hours: i18n.number(late % 24) });
  };

  return (
    <section aria-labelledby="rights-report-title">
      <h1 id="rights-report-title">{t('rightsReportTitle')}</h1>
      <p className="muted">{t('rightsReportHelp')}</p>
      <form
        className="card filters"
        aria-labelledby="rights-report-title"
        onSubmit={(event) => {
          event.preventDefault();
          show(month);
        }}
      >
        <div className="input">
          <label htmlFor="rights-report-month">{t('rightsMonth')}</label>
          <input
            id="rights-report-month"
            type="month"
            value={month}
            required
            onChange={(event) => setMonth(event.target.value)}
          />
        </div>
        <button type="submit" disabled={!/^[0-9]{4}-[0-9]{2}$/.test(month)}>
          {t('showReport')}
        </button>
      </form>
      {loading && <p role="status">{t('loading')}</p>}
      {failure && <p role="alert">{`${t('loadFailed')}: ${failure}`}</p>}
      {report && (
        <>
          <div className="actions">
            <button type="button" onClick={download}>
              {t('downloadCsv')}
            </button>
          </div>
          <div className="table-scroll" role="region" aria-labelledby="rights-report-caption" tabIndex={0}>
            <table data-testid="rights-report">
              <caption id="rights-report-caption">
                {i18n.format('rightsReportCaption', { month: i18n.month(report.month) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('rightsKind')}</th>
                  <th scope="col">{t('rightsReceived')}</th>
                  <th scope="col">{t('rightsAnswered')}</th>
                  <th scope="col">{t('rightsAnsweredInTime')}</th>
                  <th scope="col">{t('rightsOpen')}</th>
                  <th scope="col">{t('rightsOverdueNow')}</th>
                  <th scope="col">{t('rightsOutcomes')}</th>
                  <th scope="col">{t('rightsMedianHours')}</th>
                </tr>
              </thead>
              <tbody>
                {KINDS.map((kind) => {
                  const counts = report[kind.counts];
                  const share = shareInTime(counts);
                  return (
                    <tr key={kind.kind} data-testid="rights-row" data-kind={kind.kind}>
                      <th scope="row">{t(kind.name)}</th>
                      <td data-testid="received">{i18n.number(counts.received)}</td>
                      <td data-testid="answered">{i18n.number(counts.answered)}</td>
                      <td data-testid="answered-in-time">
                        {`${i18n.number(counts.answeredInTime)} (${share === null ? '–' : percent(i18n, share)})`}
                      </td>
                      <td data-testid="open">{i18n.number(counts.open)}</td>
                      <td data-testid="overdue">{i18n.number(counts.overdue)}</td>
                      <td>
                        <ul className="counts" data-testid="outcomes">
                          {kind.outcomes.map((outcome) => (
                            <li key={outcome} data-outcome={outcome}>
                              {`${t(OUTCOME_NAMES[outcome])} ${i18n.number(countOf(counts, outcome))}`}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td data-testid="median-hours">{hours(counts.medianHoursToAnswer)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <section aria-labelledby="rights-overdue-title">
            <h2 id="rights-overdue-title">{t('rightsOverdueTitle')}</h2>
            <p className="muted">{t('rightsOverdueHelp')}</p>
            {overdue.length === 0 ? (
              <p role="status" data-testid="rights-overdue-none">
                {t('rightsOverdueNone')}
              </p>
            ) : (
              <div className="table-scroll" role="region" aria-labelledby="rights-overdue-caption" tabIndex={0}>
                <table data-testid="rights-overdue">
                  <caption id="rights-overdue-caption">
                    {i18n.format('rightsOverdueCaption', { count: i18n.number(overdue.length) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('rightsKind')}</th>
                      <th scope="col">{t('agency')}</th>
                      <th scope="col">{t('rightsReceivedAt')}</th>
                      <th scope="col">{t('rightsDueAt')}</th>
                      <th scope="col">{t('rightsLateBy')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {overdue.map((request) => (
                      <tr key={`${request.kind}/${request.id}`} data-testid="rights-overdue-request">
                        <th scope="row">{kindName(request.kind)}</th>
                        <td>{request.agency}</td>
                        <td>{i18n.dateTime(request.receivedAt)}</td>
                        <td>{i18n.dateTime(request.dueAt)}</td>
                        <td>{lateBy(request)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </section>
  );
}
