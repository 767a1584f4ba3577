/**
 * npx tsx scripts/cpu-compare.ts [scenario…]   (env: ROUNDS=5 BATCH=8 WARM=80, A_… and B_… below)
 *
 * Paired CPU per investigation of two servers, A and B, side by side on the same demo
 * chains: each round, every scenario runs a batch on A and on B (which goes first
 * alternates), so the machine's drift — which on this VM moves a run's median by ±20 %
 * within minutes — falls on both alike. Prints per-scenario medians over the rounds and
 * the median difference B − A.
 *
 *   A_SERVER / B_SERVER   another checkout's bench/server.ts (default: this one's), to
 *                         compare two versions of the code
 *   A_NOSTORE / B_NOSTORE  =1: without the case store
 *   A_FLAGS / B_FLAGS     node flags for that server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/a")
 *
 * e.g. what the case store costs one investigation at a time: B_NOSTORE=1 npx tsx scripts/cpu-compare.ts
 */
import { startServerProcess } from '../bench/server-process.ts';
import { startDemoChains } from '../src/runtime.ts';
import { tempDataDir } from '../test/support/instance.ts';

const KEY = 'compare-key-not-secret';
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const BATCH = Number(process.env.BATCH ?? 8);
const chains = await startDemoChains('http://127.0.0.1:8080');

async function server(tag: 'A' | 'B') {
  const given = process.env[`${tag}_SERVER`];
  const env = { MODE: 'demo', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', AGENT_API_KEY: KEY, HEALTH_MONITOR: 'off', CACHE_MAX_ENTRIES: '0', DATA_DIR: tempDataDir() };
  const s = await startServerProcess({
    env,
    demoChains: chains,
    tuning: process.env[`${tag}_NOSTORE`] ? { caseStore: false } : { jobs: false },
    execArgv: (process.env[`${tag}_FLAGS`] ?? '').split(' ').filter(Boolean),
    serverPath: given ? new URL(given, import.meta.url).pathname : undefined,
  });
  const investigate = async (text: string) => (await fetch(`${s.url}/v1/investigations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: JSON.stringify({ text }) })).json();
  const batch = async (text: string) => {
    const c0 = await s.cpuMs();
    for (let i = 0; i < BATCH; i++) await investigate(text);
    return ((await s.cpuMs()) - c0) / BATCH;
  };
  return { investigate, batch, close: s.close };
}

const a = await server('A');
const b = await server('B');
const picked = process.argv.slice(2);
const cases = chains.cases.filter((c) => c.txHash && (!picked.length || picked.includes(c.scenario)));
const textOf = (c: (typeof cases)[number]) => `${c.text ?? ''} ${c.txHash}`.trim();
for (let r = 0; r < Number(process.env.WARM ?? 80); r++) for (const c of cases) await Promise.all([a.investigate(textOf(c)), b.investigate(textOf(c))]);

const spent = new Map<string, { a: number[]; b: number[] }>();
for (let r = 0; r < ROUNDS; r++) {
  for (const c of cases) {
    const s = spent.get(c.scenario) ?? { a: [], b: [] };
    spent.set(c.scenario, s);
    const [first, second] = r % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const);
    s[first].push(await (first === 'a' ? a : b).batch(textOf(c)));
    s[second].push(await (second === 'a' ? a : b).batch(textOf(c)));
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rows = [...spent].map(([scenario, s]) => ({ scenario, a: median(s.a), b: median(s.b) }));
for (const r of rows) console.log(`${r.scenario.padEnd(44)} A ${r.a.toFixed(2).padStart(6)}  B ${r.b.toFixed(2).padStart(6)}  B−A ${(r.b - r.a).toFixed(2).padStart(6)} ms`);
const under = (k: 'a' | 'b') => rows.filter((r) => r[k] < 5).length;
console.log(`A: median ${median(rows.map((r) => r.a)).toFixed(2)} ms, ${under('a')} of ${rows.length} under 5 ms | B: median ${median(rows.map((r) => r.b)).toFixed(2)} ms, ${under('b')} of ${rows.length} under 5 ms | median B − A ${median(rows.map((r) => r.b - r.a)).toFixed(2)} ms`);
await a.close();
await b.close();
await chains.close();
process.exit(0);
