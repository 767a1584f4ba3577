import { toBase58Address } from '../address.ts';
import { decodeApprovalLog, decodeTransferLog } from '../trc20.ts';
import type { TronGridPage, TronGridTransaction, TronGridTrc20Event, WireLog, WireTransaction, WireTransactionInfo } from '../wire.ts';
import { HEAD_TIMESTAMP_MS, SOLIDIFIED_BLOCK, trc20Contracts } from './state.ts';

/**
 * The TronGrid v1 account lists the adapter reads for address investigations, answered
 * from the demo chain's transactions:
 *
 *   GET /v1/accounts/{address}/transactions        (TRX transfers, contract calls, permission updates)
 *   GET /v1/accounts/{address}/transactions/trc20  (TRC-20 Transfer and Approval events)
 *
 * Parameters as documented (https://developers.tron.network/reference/get-transaction-info-by-account-address,
 * …/get-trc20-transaction-info-by-account-address; tronprotocol/tron-grid README): snake_case
 * or camelCase, `limit` (default 20, max 200), `fingerprint` (cursor from `meta.fingerprint`;
 * every other parameter must stay the same), `only_confirmed` / `only_unconfirmed` (not
 * both), `only_from` / `only_to` (both = neither), `min_timestamp` / `max_timestamp`
 * (aliases `min_block_timestamp` / `max_block_timestamp`), `order_by`
 * (`block_timestamp,desc` default, or `,asc`), `contract_address` (TRC-20 list).
 * Answer: `{data, success: true, meta: {at, page_size, fingerprint?, links?: {next}}}`,
 * the fingerprint and link only while more follow; a bad request is HTTP 400
 * `{success: false, error, statusCode: 400}`.
 *
 * Which transactions an account's list holds: those it signed as `owner_address`, and
 * those naming it as the recipient of TRX / TRC-10 (`to_address`) or of an account
 * creation or delegation. A TRC-20 `transferFrom` sent by someone else is not in the
 * victim's list (only in the TRC-20 list): the conservative reading, which the adapter
 * must cope with. "Confirmed" is solidified.
 */

export interface HistoryTx {
  transaction: WireTransaction;
  info: WireTransactionInfo;
}

interface TxEntry {
  item: TronGridTransaction;
  owner: string;
  recipients: string[];
  ts: number;
  block: number;
  order: number;
}

interface EventEntry {
  item: TronGridTrc20Event;
  ts: number;
  block: number;
  order: number;
}

export class TronGridError extends Error {
  constructor(message: string) {
    super(message);
  }
}

/** A java-tron transaction + info → the TronGrid list item (field order as TronGrid prints it). */
export function toTronGridTransaction({ transaction: t, info }: HistoryTx): TronGridTransaction {
  const r = info.receipt ?? {};
  return {
    ret: [{ contractRet: t.ret?.[0]?.contractRet ?? 'SUCCESS', fee: info.fee ?? 0 }],
    signature: t.signature,
    txID: t.txID,
    net_usage: r.net_usage ?? 0,
    raw_data_hex: t.raw_data_hex,
    net_fee: r.net_fee ?? 0,
    energy_usage: r.energy_usage ?? 0,
    blockNumber: info.blockNumber,
    block_timestamp: info.blockTimeStamp,
    energy_fee: r.energy_fee ?? 0,
    energy_usage_total: r.energy_usage_total ?? 0,
    raw_data: t.raw_data,
    internal_transactions: [],
  };
}

function base58(v: unknown): string | null {
  try {
    return typeof v === 'string' ? toBase58Address(v) : null;
  } catch {
    return null;
  }
}

/** Transfer and Approval events of a successful transaction, as TronGrid's TRC-20 list shows them. */
export function trc20EventsOf({ transaction, info }: HistoryTx): TronGridTrc20Event[] {
  if (info.receipt?.result && info.receipt.result !== 'SUCCESS') return [];
  return (info.log ?? []).flatMap((log: WireLog): TronGridTrc20Event[] => {
    const transfer = decodeTransferLog(log);
    const e = transfer ?? decodeApprovalLog(log);
    if (!e) return [];
    const token = trc20Contracts[e.token];
    if (!token) return [];
    return [
      {
        transaction_id: transaction.txID,
        token_info: { symbol: token.symbol, address: e.token, decimals: token.decimals, name: token.name },
        block_timestamp: info.blockTimeStamp!,
        from: e.from,
        to: e.to,
        type: transfer ? 'Transfer' : 'Approval',
        value: e.amount.toString(),
      },
    ];
  });
}

type Query = Record<string, string>;

const ALIASES: Record<string, string> = { min_block_timestamp: 'min_timestamp', max_block_timestamp: 'max_timestamp' };

function normalize(raw: Query): Query {
  const out: Query = {};
  for (const [k, v] of Object.entries(raw)) {
    const snake = k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    out[ALIASES[snake] ?? snake] = v;
  }
  return out;
}

const truthy = (v: string | undefined) => v === 'true' || v === '1';

export class TronGridIndex {
  private readonly txs: TxEntry[] = [];
  private readonly events: EventEntry[] = [];
  private order = 0;
  /** Histories generated on first use (the busy address), by address. */
  private readonly lazy = new Map<string, () => { txs: HistoryTx[]; events: { event: TronGridTrc20Event; block: number }[] }>();

  constructor(txs: HistoryTx[]) {
    this.add(txs, []);
  }

  /** Registers a history that is built only when `address` is first asked for. */
  addLazy(address: string, build: () => { txs: HistoryTx[]; events: { event: TronGridTrc20Event; block: number }[] }): void {
    this.lazy.set(address, build);
  }

  private add(txs: HistoryTx[], events: { event: TronGridTrc20Event; block: number }[]): void {
    for (const h of [...txs].sort((a, b) => a.info.blockNumber! - b.info.blockNumber!)) {
      const p = h.transaction.raw_data.contract[0]?.parameter.value ?? {};
      const owner = base58(p.owner_address);
      if (!owner || h.info.blockNumber === undefined) continue;
      const recipients = [p.to_address, p.account_address, p.receiver_address].map(base58).filter((x): x is string => Boolean(x));
      const entry = { ts: h.info.blockTimeStamp!, block: h.info.blockNumber, order: this.order++ };
      this.txs.push({ item: toTronGridTransaction(h), owner, recipients, ...entry });
      for (const item of trc20EventsOf(h)) this.events.push({ item, ...entry, order: this.order++ });
    }
    for (const { event, block } of events) this.events.push({ item: event, ts: event.block_timestamp, block, order: this.order++ });
  }

  private load(address: string): void {
    const build = this.lazy.get(address);
    if (!build) return;
    this.lazy.delete(address);
    const { txs, events } = build();
    this.add(txs, events);
  }

  transactions(address: string, rawQuery: Query, link: (q: Query) => string): TronGridPage<TronGridTransaction> {
    this.load(address);
    const q = normalize(rawQuery);
    const from = truthy(q.only_from) && !truthy(q.only_to);
    const to = truthy(q.only_to) && !truthy(q.only_from);
    const entries = this.txs.filter((e) => (from ? e.owner === address : to ? e.recipients.includes(address) : e.owner === address || e.recipients.includes(address)));
    return page(entries, q, `tx:${address}`, link);
  }

  trc20(address: string, rawQuery: Query, link: (q: Query) => string): TronGridPage<TronGridTrc20Event> {
    this.load(address);
    const q = normalize(rawQuery);
    const from = truthy(q.only_from) && !truthy(q.only_to);
    const to = truthy(q.only_to) && !truthy(q.only_from);
    let contract: string | null = null;
    if (q.contract_address) {
      contract = base58(q.contract_address);
      if (!contract) throw new TronGridError('Invalid contract_address');
    }
    const entries = this.events.filter(
      (e) =>
        (contract === null || e.item.token_info.address === contract) &&
        (from ? e.item.from === address : to ? e.item.to === address : e.item.from === address || e.item.to === address),
    );
    return page(entries, q, `trc20:${address}`, link);
  }
}

function page<T extends { item: unknown; ts: number; block: number; order: number }>(
  entries: T[],
  q: Query,
  key: string,
  link: (q: Query) => string,
): TronGridPage<T['item'] & object> {
  if (truthy(q.only_confirmed) && truthy(q.only_unconfirmed)) throw new TronGridError('only_confirmed and only_unconfirmed cannot be used together');
  const limit = q.limit === undefined ? 20 : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new TronGridError('limit must be a positive integer');
  const size = Math.min(limit, 200);
  const min = q.min_timestamp ? Number(q.min_timestamp) : 0;
  const max = q.max_timestamp ? Number(q.max_timestamp) : Number.MAX_SAFE_INTEGER;
  const asc = /,asc$/.test(q.order_by ?? '');
  const filterKey = `${key}|${Object.entries(q)
    .filter(([k]) => k !== 'fingerprint')
    .sort()
    .map(([k, v]) => `${k}=${v}`)
    .join('&')}`;

  let offset = 0;
  if (q.fingerprint) {
    // An opaque cursor, valid only for the same query (as TronGrid's: "all other parameters must remain the same").
    let parsed: { o?: unknown; k?: unknown };
    try {
      parsed = JSON.parse(Buffer.from(q.fingerprint, 'base64url').toString('utf8'));
    } catch {
      throw new TronGridError('Invalid fingerprint');
    }
    if (typeof parsed.o !== 'number' || parsed.k !== filterKey) throw new TronGridError('Invalid fingerprint');
    offset = parsed.o;
  }

  const selected = entries
    .filter((e) => (truthy(q.only_confirmed) ? e.block <= SOLIDIFIED_BLOCK : truthy(q.only_unconfirmed) ? e.block > SOLIDIFIED_BLOCK : true))
    .filter((e) => e.ts >= min && e.ts <= max)
    .sort((a, b) => (asc ? a.ts - b.ts || a.order - b.order : b.ts - a.ts || b.order - a.order));
  const data = selected.slice(offset, offset + size).map((e) => e.item as T['item'] & object);
  const meta: TronGridPage<unknown>['meta'] = { at: HEAD_TIMESTAMP_MS, page_size: data.length };
  if (offset + size < selected.length) {
    const fingerprint = Buffer.from(JSON.stringify({ o: offset + size, k: filterKey })).toString('base64url');
    meta.fingerprint = fingerprint;
    meta.links = { next: link({ ...q, fingerprint }) };
  }
  return { data, success: true, meta };
}
