import { formatUnits } from 'ethers';
import type { NetworkHealth } from '../../chains/health/types.ts';
import type { Lang } from '../../chains/types.ts';
import { Layout } from './layout.tsx';
import { networkStrings, type NetworkStrings } from './network-strings.ts';

export type NetworkRow = NetworkHealth & { name: { en: string; zh: string } };

/** How many times a page reloads itself before it stops (about 10 minutes at 15 s): a tab left open must not poll forever. */
export const MAX_AUTO_REFRESHES = 40;
export const NETWORKS_REFRESH_SECONDS = 15;

const gwei = (wei: string) => Number(formatUnits(wei, 'gwei')).toPrecision(3).replace(/\.?0+$/, '').replace(/\.$/, '');

function fees(row: NetworkRow, s: NetworkStrings): string {
  if (row.evm) return s.evmFees(gwei(row.evm.baseFeeWei), gwei(row.evm.tipP50Wei), Math.round(row.evm.gasUsedRatio * 100));
  if (row.tron) return s.tronFees(row.tron.energyPriceSun, row.tron.bandwidthPriceSun);
  if (row.solana) return s.solanaFees(row.solana.priorityFeeMedian);
  return '—';
}

/** The public page of network states: words first, the numbers behind them in the same row. */
export function NetworksPage(p: { lang: Lang; demo: boolean; langHref: Record<Lang, string>; rows: NetworkRow[]; round: number }) {
  const s = networkStrings[p.lang];
  const refreshing = p.round < MAX_AUTO_REFRESHES;
  return (
    <Layout lang={p.lang} title={s.title} demo={p.demo} langHref={p.langHref} refresh={refreshing ? { seconds: NETWORKS_REFRESH_SECONDS, url: `/networks?lang=${p.lang}&n=${p.round + 1}` } : undefined}>
      <h1>{s.title}</h1>
      <p class="lead">{s.intro}</p>
      <div class="table-scroll">
        <table class="networks">
          <thead>
            <tr>
              <th scope="col">{s.colNetwork}</th>
              <th scope="col">{s.colState}</th>
              <th scope="col">{s.colHead}</th>
              <th scope="col">{s.colAge}</th>
              <th scope="col">{s.colPace}</th>
              <th scope="col">{s.colFees}</th>
              <th scope="col">{s.colFinality}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr data-network={r.network} data-state={r.state}>
                <th scope="row">{r.name[p.lang]}</th>
                <td>
                  <span class={`badge net-${r.state}`}>{s.state[r.state]}</span>
                </td>
                <td>{r.head ?? s.notChecked}</td>
                <td>{r.headAgeSeconds === null ? '—' : s.seconds(r.headAgeSeconds)}</td>
                <td>{s.pace(r.blockIntervalSeconds, r.expectedBlockSeconds, r.intervalSource === 'observed')}</td>
                <td>{fees(r, s)}</td>
                <td>{r.finalityLag === null ? '—' : s.finality(r.finalityLag)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="refresh" role="status">
        {refreshing ? s.refreshing : s.refreshStopped}
      </p>
    </Layout>
  );
}

/** Shown above a status result whose network is busy, slow or stalled. */
export function NetworkBanner({ lang, items }: { lang: Lang; items: { name: string; state: 'busy' | 'slow' | 'stalled' }[] }) {
  const s = networkStrings[lang];
  if (items.length === 0) return null;
  return (
    <div class="network-banner" role="note">
      {items.map((i) => (
        <p data-state={i.state}>
          {s.banner[i.state](i.name)}{' '}
          <a href={`/networks?lang=${lang}`}>{s.title}</a>
        </p>
      ))}
    </div>
  );
}

/** The console's strip: every network's state at a glance. */
export function NetworkGlance({ lang, rows }: { lang: Lang; rows: NetworkRow[] }) {
  const s = networkStrings[lang];
  if (rows.length === 0) return null;
  return (
    <section class="card network-glance" aria-labelledby="networks-heading">
      <h2 id="networks-heading">{s.glanceHeading}</h2>
      <ul>
        {rows.map((r) => (
          <li data-network={r.network} data-state={r.state}>
            <span>{r.name[lang]}</span> <span class={`badge net-${r.state}`}>{s.state[r.state]}</span>
          </li>
        ))}
      </ul>
      <a href={`/networks?lang=${lang}`}>{s.allNetworks}</a>
    </section>
  );
}
