import type { FindingCode } from '../diagnose/codes/index.ts';
import type { Outcome } from './outcome.ts';

/** Why a case is watched: its answer can still change by itself. */
export type WatchReason = 'pending' | 'confirming' | 'inconclusive' | 'not_found_yet';

/** Codes that describe a state the chain moves out of without anyone acting. */
const PENDING: readonly FindingCode[] = ['TX_PENDING', 'TX_PENDING_FEE_TOO_LOW', 'TX_PENDING_NONCE_GAP', 'TRON_PENDING', 'SOLANA_PROCESSED'];

/**
 * "Not found" just after a complaint may be a transaction broadcast a minute ago, or a
 * node that has not seen it yet: it is re-checked this long before it counts as final.
 */
export const NOT_FOUND_WATCH_MS = 30 * 60_000;

/**
 * Whether (and why) the case should be re-checked. `sinceComplaintMs`: how long ago the
 * case was opened. Pure: the caller decides when; this only says whether.
 */
export function watchReason(o: Outcome, sinceComplaintMs: number): WatchReason | null {
  if (o.txIds.length === 0) return null; // nothing to look up again (address reports are not watched)
  if (o.codes.some((c) => PENDING.includes(c)) || o.txs.some((t) => t.status === 'pending')) return 'pending';
  if (o.codes.includes('LOOKUP_INCONCLUSIVE')) return 'inconclusive';
  if (o.codes.includes('TX_AWAITING_CONFIRMATIONS') || o.txs.some((t) => !t.final && t.status === 'success')) return 'confirming';
  if (o.codes.includes('TX_NOT_FOUND') && sinceComplaintMs < NOT_FOUND_WATCH_MS) return 'not_found_yet';
  return null;
}

export interface WatchTiming {
  /** Base interval per network id (its block time, or the finality step). */
  baseMs: number;
  /** Re-checks that changed nothing so far (backoff grows with it). */
  unchanged: number;
}

const MIN_INTERVAL_MS = 1_000;
const MAX_INTERVAL_MS = 10 * 60_000;

/**
 * How long until the next re-check: a block time at first (a pending tx is usually
 * mined in the next block or two), then ×1.5 per re-check that saw nothing new, capped at
 * ten minutes. Inconclusive answers and not-found start slower (upstream trouble, or a
 * user who has not broadcast yet), never faster than a second.
 */
export function nextInterval(reason: WatchReason, baseMs: number, unchanged: number): number {
  const start = reason === 'inconclusive' || reason === 'not_found_yet' ? Math.max(baseMs, 5_000) : baseMs;
  const backoff = Math.min(1.5 ** unchanged, 1_000);
  return Math.round(Math.min(Math.max(start * backoff, MIN_INTERVAL_MS), MAX_INTERVAL_MS));
}

/**
 * Base interval from the networks a case's transactions can be on: the fastest block
 * time among them (~12 s Ethereum, 3 s BSC/TRON, 0.4 s Solana → floored to 1 s).
 */
export function baseIntervalMs(blockTimesSeconds: number[], override?: number): number {
  if (override) return override;
  const fastest = blockTimesSeconds.length ? Math.min(...blockTimesSeconds) : 12;
  return Math.max(MIN_INTERVAL_MS, Math.round(fastest * 1000));
}

/** One key per set of transaction ids: cases on the same tx are re-checked together, one lookup. */
export function txGroupKey(txIds: readonly string[]): string {
  return [...new Set(txIds.map((t) => t.toLowerCase()))].sort().join(',');
}
