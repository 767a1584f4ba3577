import { isHexString, toQuantity } from 'ethers';
import { checksumAddress as getAddress } from './checksum.ts';
import { toAmount } from '../amount.ts';
import type { TransportOptions } from '../endpoint.ts';
import type { SightingStore } from '../sightings.ts';
import { findWellKnownToken, impersonatedSymbol } from '../token-symbols.ts';
import type { AddressLimits, AddressLookup, ChainAdapter, EvmDelegation, Failure, IntendedTransfer, Network, TokenTransfer, TxApproval, TxFacts, TxLookup } from '../types.ts';
import { approvalOf, approvedAmount, isApprovalLog } from './approval-logs.ts';
import { failingInnerCall, type InnerCallFailure } from './call-trace.ts';
import type { HealthProbe } from '../health/types.ts';
import { LabelBook } from '../labels/label-book.ts';
import { evmAddressHistory } from './address-history.ts';
import { explorerTxUrl } from '../explorer.ts';
import { decodeTransferCall, methodName, TRANSFER_TOPIC } from './erc20.ts';
import { readTokenMetas, type TokenMeta } from './token-metadata.ts';
import { decodeRevertData } from './decode-revert.ts';
import { delegateOf, readDelegations } from './delegation.ts';
import { isContractCode, paidFeeWei, paidGasPrice, receiptOutcome } from './receipt-reading.ts';
import { EvmRpc, type EvmSender } from './rpc.ts';
import { isUpstreamFailure, UpstreamFailure } from '../upstream/failure.ts';
import type { Endpoint } from '../upstream/upstream.ts';
import type { RpcBlock, RpcLog, RpcReceipt, RpcTransaction } from './rpc-types.ts';

export interface EvmAdapterOptions extends TransportOptions {
  /** Endpoints per network id; networks without endpoints are not served. */
  endpoints: Record<string, string[]>;
  sightings: SightingStore;
  /** Names of well-known addresses, where a trail of funds stops (default: the built-in labels). */
  labels?: LabelBook;
  /** Ask `debug_traceTransaction` for the failing inner call of a failed transaction (default on; never required). */
  traceCalls?: boolean;
  /** How many blocks back a replacement of a vanished pending tx is searched for. */
  replacementSearchBlocks?: number;
  now?: () => number;
}

const TX_HASH = /^0x[0-9a-fA-F]{64}$/;

/** One node's answer to a lookup: found, or "I do not have it" (with the head it said that at). */
type NodeAnswer = { outcome: 'found'; lookup: TxLookup; endpoint: Endpoint; head: number } | { outcome: 'absent'; endpoint: Endpoint; head: number };

/** Upstream failures keep their stable code; anything else unexpected is UPSTREAM_ERROR. */
function lookupError(err: unknown): { code: string; message: string } {
  if (isUpstreamFailure(err)) return { code: err.code, message: err.message };
  const e = err as { message?: string };
  return { code: 'UPSTREAM_ERROR', message: e?.message ?? String(err) };
}

/**
 * EVM family adapter (ethers v6 over JSON-RPC). A lookup costs two round trips: the
 * transaction, its receipt and the head in one batch; then everything that depends on
 * them (block time, code at the recipient, token metadata, the revert replay, nonces)
 * in a second batch.
 */
export class EvmAdapter implements ChainAdapter {
  readonly family = 'evm' as const;
  readonly networks: readonly Network[];
  private readonly rpcs = new Map<string, EvmRpc>();
  private readonly now: () => number;
  private readonly labels: LabelBook;
  /** Endpoints that refused callTracer but served the struct logger: asked for the latter straight away. */
  private readonly structLoggerOnly = new WeakSet<Endpoint>();

  constructor(networks: readonly Network[], private readonly opts: EvmAdapterOptions) {
    this.networks = networks.filter((n) => n.family === 'evm' && (opts.endpoints[n.id]?.length ?? 0) > 0);
    for (const n of this.networks) {
      // Nodes a few seconds apart disagree by a block or so; beyond that, one is lagging.
      const lagToleranceBlocks = Math.max(1, Math.ceil(3 / n.blockTimeSeconds));
      this.rpcs.set(n.id, new EvmRpc(opts.endpoints[n.id], { ...opts, network: n.id, chainId: n.chainId!, lagToleranceBlocks }));
    }
    this.now = opts.now ?? (() => Math.floor(Date.now() / 1000));
    this.labels = opts.labels ?? LabelBook.defaults();
  }

  isTxId(id: string): boolean {
    return TX_HASH.test(id) || /^[0-9a-fA-F]{64}$/.test(id);
  }

  normalizeTxId(id: string): string {
    return (id.startsWith('0x') ? id : `0x${id}`).toLowerCase();
  }

  isAddress(value: string): boolean {
    return /^0x[0-9a-fA-F]{40}$/.test(value);
  }

  async investigateAddress(network: Network, address: string, limits: AddressLimits): Promise<AddressLookup> {
    try {
      return { network, outcome: 'found', facts: await evmAddressHistory(this.rpc(network), network, address, limits, this.labels) };
    } catch (err) {
      return { network, outcome: 'error', error: lookupError(err) };
    }
  }

  /**
   * The monitor's poll: the latest block (number, time) and `eth_feeHistory` over the fee
   * window (base fee, fullness, 10th/50th/90th percentile tips per block) in one JSON-RPC
   * batch, i.e. one HTTP request on one node. Its head also feeds lag detection.
   * https://ethereum.org/en/developers/docs/apis/json-rpc/#eth_feehistory
   */
  async probeHealth(network: Network): Promise<Omit<HealthProbe, 'at'>> {
    const rpc = this.rpc(network);
    const window = network.health?.feeWindowBlocks ?? 20;
    return rpc.upstream.run(async (endpoint) => {
      const node = rpc.on(endpoint);
      const [block, history] = await Promise.all([
        node.send<RpcBlock | null>('eth_getBlockByNumber', ['latest', false]),
        node.send<{ baseFeePerGas?: string[]; gasUsedRatio?: number[]; reward?: string[][] }>('eth_feeHistory', [toQuantity(window), 'latest', [10, 50, 90]]),
      ]);
      if (!block) throw new UpstreamFailure('malformed', `${endpoint.host} has no latest block`, endpoint.host);
      const head = Number(block.number);
      rpc.upstream.noteProgress(endpoint, head);
      const ratios = history?.gasUsedRatio ?? [];
      // baseFeePerGas has one more entry than blocks (the next block's base fee): keep the blocks'.
      const baseFees = (history?.baseFeePerGas ?? []).slice(0, ratios.length).map((h) => BigInt(h).toString());
      const tips = (history?.reward ?? []).map((r) => [0, 1, 2].map((i) => BigInt(r[i] ?? '0x0').toString()) as [string, string, string]);
      return { head, headTimestamp: Number(block.timestamp), evm: { baseFeeWei: baseFees, gasUsedRatio: ratios, tipsWei: tips.length === ratios.length ? tips : ratios.map(() => ['0', '0', '0']) } };
    });
  }

  rpc(network: Network): EvmRpc {
    const rpc = this.rpcs.get(network.id);
    if (!rpc) throw new Error(`EVM network ${network.id} has no endpoint configured`);
    return rpc;
  }

  /**
   * Two round trips on one node: the transaction, its receipt and the head in one batch,
   * then everything that depends on them in a second. A node that fails, contradicts
   * itself or trails the highest head seen is left for the next one. When several
   * endpoints are configured, a second node is asked before concluding "not found"
   * (nodes lag, and a pending transaction is not in every pool), and also while some
   * endpoint has never told us its head (at start-up nothing says the first one is not
   * behind); the answer from the higher head wins.
   */
  async lookupTx(network: Network, rawHash: string): Promise<TxLookup> {
    const hash = this.normalizeTxId(rawHash);
    const rpc = this.rpc(network);
    const { upstream } = rpc;
    try {
      const first = await upstream.run((endpoint) => this.lookupOn(network, rpc, endpoint, hash));
      const canAsk = (this.opts.upstream?.secondOpinion ?? true) && upstream.endpoints.length > 1;
      const headsUnknown = upstream.endpoints.some((e) => e !== first.endpoint && e.progress === undefined && e.breaker.available);
      let answer = first;
      // Concurrent lookups may have learnt meanwhile that the first node is behind.
      if (canAsk && (first.outcome === 'absent' || headsUnknown || upstream.isBehind(first.head))) {
        const other = await upstream
          .run((endpoint) => this.lookupOn(network, rpc, endpoint, hash), { exclude: [first.endpoint], retries: 0 })
          .catch((err: unknown) => {
            // Nobody else to ask: the first node was not behind any head we know of.
            if (isUpstreamFailure(err)) return undefined;
            throw err;
          });
        if (other && (first.outcome === 'absent' ? other.outcome === 'found' || other.head > first.head : other.outcome === 'found' && other.head > first.head)) answer = other;
      }
      if (answer.outcome === 'found') return answer.lookup;
      return await this.lookupVanished(network, rpc, hash, Math.max(answer.head, upstream.bestProgress ?? 0));
    } catch (err) {
      return { network, outcome: 'error', error: lookupError(err) };
    }
  }

  private async lookupOn(network: Network, rpc: EvmRpc, endpoint: Endpoint, hash: string): Promise<NodeAnswer> {
    const node = rpc.on(endpoint);
    const [tx, receipt, headHex] = await Promise.all([
      node.send<RpcTransaction | null>('eth_getTransactionByHash', [hash]),
      node.send<RpcReceipt | null>('eth_getTransactionReceipt', [hash]),
      node.send<string>('eth_blockNumber', []),
    ]);
    const head = Number(headHex);
    if (!Number.isSafeInteger(head)) throw new UpstreamFailure('malformed', `${endpoint.host} answered eth_blockNumber with ${String(headHex).slice(0, 20)}`, endpoint.host);
    rpc.upstream.noteProgress(endpoint, head);
    const best = rpc.upstream.bestProgress ?? head;
    const lagging = (what: string) =>
      new UpstreamFailure('lagging', `${endpoint.host} is ${best - head} blocks behind the highest head seen (${best}); its ${what} is not final`, endpoint.host);
    if (!tx) {
      if (rpc.upstream.isBehind(head)) throw lagging('"not found"');
      return { outcome: 'absent', endpoint, head };
    }
    if (tx.blockNumber && !receipt) {
      // Do not guess a status from half an answer.
      throw new UpstreamFailure('inconsistent', `${endpoint.host} returned the transaction but not its receipt`, endpoint.host);
    }
    if (!tx.blockNumber && rpc.upstream.isBehind(head)) throw lagging('"pending"');
    // A mined transaction is counted against the highest head seen, not a lagging node's.
    const facts = tx.blockNumber && receipt ? await this.minedFacts(network, node, endpoint, tx, receipt, Math.max(head, best)) : await this.pendingFacts(network, node, tx, head);
    return { outcome: 'found', lookup: { network, outcome: 'found', facts }, endpoint, head };
  }

  private async minedFacts(network: Network, rpc: EvmSender, endpoint: Endpoint, tx: RpcTransaction, receipt: RpcReceipt, head: number): Promise<TxFacts> {
    const blockNumber = Number(receipt.blockNumber);
    const { failed, inferred: outcomeInferred } = receiptOutcome(tx, receipt);
    const transferLogs = receipt.logs.filter((l) => l.topics[0] === TRANSFER_TOPIC && l.topics.length === 3);
    const intended = decodeTransferCall(tx.input);
    const tokenAddresses = new Set(transferLogs.map((l) => getAddress(l.address)));
    if (intended && tx.to) tokenAddresses.add(getAddress(tx.to));
    const tokenRecipients = new Set(transferLogs.map((l) => topicToAddress(l.topics[2])));
    if (intended) tokenRecipients.add(intended.to);
    // Permissions granted: their tokens need names, their spenders a code check (wallet or contract).
    // Many ERC-20s (OpenZeppelin before v5) also emit Approval when transferFrom spends an
    // allowance: that lowers a permission someone else already had, it grants nothing. A
    // third party's Approval with no transfer out of that owner is a signed permit: kept.
    const spends = (a: ReturnType<typeof approvalOf>) =>
      a.kind === 'erc20' && a.owner !== getAddress(tx.from) && transferLogs.some((l) => getAddress(l.address) === a.token && topicToAddress(l.topics[1]) === a.owner);
    const approvalLogs = failed ? [] : receipt.logs.filter((l) => isApprovalLog(l) && !spends(approvalOf(l)));
    const approvalParts = approvalLogs.map(approvalOf);
    for (const a of approvalParts) tokenAddresses.add(a.token);
    const spenders = [...new Set(approvalParts.map((a) => a.spender))];

    // Second round trip: everything here only depends on the first batch.
    const [block, toCode, revertData, metas, recipientCodes, spenderCodes, innerFailure] = await Promise.all([
      rpc.send<RpcBlock | null>('eth_getBlockByNumber', [receipt.blockNumber, false]),
      tx.to ? rpc.send<string>('eth_getCode', [tx.to, receipt.blockNumber]) : Promise.resolve('0x'),
      failed ? this.replayForRevert(rpc, tx, blockNumber) : Promise.resolve(undefined),
      readTokenMetas(rpc, network, [...tokenAddresses]),
      this.codeAt(rpc, [...tokenRecipients]),
      this.codeAt(rpc, spenders),
      failed && tx.to && nearGasLimit(receipt.gasUsed, tx.gas) ? this.traceFailure(rpc, endpoint, tx.hash) : Promise.resolve(undefined),
    ]);

    const gasUsed = BigInt(receipt.gasUsed);
    const price = paidGasPrice(tx, receipt);
    const confirmations = Math.max(0, head - blockNumber + 1);

    const tokenTransfers = failed ? [] : transferLogs.map((l) => this.tokenTransfer(network, l, metas));
    const failure: Failure | null = failed ? this.failureOf(tx, receipt, revertData, innerFailure) : null;
    // Without a status the failure itself is inferred (pre-Byzantium receipt).
    if (failure && outcomeInferred) failure.probable = true;
    const approvals: TxApproval[] = approvalLogs.flatMap((l, i) => {
      const { kind, owner, token, spender } = approvalParts[i];
      const meta = metas.get(token) ?? { symbol: '?', name: 'unknown token', decimals: 18 };
      const approved = approvedAmount(kind, l, meta);
      if (approved !== 'unlimited' && approved.raw === '0') return []; // a revocation grants nothing
      return [{ kind, owner, token, symbol: meta.symbol, spender, approved, spenderIsContract: spenderCodes.get(spender) ?? null, spenderLabel: this.labels.get(network, spender) }];
    });

    return {
      family: 'evm',
      network: network.id,
      hash: tx.hash.toLowerCase(),
      status: failed ? 'failed' : 'success',
      from: getAddress(tx.from),
      to: tx.to ? getAddress(tx.to) : null,
      value: toAmount(tx.value, network.nativeToken.decimals, network.nativeToken.symbol),
      tokenTransfers,
      intendedTransfer: intended && tx.to ? this.intendedTransfer(network, tx.to, intended, metas) : null,
      fee: toAmount(paidFeeWei(tx, receipt), network.nativeToken.decimals, network.nativeToken.symbol),
      block: { number: blockNumber, timestamp: block ? Number(block.timestamp) : null },
      confirmations,
      confirmationsRequired: network.confirmations,
      final: confirmations >= network.confirmations,
      explorerUrl: explorerTxUrl(network, tx.hash),
      failure,
      approvals,
      evm: {
        chainId: network.chainId!,
        nonce: Number(tx.nonce),
        gasLimit: BigInt(tx.gas).toString(),
        gasUsed: gasUsed.toString(),
        gasPrice: price.toString(),
        maxFeePerGas: tx.maxFeePerGas ? BigInt(tx.maxFeePerGas).toString() : null,
        maxPriorityFeePerGas: tx.maxPriorityFeePerGas ? BigInt(tx.maxPriorityFeePerGas).toString() : null,
        baseFeeNow: null,
        senderNonceLatest: null,
        senderNoncePending: null,
        recipientIsContract: tx.to ? isContractCode(toCode) : null,
        tokenRecipientIsContract: anyContract(recipientCodes, [...tokenRecipients]),
        method: methodName(tx.input),
        ...delegationFacts(tx, toCode),
      },
    };
  }

  private async pendingFacts(network: Network, rpc: EvmSender, tx: RpcTransaction, head: number): Promise<TxFacts> {
    const intended = decodeTransferCall(tx.input);
    const [latestBlock, nonceLatest, noncePending, toCode, metas, recipientCodes] = await Promise.all([
      rpc.send<RpcBlock | null>('eth_getBlockByNumber', ['latest', false]),
      rpc.send<string>('eth_getTransactionCount', [tx.from, 'latest']),
      rpc.send<string>('eth_getTransactionCount', [tx.from, 'pending']),
      tx.to ? rpc.send<string>('eth_getCode', [tx.to, 'latest']) : Promise.resolve('0x'),
      readTokenMetas(rpc, network, intended && tx.to ? [getAddress(tx.to)] : []),
      this.codeAt(rpc, intended ? [intended.to] : []),
    ]);
    const facts: TxFacts = {
      family: 'evm',
      network: network.id,
      hash: tx.hash.toLowerCase(),
      status: 'pending',
      from: getAddress(tx.from),
      to: tx.to ? getAddress(tx.to) : null,
      value: toAmount(tx.value, network.nativeToken.decimals, network.nativeToken.symbol),
      tokenTransfers: [],
      intendedTransfer: intended && tx.to ? this.intendedTransfer(network, tx.to, intended, metas) : null,
      fee: null,
      block: null,
      confirmations: 0,
      confirmationsRequired: network.confirmations,
      final: false,
      explorerUrl: explorerTxUrl(network, tx.hash),
      failure: null,
      evm: {
        chainId: network.chainId!,
        nonce: Number(tx.nonce),
        gasLimit: BigInt(tx.gas).toString(),
        gasUsed: null,
        gasPrice: tx.gasPrice ? BigInt(tx.gasPrice).toString() : null,
        maxFeePerGas: tx.maxFeePerGas ? BigInt(tx.maxFeePerGas).toString() : null,
        maxPriorityFeePerGas: tx.maxPriorityFeePerGas ? BigInt(tx.maxPriorityFeePerGas).toString() : null,
        baseFeeNow: latestBlock?.baseFeePerGas ? BigInt(latestBlock.baseFeePerGas).toString() : null,
        senderNonceLatest: Number(nonceLatest),
        senderNoncePending: Number(noncePending),
        recipientIsContract: tx.to ? isContractCode(toCode) : null,
        tokenRecipientIsContract: intended ? anyContract(recipientCodes, [intended.to]) : null,
        method: methodName(tx.input),
        ...delegationFacts(tx, toCode),
      },
    };
    this.opts.sightings.put({ facts, headAtFirstSeen: head, firstSeen: this.now() });
    facts.firstSeenPending = this.opts.sightings.get(network.id, facts.hash)?.firstSeen;
    return facts;
  }

  /**
   * The node no longer knows the hash. If we saw it pending before, its sender's nonce
   * tells replaced (nonce used by another tx) from dropped (nonce still free).
   */
  private async lookupVanished(network: Network, rpc: EvmRpc, hash: string, head: number): Promise<TxLookup> {
    const sighting = this.opts.sightings.get(network.id, hash);
    if (!sighting?.facts.evm) return { network, outcome: 'not_found' };
    const { from } = sighting.facts;
    const { nonce } = sighting.facts.evm;
    const latestNonce = Number(await rpc.send<string>('eth_getTransactionCount', [from, 'latest']));
    const base = { ...sighting.facts, firstSeenPending: sighting.firstSeen };
    if (latestNonce <= nonce) return { network, outcome: 'found', facts: { ...base, status: 'dropped' } };

    const replacedBy = await this.findReplacement(rpc, from, nonce, sighting.headAtFirstSeen, head);
    return { network, outcome: 'found', facts: { ...base, status: 'replaced', evm: { ...sighting.facts.evm, senderNonceLatest: latestNonce, replacedBy } } };
  }

  private async findReplacement(rpc: EvmSender, from: string, nonce: number, fromBlock: number, head: number): Promise<string | undefined> {
    const limit = this.opts.replacementSearchBlocks ?? 64;
    const start = Math.max(fromBlock, head - limit + 1);
    const numbers = Array.from({ length: Math.max(0, head - start + 1) }, (_, i) => start + i);
    const blocks = await Promise.all(numbers.map((n) => rpc.send<RpcBlock | null>('eth_getBlockByNumber', [toQuantity(n), true])));
    for (const block of blocks) {
      for (const t of block?.transactions ?? []) {
        if (typeof t === 'object' && t.from.toLowerCase() === from.toLowerCase() && Number(t.nonce) === nonce) return t.hash.toLowerCase();
      }
    }
    return undefined;
  }

  /** Replays the call at the parent block: nodes do not store revert data in receipts. */
  private async replayForRevert(rpc: EvmSender, tx: RpcTransaction, blockNumber: number): Promise<string | undefined> {
    const call = { from: tx.from, to: tx.to, data: tx.input, value: tx.value, gas: tx.gas };
    try {
      await rpc.send('eth_call', [call, toQuantity(Math.max(0, blockNumber - 1))]);
      return undefined; // succeeds now: the failure depended on state inside its block
    } catch (err) {
      if (isUpstreamFailure(err)) throw err; // no answer is not "no reason"
      return revertDataOf(err);
    }
  }

  /**
   * Where the node offers `debug_traceTransaction`, the call trace names the inner call
   * that failed. Optional: an endpoint without it (most public ones), or any error, just
   * leaves the answer without that detail; it never makes the lookup fail.
   */
  private async traceFailure(rpc: EvmSender, endpoint: Endpoint, hash: string): Promise<InnerCallFailure | undefined> {
    if (this.opts.traceCalls === false) return undefined;
    let refused = false;
    if (!this.structLoggerOnly.has(endpoint)) {
      try {
        return failingInnerCall(await rpc.send<unknown>('debug_traceTransaction', [hash, { tracer: 'callTracer' }]));
      } catch (err) {
        // Nodes without callTracer (hardhat serves only the default struct logger) get one more try.
        refused = !isUpstreamFailure(err);
      }
    }
    try {
      // Stack only: enough to name the failing call and tell out-of-gas; memory and storage would multiply the answer's size.
      const trace = await rpc.send<unknown>('debug_traceTransaction', [hash, { disableStorage: true, disableMemory: true }]);
      // The node answered the refusal itself and can trace this transaction: it lacks the
      // tracer. Not asking it again saves a round trip (and ethers' error) per failed lookup.
      if (refused) this.structLoggerOnly.add(endpoint);
      return failingInnerCall(trace);
    } catch {
      return undefined;
    }
  }

  private failureOf(tx: RpcTransaction, receipt: RpcReceipt, revertData: string | undefined, inner: InnerCallFailure | undefined): Failure {
    const decoded = decodeRevertData(revertData) ?? inner?.decoded;
    const used = BigInt(receipt.gasUsed);
    const limit = BigInt(tx.gas);
    if (used === limit && !decoded) return { kind: 'out_of_gas', decoded, raw: revertData, innerCall: inner };
    // An inner call can burn all the gas it was given while its caller keeps 1/64 (EIP-150)
    // and reverts without a reason: gas used then ends within a few percent of the limit.
    if (!decoded && (inner?.outOfGas || (nearGasLimit(receipt.gasUsed, tx.gas) && !inner))) return { kind: 'out_of_gas', raw: revertData, probable: !inner?.outOfGas, innerCall: inner };
    return { kind: 'revert', decoded, raw: revertData, innerCall: inner };
  }

  private async codeAt(rpc: EvmSender, addresses: string[]): Promise<Map<string, boolean>> {
    const codes = await Promise.all(addresses.map((a) => rpc.send<string>('eth_getCode', [a, 'latest'])));
    return new Map(addresses.map((a, i) => [a, isContractCode(codes[i])]));
  }

  private tokenTransfer(network: Network, log: RpcLog, metas: Map<string, TokenMeta>): TokenTransfer {
    const token = getAddress(log.address);
    const meta = metas.get(token)!;
    return {
      token,
      symbol: meta.symbol,
      name: meta.name,
      decimals: meta.decimals,
      from: topicToAddress(log.topics[1]),
      to: topicToAddress(log.topics[2]),
      amount: toAmount(BigInt(log.data), meta.decimals, meta.symbol),
      wellKnown: Boolean(findWellKnownToken(network, token)),
      impersonates: impersonatedSymbol(network, token, meta.symbol),
    };
  }

  private intendedTransfer(network: Network, tokenAddress: string, call: NonNullable<ReturnType<typeof decodeTransferCall>>, metas: Map<string, TokenMeta>): IntendedTransfer {
    const token = getAddress(tokenAddress);
    const meta = metas.get(token) ?? { symbol: '?', name: 'unknown token', decimals: 18 };
    return {
      token,
      symbol: meta.symbol,
      decimals: meta.decimals,
      to: call.to,
      amount: toAmount(call.amount, meta.decimals, meta.symbol),
      wellKnown: Boolean(findWellKnownToken(network, token)),
    };
  }

  async close(): Promise<void> {
    for (const rpc of this.rpcs.values()) rpc.destroy();
  }
}

/**
 * Gas used within a few percent of the limit, but not all of it: what an inner call that
 * ran out of gas leaves behind, as its caller keeps 1/64 of the gas (EIP-150) and reverts.
 * Only then is a call trace worth asking for.
 */
function nearGasLimit(gasUsed: string, gasLimit: string): boolean {
  const used = BigInt(gasUsed);
  const limit = BigInt(gasLimit);
  return used < limit && used * 64n >= limit * 62n;
}

/**
 * EIP-7702 facts: the authorizations a set-code transaction carried, and whether the code
 * already read at `to` is a delegation (the usual self-sent type-0x4 transaction has
 * `to` = the wallet itself). Only present when there is something to say.
 */
function delegationFacts(tx: RpcTransaction, toCode: string): { delegations?: EvmDelegation[]; recipientDelegatesTo?: string } {
  const delegations = readDelegations(tx);
  const delegate = tx.to ? delegateOf(toCode) : null;
  return { ...(delegations ? { delegations } : {}), ...(delegate ? { recipientDelegatesTo: delegate } : {}) };
}

function topicToAddress(topic: string): string {
  return getAddress(`0x${topic.slice(-40)}`);
}

function anyContract(codes: Map<string, boolean>, addresses: string[]): boolean | null {
  if (addresses.length === 0) return null;
  return addresses.some((a) => codes.get(a));
}

/** Revert bytes hide at different depths depending on node and ethers' wrapping. */
function revertDataOf(err: unknown): string | undefined {
  const seen = new Set<unknown>();
  const walk = (v: unknown): string | undefined => {
    if (!v || typeof v !== 'object' || seen.has(v)) return undefined;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.data === 'string' && isHexString(o.data)) return o.data;
    for (const key of ['data', 'error', 'info', 'cause']) {
      const found = walk(o[key]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(err);
}
