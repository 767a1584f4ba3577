import type { ParsedTransactionWithMeta } from '@solana/web3.js';
import { findWellKnownToken, impersonatedSymbol } from '../token-symbols.ts';
import type { Network } from '../types.ts';
import { metadataAddress, parseTokenMetadata } from './accounts.ts';
import type { SolanaRpc } from './rpc.ts';
import type { TokenInfo } from './tx-facts.ts';
import { accountsData } from './wire.ts';

/** getMultipleAccounts takes at most 100 accounts; unknown tokens beyond this stay unnamed. */
const MAX_METADATA_READS = 100;

/** Mints a transaction touches: its token balances and any instruction naming a mint. */
export function mintsOf(tx: ParsedTransactionWithMeta | null): Set<string> {
  const mints = new Set<string>();
  if (!tx?.meta) return mints;
  for (const b of [...(tx.meta.preTokenBalances ?? []), ...(tx.meta.postTokenBalances ?? [])]) mints.add(b.mint);
  for (const ix of tx.transaction.message.instructions) {
    const mint = 'parsed' in ix ? (ix.parsed as { info?: { mint?: unknown } })?.info?.mint : undefined;
    if (typeof mint === 'string') mints.add(mint);
  }
  return mints;
}

/**
 * Symbol and name per mint. A transaction carries mints, never token names: the network's
 * well-known tokens come from its data, the rest from on-chain Metaplex metadata (which
 * anyone can write, hence the impersonation check against the well-known symbols). One
 * getMultipleAccounts request (read by wire.ts); if it fails the tokens stay unknown
 * rather than failing.
 */
export async function readTokenInfos(network: Network, rpc: SolanaRpc, mints: Iterable<string>): Promise<Map<string, TokenInfo>> {
  const infos = new Map<string, TokenInfo>();
  const unknown: string[] = [];
  for (const mint of new Set(mints)) {
    const known = findWellKnownToken(network, mint);
    if (known) infos.set(mint, { symbol: known.symbol, name: known.name, wellKnown: true });
    else unknown.push(mint);
  }
  const asked = unknown.slice(0, MAX_METADATA_READS);
  if (asked.length === 0) return infos;
  const accounts = await rpc
    .run('getMultipleAccounts (token metadata)', async (connection) => {
      const [answer] = await rpc.batchOn(connection, [
        { method: 'getMultipleAccounts', params: [asked.map(metadataAddress), { encoding: 'base64', commitment: 'confirmed' }], failed: 'failed to get info for accounts' },
      ]);
      return accountsData(answer);
    })
    .catch(() => asked.map(() => null));
  asked.forEach((mint, i) => {
    const data = accounts[i];
    const meta = data ? parseTokenMetadata(data) : null;
    if (!meta || !meta.symbol) return;
    const impersonates = impersonatedSymbol(network, mint, meta.symbol);
    infos.set(mint, { symbol: meta.symbol, name: meta.name || meta.symbol, wellKnown: false, ...(impersonates ? { impersonates } : {}) });
  });
  return infos;
}
