import { TronWeb, providers } from 'tronweb';
import { describeEndpoint, type TransportOptions } from '../endpoint.ts';
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

export type TronUpstreamCode = 'UPSTREAM_TIMEOUT' | 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_HTTP_ERROR' | 'UPSTREAM_MALFORMED' | 'UPSTREAM_NODE_ERROR' | 'UPSTREAM_ERROR';

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

/** Codes worth retrying on another endpoint (the node did not answer the question). */
export function isTransportFailure(code: string): boolean {
  return code === 'UPSTREAM_TIMEOUT' || code === 'UPSTREAM_UNAVAILABLE' || code === 'UPSTREAM_HTTP_ERROR' || code === 'UPSTREAM_MALFORMED';
}

export interface TronNodeOptions extends TransportOptions {
  /** TronGrid API key, sent as the `TRON-PRO-API-KEY` header. */
  apiKey?: string;
}

/** Any caller works for constant calls; the zero address (T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb) is the usual one. */
const CONSTANT_CALLER = '410000000000000000000000000000000000000000';

/** The part of tronweb's HTTP client (an axios instance at runtime) the guard uses; tronweb types it more narrowly. */
interface GuardedResponse {
  data: unknown;
  config: { url?: string };
}
interface Interceptable {
  interceptors: { response: { use(onOk: (res: GuardedResponse) => GuardedResponse, onErr: (err: unknown) => Promise<never>): number } };
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
  private readonly timeoutMs: number;

  constructor(
    readonly url: string,
    opts: TronNodeOptions,
  ) {
    this.host = describeEndpoint(url);
    this.timeoutMs = opts.timeoutMs;
    const headers: Record<string, string> = opts.apiKey ? { 'TRON-PRO-API-KEY': opts.apiKey } : {};
    this.headers = headers;
    // Providers built here (not via `fullHost` + `headers`): tronweb's header setter
    // rebuilds them with its 30 s default timeout.
    const full = new providers.HttpProvider(url, opts.timeoutMs, '', '', headers);
    const solidity = new providers.HttpProvider(url, opts.timeoutMs, '', '', headers);
    for (const p of [full, solidity]) this.guard(p);
    this.tronWeb = new TronWeb(full, solidity, full);
  }

  private guard(provider: InstanceType<typeof providers.HttpProvider>): void {
    (provider.instance as unknown as Interceptable).interceptors.response.use(
      (res) => {
        const path = res.config.url ?? '?';
        if (!isPlainObject(res.data)) {
          const shown = typeof res.data === 'string' ? JSON.stringify(res.data.slice(0, 80)) : typeof res.data;
          throw new TronUpstreamError('UPSTREAM_MALFORMED', `${this.host} answered ${path} with a body that is not a JSON object: ${shown}`, this.host);
        }
        const nodeError = res.data.Error;
        if (typeof nodeError === 'string') {
          throw new TronUpstreamError('UPSTREAM_NODE_ERROR', `${this.host} refused ${path}: ${nodeError.slice(0, 200)}`, this.host);
        }
        return res;
      },
      (err) => Promise.reject(this.classify(err)),
    );
  }

  /** Axios / network errors → stable codes. The endpoint URL (it may hold a key) is never echoed, only its host. */
  classify(err: unknown): TronUpstreamError {
    if (err instanceof TronUpstreamError) return err;
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
      res = (await this.tronWeb.transactionBuilder.triggerConstantContract(toHexAddress(contract), functionSelector, {}, parameters, CONSTANT_CALLER)) as unknown as WireConstantResult;
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
   * TronGrid's own indexed APIs, not java-tron servlets, so they go over plain fetch;
   * failures get the same stable codes as the node calls. The answer must be
   * `{"success": true, "data": [...], "meta": {...}}`; anything else is an error, never
   * an empty list. Source: https://developers.tron.network/reference/get-transaction-info-by-account-address
   */
  async tronGrid<T>(path: string, query: TronGridQuery): Promise<TronGridPage<T>> {
    const url = new URL(this.url);
    url.pathname = url.pathname.replace(/\/+$/, '') + path;
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
    // Only the path is ever shown: the endpoint URL may carry a key.
    const shown = path;
    let res: Response;
    try {
      res = await fetch(url, { headers: { accept: 'application/json', ...this.headers }, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (err) {
      const e = err as { name?: string; cause?: { code?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new TronUpstreamError('UPSTREAM_TIMEOUT', `${this.host} did not answer ${shown} in time`, this.host, { cause: err });
      throw new TronUpstreamError('UPSTREAM_UNAVAILABLE', `${this.host} is unreachable (${e.cause?.code ?? 'fetch failed'})`, this.host, { cause: err });
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      throw new TronUpstreamError('UPSTREAM_TIMEOUT', `${this.host} did not finish answering ${shown} in time`, this.host, { cause: err });
    }
    if (!res.ok) {
      const hint = res.status === 404 ? ' (address history needs TronGrid\u2019s /v1 API; a plain full node does not have it)' : '';
      throw new TronUpstreamError('UPSTREAM_HTTP_ERROR', `${this.host} answered ${shown} with HTTP ${res.status}${hint}`, this.host);
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
