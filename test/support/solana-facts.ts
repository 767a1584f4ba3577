import { PublicKey, type ParsedTransactionWithMeta, type SignatureStatus } from '@solana/web3.js';
import { loadSolanaFixtures, type RpcParsedTransaction, type SolanaFixture } from '../../chains/solana/devnet/fixtures.ts';
import { solana } from '../../chains/solana/networks.ts';
import { solanaTxFacts, type TokenInfo } from '../../chains/solana/tx-facts.ts';
import type { TxFacts } from '../../chains/types.ts';

/**
 * Solana facts for rule and message tests: a devnet fixture (optionally edited) through
 * the pure facts builder, exactly what the adapter does after its I/O.
 */
const fixtures = loadSolanaFixtures();

/** A deep copy of a scenario's fixture, safe to edit. */
export function solanaFixture(scenario: string): SolanaFixture {
  const f = fixtures.find((x) => x.scenario === scenario);
  if (!f) throw new Error(`no Solana fixture ${scenario}`);
  return structuredClone(f);
}

/** What mints the network lists are (the adapter adds on-chain metadata for the rest). */
export const knownSolanaTokens = (extra: [string, TokenInfo][] = []) =>
  new Map<string, TokenInfo>([...solana.tokens.map((t): [string, TokenInfo] => [t.address, { symbol: t.symbol, name: t.name, wellKnown: true }]), ...extra]);

/** The wire JSON as Connection.getParsedTransaction returns it (base58 strings → PublicKey). */
export function asParsedTransaction(tx: RpcParsedTransaction): ParsedTransactionWithMeta {
  const ix = (i: any) => ({ ...i, programId: new PublicKey(i.programId), ...(i.accounts ? { accounts: i.accounts.map((a: string) => new PublicKey(a)) } : {}) });
  return {
    ...tx,
    version: tx.version as ParsedTransactionWithMeta['version'],
    meta: tx.meta && { ...tx.meta, innerInstructions: tx.meta.innerInstructions.map((g) => ({ index: g.index, instructions: g.instructions.map(ix) })) },
    transaction: {
      signatures: tx.transaction.signatures,
      message: {
        ...tx.transaction.message,
        accountKeys: tx.transaction.message.accountKeys.map((k) => ({ ...k, pubkey: new PublicKey(k.pubkey), source: k.source as 'transaction' | 'lookupTable' })),
        instructions: tx.transaction.message.instructions.map(ix),
        addressTableLookups: undefined,
      },
    },
  } as ParsedTransactionWithMeta;
}

export function solanaFactsOf(
  f: SolanaFixture | string,
  opts: { status?: SignatureStatus | null; tokens?: Map<string, TokenInfo> } = {},
): TxFacts {
  const fixture = typeof f === 'string' ? solanaFixture(f) : f;
  return solanaTxFacts({
    network: solana,
    signature: fixture.signature,
    tx: fixture.transaction && asParsedTransaction(fixture.transaction),
    status: opts.status !== undefined ? opts.status : (fixture.signatureStatus as SignatureStatus | null),
    tokens: opts.tokens ?? knownSolanaTokens(),
  });
}
