import { DevnetLog } from '../../devnet-log.ts';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AbiCoder } from 'ethers';
import type { DemoCase } from '../../demo-case.ts';
import type { LabelEntry } from '../../labels/label-book.ts';
import type { Network } from '../../types.ts';
import { toBase58Address, toHexAddress } from '../address.ts';
import { tron } from '../networks.ts';
import { decodeTokenCall } from '../trc20.ts';
import { tronActors, tronContracts, tronTheftActors } from './actors.ts';
import { busyMerchantHistory } from './busy.ts';
import { loadTronFixtures, type TronFixture } from './fixtures.ts';
import { loadTronHistoryFixtures, type TronHistoryFixture } from './history-fixtures.ts';
import { blockHeader, blockTimestamp, HEAD_BLOCK, otherContracts, SOLIDIFIED_BLOCK, trc10Assets, trc20Contracts } from './state.ts';
import { TronGridError, TronGridIndex, type HistoryTx } from './trongrid.ts';

/**
 * A local stand-in for a TRON full node's HTTP API (java-tron servlets, `visible=false`),
 * serving the scenario fixtures. It answers the requests tronweb really makes (paths,
 * methods and bodies as in tronweb 6 `lib/trx`, `lib/TransactionBuilder`), in the shapes
 * the TRON HTTP API docs give, including java-tron's habits: `{}` for "not found",
 * HTTP 200 with `{"Error": …}` for a bad request, and 404 for an unknown servlet.
 * Tests switch faults on per path or per transaction id (setBehavior).
 */

export type TronDevnetFault =
  /** Answer `{}` as if the node did not know the transaction. */
  | 'not_found'
  /** HTTP 500 with an HTML error page (what a failing gateway sends). */
  | 'http_500'
  /** HTTP 200, content-type JSON, body cut in the middle. */
  | 'malformed_json'
  /** HTTP 200 with an empty body. */
  | 'empty_body'
  /** HTTP 200 `{"Error": …}` as java-tron answers a request it cannot process. */
  | 'node_error'
  /** Answer normally after `delayMs`. */
  | 'slow';

export interface TronDevnetBehavior {
  /** Request path, e.g. "/wallet/gettransactioninfobyid". Omitted: every path. */
  path?: string;
  /** Path prefix, e.g. "/v1/accounts/" (every TronGrid account list). */
  pathPrefix?: string;
  /** Only requests for a later page (carrying a `fingerprint`). */
  laterPagesOnly?: boolean;
  /** Transaction id in the request (`value`). Omitted: every request on the path. */
  txId?: string;
  fault: TronDevnetFault;
  /** For 'slow' (default 5000 ms). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

export interface TronDevnet {
  url: string;
  /** A demo copy of TRON mainnet pointing at this server (name says so, `demo: true`). */
  networks: Network[];
  cases: DemoCase[];
  /** Names of the demo chain's exchange and service addresses (merged into the instance's labels). */
  labels: LabelEntry[];
  fixtures: TronFixture[];
  /** Address scenarios (theft investigations). */
  historyFixtures: TronHistoryFixture[];
  /** Every request served, in order (for asserting round trips and headers). */
  /** Bounded (the newest 5,000 are kept); positions are absolute. */
  requests: DevnetLog<RecordedRequest>;
  /** Requests to paths this server does not implement ("METHOD /path"). */
  unhandled: DevnetLog<string>;
  /** Adds a fault; returns a function that removes it. Later behaviours win. */
  setBehavior(behavior: TronDevnetBehavior): () => void;
  /**
   * The head the node serves: the fixtures' head, made "just now" (a live node) until
   * `setHeadAge` dates it in the past (a stale node, a halted network); `advance` makes new
   * blocks (the demo's clock), `setHead` moves it anywhere (a node behind the others).
   */
  readonly head: number;
  advance(blocks?: number): void;
  setHead(block: number): void;
  setHeadAge(seconds: number): void;
  clearBehaviors(): void;
  close(): Promise<void>;
}

export interface TronDevnetOptions {
  port?: number;
  /** Added to every response (simulates a remote node). */
  latencyMs?: number;
  /** Origin of the txtriage server, for the demo network's explorer links. */
  explorerBase?: string;
  /** Requests kept in `requests` (default 5,000). */
  requestLogMax?: number;
  /** Do not print unhandled paths (tests that provoke them on purpose). */
  quiet?: boolean;
}

/** The demo network: TRON mainnet's data (aliases, tokens, confirmations) under a name that says it is a demo. */
export function demoTronNetwork(explorerBase?: string): Network {
  return {
    ...tron,
    name: { en: `${tron.name.en} (local demo chain)`, zh: `${tron.name.zh}（本地演示链）` },
    explorers: explorerBase
      ? [{ name: 'txtriage demo', tx: `${explorerBase}/v1/tx/${tron.id}/{hash}`, address: `${explorerBase}/v1/address/${tron.id}/{address}` }]
      : tron.explorers,
    defaultRpcUrls: [],
    demo: true,
  };
}

const coder = AbiCoder.defaultAbiCoder();
const ERC20_VIEWS: Record<string, (t: (typeof trc20Contracts)[string]) => string> = {
  'symbol()': (t) => coder.encode(['string'], [t.symbol]),
  'name()': (t) => coder.encode(['string'], [t.name]),
  'decimals()': (t) => coder.encode(['uint8'], [t.decimals]),
};

function accountOf(address: string): Record<string, unknown> {
  const hex = toHexAddress(address);
  const own = { permission_name: 'owner', threshold: 1, keys: [{ address: hex, weight: 1 }] };
  const active = (keyHex: string) => ({
    type: 'Active',
    id: 2,
    permission_name: 'active',
    threshold: 1,
    operations: '7fff1fc0033efb0f000000000000000000000000000000000000000000000000',
    keys: [{ address: keyHex, weight: 1 }],
  });
  const base = (balance: number, createdBlock: number) => ({
    address: hex,
    balance,
    create_time: blockTimestamp(createdBlock),
    latest_opration_time: blockTimestamp(HEAD_BLOCK - 100),
    net_window_size: 28800000,
    net_window_optimized: true,
    account_resource: { energy_window_size: 28800000, energy_window_optimized: true },
    owner_permission: own,
    active_permission: [active(hex)],
  });
  const a = tronActors;
  const t = tronTheftActors;
  switch (address) {
    case a.user.address:
      return { ...base(318_420_000, 20_000_000), frozenV2: [{}, { type: 'ENERGY', amount: 2_000_000_000 }, { type: 'TRON_POWER' }] };
    case a.lowBalanceUser.address:
      return base(0, 70_000_000);
    case a.unactivated.address: {
      // Created by the activation scenario's transfer (its block).
      const activation = loadTronFixtures().find((f) => f.scenario === 'trx-transfer-activates-account');
      return base(10_000_000, activation?.info?.blockNumber ?? HEAD_BLOCK - 600);
    }
    case a.victim.address: {
      // After the permission update: owner and active keys are the thief's.
      const thief = { permission_name: 'owner', threshold: 1, keys: [{ address: a.thief.hex, weight: 1 }] };
      return { ...base(2_150_000, 40_000_000), owner_permission: thief, active_permission: [active(a.thief.hex)] };
    }
    case a.newHolder.address:
    case a.exchange.address:
    case a.frozenSender.address:
    case a.frozenMerchant.address:
    case a.scammer.address:
    case a.thief.address:
    case a.gamer.address:
    case t.poisonVictim.address:
    case t.friend.address:
    case t.poisoner.address:
    case t.drainVictim.address:
    case t.drainer.address:
    case t.drainCollector.address:
    case t.exchangeHot.address:
    case t.cleanUser.address:
    case t.busyMerchant.address:
      return base(25_000_000, 50_000_000);
    default:
      return {};
  }
}

function accountResourceOf(address: string): Record<string, unknown> {
  if (Object.keys(accountOf(address)).length === 0) return {};
  const network = { TotalNetLimit: 43200000000, TotalNetWeight: 26880000000, TotalEnergyLimit: 180000000000, TotalEnergyWeight: 19200000000 };
  if (address === tronActors.user.address) return { freeNetUsed: 12, freeNetLimit: 600, ...network, EnergyLimit: 18750, tronPowerLimit: 2000 };
  return { freeNetLimit: 600, ...network };
}

/** POST /wallet/triggerconstantcontract → TransactionExtention (see docs/api/http/smart-contract/triggerconstantcontract.md). */
function constantCall(body: Record<string, unknown>, allowances: Map<string, bigint>): Record<string, unknown> {
  const contractHex = String(body.contract_address ?? '');
  let contract: string;
  try {
    contract = toBase58Address(contractHex);
  } catch {
    return { result: { code: 'OTHER_ERROR', message: Buffer.from('class java.lang.IllegalArgumentException : invalid contract address').toString('hex') } };
  }
  const selector = String(body.function_selector ?? '');
  const parameter = String(body.parameter ?? '');
  const token = trc20Contracts[contract];
  const transaction = { ret: [{}], visible: false, txID: '0'.repeat(64), raw_data: { contract: [] } };
  const ok = (word: string) => ({ result: { result: true }, energy_used: 2_600, constant_result: [word.replace(/^0x/, '')], transaction });
  const revert = () => ({
    result: { result: true, message: Buffer.from('REVERT opcode executed').toString('hex') },
    energy_used: 300,
    constant_result: [''],
    transaction: { ...transaction, ret: [{ ret: 'FAILED' }] },
  });
  if (!token) {
    if (otherContracts.includes(contract)) return revert();
    return { result: { code: 'CONTRACT_VALIDATE_ERROR', message: Buffer.from('Smart contract is not exist.').toString('hex') }, transaction };
  }
  const view = ERC20_VIEWS[selector];
  if (view) return ok(view(token));
  if (selector === 'isBlackListed(address)' && token.blacklisted) {
    const who = toBase58Address(parameter.slice(-40));
    return ok(coder.encode(['bool'], [token.blacklisted.includes(who)]));
  }
  if (selector === 'allowance(address,address)' && parameter.length >= 128) {
    const [owner, spender] = [parameter.slice(0, 64), parameter.slice(64, 128)].map((w) => toBase58Address(w.slice(-40)));
    return ok(coder.encode(['uint256'], [allowances.get(`${contract}|${owner}|${spender}`) ?? 0n]));
  }
  return revert();
}

const MAX_UINT256 = 2n ** 256n - 1n;

/**
 * What each TRC-20 allowance is after the demo chain's transactions: the last approve,
 * less what the spender took since with transferFrom, unless it was MAX_UINT (Tether's
 * `transferFrom` leaves an unlimited allowance untouched).
 */
function allowancesAfter(txs: HistoryTx[]): Map<string, bigint> {
  const book = new Map<string, bigint>();
  for (const { transaction, info } of [...txs].sort((x, y) => (x.info.blockNumber ?? 0) - (y.info.blockNumber ?? 0))) {
    const contract = transaction.raw_data.contract[0];
    if (contract?.type !== 'TriggerSmartContract' || (info.receipt?.result ?? 'SUCCESS') !== 'SUCCESS') continue;
    const p = contract.parameter.value;
    const token = toBase58Address(String(p.contract_address));
    const sender = toBase58Address(String(p.owner_address));
    const call = decodeTokenCall(String(p.data ?? ''));
    if (call?.method === 'approve' && call.to && call.amount !== undefined) book.set(`${token}|${sender}|${call.to}`, call.amount);
    if (call?.method === 'transferFrom' && call.from && call.amount !== undefined) {
      const key = `${token}|${call.from}|${sender}`;
      const left = book.get(key) ?? 0n;
      if (left < MAX_UINT256) book.set(key, left > call.amount ? left - call.amount : 0n);
    }
  }
  return book;
}

/** GET /wallet/getcontract → the SmartContract record, `{}` for an address without code (docs/api/http/smart-contract/getcontract.md). */
function contractOf(address: string): Record<string, unknown> {
  const token = trc20Contracts[address];
  if (!token && !otherContracts.includes(address)) return {};
  return {
    origin_address: tronActors.scammer.hex,
    contract_address: toHexAddress(address),
    abi: {},
    bytecode: '6080604052348015600f57600080fd5b50',
    consume_user_resource_percent: 100,
    name: token ? token.symbol : 'Contract',
    origin_energy_limit: 10_000_000,
    code_hash: toHexAddress(address).slice(2).padEnd(64, '0'),
  };
}

/** Names of the demo chain's exchanges and services: a trail of stolen funds stops there. */
export function tronDemoLabels(): LabelEntry[] {
  return [
    { family: 'tron', network: tron.id, address: tronTheftActors.exchangeHot.address, name: 'Demo Exchange hot wallet (TRON, demo)', kind: 'exchange' },
    { family: 'tron', network: tron.id, address: tronActors.exchange.address, name: 'Demo Exchange deposit (TRON, demo)', kind: 'exchange' },
    { family: 'tron', network: tron.id, address: tronContracts.dexRouter, name: 'Demo DEX router (TRON, demo)', kind: 'service' },
  ];
}

function assetOf(id: string): Record<string, unknown> {
  const asset = trc10Assets[id];
  if (!asset) return {};
  const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
  return {
    owner_address: toHexAddress(asset.owner),
    name: hex(asset.name),
    abbr: hex(asset.abbr),
    total_supply: 100000000000000000,
    trx_num: 1,
    precision: asset.precision,
    num: 1,
    start_time: blockTimestamp(60_000_000),
    end_time: blockTimestamp(60_100_000),
    description: hex('Tether USD'),
    url: hex('https://tether-usd.example'),
    id: asset.id,
  };
}

export async function startTronDevnet(opts: TronDevnetOptions = {}): Promise<TronDevnet> {
  const fixtures = loadTronFixtures();
  const historyFixtures = loadTronHistoryFixtures();
  // The history scenarios' transactions are solidified transactions like the others.
  const historyTxs: TronFixture[] = historyFixtures.flatMap((h) =>
    h.transactions.map((x) => ({ scenario: h.scenario, description: h.description, source: h.source, where: 'solidified' as const, ...x })),
  );
  const allTxs = [...fixtures, ...historyTxs];
  const byId = new Map(allTxs.map((f) => [f.transaction.txID, f]));
  const mined = allTxs.flatMap((f) => (f.info && f.where !== 'pending' ? [{ transaction: f.transaction, info: f.info }] : []));
  const allowances = allowancesAfter(mined);
  const tronGrid = new TronGridIndex(mined);
  tronGrid.addLazy(tronTheftActors.busyMerchant.address, busyMerchantHistory);
  const behaviors: TronDevnetBehavior[] = [];
  const requests = new DevnetLog<RecordedRequest>(opts.requestLogMax);
  const unhandled = new DevnetLog<string>(500);
  const timers = new Set<NodeJS.Timeout>();

  const txOf = (body: Record<string, unknown>) => byId.get(String(body.value ?? '').replace(/^0x/, '').toLowerCase());
  const solid = (f: TronFixture | undefined) => f?.where === 'solidified';
  const inBlock = (f: TronFixture | undefined) => f !== undefined && f.where !== 'pending';

  // The head as served: fixtures are placed against HEAD_BLOCK; its time is "now" at start, so the network looks alive.
  // headTimeMs null: the head was made just now (a live node, whatever the wall clock); a number: it is that old (stale).
  const chain: { head: number; headTimeMs: number | null } = { head: HEAD_BLOCK, headTimeMs: null };
  const headTime = () => chain.headTimeMs ?? Date.now();
  const nowBlock = (n: number, timeMs: number) => {
    const header = blockHeader(n) as { block_header: { raw_data: Record<string, unknown> } };
    return { ...header, block_header: { ...header.block_header, raw_data: { ...header.block_header.raw_data, timestamp: timeMs } } };
  };
  const solidGap = HEAD_BLOCK - SOLIDIFIED_BLOCK;

  const routes: Record<string, (body: Record<string, unknown>) => unknown> = {
    '/wallet/gettransactionbyid': (b) => (inBlock(txOf(b)) ? txOf(b)!.transaction : {}),
    '/walletsolidity/gettransactionbyid': (b) => (solid(txOf(b)) ? txOf(b)!.transaction : {}),
    '/wallet/gettransactioninfobyid': (b) => (inBlock(txOf(b)) ? txOf(b)!.info : {}),
    '/walletsolidity/gettransactioninfobyid': (b) => (solid(txOf(b)) ? txOf(b)!.info : {}),
    '/wallet/gettransactionfrompending': (b) => (txOf(b)?.where === 'pending' ? txOf(b)!.transaction : {}),
    '/wallet/getnowblock': () => nowBlock(chain.head, headTime()),
    '/walletsolidity/getnowblock': () => nowBlock(chain.head - solidGap, headTime() - solidGap * 3000),
    '/wallet/getblockbynum': (b) => blockByNum(Number(b.num), chain.head),
    '/walletsolidity/getblockbynum': (b) => blockByNum(Number(b.num), chain.head - solidGap),
    // Price histories as "since-ms:sun,…", newest last (shape: https://developers.tron.network/reference/getenergyprices,
    // getbandwidthprices); the values are mainnet's history of SR-voted prices, the last one current.
    '/wallet/getenergyprices': () => ({ prices: '0:100,1575129600000:10,1606537680000:40,1614238080000:140,1635739080000:280,1681895880000:420,1727417040000:210,1756189200000:100' }),
    '/wallet/getbandwidthprices': () => ({ prices: '0:10,1606537680000:40,1614238080000:140,1626499200000:1000' }),
    '/wallet/triggerconstantcontract': (b) => constantCall(b, allowances),
    '/wallet/getcontract': (b) => contractOf(addressParam(b.value)),
    '/wallet/getassetissuebyid': (b) => assetOf(String(b.value ?? '')),
    '/wallet/getaccount': (b) => accountOf(addressParam(b.address)),
    '/walletsolidity/getaccount': (b) => accountOf(addressParam(b.address)),
    '/wallet/getaccountresource': (b) => accountResourceOf(addressParam(b.address)),
  };

  function blockByNum(n: number, top: number): unknown {
    if (!Number.isSafeInteger(n) || n < 0 || n > top) return {};
    const header = blockHeader(n);
    const txs = allTxs.filter((f) => f.info?.blockNumber === n).map((f) => f.transaction);
    return txs.length ? { ...header, transactions: txs } : header;
  }

  function addressParam(v: unknown): string {
    try {
      return toBase58Address(String(v ?? ''));
    } catch {
      return '';
    }
  }

  function faultFor(path: string, body: Record<string, unknown>): TronDevnetBehavior | undefined {
    const value = String(body.value ?? '').replace(/^0x/, '').toLowerCase();
    for (let i = behaviors.length - 1; i >= 0; i--) {
      const b = behaviors[i];
      if (b.path && b.path !== path) continue;
      if (b.pathPrefix && !path.startsWith(b.pathPrefix)) continue;
      if (b.laterPagesOnly && !body.fingerprint) continue;
      if (b.txId && b.txId.replace(/^0x/, '').toLowerCase() !== value) continue;
      return b;
    }
    return undefined;
  }

  const later = (ms: number, fn: () => void) => {
    if (ms <= 0) return fn();
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://devnet');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');

    const send = (status: number, text: string, type = 'application/json') => {
      later(opts.latencyMs ?? 0, () => {
        if (res.destroyed || res.writableEnded) return;
        res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
        res.end(text);
      });
    };

    let body: Record<string, unknown> = Object.fromEntries(url.searchParams);
    if (raw.trim()) {
      try {
        const parsed = JSON.parse(raw);
        if (parsed && typeof parsed === 'object') body = { ...body, ...parsed };
      } catch (err) {
        return send(200, JSON.stringify({ Error: `class org.tron.json.JSONException : ${(err as Error).message}` }));
      }
    }
    requests.push({ method: req.method ?? 'GET', path, body, headers: req.headers });

    const route = routes[path] ?? accountListRoute(path, `http://${req.headers.host ?? '127.0.0.1'}`);
    if (!route) {
      const line = `${req.method} ${path}`;
      unhandled.push(line);
      if (!opts.quiet) console.error(`[tron devnet] UNHANDLED ${line} ${raw.slice(0, 200)}`);
      return send(404, '<html><body><h2>404 Not found</h2></body></html>', 'text/html');
    }

    const fault = faultFor(path, body);
    switch (fault?.fault) {
      case 'not_found':
        return send(200, '{}');
      case 'http_500':
        return send(500, '<html><body><h1>500 Internal Server Error</h1></body></html>', 'text/html');
      case 'malformed_json':
        return send(200, '{"ret":[{"contractRet":"SUCC');
      case 'empty_body':
        return send(200, '');
      case 'node_error':
        return send(200, JSON.stringify({ Error: 'class java.lang.NullPointerException : null' }));
      case 'slow':
        return later(fault.delayMs ?? 5000, () => answer(route, body, send));
      default:
        return answer(route, body, send);
    }
  }

  function answer(route: (body: Record<string, unknown>) => unknown, body: Record<string, unknown>, send: (status: number, text: string) => void): void {
    try {
      send(200, JSON.stringify(route(body) ?? {}));
    } catch (err) {
      if (!(err instanceof TronGridError)) throw err;
      send(400, JSON.stringify({ success: false, error: err.message, statusCode: 400 }));
    }
  }

  /** GET /v1/accounts/{address}/transactions[/trc20] (TronGrid), address in base58 or hex. */
  function accountListRoute(path: string, origin: string): ((body: Record<string, unknown>) => unknown) | undefined {
    const m = /^\/v1\/accounts\/([^/]+)\/transactions(\/trc20)?$/.exec(path);
    if (!m) return undefined;
    return (body) => {
      const address = addressParam(decodeURIComponent(m[1]).replace(/^0x/, '41'));
      if (!address) throw new TronGridError('Invalid address');
      const query = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)]));
      const link = (q: Record<string, string>) => `${origin}${path}?${new URLSearchParams(q).toString()}`;
      return m[2] ? tronGrid.trc20(address, query, link) : tronGrid.transactions(address, query, link);
    };
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error('[tron devnet] handler failed', err);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const cases: DemoCase[] = [
    ...fixtures
      .filter((f) => f.demo)
      .map((f) => ({ scenario: `tron-${f.scenario}`, network: tron.id, txHash: f.transaction.txID, expectedCode: f.demo!.expectedCode, text: f.demo!.text })),
    ...historyFixtures.map((h) => ({
      scenario: `tron-theft-${h.scenario}`,
      network: tron.id,
      address: h.demo.address,
      ...(h.demo.expectedCode ? { expectedCode: h.demo.expectedCode } : {}),
      text: h.demo.text,
    })),
  ];

  return {
    url,
    networks: [demoTronNetwork(opts.explorerBase)],
    cases,
    labels: tronDemoLabels(),
    fixtures,
    historyFixtures,
    requests,
    unhandled,
    setBehavior(behavior) {
      behaviors.push(behavior);
      return () => {
        const i = behaviors.indexOf(behavior);
        if (i >= 0) behaviors.splice(i, 1);
      };
    },
    clearBehaviors() {
      behaviors.length = 0;
    },
    get head() {
      return chain.head;
    },
    advance(blocks = 1) {
      chain.head += blocks;
      chain.headTimeMs = null;
    },
    setHead(block) {
      chain.head = block;
    },
    setHeadAge(seconds) {
      chain.headTimeMs = seconds > 0 ? Date.now() - seconds * 1000 : null;
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

