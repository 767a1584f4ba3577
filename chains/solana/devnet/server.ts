import { DevnetLog } from '../../devnet-log.ts';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoCase } from '../../demo-case.ts';
import type { LabelEntry } from '../../labels/label-book.ts';
import type { Network } from '../../types.ts';
import { solana } from '../networks.ts';
import { buildBusyAddress } from './busy.ts';
import { loadSolanaFixtures, type SolanaFixture } from './fixtures.ts';
import { DemoLedger } from './ledger.ts';
import { buildSolanaTheftDemo } from './theft.ts';

/**
 * A local Solana JSON-RPC node for tests and `npm start`'s offline demo. No validator can
 * be installed here, so this answers the real methods, in the real wire shapes, from the
 * scenario fixtures — and can be told to misbehave (null answers, JSON-RPC errors,
 * HTTP 500, malformed JSON, slow answers) per method and/or signature.
 *
 * Besides the single-transaction scenarios (fixtures/*.json) it serves address histories:
 * the theft scenarios and, on request, a busy address with thousands of transactions,
 * both written by the demo bank (bank.ts) so their balances add up.
 *
 * Served: getTransaction (jsonParsed), getSignatureStatuses, getSignaturesForAddress,
 * getAccountInfo, getMultipleAccounts, getTokenAccountsByOwner, getBalance, getSlot,
 * getBlockHeight, getHealth, getVersion; single requests and JSON-RPC batch arrays (POST /).
 * https://solana.com/docs/rpc
 */

export type Behavior =
  /** Answer as if the node had never heard of it (result null / a null entry). */
  | { kind: 'null' }
  /** A JSON-RPC error object for the matching call(s). */
  | { kind: 'rpc-error'; code?: number; message?: string }
  /** The whole HTTP response fails with this status. */
  | { kind: 'http-error'; status?: number; body?: string }
  /** The whole HTTP response is not JSON. */
  | { kind: 'malformed' }
  /** Answer normally, `ms` late. */
  | { kind: 'delay'; ms: number };

/** Which calls a behavior applies to: a method, a signature (or address), or both; {} matches every call. */
export interface BehaviorMatch {
  method?: string;
  signature?: string;
  /** Let this many matching calls through first (e.g. fail only the second page of a history). Not for `null`. */
  skip?: number;
}

export interface RecordedCall {
  method: string;
  params: unknown[];
  /** Calls that arrived in the same HTTP request share a batch number. */
  batch: number;
}

export interface SolanaDevnet {
  url: string;
  /** A demo copy of Solana mainnet served by this node. */
  networks: Network[];
  /** Transaction cases (one per fixture) and address cases (theft scenarios). */
  cases: DemoCase[];
  /** The single-transaction scenarios (fixtures/*.json). */
  fixtures: SolanaFixture[];
  /** Transactions of the address histories (theft scenarios, busy address). */
  histories: SolanaFixture[];
  /** Names the theft scenarios need (a demo exchange), to merge into the instance's label book. */
  labels: LabelEntry[];
  /** The busy address, when asked for one. */
  busyAddress?: string;
  /** Set (or with null, clear) a behavior; later rules win. */
  setBehavior(match: BehaviorMatch, behavior: Behavior | null): void;
  /** The newest slot served; `advance` moves it on (the demo's clock), `setHead` anywhere (a node behind). */
  readonly head: number;
  advance(slots?: number): void;
  setHead(slot: number): void;
  /** Halted: performance samples report no slots (getRecentPerformanceSamples), the slot stays where it is. */
  setHalted(halted: boolean): void;
  /** The prioritization fee recent slots report (micro-lamports per CU; getRecentPrioritizationFees). */
  setPriorityFee(microLamports: number): void;
  resetBehaviors(): void;
  /** Every JSON-RPC call received, in order. */
  /** Bounded (the newest 5,000 are kept); positions are absolute. */
  calls: DevnetLog<RecordedCall>;
  close(): Promise<void>;
}

const API_VERSION = '2.2.7';

/**
 * The demo network keeps mainnet's name, habits and token list (the fixtures use the real
 * USDC/USDT mints) but says it is a demo and links to the app's own demo explorer.
 */
export function solanaDemoNetwork(explorerBase?: string): Network {
  return {
    ...solana,
    name: { en: `${solana.name.en} (local demo chain)`, zh: `${solana.name.zh}（本地演示链）` },
    explorers: explorerBase ? [{ name: 'txtriage demo', tx: `${explorerBase}/v1/tx/solana/{hash}`, address: `${explorerBase}/v1/address/solana/{address}` }] : [],
    defaultRpcUrls: [],
    demo: true,
  };
}

export interface SolanaDevnetOptions {
  port?: number;
  latencyMs?: number;
  explorerBase?: string;
  /** Calls kept in `calls` (default 5,000). */
  requestLogMax?: number;
  /** Add a busy address with this many transactions (see busy.ts). */
  busyAddressTransactions?: number;
}

export async function startSolanaDevnet(opts: SolanaDevnetOptions = {}): Promise<SolanaDevnet> {
  const fixtures = loadSolanaFixtures();
  const theft = buildSolanaTheftDemo();
  const busy = opts.busyAddressTransactions ? buildBusyAddress(opts.busyAddressTransactions) : undefined;
  const histories = [...theft.fixtures, ...(busy?.fixtures ?? [])];
  const bySignature = new Map([...fixtures, ...histories].map((f) => [f.signature, f]));
  const ledger = new DemoLedger([...fixtures, ...histories]);
  const rules: { match: BehaviorMatch; behavior: Behavior; seen: number }[] = [];
  const calls = new DevnetLog<RecordedCall>(opts.requestLogMax);
  let batches = 0;

  /** Behaviors for one call; counts the call against each rule's `skip` (call once per call). */
  const behaviorsFor = (call: JsonRpcRequest): Behavior[] =>
    rules
      .filter((rule) => (!rule.match.method || rule.match.method === call.method) && (!rule.match.signature || mentions(call.params, rule.match.signature)))
      .filter((rule) => rule.seen++ >= (rule.match.skip ?? 0))
      .map((r) => r.behavior);

  const context = () => ({ apiVersion: API_VERSION, slot: ledger.head });
  const cluster = { halted: false, priorityFee: 1_000 };

  function answer(call: JsonRpcRequest, forced: Behavior[]): unknown {
    const params = Array.isArray(call.params) ? call.params : [];
    const config = (params[1] ?? {}) as Record<string, unknown>;
    const error = forced.findLast((b) => b.kind === 'rpc-error') as Extract<Behavior, { kind: 'rpc-error' }> | undefined;
    if (error) return rpcError(call.id, error.code ?? -32005, error.message ?? 'Node is unhealthy (txtriage demo: forced error)');
    const nulled = (id: string) => rules.some(({ match, behavior }) => behavior.kind === 'null' && (!match.method || match.method === call.method) && (!match.signature || match.signature === id));

    switch (call.method) {
      case 'getTransaction': {
        const signature = String(params[0]);
        const encoding = config.encoding ?? 'json';
        const commitment = config.commitment ?? 'finalized';
        if (commitment === 'processed') return rpcError(call.id, -32602, 'Invalid params: Method does not support commitment below `confirmed`');
        if (encoding !== 'jsonParsed') return rpcError(call.id, -32602, `Invalid params: the txtriage demo node serves getTransaction with encoding jsonParsed only (got ${String(encoding)})`);
        const f = bySignature.get(signature);
        if (!f?.transaction || nulled(signature)) return result(call.id, null);
        if (f.transaction.version !== 'legacy' && config.maxSupportedTransactionVersion === undefined) {
          return rpcError(call.id, -32015, `Transaction version (${f.transaction.version}) is not supported by the requesting client. Please try the request again with the following configuration parameter: "maxSupportedTransactionVersion": ${f.transaction.version}`);
        }
        // Asked for finalized only: a merely confirmed transaction is not served yet.
        if (commitment === 'finalized' && f.signatureStatus?.confirmationStatus !== 'finalized') return result(call.id, null);
        return result(call.id, f.transaction);
      }
      case 'getSignatureStatuses': {
        const signatures = Array.isArray(params[0]) ? (params[0] as unknown[]).map(String) : [];
        if (signatures.length > 256) return rpcError(call.id, -32602, 'Invalid params: Too many inputs provided; max 256');
        const searchHistory = config.searchTransactionHistory === true;
        const value = signatures.map((s) => {
          const status = bySignature.get(s)?.signatureStatus;
          if (!status || nulled(s)) return null;
          // Without history search a node only answers from its recent status cache (~150 slots).
          if (!searchHistory && ledger.head - status.slot > 150) return null;
          return status;
        });
        return result(call.id, { context: context(), value });
      }
      case 'getSignaturesForAddress': {
        const address = String(params[0]);
        const list = nulled(address) ? [] : ledger.signaturesFor(address, config as { limit?: number; before?: string; until?: string });
        return result(call.id, list);
      }
      case 'getAccountInfo': {
        const address = String(params[0]);
        return result(call.id, { context: context(), value: nulled(address) ? null : ledger.account(address, String(config.encoding ?? 'base58')) });
      }
      case 'getTokenAccountsByOwner': {
        const owner = String(params[0]);
        const filter = (params[1] ?? {}) as { mint?: string; programId?: string };
        const options = (params[2] ?? {}) as Record<string, unknown>;
        if (!filter.mint && !filter.programId) return rpcError(call.id, -32602, 'Invalid params: expected a mint or programId filter');
        return result(call.id, { context: context(), value: nulled(owner) ? [] : ledger.tokenAccountsByOwner(owner, filter, String(options.encoding ?? 'base64')) });
      }
      case 'getMultipleAccounts': {
        const addresses = Array.isArray(params[0]) ? (params[0] as unknown[]).map(String) : [];
        if (addresses.length > 100) return rpcError(call.id, -32602, 'Invalid params: Too many inputs provided; max 100');
        return result(call.id, { context: context(), value: addresses.map((a) => (nulled(a) ? null : ledger.account(a, String(config.encoding ?? 'base64')))) });
      }
      case 'getBalance': {
        const address = String(params[0]);
        return result(call.id, { context: context(), value: ledger.account(address, 'base64')?.lamports ?? 0 });
      }
      case 'getSlot': {
        // getSlot's only parameter is its config (web3.js and the docs: params [{ commitment }]).
        const slotConfig = (params[0] ?? {}) as Record<string, unknown>;
        return result(call.id, slotConfig.commitment === 'finalized' || config.commitment === 'finalized' ? ledger.head - 32 : ledger.head);
      }
      case 'getBlockHeight':
        // Block height trails the slot by the slots skipped since genesis.
        return result(call.id, ledger.head - 21_400_000 - (config.commitment === 'finalized' ? 32 : 0));
      case 'getRecentPerformanceSamples': {
        // One sample per 60 s, newest first; mainnet runs ~150 slots a minute (0.4 s each).
        const limit = Math.min(720, Number(params[0] ?? 720));
        const sample = (i: number) => ({ slot: ledger.head - i * 150, numSlots: cluster.halted ? 0 : 150, numTransactions: cluster.halted ? 0 : 240_000, numNonVoteTransactions: cluster.halted ? 0 : 60_000, samplePeriodSecs: 60 });
        return result(call.id, Array.from({ length: limit }, (_, i) => sample(i)));
      }
      case 'getRecentPrioritizationFees':
        // The last 150 slots, the lowest fee that landed in each.
        return result(call.id, Array.from({ length: 150 }, (_, i) => ({ slot: ledger.head - 149 + i, prioritizationFee: cluster.priorityFee })));
      case 'getHealth':
        return result(call.id, 'ok');
      case 'getVersion':
        return result(call.id, { 'feature-set': 3294202862, 'solana-core': API_VERSION });
      default:
        return rpcError(call.id, -32601, 'Method not found');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { 'content-type': 'text/plain' }).end('Used HTTP Method is not allowed. POST or OPTIONS is required');
      return;
    }
    const body = await readBody(req);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return send(res, rpcError(null, -32700, 'Parse error'));
    }
    const isBatch = Array.isArray(parsed);
    const requests = (isBatch ? parsed : [parsed]) as JsonRpcRequest[];
    if (requests.length === 0) return send(res, rpcError(null, -32600, 'Invalid request'));
    const batch = ++batches;
    for (const r of requests) calls.push({ method: r?.method, params: Array.isArray(r?.params) ? r.params : [], batch });

    const perCall = requests.map((r) => (r && typeof r === 'object' ? behaviorsFor(r) : []));
    const forced = perCall.flat();
    const delay = Math.max(opts.latencyMs ?? 0, ...forced.map((b) => (b.kind === 'delay' ? b.ms : 0)));
    if (delay > 0) await sleep(delay);
    if (res.destroyed) return; // the client gave up (timeout) while we waited

    const http = forced.findLast((b) => b.kind === 'http-error') as Extract<Behavior, { kind: 'http-error' }> | undefined;
    if (http) {
      res.writeHead(http.status ?? 500, { 'content-type': 'text/plain' }).end(http.body ?? 'Internal Server Error');
      return;
    }
    if (forced.some((b) => b.kind === 'malformed')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"jsonrpc":"2.0","result":{"slot":38');
      return;
    }
    const answers = requests.map((r, i) => (r && typeof r === 'object' && typeof r.method === 'string' ? answer(r, perCall[i]) : rpcError(r?.id ?? null, -32600, 'Invalid request')));
    send(res, isBatch ? answers : answers[0]);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const cases: DemoCase[] = [
    ...fixtures
      .filter((f) => f.demo)
      .map((f) => ({ scenario: f.scenario, network: solana.id, txHash: f.signature, ...(f.demo!.expectedCode ? { expectedCode: f.demo!.expectedCode } : {}), ...(f.demo!.text ? { text: f.demo!.text } : {}) })),
    ...theft.cases,
  ];

  return {
    url: `http://127.0.0.1:${port}`,
    networks: [solanaDemoNetwork(opts.explorerBase)],
    cases,
    fixtures,
    histories,
    labels: theft.labels,
    ...(busy ? { busyAddress: busy.address } : {}),
    setBehavior(match, behavior) {
      const i = rules.findIndex((r) => r.match.method === match.method && r.match.signature === match.signature);
      if (i >= 0) rules.splice(i, 1);
      if (behavior) rules.push({ match, behavior, seen: 0 });
    },
    resetBehaviors() {
      rules.length = 0;
    },
    get head() {
      return ledger.head;
    },
    advance(slots = 1) {
      ledger.head += slots;
    },
    setHead(slot) {
      ledger.head = slot;
    },
    setHalted(halted) {
      cluster.halted = halted;
    },
    setPriorityFee(microLamports) {
      cluster.priorityFee = microLamports;
    },
    calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

interface JsonRpcRequest {
  jsonrpc?: string;
  id: number | string | null;
  method: string;
  params?: unknown[];
}

/** Whether a call's params name this signature/address (first param, or inside its array). */
function mentions(params: unknown, id: string): boolean {
  const first = Array.isArray(params) ? params[0] : undefined;
  return first === id || (Array.isArray(first) && first.includes(id));
}

const result = (id: JsonRpcRequest['id'], value: unknown) => ({ jsonrpc: '2.0', result: value, id });
const rpcError = (id: JsonRpcRequest['id'], code: number, message: string) => ({ jsonrpc: '2.0', error: { code, message }, id });

function send(res: ServerResponse, payload: unknown): void {
  // u64 rentEpoch (18446744073709551615) does not survive JSON.stringify as a number literal; the node sends it as one.
  const text = JSON.stringify(payload).replace(/"rentEpoch":1844674407370955\d+/g, '"rentEpoch":18446744073709551615');
  res.writeHead(200, { 'content-type': 'application/json' }).end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
