import type { TransportOptions } from '../endpoint.ts';
import { LabelBook } from '../labels/label-book.ts';
import type { HealthProbe } from '../health/types.ts';
import type { AddressLimits, AddressLookup, ChainAdapter, Network, TxLookup } from '../types.ts';
import { solanaAddressHistory } from './address-history.ts';
import { decodeBase58 } from './base58.ts';
import { SolanaRpc, SolanaRpcError } from './rpc.ts';
import { mintsOf, readTokenInfos } from './token-infos.ts';
import { solanaTxFacts } from './tx-facts.ts';
import { parsedTransaction, signatureStatus } from './wire.ts';

export interface SolanaAdapterOptions extends TransportOptions {
  /** Endpoints per network id; networks without endpoints are not served. */
  endpoints: Record<string, string[]>;
  /** Names of well-known addresses, where a trail of funds stops (default: the built-in labels). */
  labels?: LabelBook;
}

/**
 * Solana family adapter (@solana/web3.js 1.x `Connection`).
 *
 * A lookup is one round trip of wall time: `getTransaction` (jsonParsed, versioned
 * transactions allowed, at `confirmed`) and `getSignatureStatuses` (with history search)
 * go out together, in one JSON-RPC batch, read by wire.ts rather than by web3.js (whose
 * validation of these answers cost more CPU than the rest of the investigation). Tokens
 * the network does not list get their name and symbol from their Metaplex metadata
 * accounts in a second, optional request; if that fails the token is shown as unknown
 * rather than failing the lookup.
 *
 * Address investigations (theft) read the address's recent history: see address-history.ts
 * for what is read and what it costs.
 *
 * https://solana.com/docs/rpc/http/gettransaction
 * https://solana.com/docs/rpc/http/getsignaturestatuses
 */
export class SolanaAdapter implements ChainAdapter {
  readonly family = 'solana' as const;
  readonly networks: readonly Network[];
  private readonly rpcs = new Map<string, SolanaRpc>();
  private readonly labels: LabelBook;

  constructor(networks: readonly Network[], opts: SolanaAdapterOptions) {
    this.networks = networks.filter((n) => n.family === 'solana' && (opts.endpoints[n.id]?.length ?? 0) > 0);
    for (const n of this.networks) this.rpcs.set(n.id, new SolanaRpc(opts.endpoints[n.id], { ...opts, network: n.id }));
    this.labels = opts.labels ?? LabelBook.defaults();
  }

  /** A signature is 64 bytes, written in base58 (87 or 88 characters). */
  isTxId(id: string): boolean {
    return /^[1-9A-HJ-NP-Za-km-z]{86,88}$/.test(id) && decodeBase58(id)?.length === 64;
  }

  /** An address (wallet, token account, program) is 32 bytes in base58: 32 to 44 characters. */
  isAddress(value: string): boolean {
    return /^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(value) && decodeBase58(value)?.length === 32;
  }

  async investigateAddress(network: Network, address: string, limits: AddressLimits): Promise<AddressLookup> {
    try {
      return { network, outcome: 'found', facts: await solanaAddressHistory(this.rpc(network), network, address, limits, this.labels) };
    } catch (err) {
      // Only the first page of signatures is essential; without it nothing about the address is known.
      const e = err instanceof SolanaRpcError ? err : new SolanaRpcError('UPSTREAM_BAD_RESPONSE', `could not read the history: ${(err as Error)?.message ?? String(err)}`, false, err);
      return { network, outcome: 'error', error: { code: e.code, message: e.message } };
    }
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

  /**
   * The monitor's poll, one batched JSON-RPC request on one node: the confirmed and the
   * finalized slot, the newest performance sample (slots per minute, transactions) and the
   * prioritization fees of the last 150 slots.
   * https://solana.com/docs/rpc/http/getrecentperformancesamples
   * https://solana.com/docs/rpc/http/getrecentprioritizationfees
   */
  async probeHealth(network: Network): Promise<Omit<HealthProbe, 'at'>> {
    const rpc = this.rpc(network);
    const [confirmed, finalized, samples, fees] = await rpc.batch<[number, number, { numSlots: number; numTransactions: number; samplePeriodSecs: number }[], { slot: number; prioritizationFee: number }[]]>([
      ['getSlot', [{ commitment: 'confirmed' }]],
      ['getSlot', [{ commitment: 'finalized' }]],
      ['getRecentPerformanceSamples', [1]],
      ['getRecentPrioritizationFees', []],
    ]);
    const sample = Array.isArray(samples) ? samples[0] : undefined;
    return {
      head: confirmed,
      headTimestamp: null,
      finalized,
      solana: {
        slotSeconds: sample && sample.numSlots > 0 ? sample.samplePeriodSecs / sample.numSlots : null,
        transactionsPerSecond: sample && sample.samplePeriodSecs > 0 ? Math.round(sample.numTransactions / sample.samplePeriodSecs) : null,
        priorityFees: Array.isArray(fees) ? fees.map((f) => f.prioritizationFee).filter((f) => Number.isFinite(f)) : [],
      },
    };
  }

  async lookupTx(network: Network, signature: string): Promise<TxLookup> {
    const rpc = this.rpc(network);
    try {
      const { tx, status } = await rpc.run('getTransaction + getSignatureStatuses', async (connection) => {
        const [txAnswer, statusAnswer] = await rpc.batchOn(connection, [
          { method: 'getTransaction', params: [signature, { encoding: 'jsonParsed', commitment: 'confirmed', maxSupportedTransactionVersion: 0 }], failed: 'failed to get transaction' },
          { method: 'getSignatureStatuses', params: [[signature], { searchTransactionHistory: true }], failed: 'failed to get signature status' },
        ]);
        const tx = parsedTransaction(txAnswer);
        const { contextSlot, status } = signatureStatus(statusAnswer);
        // "Never seen" from a node behind the slot we have seen is not an answer: another node, else inconclusive.
        // The status answer carries the node's slot (context), so this costs nothing extra.
        if (!tx && !status) rpc.checkLag(connection, contextSlot);
        return { tx, status };
      });
      // Both the ledger and the status cache say "never seen": the only not_found there is.
      if (!tx && !status) return { network, outcome: 'not_found' };
      const tokens = await readTokenInfos(network, rpc, mintsOf(tx));
      return { network, outcome: 'found', facts: solanaTxFacts({ network, signature, tx, status, tokens }) };
    } catch (err) {
      const e = err instanceof SolanaRpcError ? err : new SolanaRpcError('UPSTREAM_BAD_RESPONSE', `could not read the answer: ${(err as Error)?.message ?? String(err)}`, false, err);
      return { network, outcome: 'error', error: { code: e.code, message: e.message } };
    }
  }
}
