import type { Family, Network } from '../chains/types.ts';
import type { Hints } from './intake/hints.ts';

/**
 * Where to look for a transaction id first, and where only if that fails. Within a family
 * every candidate network is asked at once (one round trip for an unknown EVM hash on 7
 * networks); across families the most likely one goes first and the others are hedged:
 * asked only when the first has not found it (it answered "not found" or failed, or is
 * still busy after `hedgeAfterMs`). A TRON USDT complaint then costs TRON's requests, not
 * TRON's plus seven EVM networks'.
 */
export interface LookupPlan {
  first: Network[];
  hedge: Network[];
}

/**
 * The most likely family for an id with no other hint. A bare 64-hex id is TRON's own
 * format (Tronscan and TRON wallets show ids without 0x), while EVM wallets and explorers
 * always print the 0x; so TRON first, EVM as the hedge.
 */
function defaultFamily(id: string): Family | undefined {
  return /^[0-9a-fA-F]{64}$/.test(id) ? 'tron' : undefined;
}

/** Pure: candidates (every network the id could live on) and intake's lookup hints → the plan. */
export function planLookups(id: string, candidates: readonly Network[], hints: Pick<Hints, 'likely'>): LookupPlan {
  const families = new Set(candidates.map((n) => n.family));
  if (families.size <= 1) return { first: [...candidates], hedge: [] };
  const likelyNetworks = candidates.filter((n) => hints.likely.networks.includes(n.id));
  let firstFamily: Family | undefined = likelyNetworks[0]?.family ?? hints.likely.families.find((f) => families.has(f)) ?? defaultFamily(id);
  if (firstFamily && !families.has(firstFamily)) firstFamily = undefined;
  if (!firstFamily) return { first: [...candidates], hedge: [] };
  return { first: candidates.filter((n) => n.family === firstFamily), hedge: candidates.filter((n) => n.family !== firstFamily) };
}
