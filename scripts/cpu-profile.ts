/**
 * npx tsx scripts/cpu-profile.ts [scenario…] [--runs 40] [--warm 80] [--out /tmp/prof] [--no-store]
 *
 * Background jobs are off (a watched demo case's re-checks would be counted as the next
 * investigation's CPU); --no-store: without the case store (the investigation alone).
 *
 * Where an investigation's CPU goes: the server (bench/server.ts, alone in its process, cache
 * off) is first warmed on every scenario; then for each named demo scenario (default: all) it
 * investigates it back to back
 * `--runs` times (CPU ms per investigation, printed), then as many times again under a V8
 * CPU profile, written
 * as one .cpuprofile per scenario (open in Chrome DevTools → Performance, or any profile viewer).
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startServerProcess } from '../bench/server-process.ts';
import { startDemoChains } from '../src/runtime.ts';
import { tempDataDir } from '../test/support/instance.ts';

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '40' }, warm: { type: 'string', default: '80' }, 'no-store': { type: 'boolean', default: false }, out: { type: 'string', default: '/tmp/txtriage-prof' } } });
const KEY = 'profile-key-not-secret';

const chains = await startDemoChains('http://127.0.0.1:8080');
const server = await startServerProcess({ env: { MODE: 'demo', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', AGENT_API_KEY: KEY, HEALTH_MONITOR: 'off', CACHE_MAX_ENTRIES: '0', DATA_DIR: tempDataDir() }, demoChains: chains, tuning: args['no-store'] ? { caseStore: false } : { jobs: false } });
const investigate = async (text: string) => {
  const res = await fetch(`${server.url}/v1/investigations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: JSON.stringify({ text }) });
  return res.json();
};
mkdirSync(args.out!, { recursive: true });
const cases = chains.cases.filter((c) => c.txHash && (!positionals.length || positionals.includes(c.scenario)));
const textOf = (c: (typeof cases)[number]) => `${c.text ?? ''} ${c.txHash}`.trim();
// Warm the server on every scenario first (--warm rounds), as a server in service is: V8
// keeps optimising for thousands of investigations (bench/run.ts, CPU_WARMUP: CPU per
// investigation settles after 2,500–4,000; 80 rounds of the 53 scenarios are ~4,200).
for (let round = 0; round < Number(args.warm); round++) for (const c of cases) await investigate(textOf(c));
for (const c of cases) {
  const text = textOf(c);
  for (let i = 0; i < 5; i++) await investigate(text);
  // CPU measured without the profiler (it costs several ms per request itself), then profiled.
  const cpu0 = await server.cpuMs();
  for (let i = 0; i < Number(args.runs); i++) await investigate(text);
  const cpu = (await server.cpuMs()) - cpu0;
  await server.profileStart();
  for (let i = 0; i < Number(args.runs); i++) await investigate(text);
  await server.profileStop(`${args.out}/${c.scenario}.cpuprofile`);
  console.log(`${c.scenario.padEnd(44)} ${(cpu / Number(args.runs)).toFixed(2)} ms`);
}
await server.close();
await chains.close();
process.exit(0);
