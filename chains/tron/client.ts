import { TronWeb, providers } from 'tronweb';
import { describeEndpoint, type TransportOptions } from '../endpoint.ts';
import { isUpstreamFailure } from '../upstream/failure.ts';
import { policyFor } from '../upstream/settings.ts';
import { Upstream, type Endpoint } from '../upstream/upstream.ts';
import { toHexAddress } from './address.ts';
import type { TronGridPage, WireAssetIssue, WireBlock, WireConstantResult, WireTransaction, WireTransactionInfo } from './wire.ts';

/**
 * One TRON full node (or TronGrid) reached through tronweb. tronweb is kept for what it
 * does well (the exact endpoints, request bodies and ABI encoding); this wrapper adds the
 * guarantees a diagnosis needs: every answer is a JSON object, a `{"Error": …}` body or a
 * timeout is an error with a stable code, and only an explicit `{}` means "not found".
 *
 * Why the guard matters: tronweb's HTTP layer (axios) hands an unparseable or empty body
 * through as a string, and `trx.getTransaction` treats any value without keys as "not
 * found", so a broken proxy answering 200 with an empty body would read as not_found.
 */

export type TronUpstreamCode =
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_HTTP_ERROR'
  | 'UPSTREAM_MALFORMED'
  | 'UPSTREAM_RATE_LIMITED'
  | 'UPSTREAM_BUDGET'
  | 'UPSTREAM_CIRCUIT_OPEN'
  | 'UPSTREAM_LAGGING'
  | 'UPSTREAM_NODE_ERROR'
  | 'UPSTREAM_ERROR';

export class TronUpstreamError extends Error {
  constructor(
    readonly code: TronUpstreamCode,
    message: string,
    readonly endpoint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TronUpstreamError';
  }
}

const TRANSPORT_CODES = new Set(['UPSTREAM_TIMEOUT', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_HTTP_ERROR', 'UPSTREAM_MALFORMED', 'UPSTREAM_RATE_LIMITED', 'UPSTREAM_BUDGET', 'UPSTREAM_CIRCUIT_OPEN', 'UPSTREAM_LAGGING']);

/** Codes worth retrying on another endpoint (the node did not answer the question). */
export function isTransportFailure(code: string): boolean {
  return TRANSPORT_CODES.has(code);
}

export interface TronNodeOptions extends TransportOptions {
  /** TronGrid API key, sent as the `TRON-PRO-API-KEY` header. */
  apiKey?: string;
  /**
   * The network's upstream (chains/upstream) and this node's endpoint in it: every HTTP
   * request goes through its budget, breaker, timeout and metrics. Absent: a private one.
   */
  via?: { upstream: Upstream; endpoint: Endpoint };
}

/** Any caller works for constant calls; the zero address (T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb) is the usual one. */
const CONSTANT_CALLER = '410000000000000000000000000000000000000000';

/** ABI words of static `address` / `uint256` parameters (the only kinds view calls here take); anything else throws. */
function encodeWords(parameters: { type: string; value: string }[]): string {
  return parameters
    .map(({ type, value }) => {
      if (type === 'address') return toHexAddress(value).replace(/^41/, '').toLowerCase().padStart(64, '0');
      if (type === 'uint256') return BigInt(value).toString(16).padStart(64, '0');
      throw new Error(`constantCall cannot encode a ${type} parameter`);
    })
    .join('');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isEmpty(v: Record<string, unknown>): boolean {
  return Object.keys(v).length === 0;
}

/** Query values of a TronGrid v1 list request. */
export type TronGridQuery = Record<string, string | number | boolean | undefined>;

export class TronNode {
  readonly host: string;
  private readonly tronWeb: TronWeb;
  private readonly headers: Record<string, string>;
  private readonly via: { upstream: Upstream; endpoint: Endpoint };

  constructor(
    readonly url: string,
    opts: TronNodeOptions,
  ) {
    this.host = describeEndpoint(url);
    const headers: Record<string, string> = opts.apiKey ? { 'TRON-PRO-API-KEY': opts.apiKey } : {};
    this.headers = headers;
    // Providers built here (not via `fullHost` + `headers`): tronweb's header setter
    // rebuilds them with its 30 s default timeout.
    const full = new providers.HttpProvider(url, opts.timeoutMs, '', '', headers);
    const solidity = new providers.HttpProvider(url, opts.timeoutMs, '', '', headers);
    const via = opts.via ?? (() => {
      const upstream = new Upstream({ network: 'tron', urls: [url], policy: policyFor(opts.timeoutMs, opts.upstream), metrics: opts.upstream?.metrics });
      return { upstream, endpoint: upstream.endpoints[0] };
    })();
    this.via = via;
    for (const p of [full, solidity]) this.route(p, via.upstream, via.endpoint, headers);
    this.tronWeb = new TronWeb(full, solidity, full);
  }

  /**
   * Replaces the provider's `request` (axios underneath) with an exchange through the
   * upstream layer, pinned to this node: same paths, methods and bodies as tronweb sends,
   * without axios' per-request pipeline (a third of a TRON lookup's CPU). The guard: the
   * answer must be a JSON object, and `{"Error": …}` is the node refusing, not data.
   */
  private route(provider: InstanceType<typeof providers.HttpProvider>, upstream: Upstream, endpoint: Endpoint, apiHeaders: Record<string, string>): void {
    const readObject = (text: string) => {
      const value: unknown = JSON.parse(text);
      if (!isPlainObject(value)) throw new Error(`the body is not a JSON object: ${JSON.stringify(text.slice(0, 80))}`);
      return value;
    };
    provider.request = (async (url: string, payload: Record<string, unknown> = {}, method = 'get') => {
      const m = method.toUpperCase() === 'POST' ? 'POST' : 'GET';
      const path = `/${url.replace(/^\/+/, '')}`;
      const hasPayload = payload && Object.keys(payload).length > 0;
      const query = m === 'GET' && hasPayload ? `?${new URLSearchParams(payload as Record<string, string>)}` : '';
      const body = m === 'POST' && hasPayload ? JSON.stringify(payload) : undefined;
      let data: Record<string, unknown>;
      try {
        ({ value: data } = await upstream.exchange(endpoint, { path: path + query, method: m, headers: body ? { ...apiHeaders, 'content-type': 'application/json' } : apiHeaders, body, labels: [path] }, readObject));
      } catch (err) {
        throw this.classify(err);
      }
      if (typeof data.Error === 'string') throw new TronUpstreamError('UPSTREAM_NODE_ERROR', `${this.host} refused ${path}: ${data.Error.slice(0, 200)}`, this.host);
      return data;
    }) as typeof provider.request;
  }

  /** Axios / network errors → stable codes. The endpoint URL (it may hold a key) is never echoed, only its host. */
  classify(err: unknown): TronUpstreamError {
    if (err instanceof TronUpstreamError) return err;
    if (isUpstreamFailure(err)) {
      const code = (TRANSPORT_CODES.has(err.code) ? err.code : 'UPSTREAM_ERROR') as TronUpstreamCode;
      return new TronUpstreamError(code, err.message, this.host, { cause: err });
    }
    const e = err as { code?: string; message?: string; response?: { status?: number }; config?: { url?: string } };
    const path = e.config?.url ?? 'request';
    if (e.code === 'ECONNABORTED' || e.code === 'ETIMEDOUT' || /timeout/i.test(e.message ?? '')) {
      return new TronUpstreamError('UPSTREAM_TIMEOUT', `${this.host} did not answer ${path} in time`, this.host, { cause: err });
    }
    if (e.response?.status) {
      return new TronUpstreamError('UPSTREAM_HTTP_ERROR', `${this.host} answered ${path} with HTTP ${e.response.status}`, this.host, { cause: err });
    }
    if (e.code) return new TronUpstreamError('UPSTREAM_UNAVAILABLE', `${this.host} is unreachable (${e.code})`, this.host, { cause: err });
    return new TronUpstreamError('UPSTREAM_ERROR', `${this.host}: ${e.message ?? String(err)}`, this.host, { cause: err });
  }

  /** POST /wallet/gettransactionbyid. Null only for the node's explicit `{}`. */
  async getTransaction(id: string): Promise<WireTransaction | null> {
    try {
      return (await this.tronWeb.trx.getTransaction(id)) as unknown as WireTransaction;
    } catch (err) {
      if (err instanceof Error && err.message === 'Transaction not found') return null;
      throw this.classify(err);
    }
  }

  /** POST /wallet/gettransactioninfobyid (includes blocks not yet solidified). Null for `{}`. */
  async getTransactionInfo(id: string): Promise<WireTransactionInfo | null> {
    const info = (await this.tronWeb.trx.getUnconfirmedTransactionInfo(id)) as unknown as Record<string, unknown>;
    return isEmpty(info) ? null : (info as unknown as WireTransactionInfo);
  }

  /** POST /wallet/gettransactionfrompending: a broadcast transaction not yet in a block. Null for `{}`. */
  async getPendingTransaction(id: string): Promise<WireTransaction | null> {
    const tx = await this.tronWeb.fullNode.request<Record<string, unknown>>('wallet/gettransactionfrompending', { value: id }, 'post');
    return isEmpty(tx) ? null : (tx as unknown as WireTransaction);
  }

  /** GET /wallet/getnowblock → head block number. */
  async headBlock(): Promise<number> {
    return this.blockNumber((await this.tronWeb.trx.getCurrentBlock()) as unknown as WireBlock, 'wallet/getnowblock');
  }

  /** GET /walletsolidity/getnowblock → latest solidified (irreversible) block number. */
  async solidifiedBlock(): Promise<number> {
    return this.blockNumber((await this.tronWeb.trx.getConfirmedCurrentBlock()) as unknown as WireBlock, 'walletsolidity/getnowblock');
  }

  /** GET /wallet/getnowblock (or /walletsolidity/…) → number and time (s) of that block. */
  async nowBlock(solidified = false): Promise<{ number: number; timestamp: number }> {
    const path = solidified ? 'walletsolidity/getnowblock' : 'wallet/getnowblock';
    const block = (solidified ? await this.tronWeb.trx.getConfirmedCurrentBlock() : await this.tronWeb.trx.getCurrentBlock()) as unknown as WireBlock;
    const number = this.blockNumber(block, path);
    const ms = block.block_header?.raw_data?.timestamp;
    if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new TronUpstreamError('UPSTREAM_MALFORMED', `${this.host} answered ${path} without a block time`, this.host);
    return { number, timestamp: Math.floor(ms / 1000) };
  }

  /**
   * GET /wallet/getenergyprices or /wallet/getbandwidthprices: the price history as
   * "since-ms:sun,since-ms:sun,…"; the last entry is the current price (sun per unit).
   * https://developers.tron.network/reference/getenergyprices
   */
  async currentPrice(kind: 'energy' | 'bandwidth'): Promise<number> {
    const path = kind === 'energy' ? 'wallet/getenergyprices' : 'wallet/getbandwidthprices';
    const answer = await this.tronWeb.fullNode.request<Record<string, unknown>>(path, {}, 'get');
    const last = typeof answer.prices === 'string' ? answer.prices.split(',').pop()?.split(':')[1] : undefined;
    const price = Number(last);
    if (!last || !Number.isFinite(price)) throw new TronUpstreamError('UPSTREAM_MALFORMED', `${this.host} answered ${path} without prices`, this.host);
    return price;
  }

  private blockNumber(block: WireBlock, path: string): number {
    const n = block?.block_header?.raw_data?.number;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
      throw new TronUpstreamError('UPSTREAM_MALFORMED', `${this.host} answered ${path} without a block number`, this.host);
    }
    return n;
  }

  /**
   * POST /wallet/triggerconstantcontract: a view call. Returns the first return word(s) as
   * hex, or null when the contract reverted or the node refused the call (the caller
   * decides what "unknown" means). Transport failures throw.
   */
  async constantCall(contract: string, functionSelector: string, parameters: { type: string; value: string }[] = []): Promise<string | null> {
    let res: WireConstantResult;
    try {
      // The request tronweb's triggerConstantContract sends, built here: its ABI coder (ethers'
      // AbiCoder behind a TRON address shim) was most of a TRON USDT lookup's CPU, for what is
      // one or two 32-byte words of address or uint256.
      const body = { owner_address: CONSTANT_CALLER, contract_address: toHexAddress(contract), function_selector: functionSelector, parameter: encodeWords(parameters), visible: false };
      res = (await this.tronWeb.fullNode.request<Record<string, unknown>>('wallet/triggerconstantcontract', body, 'post')) as unknown as WireConstantResult;
      if (res.result?.message) return null;
    } catch (err) {
      const upstream = this.classify(err);
      // tronweb throws plain Errors for `result.message` (revert, unknown contract): an answer, not an outage.
      if (upstream.code === 'UPSTREAM_ERROR' || upstream.code === 'UPSTREAM_NODE_ERROR') return null;
      throw upstream;
    }
    if (res.result?.result !== true || res.transaction?.ret?.[0]?.ret === 'FAILED') return null;
    const out = res.constant_result?.[0];
    return typeof out === 'string' && /^[0-9a-fA-F]*$/.test(out) ? out.toLowerCase() : null;
  }

  /**
   * POST /wallet/getassetissuebyid: a TRC-10 asset, with `name`/`abbr` already decoded
   * from hex to text by tronweb. Null when the id is unknown.
   */
  async getAsset(id: string): Promise<WireAssetIssue | null> {
    try {
      return (await this.tronWeb.trx.getTokenByID(id)) as unknown as WireAssetIssue;
    } catch (err) {
      if (err instanceof Error && err.message === 'Token does not exist') return null;
      throw this.classify(err);
    }
  }

  /**
   * GET /wallet/getcontract?value=41…: the deployed contract, or null for an address
   * without code (java-tron answers `{}`). Tells a contract spender from a plain wallet.
   */
  async getContract(address: string): Promise<Record<string, unknown> | null> {
    try {
      const c = (await this.tronWeb.trx.getContract(toHexAddress(address))) as unknown as Record<string, unknown>;
      return isEmpty(c) ? null : c;
    } catch (err) {
      throw this.classify(err);
    }
  }

  /**
   * A TronGrid v1 REST read (GET /v1/…, JSON): the account history lists. These are
   * TronGrid's own indexed APIs, not java-tron servlets, so they bypass tronweb (still
   * through the upstream layer); failures get the same stable codes as the node calls. The answer must be
   * `{"success": true, "data": [...], "meta": {...}}`; anything else is an error, never
   * an empty list. Source: https://developers.tron.network/reference/get-transaction-info-by-account-address
   */
  async tronGrid<T>(path: string, query: TronGridQuery): Promise<TronGridPage<T>> {
    const url = new URL(this.url);
    url.pathname = url.pathname.replace(/\/+$/, '') + path;
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
    // Only the path is ever shown: the endpoint URL may carry a key.
    const shown = path;
    let text: string;
    try {
      ({ value: text } = await this.via.upstream.exchange(this.via.endpoint, { path: path + url.search, method: 'GET', headers: { accept: 'application/json', ...this.headers }, labels: [path] }, (t) => t));
    } catch (err) {
      if (isUpstreamFailure(err) && err.status === 404) {
        throw new TronUpstreamError('UPSTREAM_HTTP_ERROR', `${this.host} answered ${shown} with HTTP 404 (address history needs TronGrid\u2019s /v1 API; a plain full node does not have it)`, this.host, { cause: err });
      }
      throw this.classify(err);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new TronUpstreamError('UPSTREAM_MALFORMED', `${this.host} answered ${shown} with a body that is not JSON: ${JSON.stringify(text.slice(0, 80))}`, this.host);
    }
    if (!isPlainObject(body)) throw new TronUpstreamError('UPSTREAM_MALFORMED', `${this.host} answered ${shown} with a body that is not a JSON object`, this.host);
    if (body.success !== true) {
      const why = typeof body.error === 'string' ? body.error : typeof body.Error === 'string' ? body.Error : 'success is not true';
      throw new TronUpstreamError('UPSTREAM_NODE_ERROR', `${this.host} refused ${shown}: ${why.slice(0, 200)}`, this.host);
    }
    if (!Array.isArray(body.data) || !isPlainObject(body.meta)) {
      throw new TronUpstreamError('UPSTREAM_MALFORMED', `${this.host} answered ${shown} without a data list and meta`, this.host);
    }
    return body as unknown as TronGridPage<T>;
  }
}
