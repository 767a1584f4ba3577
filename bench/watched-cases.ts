import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config.ts';
import { Rechecker } from '../src/jobs/rechecker.ts';
import { knownNetworks, startInstance, type DemoChains } from '../src/runtime.ts';
import { iso } from '../src/store/time.ts';
import type { FaultProxy } from '../test/support/fault-proxy.ts';
import { tempDataDir } from '../test/support/instance.ts';

/**
 * Many watched cases over few transactions: `cases` cases on `txs` transaction ids that
 * the chain does not know yet (a transfer "broadcast a minute ago": watched as
 * `not_found_yet`, so every re-check is a real lookup), all due at once. One re-check round
 * must cost one lookup per transaction, however many cases share it. Not-yet-seen ids
 * rather than pending transfers: the local hardhat node rebuilds its pending block for
 * every pending-state query (tens of ms with a thousand transactions in its pool), which
 * measures hardhat, not txtriage. Runs in this process (SQLite store, jobs driven by
 * hand); the CPU figure includes the in-process demo chain answering, so it is an upper
 * bound for the scheduler's own cost.
 */
export async function benchWatchedCases(o: { demoChains: DemoChains; proxies: FaultProxy[]; cases: number; txs: number; log: (s: string) => void }) {
  const hashes = Array.from({ length: o.txs }, () => `0x${randomBytes(32).toString('hex')}`);
  const instance = await startInstance(loadConfig({ MODE: 'demo', PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: tempDataDir(), CACHE_MAX_ENTRIES: '0', RECHECK_INTERVAL_MS: '600000' }, knownNetworks), { demoChains: o.demoChains, tuning: { jobs: false } });
  const cases = instance.cases!;
  try {
    o.log(`watched cases: filing ${o.cases} cases on ${o.txs} transactions not seen yet…`);
    let next = 0;
    const filer = async () => {
      while (next < o.cases) {
        const i = next++;
        await cases.investigate({ txHash: hashes[i % o.txs], network: 'ethereum', lang: 'en' }, { externalRef: `BENCH-${i}`, actor: 'system' });
      }
    };
    await Promise.all(Array.from({ length: 50 }, filer));
    const watched = await cases.store.countWatches();
    await cases.store.db.updateTable('watches').set({ next_at: iso(Date.now() - 1) }).execute();
    for (const p of o.proxies) p.clearLog();

    o.log(`watched cases: one re-check round over ${watched} watched cases…`);
    const rechecker = new Rechecker(cases, { owner: 'bench', maxGroups: 100 });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    while (await rechecker.tick()) {
      /* until no due group is left */
    }
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const requests = o.proxies.flatMap((p) => p.requests);
    const calls = requests.flatMap((r) => r.methods);
    const lookups = calls.filter((m) => m === 'eth_getTransactionByHash').length;
    return {
      cases: o.cases,
      distinctTxs: o.txs,
      watched,
      recheckedCases: rechecker.done,
      lookupsPerInterval: lookups,
      upstreamRequests: requests.length,
      upstreamCalls: calls.length,
      roundMs: Math.round(wallMs),
      cpuMsPerRecheck: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, rechecker.done)) * 100) / 100,
    };
  } finally {
    await instance.close();
  }
}
