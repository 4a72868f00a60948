import { useState } from 'react';
import { gql } from './generated';
import type { CohortUnit, Dimension } from './generated/graphql';
import { graphql, SessionEnded, type Session } from './api';
import { downloadCsv } from './csv';
import type { Translator } from './i18n';
import { PerformanceReport } from './reports';
import { TabPanel, Tabs } from './services';

const COHORT = gql(`query WebCohort($filter: CohortFilter!, $groupBy: [Dimension!]!, $unit: CohortUnit!) {
  cohort(filter: $filter, groupBy: $groupBy, unit: $unit) {
    asOf minCellSize maxPerturbation
    total { count }
    cells { coordinates { dimension value } count share suppressed }
  }
}`);

const DIMENSIONS = ['PROVINCE', 'REGENCY', 'SEX', 'AGE_BAND', 'DECILE', 'BPJS_SEGMENT'] as const;
const MAX_DIMENSIONS = 3;

interface Cell {
  coordinates: { dimension: string; value: string | null }[];
  count: number | null;
  share: number | null;
  suppressed: string | null;
}

interface Cohort {
  asOf: string;
  minCellSize: number;
  maxPerturbation: number;
  total: { count: number | null };
  cells: Cell[];
}

interface Props {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
}

/** The planner's pages, as tabs: the cohort builder, and the MPPs' performance report. */
export function PlannerPages({ i18n, session, onEnded }: Props) {
  const [tab, setTab] = useState('cohort');
  return (
    <>
      <Tabs
        idPrefix="planner"
        label={i18n.t('pages')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'cohort', label: i18n.t('cohortTitle') },
          { id: 'report', label: i18n.t('reportTitle') },
        ]}
      />
      <TabPanel idPrefix="planner" id="cohort" selected={tab}>
        <CohortBuilder i18n={i18n} session={session} onEnded={onEnded} />
      </TabPanel>
      <TabPanel idPrefix="planner" id="report" selected={tab}>
        <PerformanceReport i18n={i18n} session={session} onEnded={onEnded} />
      </TabPanel>
    </>
  );
}

/**
 * The planner's cohort builder: a filter, up to three of the fixed dimensions and the unit give a table of counts
 * under disclosure control, with every suppressed cell marked and the perturbation stated; never a person.
 */
function CohortBuilder({ i18n, session, onEnded }: Props) {
  const { t } = i18n;
  const [form, setForm] = useState({ regionPrefix: '', sex: '', decileMin: '', decileMax: '', bpjsActive: '' });
  const [groupBy, setGroupBy] = useState<Dimension[]>(['DECILE']);
  const [unit, setUnit] = useState<CohortUnit>('PERSON');
  const [cohort, setCohort] = useState<Cohort | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const ask = () => {
    setFailure(null);
    const filter: Record<string, unknown> = {};
    if (form.regionPrefix) filter.regionPrefix = form.regionPrefix;
    if (form.sex) filter.sex = form.sex;
    if (form.decileMin) filter.decileMin = Number(form.decileMin);
    if (form.decileMax) filter.decileMax = Number(form.decileMax);
    if (form.bpjsActive) filter.bpjsActive = form.bpjsActive === 'true';
    graphql(session, COHORT, { filter, groupBy, unit }).then(
      ({ data, errors }) => {
        if (errors.length > 0) setFailure(errors[0].message);
        setCohort(data?.cohort ?? null);
      },
      (error: Error) => (error instanceof SessionEnded ? onEnded() : setFailure(error.message)),
    );
  };

  const label = (value: string | null) => (value === null ? t('noValue') : i18n.term(value));
  const shown = (cell: Cell) =>
    cell.count === null ? `${t('suppressed')} (${i18n.term(cell.suppressed ?? '')})` : i18n.number(cell.count);
  const largest = Math.max(1, ...(cohort?.cells.map((cell) => cell.count ?? 0) ?? [1]));
  const field = (name: keyof typeof form, text: string, type = 'text') => (
    <div className="input">
      <label htmlFor={`cohort-${name}`}>{text}</label>
      <input
        id={`cohort-${name}`}
        type={type}
        value={form[name]}
        onChange={(event) => setForm({ ...form, [name]: event.target.value.trim() })}
      />
    </div>
  );

  return (
    <section aria-labelledby="cohort-title">
      <h1 id="cohort-title">{t('cohortTitle')}</h1>
      <form
        className="card filters"
        onSubmit={(event) => {
          event.preventDefault();
          ask();
        }}
      >
        {field('regionPrefix', t('regionPrefix'))}
        <div className="input">
          <label htmlFor="cohort-sex">{t('sex')}</label>
          <select id="cohort-sex" value={form.sex} onChange={(event) => setForm({ ...form, sex: event.target.value })}>
            <option value="">{t('any')}</option>
            <option value="MALE">{i18n.term('MALE')}</option>
            <option value="FEMALE">{i18n.term('FEMALE')}</option>
          </select>
        </div>
        {field('decileMin', t('decileMin'), 'number')}
        {field('decileMax', t('decileMax'), 'number')}
        <div className="input">
          <label htmlFor="cohort-jkn">{t('jknActive')}</label>
          <select
            id="cohort-jkn"
            value={form.bpjsActive}
            onChange={(event) => setForm({ ...form, bpjsActive: event.target.value })}
          >
            <option value="">{t('any')}</option>
            <option value="true">{t('yes')}</option>
            <option value="false">{t('no')}</option>
          </select>
        </div>
        <div className="input">
          <label htmlFor="cohort-unit">{t('unit')}</label>
          <select id="cohort-unit" value={unit} onChange={(event) => setUnit(event.target.value as CohortUnit)}>
            <option value="PERSON">{i18n.term('PERSON')}</option>
            <option value="HOUSEHOLD">{i18n.term('HOUSEHOLD')}</option>
          </select>
        </div>
        <fieldset>
          <legend>{`${t('groupBy')} (${t('atMost')} ${MAX_DIMENSIONS})`}</legend>
          {DIMENSIONS.map((dimension) => (
            <label key={dimension} className="scope">
              <input
                type="checkbox"
                checked={groupBy.includes(dimension)}
                disabled={!groupBy.includes(dimension) && groupBy.length >= MAX_DIMENSIONS}
                onChange={(event) =>
                  setGroupBy(
                    event.target.checked ? [...groupBy, dimension] : groupBy.filter((name) => name !== dimension),
                  )
                }
              />
              <span>{i18n.term(dimension)}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={groupBy.length === 0}>
          {t('countCohort')}
        </button>
      </form>
      {failure && <p role="alert">{failure}</p>}
      {cohort && (
        <>
          <p className="muted" data-testid="cohort-note">
            {[
              `${t('total')}: ${cohort.total.count === null ? t('suppressed') : i18n.number(cohort.total.count)}`,
              `${t('asOf')} ${i18n.dateTime(cohort.asOf)}`,
              t('disclosureNote')
                .replace('{min}', String(cohort.minCellSize))
                .replace('{perturbation}', String(cohort.maxPerturbation)),
            ].join(' · ')}
          </p>
          <button
            type="button"
            onClick={() =>
              downloadCsv('cohort.csv', [
                [...groupBy.map((dimension) => dimension.toLowerCase()), 'count', 'share', 'suppressed'],
                ...cohort.cells.map((cell) => [
                  ...cell.coordinates.map((coordinate) => coordinate.value ?? ''),
                  cell.count,
                  cell.share,
                  cell.suppressed,
                ]),
              ])
            }
          >
            {t('exportCsv')}
          </button>
          <table>
            <thead>
              <tr>
                {groupBy.map((dimension) => (
                  <th key={dimension} scope="col">
                    {i18n.term(dimension)}
                  </th>
                ))}
                <th scope="col">{t('count')}</th>
                <th scope="col">{t('chart')}</th>
              </tr>
            </thead>
            <tbody>
              {cohort.cells.map((cell, index) => (
                <tr key={index} data-testid="cohort-cell">
                  {cell.coordinates.map((coordinate) => (
                    <td key={coordinate.dimension}>{label(coordinate.value)}</td>
                  ))}
                  <td>{shown(cell)}</td>
                  <td aria-hidden="true">
                    <svg width="160" height="12" role="presentation">
                      <rect width={Math.round((160 * (cell.count ?? 0)) / largest)} height="12" fill="#0b3d6b" />
                    </svg>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
