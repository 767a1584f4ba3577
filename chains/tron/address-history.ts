import { toAmount } from '../amount.ts';
import { explorerAddressUrl } from '../explorer.ts';
import type { LabelBook } from '../labels/label-book.ts';
import { findWellKnownToken, impersonatedSymbol } from '../token-symbols.ts';
import type { AddressFacts, AddressLimits, AddressTransfer, ApprovalFacts, AuthorityChange, Network, TrailHop } from '../types.ts';
import { toBase58Address } from './address.ts';
import { blacklistViews } from './blacklist.ts';
import { TronUpstreamError, type TronGridQuery, type TronNode } from './client.ts';
import type { TronPermission } from './facts.ts';
import { parsePermissionUpdate } from './permissions.ts';
import { decodeTokenCall } from './trc20.ts';
import { readTronTokenMetas, UNKNOWN_TRON_TOKEN, type TronTokenMeta } from './token-metadata.ts';
import type { TronGridTransaction, TronGridTrc20Event } from './wire.ts';

/** TronGrid's maximum `limit` per page. */
export const PAGE_SIZE = 200;
/** Pages read at most per list, whatever the limits say. */
export const MAX_PAGES = 10;
/** Outgoing TRC-20 transfers whose sender is looked up (those not in the account's own list). */
export const MAX_SENDER_LOOKUPS = 20;
/** Approvals whose current allowance is read. */
export const MAX_APPROVALS = 20;
/** Destinations whose trail is followed (and freshness checked). */
export const MAX_DESTINATIONS = 5;
/** Onward transfers read per trail hop. */
const TRAIL_PAGE = 50;
/** Requests in flight at once for per-item reads (senders, approvals, destinations). */
const CONCURRENCY = 5;
/** Approvals at or above 2^128 are "unlimited" in practice (wallets send 2^256-1). */
const UNLIMITED = 2n ** 128n;

const TRX_DECIMALS = 6;

interface ListRead<T> {
  items: T[];
  pages: number;
  /** More items exist than were read (the limits or a failure stopped the paging). */
  more: boolean;
  /** The request that failed, if one did. */
  failure?: TronUpstreamError;
  failedPage?: number;
}

interface RawApproval {
  hash: string;
  block: number;
  timestamp: number | null;
  token: string;
  spender: string;
  amount: bigint;
}

/**
 * An address's recent history from TronGrid's account lists (the source TRON wallets
 * and explorers use): GET /v1/accounts/{address}/transactions (TRX transfers, the
 * account's contract calls such as TRC-20 `approve`, permission updates) and
 * GET /v1/accounts/{address}/transactions/trc20 (TRC-20 Transfer and Approval events,
 * whoever sent them). Newest first, solidified only, 200 per page by `fingerprint`,
 * until `min(maxTransfers, maxBlocks)` items of each list or MAX_PAGES pages.
 *
 * The TRC-20 list does not say who sent a transfer's transaction. A transfer out is the
 * owner's own when its transaction is in the account's own list (owner_address = the
 * account); otherwise the transaction is read from the node (`gettransactionbyid`): a
 * `transferFrom` by a spender shows up as another owner_address, the executor.
 *
 * A page or a read that fails leaves a gap (coverage.incomplete): the rules never give
 * an all-clear on partial data. Transfers from the TRC-20 list carry block 0 unless the
 * account's own list gives the block: TronGrid's event list has only the time.
 * Sources: https://developers.tron.network/reference/get-transaction-info-by-account-address,
 * https://developers.tron.network/reference/get-trc20-transaction-info-by-account-address.
 */
export async function tronAddressHistory(node: TronNode, network: Network, rawAddress: string, limits: AddressLimits, labels: LabelBook): Promise<AddressFacts> {
  const address = toBase58Address(rawAddress);
  const budget = Math.max(1, Math.min(limits.maxTransfers, limits.maxBlocks));
  const common: TronGridQuery = { only_confirmed: true, order_by: 'block_timestamp,desc' };
  const [txList, eventList] = await Promise.all([
    readList<TronGridTransaction>(node, `/v1/accounts/${address}/transactions`, { ...common, search_internal: false }, budget),
    readList<TronGridTrc20Event>(node, `/v1/accounts/${address}/transactions/trc20`, common, budget),
  ]);
  // Nothing could be read at all: that is an error of the endpoint, not an empty history.
  if (txList.failure && eventList.failure && txList.items.length === 0 && eventList.items.length === 0) throw txList.failure;

  const gaps: string[] = [];
  const notes = [
    'Source: TronGrid account lists, solidified transactions only. TRX and TRC-20 transfers, incoming TRC-10 assets, TRC-20 approvals and permission changes are covered; internal transactions are not.',
  ];
  for (const [name, list] of [['transactions', txList], ['TRC-20 transfers', eventList]] as const) {
    if (list.failure) gaps.push(`${name}, page ${list.failedPage}: ${list.failure.code}: ${list.failure.message}`);
  }

  // Both lists are complete from the newest item down to the oldest item of the list that
  // was cut shortest; older items of the other list are set aside so the picture is even.
  const oldestMs = (items: { ts: number }[]) => Math.min(...items.map((i) => i.ts));
  const txs = txList.items.filter((t) => typeof t.txID === 'string' && t.raw_data?.contract?.[0]).map((t) => ({ t, ts: t.block_timestamp ?? 0 }));
  const events = eventList.items.filter((e) => typeof e.transaction_id === 'string').map((e) => ({ e, ts: e.block_timestamp ?? 0 }));
  const cuts = [txList.more && txs.length ? oldestMs(txs) : null, eventList.more && events.length ? oldestMs(events) : null].filter((x): x is number => x !== null);
  let windowStartMs = cuts.length ? Math.max(...cuts) : null;
  const inWindow = (ts: number) => windowStartMs === null || ts >= windowStartMs;

  const ownerOf = new Map<string, string>();
  const blockOf = new Map<string, number>();
  const transfers: AddressTransfer[] = [];
  const approvals: RawApproval[] = [];
  const authorityChanges: AuthorityChange[] = [];
  let unreadable = 0;

  for (const { t, ts } of txs) {
    const hash = t.txID.toLowerCase();
    const contract = t.raw_data.contract[0];
    const p = contract.parameter?.value ?? {};
    const owner = base58(p.owner_address);
    if (!owner) {
      unreadable++;
      continue;
    }
    ownerOf.set(hash, owner);
    if (typeof t.blockNumber === 'number') blockOf.set(hash, t.blockNumber);
    if (!inWindow(ts) || (t.ret?.[0]?.contractRet ?? 'SUCCESS') !== 'SUCCESS') continue;
    const block = t.blockNumber ?? 0;
    const timestamp = ts ? Math.floor(ts / 1000) : null;
    if (contract.type === 'TransferContract') {
      const to = base58(p.to_address);
      const direction = owner === address && to !== address ? 'out' : to === address && owner !== address ? 'in' : null;
      if (!to || !direction) continue;
      const amount = toAmount(bigOf(p.amount), TRX_DECIMALS, network.nativeToken.symbol);
      transfers.push({ hash, block, timestamp, direction, symbol: amount.symbol, amount, counterparty: direction === 'out' ? to : owner, executor: owner, wellKnown: true });
    } else if (contract.type === 'TransferAssetContract' && owner !== address && base58(p.to_address) === address) {
      // Incoming TRC-10: anyone can issue one with any name, and spam assets are sent by the
      // thousand. Named by id only (names would need a node read per asset); raw units.
      const id = typeof p.asset_name === 'string' && /^([0-9a-fA-F]{2})+$/.test(p.asset_name) ? Buffer.from(p.asset_name, 'hex').toString('utf8') : String(p.asset_name ?? '?');
      const amount = toAmount(bigOf(p.amount), 0, `TRC-10 ${id}`);
      transfers.push({ hash, block, timestamp, direction: 'in', token: id, symbol: amount.symbol, amount, counterparty: owner, executor: owner, wellKnown: false });
    } else if (contract.type === 'TriggerSmartContract' && owner === address) {
      const call = decodeTokenCall(typeof p.data === 'string' ? p.data : undefined);
      const token = base58(p.contract_address);
      if (call?.method === 'approve' && call.to && call.amount !== undefined && token) approvals.push({ hash, block, timestamp, token, spender: call.to, amount: call.amount });
    } else if (contract.type === 'AccountPermissionUpdateContract' && owner === address) {
      const update = parsePermissionUpdate(address, p);
      if (update.foreignSigners.length === 0) continue;
      const perms = [update.owner && describePermission('owner', update.owner), ...update.actives.map((a) => describePermission(`active "${a.name ?? a.id}"`, a))].filter(Boolean);
      authorityChanges.push({
        hash,
        timestamp,
        kind: 'tron-permission',
        newAuthorities: update.foreignSigners,
        detail: `${perms.join('; ')}${update.ownerControlLost ? '; the account\u2019s own key can no longer sign as owner' : ''}`,
      });
    }
  }

  const metas = new Map<string, TronTokenMeta>();
  for (const { e, ts } of events) {
    const token = base58(e.token_info?.address);
    const from = base58(e.from);
    const to = base58(e.to);
    if (!token || !from || !to || !/^\d+$/.test(String(e.value))) {
      unreadable++;
      continue;
    }
    if (!metas.has(token)) metas.set(token, findWellKnownToken(network, token) ?? metaOf(e.token_info));
    if (!inWindow(ts)) continue;
    const hash = e.transaction_id.toLowerCase();
    const block = blockOf.get(hash) ?? 0;
    const timestamp = ts ? Math.floor(ts / 1000) : null;
    const value = BigInt(e.value);
    if (e.type === 'Approval') {
      if (from === address) approvals.push({ hash, block, timestamp, token, spender: to, amount: value });
      continue;
    }
    if (e.type !== 'Transfer') continue;
    const direction = from === address && to !== address ? 'out' : to === address && from !== address ? 'in' : null;
    if (!direction) continue;
    const meta = metas.get(token)!;
    transfers.push({
      hash,
      block,
      timestamp,
      direction,
      token,
      symbol: meta.symbol,
      amount: toAmount(value, meta.decimals, meta.symbol),
      counterparty: direction === 'out' ? to : from,
      executor: direction === 'out' ? ownerOf.get(hash) : undefined,
      wellKnown: Boolean(findWellKnownToken(network, token)),
      impersonates: impersonatedSymbol(network, token, meta.symbol),
    });
  }
  if (unreadable > 0) notes.push(`${unreadable} list item(s) could not be read and were skipped.`);

  transfers.sort((a, b) => (b.timestamp ?? 0) - (a.timestamp ?? 0) || b.block - a.block);
  let kept = transfers;
  if (transfers.length > limits.maxTransfers) {
    kept = transfers.slice(0, limits.maxTransfers);
    windowStartMs = (kept.at(-1)!.timestamp ?? 0) * 1000;
  }
  const truncated = kept.length < transfers.length || (txList.more && !txList.failure) || (eventList.more && !eventList.failure);
  if (truncated) notes.push(`Newest first, cut at the limits: ${txList.items.length} transactions and ${eventList.items.length} TRC-20 events read (${txList.pages + eventList.pages} pages).`);
  const windowApprovals = approvals.filter((a) => windowStartMs === null || (a.timestamp ?? 0) * 1000 >= windowStartMs);
  const windowAuthority = authorityChanges.filter((c) => windowStartMs === null || (c.timestamp ?? 0) * 1000 >= windowStartMs);

  // Who sent the outgoing TRC-20 transfers that are not in the account's own list.
  const unknownSenders = [...new Set(kept.filter((t) => t.direction === 'out' && t.token && !t.executor).map((t) => t.hash))];
  const looked = unknownSenders.slice(0, MAX_SENDER_LOOKUPS);
  if (unknownSenders.length > looked.length) gaps.push(`${unknownSenders.length - looked.length} outgoing TRC-20 transfer(s) whose sender was not checked (limit ${MAX_SENDER_LOOKUPS}): a transfer by a spender among them would be missed`);
  const senders = new Map<string, string>();
  await mapLimit(looked, CONCURRENCY, async (hash) => {
    try {
      const tx = await node.getTransaction(hash);
      const owner = base58(tx?.raw_data?.contract?.[0]?.parameter?.value?.owner_address);
      if (owner) senders.set(hash, owner);
      else gaps.push(`sender of ${hash}: the node does not have this transaction`);
    } catch (err) {
      const e = err instanceof TronUpstreamError ? err : node.classify(err);
      gaps.push(`sender of ${hash}: ${e.code}: ${e.message}`);
    }
  });
  for (const t of kept) if (t.direction === 'out' && t.token && !t.executor) t.executor = senders.get(t.hash);

  const approvalFacts = await currentApprovals(node, network, address, windowApprovals, metas);

  // Destinations of value that left: drained ones first, then the largest.
  const outgoing = kept.filter((t) => t.direction === 'out' && t.token && t.amount.raw !== '0' && !t.impersonates && !labels.get(network, t.counterparty));
  outgoing.sort((a, b) => Number(isThirdParty(b, address)) - Number(isThirdParty(a, address)) || Number(b.amount.formatted) - Number(a.amount.formatted));
  const destinations = [...new Set(outgoing.map((t) => t.counterparty))].slice(0, MAX_DESTINATIONS);
  const [fresh, trails, blacklisted] = await Promise.all([
    mapLimit(destinations, CONCURRENCY, (d) => isFresh(node, d)),
    mapLimit(destinations, CONCURRENCY, (d) => followTrail(node, network, d, outgoing.find((t) => t.counterparty === d)!, limits.traceHops, labels, notes)),
    usdtBlacklisted(node, network, address),
  ]);

  const labelMap = labels.pick(network, [...kept.map((t) => t.counterparty), ...approvalFacts.map((a) => a.spender), ...trails.flat().map((h) => h.to)]);

  return {
    family: 'tron',
    network: network.id,
    address,
    explorerUrl: explorerAddressUrl(network, address),
    coverage: {
      source: 'trongrid',
      fromBlock: null,
      toBlock: null,
      fromTime: windowStartMs !== null ? Math.floor(windowStartMs / 1000) : (kept.at(-1)?.timestamp ?? null),
      transfers: kept.length,
      truncated,
      incomplete: gaps.length > 0,
      gaps,
      notes,
    },
    transfers: kept,
    approvals: approvalFacts,
    authorityChanges: windowAuthority,
    freshAddresses: destinations.filter((_, i) => fresh[i]),
    trails: trails.filter((t) => t.length > 0),
    blacklisted,
    labels: labelMap,
  };
}

/** Pages one TronGrid list newest first, by `fingerprint` (every other parameter unchanged), within the budget. */
async function readList<T>(node: TronNode, path: string, query: TronGridQuery, budget: number): Promise<ListRead<T>> {
  const limit = Math.min(PAGE_SIZE, budget);
  const items: T[] = [];
  let fingerprint: string | undefined;
  for (let page = 1; page <= MAX_PAGES; page++) {
    let answer;
    try {
      answer = await node.tronGrid<T>(path, { ...query, limit, fingerprint });
    } catch (err) {
      const failure = err instanceof TronUpstreamError ? err : node.classify(err);
      return { items, pages: page - 1, more: true, failure, failedPage: page };
    }
    items.push(...answer.data);
    fingerprint = answer.meta.fingerprint;
    if (!fingerprint || answer.data.length === 0) return { items, pages: page, more: false };
    if (items.length >= budget) return { items, pages: page, more: true };
  }
  return { items, pages: MAX_PAGES, more: true };
}

/** The latest approval per (token, spender), and what it still allows now. */
async function currentApprovals(node: TronNode, network: Network, owner: string, raw: RawApproval[], known: Map<string, TronTokenMeta>): Promise<ApprovalFacts[]> {
  const latest = new Map<string, RawApproval>();
  for (const a of [...raw].sort((x, y) => (y.timestamp ?? 0) - (x.timestamp ?? 0))) {
    const key = `${a.token}|${a.spender}`;
    if (!latest.has(key)) latest.set(key, a);
  }
  const chosen = [...latest.values()].slice(0, MAX_APPROVALS);
  const missing = [...new Set(chosen.map((a) => a.token))].filter((t) => !known.has(t));
  const metas = new Map([...known, ...(await readTronTokenMetas(node, network, missing))]);
  return mapLimit(chosen, CONCURRENCY, async (a): Promise<ApprovalFacts> => {
    const meta = metas.get(a.token) ?? UNKNOWN_TRON_TOKEN;
    const [current, contract] = await Promise.all([
      node
        .constantCall(a.token, 'allowance(address,address)', [
          { type: 'address', value: owner },
          { type: 'address', value: a.spender },
        ])
        .then((word) => (word && word.length >= 2 ? BigInt(`0x${word.slice(0, 64)}`) : null))
        .catch(() => null),
      node.getContract(a.spender).then((c) => c !== null).catch(() => null),
    ]);
    return {
      hash: a.hash,
      block: a.block,
      timestamp: a.timestamp,
      kind: 'trc20',
      token: a.token,
      symbol: meta.symbol,
      spender: a.spender,
      approved: a.amount >= UNLIMITED ? 'unlimited' : toAmount(a.amount, meta.decimals, meta.symbol),
      // Could not read: null, which the rules treat as "may still be active".
      current: current === null ? null : current === 0n ? 'none' : current >= UNLIMITED ? 'unlimited' : toAmount(current, meta.decimals, meta.symbol),
      spenderIsContract: contract,
    };
  });
}

/** Fresh: the address has never sent a transaction (its own list is empty). Unknown counts as not fresh. */
async function isFresh(node: TronNode, address: string): Promise<boolean> {
  try {
    const page = await node.tronGrid<TronGridTransaction>(`/v1/accounts/${address}/transactions`, { only_from: true, only_confirmed: true, limit: 1 });
    return page.data.length === 0;
  } catch {
    return false;
  }
}

/**
 * From a destination of the victim's funds, follow the largest onward transfer of the
 * same token after the funds arrived, hop by hop, until a labelled address (an
 * exchange) or the hop limit. A failed read ends the trail and says so in the notes.
 */
async function followTrail(node: TronNode, network: Network, start: string, first: AddressTransfer, hops: number, labels: LabelBook, notes: string[]): Promise<TrailHop[]> {
  const trail: TrailHop[] = [];
  let at = start;
  let sinceMs = (first.timestamp ?? 0) * 1000;
  for (let hop = 0; hop < hops; hop++) {
    let page;
    try {
      page = await node.tronGrid<TronGridTrc20Event>(`/v1/accounts/${at}/transactions/trc20`, {
        only_confirmed: true,
        only_from: true,
        contract_address: first.token,
        min_timestamp: sinceMs,
        order_by: 'block_timestamp,asc',
        limit: TRAIL_PAGE,
      });
    } catch (err) {
      notes.push(`Trail from ${start} stopped after ${hop} hop(s): ${(err as Error).message}`);
      break;
    }
    const next = page.data
      .filter((e) => e.type === 'Transfer' && e.from === at && e.to !== at && e.token_info?.address === first.token && /^\d+$/.test(String(e.value)))
      .sort((a, b) => (BigInt(b.value) > BigInt(a.value) ? 1 : BigInt(b.value) < BigInt(a.value) ? -1 : 0))[0];
    if (!next) break;
    const to = base58(next.to);
    if (!to) break;
    const label = labels.get(network, to);
    trail.push({ from: at, to, hash: next.transaction_id.toLowerCase(), amount: toAmount(BigInt(next.value), first.amount.decimals, first.symbol), label });
    if (label) break;
    at = to;
    sinceMs = next.block_timestamp;
  }
  return trail;
}

/** Tether's `isBlackListed(address)`: frozen USDT can never move. A failed read is "unknown" (null). */
async function usdtBlacklisted(node: TronNode, network: Network, address: string): Promise<AddressFacts['blacklisted']> {
  const usdt = network.tokens.find((t) => t.symbol === 'USDT');
  const fn = blacklistViews.USDT;
  if (!usdt || !fn) return null;
  try {
    const word = await node.constantCall(usdt.address, fn, [{ type: 'address', value: address }]);
    return word && word.length >= 2 && BigInt(`0x${word.slice(0, 64)}`) !== 0n ? { token: usdt.address, symbol: usdt.symbol } : null;
  } catch {
    return null;
  }
}

function describePermission(name: string, p: TronPermission): string {
  return `${name} permission: threshold ${p.threshold}, keys ${p.keys.map((k) => `${k.address} (weight ${k.weight})`).join(', ')}`;
}

function isThirdParty(t: AddressTransfer, owner: string): boolean {
  return Boolean(t.executor && t.executor !== owner);
}

function metaOf(info: TronGridTrc20Event['token_info'] | undefined): TronTokenMeta {
  const decimals = info?.decimals;
  return {
    symbol: info?.symbol || UNKNOWN_TRON_TOKEN.symbol,
    name: info?.name || UNKNOWN_TRON_TOKEN.name,
    decimals: typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0 && decimals <= 77 ? decimals : 0,
  };
}

function base58(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  try {
    return toBase58Address(v);
  } catch {
    return null;
  }
}

function bigOf(v: unknown): bigint {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? BigInt(v) : typeof v === 'string' && /^\d+$/.test(v) ? BigInt(v) : 0n;
}

/** Runs `fn` over `items` with at most `limit` in flight; results in input order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
