import { useCallback, useEffect, useRef, useState } from 'react';
import { gql } from './generated';
import type { ServiceApplicationStatus, WebPerformanceReportQuery } from './generated/graphql';
import { graphql, SessionEnded, type Session } from './api';
import { downloadCsv } from './csv';
import type { Translator } from './i18n';
import { DEFAULT_REGENCY } from './services';
import { jakartaMonthStart, jakartaToday } from './service-desk';

// The performance of a regency's MPPs over a period (planners, and officers serving at an MPP): per MPP and
// service, the applications by status, how many were completed within the service standard, the median working
// days, what is overdue, the complaints and their answers, and the satisfaction index (IKM) with its grade; as a
// table (also downloaded as CSV) and as two bar charts drawn here in SVG, each described in words. Counts only.

const REPORT = gql(`query WebPerformanceReport($regencyCode: String!, $from: String!, $to: String!) {
  performanceReport(regencyCode: $regencyCode, from: $from, to: $to) {
    mpp { id name regencyCode }
    satisfaction { respondents converted grade gradeName }
    services {
      service submitted byStatus { status count } completed completedWithinStandard shareWithinStandard
      medianProcessingDays overdue complaints complaintsAnswered complaintsAnsweredInTime
      medianComplaintResolutionDays
      satisfaction { respondents converted grade gradeName }
    }
  }
}`);

type MppPerformance = WebPerformanceReportQuery['performanceReport'][number];
type ServicePerformance = MppPerformance['services'][number];
type Satisfaction = MppPerformance['satisfaction'];

const STATUSES: readonly ServiceApplicationStatus[] = ['SUBMITTED', 'VERIFIED', 'COMPLETED', 'REJECTED'];

/** Each status's bar colour: all at least 3:1 against white (WCAG 1.4.11), and named in the legend. */
const STATUS_COLOUR: Record<ServiceApplicationStatus, string> = {
  SUBMITTED: '#0b3d6b',
  VERIFIED: '#6a3d9a',
  COMPLETED: '#1d6b35',
  REJECTED: '#8a1c1c',
};

const REGENCY = /^[0-9]{2}\.[0-9]{2}$/;

/** A share (0-1) as a percentage with one decimal, in the language's way of writing numbers. */
export const percent = (i18n: Translator, share: number) => `${i18n.number(Math.round(share * 1000) / 10)} %`;

const countOf = (service: ServicePerformance, status: ServiceApplicationStatus) =>
  service.byStatus.find((entry) => entry.status === status)?.count ?? 0;

/** The header of the CSV the table downloads as (one row per MPP and service). */
export const REPORT_CSV_HEADER = [
  'mpp_id',
  'mpp',
  'service',
  'submitted',
  'status_submitted',
  'status_verified',
  'status_completed',
  'status_rejected',
  'completed',
  'completed_within_standard',
  'share_within_standard',
  'median_processing_days',
  'overdue',
  'complaints',
  'complaints_answered',
  'complaints_answered_in_time',
  'median_complaint_resolution_days',
  'survey_respondents',
  'ikm',
  'ikm_grade',
];

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
}

/** "Laporan kinerja MPP": a regency (Kota Bandung at first) over a period (this month so far, at first). */
export function PerformanceReport({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const [form, setForm] = useState(() => ({ regency: DEFAULT_REGENCY, from: jakartaMonthStart(), to: jakartaToday() }));
  const [report, setReport] = useState<{ asked: typeof form; mpps: MppPerformance[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const ended = useRef(onEnded);
  ended.current = onEnded;

  const show = useCallback(
    (asked: typeof form) => {
      setFailure(null);
      graphql(session, REPORT, { regencyCode: asked.regency, from: asked.from, to: asked.to }).then(
        ({ data, errors }) => {
          if (errors.length > 0) setFailure(errors[0].message);
          setReport(data ? { asked, mpps: data.performanceReport } : null);
        },
        (error: Error) => (error instanceof SessionEnded ? ended.current() : setFailure(error.message)),
      );
    },
    [session],
  );
  // The default report at once.
  useEffect(() => show(form), [show]);

  const ikmText = (satisfaction: Satisfaction) =>
    satisfaction.converted === null
      ? t('noSurvey')
      : `${i18n.number(satisfaction.converted)} · ${gradeOf(i18n, satisfaction)}`;

  const download = () => {
    if (!report) return;
    const { asked, mpps } = report;
    downloadCsv(`mpp-performance-${asked.regency}-${asked.from}-${asked.to}.csv`, [
      REPORT_CSV_HEADER,
      ...mpps.flatMap((mpp) =>
        mpp.services.map((service) => [
          mpp.mpp.id,
          mpp.mpp.name,
          service.service,
          service.submitted,
          ...STATUSES.map((status) => countOf(service, status)),
          service.completed,
          service.completedWithinStandard,
          service.shareWithinStandard,
          service.medianProcessingDays,
          service.overdue,
          service.complaints,
          service.complaintsAnswered,
          service.complaintsAnsweredInTime,
          service.medianComplaintResolutionDays,
          service.satisfaction.respondents,
          service.satisfaction.converted,
          service.satisfaction.grade,
        ]),
      ),
    ]);
  };

  const number = (value: number | null) => (value === null ? '–' : i18n.number(value));
  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">{t('reportTitle')}</h1>
      <p className="muted">{t('reportHelp')}</p>
      <form
        className="card filters"
        aria-labelledby="report-title"
        onSubmit={(event) => {
          event.preventDefault();
          show(form);
        }}
      >
        <div className="input">
          <label htmlFor="report-regency">{t('regencyCode')}</label>
          <input
            id="report-regency"
            value={form.regency}
            maxLength={5}
            onChange={(event) => setForm({ ...form, regency: event.target.value.trim() })}
          />
        </div>
        <div className="input">
          <label htmlFor="report-from">{t('from')}</label>
          <input
            id="report-from"
            type="date"
            value={form.from}
            onChange={(event) => setForm({ ...form, from: event.target.value })}
          />
        </div>
        <div className="input">
          <label htmlFor="report-to">{t('to')}</label>
          <input
            id="report-to"
            type="date"
            value={form.to}
            onChange={(event) => setForm({ ...form, to: event.target.value })}
          />
        </div>
        <button type="submit" disabled={!REGENCY.test(form.regency) || !form.from || !form.to}>
          {t('showReport')}
        </button>
      </form>
      {failure && <p role="alert">{`${t('loadFailed')}: ${failure}`}</p>}
      {report && report.mpps.length === 0 && (
        <p role="status">{i18n.format('noMpp', { code: report.asked.regency })}</p>
      )}
      {report && report.mpps.length > 0 && (
        <>
          <p className="muted" data-testid="report-period">
            {`${i18n.date(report.asked.from)} – ${i18n.date(report.asked.to)}`}
          </p>
          <div className="actions">
            <button type="button" onClick={download}>
              {t('downloadCsv')}
            </button>
          </div>
          {report.mpps.map((mpp) => {
            const caption = `report-${mpp.mpp.id}`;
            return (
              <article key={mpp.mpp.id} className="report" aria-labelledby={`${caption}-name`}>
                <h2 id={`${caption}-name`}>{mpp.mpp.name}</h2>
                <p data-testid="mpp-satisfaction">
                  {i18n.format('mppSatisfaction', { ikm: ikmText(mpp.satisfaction) })}
                  {` · ${i18n.format('respondents', { count: i18n.number(mpp.satisfaction.respondents) })}`}
                </p>
                <div className="table-scroll" role="region" aria-labelledby={caption} tabIndex={0}>
                  <table data-testid="report-table">
                    <caption id={caption}>{`${t('reportTitle')}: ${mpp.mpp.name}`}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('service')}</th>
                        <th scope="col">{t('applicationsCount')}</th>
                        <th scope="col">{t('byStatus')}</th>
                        <th scope="col">{t('COMPLETED')}</th>
                        <th scope="col">{t('withinStandard')}</th>
                        <th scope="col">{t('medianDays')}</th>
                        <th scope="col">{t('overdue')}</th>
                        <th scope="col">{t('complaintsTab')}</th>
                        <th scope="col">{t('complaintsAnsweredInTime')}</th>
                        <th scope="col">{t('medianResolution')}</th>
                        <th scope="col">{t('ikm')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {mpp.services.map((service) => (
                        <tr key={service.service} data-testid="report-row" data-service={service.service}>
                          <th scope="row">{i18n.term(service.service)}</th>
                          <td data-testid="submitted">{i18n.number(service.submitted)}</td>
                          <td>
                            <ul className="counts" data-testid="by-status">
                              {STATUSES.map((status) => (
                                <li key={status}>{`${i18n.term(status)} ${i18n.number(countOf(service, status))}`}</li>
                              ))}
                            </ul>
                          </td>
                          <td data-testid="completed">{i18n.number(service.completed)}</td>
                          <td>
                            {service.shareWithinStandard === null ? '–' : percent(i18n, service.shareWithinStandard)}
                          </td>
                          <td>{number(service.medianProcessingDays)}</td>
                          <td data-testid="overdue">{i18n.number(service.overdue)}</td>
                          <td data-testid="complaints">{i18n.number(service.complaints)}</td>
                          <td data-testid="answered">
                            {i18n.format('ofAnswered', {
                              inTime: i18n.number(service.complaintsAnsweredInTime),
                              answered: i18n.number(service.complaintsAnswered),
                            })}
                          </td>
                          <td>{number(service.medianComplaintResolutionDays)}</td>
                          <td data-testid="ikm">{ikmText(service.satisfaction)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <div className="charts">
                  <StatusChart i18n={i18n} mpp={mpp} />
                  <IkmChart i18n={i18n} mpp={mpp} />
                </div>
              </article>
            );
          })}
        </>
      )}
    </section>
  );
}

/** The grade as the regulation names it (A Sangat baik ... D Tidak baik), in the language. */
function gradeOf(i18n: Translator, satisfaction: Satisfaction): string {
  switch (satisfaction.grade) {
    case 'A':
      return i18n.t('gradeA');
    case 'B':
      return i18n.t('gradeB');
    case 'C':
      return i18n.t('gradeC');
    case 'D':
      return i18n.t('gradeD');
    default:
      return [satisfaction.grade, satisfaction.gradeName].filter(Boolean).join(' ');
  }
}

const WIDTH = 460;

/** A label on at most two lines: a long one is broken at the space nearest its middle. */
function twoLines(label: string): string[] {
  if (label.length <= 12 || !label.includes(' ')) return [label];
  const middle = label.length / 2;
  const spaces = [...label].flatMap((c, i) => (c === ' ' ? [i] : []));
  const at = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return [label.slice(0, at), label.slice(at + 1)];
}

/** Applications by status per service: a group of four bars per service, each with its count written on it. */
function StatusChart({ i18n, mpp }: { i18n: Translator; mpp: MppPerformance }) {
  const id = `status-chart-${mpp.mpp.id}`;
  const title = i18n.format('chartStatusTitle', { mpp: mpp.mpp.name });
  const summary = mpp.services
    .map(
      (service) =>
        `${i18n.term(service.service)}: ` +
        STATUSES.map((status) => `${i18n.term(status)} ${i18n.number(countOf(service, status))}`).join(', '),
    )
    .join('; ');
  const height = 240;
  const [left, right, top, bottom] = [30, 6, 20, 44];
  const plot = height - top - bottom;
  const group = (WIDTH - left - right) / Math.max(1, mpp.services.length);
  const bar = (group * 0.8) / STATUSES.length;
  const largest = Math.max(1, ...mpp.services.flatMap((service) => STATUSES.map((s) => countOf(service, s))));
  const y = (count: number) => top + plot - (plot * count) / largest;
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        data-testid="status-chart"
      >
        <title>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <line x1={left} x2={WIDTH - right} y1={top + plot} y2={top + plot} stroke="#4a5563" />
        <line x1={left} x2={left} y1={top} y2={top + plot} stroke="#4a5563" />
        <text x={left - 6} y={top + plot} textAnchor="end" dominantBaseline="middle">
          0
        </text>
        <text x={left - 6} y={top} textAnchor="end" dominantBaseline="middle">
          {i18n.number(largest)}
        </text>
        {mpp.services.map((service, g) => {
          const x0 = left + g * group + group * 0.1;
          return (
            <g key={service.service}>
              {STATUSES.map((status, s) => {
                const count = countOf(service, status);
                const x = x0 + s * bar;
                return (
                  <g key={status}>
                    <rect
                      x={x + 1}
                      y={y(count)}
                      width={Math.max(1, bar - 2)}
                      height={top + plot - y(count)}
                      fill={STATUS_COLOUR[status]}
                    />
                    <text x={x + bar / 2} y={y(count) - 4} textAnchor="middle">
                      {i18n.number(count)}
                    </text>
                  </g>
                );
              })}
              <text y={top + plot + 18} textAnchor="middle">
                {twoLines(i18n.term(service.service)).map((line, i) => (
                  <tspan key={line} x={left + g * group + group / 2} dy={i === 0 ? 0 : 15}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="legend" aria-label={i18n.t('byStatus')}>
        {STATUSES.map((status) => (
          <li key={status}>
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" fill={STATUS_COLOUR[status]} />
            </svg>
            {i18n.term(status)}
          </li>
        ))}
      </ul>
      <p className="muted" aria-hidden="true" data-testid="status-chart-summary">
        {summary}
      </p>
    </figure>
  );
}

/** The IKM (25-100) of each service as a horizontal bar on a 0-100 scale, its value and grade written beside it. */
function IkmChart({ i18n, mpp }: { i18n: Translator; mpp: MppPerformance }) {
  const id = `ikm-chart-${mpp.mpp.id}`;
  const title = i18n.format('chartIkmTitle', { mpp: mpp.mpp.name });
  const valueOf = (satisfaction: Satisfaction) =>
    satisfaction.converted === null
      ? i18n.t('noSurvey')
      : `${i18n.number(satisfaction.converted)} (${satisfaction.grade ?? ''})`;
  const summary = mpp.services
    .map(
      (service) =>
        `${i18n.term(service.service)}: ${valueOf(service.satisfaction)}` +
        (service.satisfaction.respondents > 0
          ? `, ${i18n.format('respondents', { count: i18n.number(service.satisfaction.respondents) })}`
          : ''),
    )
    .join('; ');
  const row = 30;
  const [label, right, top, bottom] = [150, 90, 8, 26];
  const height = top + row * mpp.services.length + bottom;
  const scale = (WIDTH - label - right) / 100;
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        data-testid="ikm-chart"
      >
        <title>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={label + tick * scale} x2={label + tick * scale} y1={top} y2={height - bottom} stroke="#d0d5dd" />
            <text x={label + tick * scale} y={height - 8} textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {mpp.services.map((service, i) => {
          const y = top + i * row;
          const converted = service.satisfaction.converted;
          return (
            <g key={service.service}>
              <text x={label - 8} y={y + row / 2} textAnchor="end" dominantBaseline="middle">
                {i18n.term(service.service)}
              </text>
              {converted !== null && (
                <rect x={label} y={y + 6} width={converted * scale} height={row - 12} fill="#0b3d6b" />
              )}
              <text x={label + (converted ?? 0) * scale + 6} y={y + row / 2} dominantBaseline="middle">
                {valueOf(service.satisfaction)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="muted" aria-hidden="true" data-testid="ikm-chart-summary">
        {summary}
      </p>
    </figure>
  );
}
