import { PublicKey, type Connection, type ParsedTransactionWithMeta } from '@solana/web3.js';
import type { TransportOptions } from '../endpoint.ts';
import { findWellKnownToken, impersonatedSymbol } from '../token-symbols.ts';
import type { ChainAdapter, Network, TxLookup } from '../types.ts';
import { metadataAddress, parseTokenMetadata } from './accounts.ts';
import { decodeBase58 } from './base58.ts';
import { SolanaRpc, SolanaRpcError } from './rpc.ts';
import { solanaTxFacts, type TokenInfo } from './tx-facts.ts';

export interface SolanaAdapterOptions extends TransportOptions {
  /** Endpoints per network id; networks without endpoints are not served. */
  endpoints: Record<string, string[]>;
}

/**
 * Solana family adapter (@solana/web3.js 1.x `Connection`).
 *
 * A lookup is one round trip of wall time: `getTransaction` (jsonParsed, versioned
 * transactions allowed, at `confirmed`) and `getSignatureStatuses` (with history search)
 * go out together. Tokens the network does not list get their name and symbol from their
 * Metaplex metadata accounts in a second, optional request; if that fails the token is
 * shown as unknown rather than failing the lookup.
 *
 * https://solana.com/docs/rpc/http/gettransaction
 * https://solana.com/docs/rpc/http/getsignaturestatuses
 */
export class SolanaAdapter implements ChainAdapter {
  readonly family = 'solana' as const;
  readonly networks: readonly Network[];
  private readonly rpcs = new Map<string, SolanaRpc>();

  constructor(networks: readonly Network[], opts: SolanaAdapterOptions) {
    this.networks = networks.filter((n) => n.family === 'solana' && (opts.endpoints[n.id]?.length ?? 0) > 0);
    for (const n of this.networks) this.rpcs.set(n.id, new SolanaRpc(opts.endpoints[n.id], opts));
  }

  /** A signature is 64 bytes, written in base58 (87 or 88 characters). */
  isTxId(id: string): boolean {
    return /^[1-9A-HJ-NP-Za-km-z]{86,88}$/.test(id) && decodeBase58(id)?.length === 64;
  }

  /** Base58 is case-sensitive: the signature is used exactly as written. */
  normalizeTxId(id: string): string {
    return id;
  }

  rpc(network: Network): SolanaRpc {
    const rpc = this.rpcs.get(network.id);
    if (!rpc) throw new Error(`Solana network ${network.id} has no endpoint configured`);
    return rpc;
  }

  async lookupTx(network: Network, signature: string): Promise<TxLookup> {
    const rpc = this.rpc(network);
    try {
      const { tx, status } = await rpc.run('getTransaction + getSignatureStatuses', async (connection) => {
        const [tx, statuses] = await Promise.all([
          connection.getParsedTransaction(signature, { commitment: 'confirmed', maxSupportedTransactionVersion: 0 }),
          connection.getSignatureStatuses([signature], { searchTransactionHistory: true }),
        ]);
        return { tx, status: statuses.value[0] ?? null };
      });
      // Both the ledger and the status cache say "never seen": the only not_found there is.
      if (!tx && !status) return { network, outcome: 'not_found' };
      const tokens = await this.tokenInfos(network, rpc, tx);
      return { network, outcome: 'found', facts: solanaTxFacts({ network, signature, tx, status, tokens }) };
    } catch (err) {
      const e = err instanceof SolanaRpcError ? err : new SolanaRpcError('UPSTREAM_BAD_RESPONSE', `could not read the answer: ${(err as Error)?.message ?? String(err)}`, false, err);
      return { network, outcome: 'error', error: { code: e.code, message: e.message } };
    }
  }

  /**
   * Symbol and name per mint. A transaction carries mints, never token names: the network's
   * well-known tokens come from its data, the rest from on-chain Metaplex metadata (which
   * anyone can write, hence the impersonation check against the well-known symbols).
   */
  private async tokenInfos(network: Network, rpc: SolanaRpc, tx: ParsedTransactionWithMeta | null): Promise<Map<string, TokenInfo>> {
    const infos = new Map<string, TokenInfo>();
    if (!tx?.meta) return infos;
    const mints = new Set([...(tx.meta.preTokenBalances ?? []), ...(tx.meta.postTokenBalances ?? [])].map((b) => b.mint));
    for (const ix of tx.transaction.message.instructions) {
      const mint = 'parsed' in ix ? (ix.parsed as { info?: { mint?: unknown } })?.info?.mint : undefined;
      if (typeof mint === 'string') mints.add(mint);
    }
    const unknown: string[] = [];
    for (const mint of mints) {
      const known = findWellKnownToken(network, mint);
      if (known) infos.set(mint, { symbol: known.symbol, name: known.name, wellKnown: true });
      else unknown.push(mint);
    }
    if (unknown.length === 0) return infos;
    const accounts = await rpc
      .run('getMultipleAccounts (token metadata)', (c: Connection) => c.getMultipleAccountsInfo(unknown.map((m) => new PublicKey(metadataAddress(m)))))
      .catch(() => unknown.map(() => null));
    unknown.forEach((mint, i) => {
      const meta = accounts[i] ? parseTokenMetadata(accounts[i]!.data) : null;
      if (!meta || !meta.symbol) return;
      const impersonates = impersonatedSymbol(network, mint, meta.symbol);
      infos.set(mint, { symbol: meta.symbol, name: meta.name || meta.symbol, wellKnown: false, ...(impersonates ? { impersonates } : {}) });
    });
    return infos;
  }
}
