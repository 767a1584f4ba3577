/**
 * npm run bench:flood [-- --rtt 20 --seconds 10 --agents 4 --flood 30 --public-share 0.25] [-- --quick]
 *
 * --quick: 4 s per phase (part of `npm run bench -- --quick`).
 *
 * Agents under a public flood: the helpdesk's investigations (POST /v1/investigations,
 * agent key, cache off so every one is a real lookup) measured alone, then while anonymous
 * clients hammer the public surface with address lookups (GET /v1/address/*, /s/tron/<address>,
 * /?q=<address>) and tx lookups of unknown hashes (GET /v1/tx/*: every network asked).
 * The per-IP rate limit is off, so the flood is bounded by nothing but the server: what
 * protects agents is the priority lanes (public work gets RPC_PUBLIC_SHARE of each
 * endpoint's slots and budget; agents go first) and address investigations being agent-only.
 * Same processes as bench/run.ts: chains, proxies (adding --rtt) and load in this one, the
 * server alone in bench/server.ts. Target: agents' p50 under flood within 20 % of alone.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { tronTheftActors } from '../chains/tron/devnet/actors.ts';
import { startDemoChains, type DemoChains } from '../src/runtime.ts';
import { startFaultProxy } from '../test/support/fault-proxy.ts';

const { values: args } = parseArgs({
  options: {
    rtt: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    agents: { type: 'string', default: '4' },
    flood: { type: 'string', default: '30' },
    'public-share': { type: 'string', default: '0.25' },
    out: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});
const SECONDS = args.quick ? Math.min(4, Number(args.seconds)) : Number(args.seconds);
const AGENTS = Number(args.agents);
const FLOOD = Number(args.flood);
const AGENT_API_KEY = 'bench-agent-key-not-secret';
const log = (...a: unknown[]) => console.error('[flood]', ...a);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] : NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;

async function startServer(env: Record<string, string>, demoChains: DemoChains): Promise<{ url: string; cpuMs(): Promise<number>; close(): Promise<void> }> {
  const child: ChildProcess = fork(new URL('./server.ts', import.meta.url).pathname, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let onCpu: ((ms: number) => void) | undefined;
  const port = await new Promise<number>((resolve) => {
    child.on('message', (m: any) => {
      if (m.type === 'ready') resolve(m.port);
      if (m.type === 'cpu') onCpu?.((m.usage.user + m.usage.system) / 1000);
    });
    child.send({ type: 'start', env: { MODE: 'demo', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', AGENT_API_KEY, ...env }, demoChains });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    cpuMs: () => new Promise<number>((resolve) => ((onCpu = resolve), child.send({ type: 'cpu' }))),
    close: () => new Promise<void>((r) => (child.once('exit', () => r()), child.send({ type: 'exit' }))),
  };
}

/** Runs `worker` in `n` loops until `untilMs`. */
async function loops(n: number, untilMs: number, worker: (i: number) => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: n }, async (_, w) => {
    for (let i = w; performance.now() < untilMs; i += n) await worker(i);
  }));
}

async function main() {
  const chains = await startDemoChains('http://127.0.0.1:8080');
  const endpoints: Record<string, string[]> = {};
  for (const [id, [url]] of Object.entries(chains.endpoints)) endpoints[id] = [(await startFaultProxy({ target: url, rttMs: Number(args.rtt) })).url];
  const served: DemoChains = { networks: chains.networks, endpoints, cases: chains.cases, labels: chains.labels };
  const server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', CACHE_MAX_ENTRIES: '0', RPC_PUBLIC_SHARE: String(args['public-share']) }, served);
  const hashes = chains.cases.filter((c) => c.txHash).map((c) => c.txHash!);
  const agentLatencies = async (label: string) => {
    const ms: number[] = [];
    let errors = 0;
    const cpu0 = await server.cpuMs();
    const t0 = performance.now();
    await loops(AGENTS, performance.now() + SECONDS * 1000, async (i) => {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/v1/investigations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${AGENT_API_KEY}` }, body: JSON.stringify({ txHash: hashes[i % hashes.length] }) });
      await res.arrayBuffer();
      if (res.status !== 200) errors++;
      ms.push(performance.now() - t0);
    });
    // The server process's CPU over the phase, as a share of one core (it runs on one thread).
    const serverCpu = round(((await server.cpuMs()) - cpu0) / (performance.now() - t0) * 100);
    const out = { investigations: ms.length, errors, p50: round(pct(ms, 50)), p99: round(pct(ms, 99)), serverCpuPercent: serverCpu };
    log(label, out);
    return out;
  };

  log(`rtt ${args.rtt} ms, ${AGENTS} agents, ${FLOOD} public clients, ${SECONDS} s per phase, public share ${args['public-share']}`);
  await agentLatencies('warm-up');
  const alone = await agentLatencies('agents alone');

  const busy = tronTheftActors.busyMerchant.address;
  const publicPaths = [
    () => `/v1/tx/0x${randomBytes(32).toString('hex')}`,
    () => `/v1/tx/tron/${randomBytes(32).toString('hex')}`,
    () => `/v1/address/tron/${busy}`,
    () => `/s/tron/${busy}`,
    () => `/?q=${busy}`,
  ];
  const statuses: Record<string, number> = {};
  let publicRequests = 0;
  const floodUntil = performance.now() + (SECONDS + 2) * 1000;
  const flood = loops(FLOOD, floodUntil, async (i) => {
    try {
      const res = await fetch(server.url + publicPaths[i % publicPaths.length](), { headers: { accept: i % 2 ? 'text/html' : 'application/json' } });
      await res.arrayBuffer();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    } catch {
      statuses.error = (statuses.error ?? 0) + 1;
    }
    publicRequests++;
  });
  await new Promise((r) => setTimeout(r, 1000));
  const flooded = await agentLatencies('agents under flood');
  await flood;
  const publicFigures = { requests: publicRequests, perSecond: round(publicRequests / (SECONDS + 2)), statuses };
  log('public flood', publicFigures);
  const change = (flooded.p50 - alone.p50) / alone.p50;
  const result = { rttMs: Number(args.rtt), agents: AGENTS, floodClients: FLOOD, publicShare: Number(args['public-share']), alone, flooded, publicFlood: publicFigures, p50Change: `${round(change * 100)} %`, withinTarget: change <= 0.2 };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(args.out ?? new URL(`./results/flood-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, import.meta.url), JSON.stringify(result, null, 2));
  await server.close();
  await chains.close();
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
