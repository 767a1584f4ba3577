import type { Lang, Network } from '../../chains/types.ts';
import type { Category } from '../diagnose/types.ts';
import { catalogs } from '../explain/render.ts';
import { casesPerDay, responseTimes, topCodes } from '../trends/aggregate.ts';
import { DAY_MS, type CaseRecord, type Dimension } from '../trends/case-record.ts';
import { LineChart } from '../trends/line-chart.tsx';
import type { Surge } from '../trends/surge.ts';
import type { TrendsSource } from '../trends/source.ts';
import { Layout } from './layout.tsx';
import { strings } from './strings.ts';
import { trendsStrings } from './trends-strings.ts';

export const TREND_PERIODS = [7, 30, 90] as const;
export type TrendPeriod = (typeof TREND_PERIODS)[number];

export interface TrendsPageProps {
  lang: Lang;
  demo: boolean;
  langHref: Record<Lang, string>;
  days: TrendPeriod;
  now: Date;
  records: readonly CaseRecord[];
  surges: readonly Surge[];
  coverage: TrendsSource['coverage'];
  networks: readonly Network[];
}

/** How a key of a dimension reads: category names and network names translated, codes as they are (agents know them). */
export function keyLabel(dim: Dimension, key: string, lang: Lang, networks: readonly Network[]): string {
  if (dim === 'category') return catalogs[lang].phrases.categories[key as Category] ?? key;
  if (dim === 'network') return networks.find((n) => n.id === key)?.name[lang] ?? key;
  return key;
}

/** `/console/trends`: cases per day, response times, top codes and surges, for leads. */
export function TrendsPage(p: TrendsPageProps) {
  const t = trendsStrings[p.lang];
  const ui = strings[p.lang];
  const since = new Date(+p.now - p.days * DAY_MS);
  const times = responseTimes(p.records, since);
  const top = topCodes(p.records, p.now);
  return (
    <Layout lang={p.lang} title={`${t.title} · ${ui.consoleTitle}`} demo={p.demo} langHref={p.langHref} wide brandHref={`/console?lang=${p.lang}`}>
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <p class="note">{t.coverage[p.coverage]}</p>
      {p.surges.length > 0 ? (
        <section class="card surge" role="alert" aria-labelledby="surge-heading">
          <h2 id="surge-heading">{t.surgeHeading}</h2>
          <ul>
            {p.surges.map((s) => {
              const window = +s.windowEnd - +s.windowStart > 3_600_000 ? t.windowDay : t.windowHour;
              return <li data-key={s.key}>{t.surge(keyLabel(s.dimension, s.key, p.lang, p.networks), s.count, s.baseline, window)}</li>;
            })}
          </ul>
        </section>
      ) : (
        <p class="note">{t.noSurge}</p>
      )}
      <nav aria-label={t.period} class="periods">
        {TREND_PERIODS.map((d) => (
          <a href={`/console/trends?days=${d}&lang=${p.lang}`} aria-current={d === p.days ? 'page' : undefined}>
            {t.lastDays(d)}
          </a>
        ))}
      </nav>
      {(['category', 'code', 'network'] as const).map((dim) => {
        const daily = casesPerDay(p.records, dim, p.days, p.now);
        return (
          <section class="card">
            <LineChart
              title={`${t.perDay[dim]} · ${t.lastDays(p.days)}`}
              xLabels={daily.days}
              series={daily.series.map((s) => ({ label: keyLabel(dim, s.key, p.lang, p.networks), values: s.counts }))}
              emptyText={t.noCases}
            />
            <p>
              <a href={`/console/trends.csv?days=${p.days}&by=${dim}`} download>
                {t.downloadCsv}
              </a>
            </p>
          </section>
        );
      })}
      <section class="card">
        <h2>{t.medians}</h2>
        <dl class="facts">
          <dt>{t.medianFirstAnswer}</dt>
          <dd>{times.firstAnswerMs === null ? t.notYet : `${t.duration(times.firstAnswerMs)} (${t.ofCases(times.answered, times.cases)})`}</dd>
          <dt>{t.medianResolution}</dt>
          <dd>{times.resolutionMs === null ? t.notYet : `${t.duration(times.resolutionMs)} (${t.ofCases(times.resolved, times.cases)})`}</dd>
        </dl>
        {p.coverage === 'case-store' ? <p class="note">{t.mediansNote}</p> : null}
      </section>
      <section class="card">
        <h2>{t.topCodes}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.code}</th>
              <th scope="col">{t.thisWeek}</th>
              <th scope="col">{t.lastWeek}</th>
              <th scope="col">{t.change}</th>
            </tr>
          </thead>
          <tbody>
            {top.map((row) => (
              <tr>
                <td>
                  <code>{row.code}</code>
                </td>
                <td>{String(row.thisWeek)}</td>
                <td>{String(row.lastWeek)}</td>
                <td>{row.lastWeek === 0 ? t.newCode : `${row.thisWeek >= row.lastWeek ? '+' : ''}${Math.round(((row.thisWeek - row.lastWeek) / row.lastWeek) * 100)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p>
        <a href={`/console?lang=${p.lang}`}>{t.backToConsole}</a>
      </p>
    </Layout>
  );
}
