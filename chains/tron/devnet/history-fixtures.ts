import { readdirSync, readFileSync } from 'node:fs';
import type { WireTransaction, WireTransactionInfo } from '../wire.ts';

/**
 * One address scenario (theft investigations): the signed transactions that make up an
 * address's recent history, as a java-tron node serves each of them. The devnet indexes
 * them (with the single-transaction fixtures) to answer TronGrid's account-history lists.
 * Files live in ./fixtures/history/tron-history-<scenario>.json, written by
 * ./generate-history.ts, sources noted in `source`.
 */
export interface TronHistoryFixture {
  scenario: string;
  description: string;
  source: string[];
  /** The address to investigate, the finding expected (absent for a clean address) and a user's complaint. */
  demo: { address: string; expectedCode?: string; text: string };
  /** Oldest first. All solidified. */
  transactions: { transaction: WireTransaction; info: WireTransactionInfo }[];
}

const dir = new URL('./fixtures/history/', import.meta.url);

export function loadTronHistoryFixtures(): TronHistoryFixture[] {
  return readdirSync(dir)
    .filter((f) => /^tron-history-.+\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as TronHistoryFixture);
}
