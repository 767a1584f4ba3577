import { readdirSync, readFileSync } from 'node:fs';
import type { WireTransaction, WireTransactionInfo } from '../wire.ts';

/**
 * One TRON scenario: a transaction as a java-tron node serves it. Files live in
 * ./fixtures/tron-<scenario>.json, written by ./generate-fixtures.ts, each with its
 * sources noted in `source`.
 */
export interface TronFixture {
  scenario: string;
  description: string;
  /** Where each part of the fixture comes from (doc pages, real responses it mirrors). */
  source: string[];
  /** solidified: in a block at or below the solidified head; unsolidified: above it; pending: only in the pending pool. */
  where: 'solidified' | 'unsolidified' | 'pending';
  /** For `npm start`'s demo list: the finding code an investigation should produce, and a user's complaint. */
  demo?: { expectedCode: string; text: string };
  /** POST /wallet/gettransactionbyid (or /wallet/gettransactionfrompending when pending). */
  transaction: WireTransaction;
  /** POST /wallet/gettransactioninfobyid; absent while pending. */
  info?: WireTransactionInfo;
}

const dir = new URL('./fixtures/', import.meta.url);

/** All scenario fixtures, in file-name order. */
export function loadTronFixtures(): TronFixture[] {
  return readdirSync(dir)
    .filter((f) => /^tron-.+\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as TronFixture);
}

export function loadTronFixture(scenario: string): TronFixture {
  const found = loadTronFixtures().find((f) => f.scenario === scenario);
  if (!found) throw new Error(`no TRON fixture for scenario "${scenario}"`);
  return found;
}
