import { decodeRevertData } from '../evm/decode-revert.ts';
import { toAmount } from '../amount.ts';
import type { TransportOptions } from '../endpoint.ts';
import { explorerTxUrl } from '../explorer.ts';
import { findWellKnownToken, impersonatedSymbol } from '../token-symbols.ts';
import type { AddressLimits, AddressLookup, ChainAdapter, DecodedError, Failure, IntendedTransfer, Network, TokenTransfer, TxApproval, TxFacts, TxLookup, TxStatus } from '../types.ts';
import type { HealthProbe } from '../health/types.ts';
import { LabelBook } from '../labels/label-book.ts';
import { tronAddressHistory } from './address-history.ts';
import { isTronAddress, toBase58Address } from './address.ts';
import { blacklistViewFor } from './blacklist.ts';
import { isTransportFailure, TronNode, TronUpstreamError } from './client.ts';
import { FAILURE_CODES, isUpstreamFailure, UpstreamFailure, type UpstreamFailureKind } from '../upstream/failure.ts';
import { policyFor } from '../upstream/settings.ts';
import { Upstream } from '../upstream/upstream.ts';
import type {
  TronAccountActivation,
  TronBlacklistCheck,
  TronPermissionUpdate,
  TronResourceOperation,
  TronResources,
  TronTokenCall,
  TronTrc10Asset,
  TronTxDetails,
} from './facts.ts';
import {
  CREATE_ACCOUNT_BANDWIDTH_FEE_SUN,
  CREATE_ACCOUNT_FEE_SUN,
  effectiveEnergyPriceSun,
  energyBurned,
  feeLimitExhausted,
  MEMO_FEE_SUN,
  MULTI_SIGN_FEE_SUN,
  sunToTrx,
  type EnergyReceipt,
} from './fees.ts';
import { contractResultSpec, decodeResMessage } from './results.ts';
import { decodeTokenCall, decodeTransferLog, type DecodedCall, type DecodedTransferLog } from './trc20.ts';
import { parsePermissionUpdate } from './permissions.ts';
import { readTronTokenMetas, UNKNOWN_TRON_TOKEN, type TronTokenMeta } from './token-metadata.ts';
import type { WireAssetIssue, WireTransaction, WireTransactionInfo } from './wire.ts';

export interface TronAdapterOptions extends TransportOptions {
  /** Full-node HTTP API / TronGrid URLs per network id (RPC_TRON); networks without one are not served. */
  endpoints: Record<string, string[]>;
  /** TronGrid API key (TRONGRID_API_KEY), sent as `TRON-PRO-API-KEY` to the configured endpoints. */
  apiKey?: string;
  /** Names of well-known addresses, where a trail of funds stops (default: the built-in labels). */
  labels?: LabelBook;
}


const TX_ID = /^[0-9a-fA-F]{64}$/;

/** The upstream failure kind behind a transport error code (for retry decisions). */
function kindOf(code: string): UpstreamFailureKind {
  const kind = (Object.keys(FAILURE_CODES) as UpstreamFailureKind[]).find((k) => FAILURE_CODES[k] === code);
  return kind === 'http_error' || !kind ? 'server_error' : kind;
}
const TOKEN_CALLS = new Set(['transfer', 'transferFrom']);
/** Allowances at or above 2^128 are "unlimited" in practice (wallets send 2^256-1). */
const UNLIMITED_ALLOWANCE = 2n ** 128n;

/** `asset_name` holds the TRC-10 id as hex-encoded ASCII ("31303032303030" = "1002000"). */
function hexToText(hex: string | undefined): string | null {
  if (!hex) return null;
  return /^([0-9a-fA-F]{2})+$/.test(hex) ? Buffer.from(hex, 'hex').toString('utf8') : hex;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const big = (v: unknown): bigint => (typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : typeof v === 'string' && /^\d+$/.test(v) ? BigInt(v) : 0n);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function addr(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  try {
    return toBase58Address(v);
  } catch {
    return null;
  }
}

/**
 * TRON family adapter (tronweb over the full-node HTTP API). A lookup costs two round
 * trips: the transaction, its execution info, the head and the solidified head in
 * parallel; then, only if needed and in parallel, token metadata (TRC-20 symbol/decimals
 * or the TRC-10 asset) and USDT blacklist status. A transaction the node does not know
 * costs one more call, to the pending pool.
 */
export class TronAdapter implements ChainAdapter {
  readonly family = 'tron' as const;
  readonly networks: readonly Network[];
  private readonly nodes = new Map<string, { upstream: Upstream; nodes: TronNode[] }>();
  private readonly labels: LabelBook;

  constructor(networks: readonly Network[], opts: TronAdapterOptions) {
    this.labels = opts.labels ?? LabelBook.defaults();
    this.networks = networks.filter((n) => n.family === 'tron' && (opts.endpoints[n.id]?.length ?? 0) > 0);
    for (const n of this.networks) {
      const settings = opts.upstream;
      // Nodes a few seconds apart disagree by a block or so (TronGrid balances over several nodes); beyond ~6 s, one is lagging.
      const progressTolerance = Math.max(2, Math.ceil(6 / n.blockTimeSeconds));
      const upstream = new Upstream({ network: n.id, urls: opts.endpoints[n.id], policy: policyFor(opts.timeoutMs, settings), progressTolerance, metrics: settings?.metrics, onEvent: settings?.onEvent });
      const nodes = upstream.endpoints.map((endpoint) => new TronNode(endpoint.url, { timeoutMs: opts.timeoutMs, apiKey: opts.apiKey, via: { upstream, endpoint } }));
      this.nodes.set(n.id, { upstream, nodes });
    }
  }

  /**
   * TRON ids are bare 64 hex. A 0x-prefixed hash is an EVM hash (intake's
   * familiesForTxId agrees), so it is not claimed here: otherwise every EVM lookup would
   * also cost a TRON query. When the caller names TRON explicitly, lookupTx still accepts
   * the 0x form (normalizeTxId strips it).
   */
  isTxId(id: string): boolean {
    return TX_ID.test(id);
  }

  /** TRON ids are bare 64-hex, lowercase (explorers reject the 0x prefix). */
  normalizeTxId(id: string): string {
    return id.replace(/^0x/i, '').toLowerCase();
  }

  /** Base58 "T…" (checksum checked) or hex "41…" (what the node's API prints). */
  isAddress(value: string): boolean {
    return isTronAddress(value) || /^41[0-9a-fA-F]{40}$/.test(value);
  }

  /**
   * Recent history of an address from TronGrid's account lists (see address-history.ts).
   * An endpoint that cannot be reached at all moves on to the next one; a history with
   * gaps is still an answer (coverage.incomplete says so).
   */
  async investigateAddress(network: Network, address: string, limits: AddressLimits): Promise<AddressLookup> {
    const served = this.nodes.get(network.id);
    if (!served) throw new Error(`TRON network ${network.id} has no endpoint configured`);
    let last: AddressLookup | undefined;
    // Endpoints in the upstream's order of preference (resting ones skipped).
    const nodes = served.upstream.order().map((e) => served.nodes[e.index]);
    if (nodes.length === 0) return { network, outcome: 'error', error: { code: 'UPSTREAM_CIRCUIT_OPEN', message: `every ${network.id} endpoint is resting after repeated failures` } };
    for (const node of nodes) {
      try {
        return { network, outcome: 'found', facts: await tronAddressHistory(node, network, address, limits, this.labels) };
      } catch (err) {
        const e = err instanceof TronUpstreamError ? err : node.classify(err);
        last = { network, outcome: 'error', error: { code: e.code, message: e.message } };
        if (!isTransportFailure(e.code)) return last;
      }
    }
    return last!;
  }

  /**
   * The monitor's poll: head and solidified head with their times (two requests, in
   * parallel, one node); with `slowParts` also the current energy and bandwidth prices
   * (they change by SR vote, rarely: the monitor asks every few minutes).
   */
  async probeHealth(network: Network, opts: { slowParts?: boolean } = {}): Promise<Omit<HealthProbe, 'at'>> {
    const served = this.nodes.get(network.id);
    if (!served) throw new Error(`TRON network ${network.id} has no endpoint configured`);
    return served.upstream.run(async (endpoint) => {
      const node = served.nodes[endpoint.index];
      try {
        const [head, solid, energy, bandwidth] = await Promise.all([
          node.nowBlock(),
          node.nowBlock(true),
          opts.slowParts ? node.currentPrice('energy') : Promise.resolve(null),
          opts.slowParts ? node.currentPrice('bandwidth') : Promise.resolve(null),
        ]);
        served.upstream.noteProgress(endpoint, head.number);
        return { head: head.number, headTimestamp: head.timestamp, finalized: solid.number, tron: { energyPriceSun: energy, bandwidthPriceSun: bandwidth } };
      } catch (err) {
        const e = err instanceof TronUpstreamError ? err : node.classify(err);
        throw new UpstreamFailure(isTransportFailure(e.code) ? kindOf(e.code) : 'malformed', e.message, endpoint.host);
      }
    });
  }

  async lookupTx(network: Network, rawId: string): Promise<TxLookup> {
    const served = this.nodes.get(network.id);
    if (!served) throw new Error(`TRON network ${network.id} has no endpoint configured`);
    const id = this.normalizeTxId(rawId);
    let last: TxLookup | undefined;
    try {
      // The whole lookup runs on one node; a transport failure moves it to the next one
      // (chains/upstream: order, retries, backoff). An answer is final.
      return await served.upstream.run(async (endpoint) => {
        // A node behind the head we have seen cannot say "not found" or "pending": try another, else inconclusive.
        const lag = (head: number) => {
          served.upstream.noteProgress(endpoint, head);
          return served.upstream.isBehind(head) ? `${endpoint.host} is ${(served.upstream.bestProgress ?? head) - head} blocks behind the highest head seen (${served.upstream.bestProgress})` : null;
        };
        last = await this.lookupOn(network, served.nodes[endpoint.index], id, lag);
        if (last.outcome === 'error' && isTransportFailure(last.error.code)) throw new UpstreamFailure(kindOf(last.error.code), last.error.message, endpoint.host);
        return last;
      });
    } catch (err) {
      if (last?.outcome === 'error') return last;
      if (isUpstreamFailure(err)) return { network, outcome: 'error', error: { code: err.code, message: err.message } };
      throw err;
    }
  }

  private async lookupOn(network: Network, node: TronNode, id: string, lag: (head: number) => string | null): Promise<TxLookup> {
    try {
      const [tx, info, head, solid] = await Promise.all([node.getTransaction(id), node.getTransactionInfo(id), node.headBlock(), node.solidifiedBlock()]);
      const behind = lag(head);
      const lagging = (what: string): TxLookup => ({ network, outcome: 'error', error: { code: 'UPSTREAM_LAGGING', message: `${behind}; its ${what} is not final` } });
      if (behind && !tx) return lagging('"not found" / "pending"');
      if (tx && tx.txID?.toLowerCase() !== id) return inconsistent(network, `the node answered ${id} with transaction ${tx.txID}`);
      if (info && info.id?.toLowerCase() !== id) return inconsistent(network, `the node answered ${id} with the info of ${info.id}`);
      if (!tx) {
        if (info) return inconsistent(network, 'the node has execution info but not the transaction');
        const pending = await node.getPendingTransaction(id);
        if (!pending) return { network, outcome: 'not_found' };
        if (pending.txID?.toLowerCase() !== id) return inconsistent(network, `the pending pool answered ${id} with ${pending.txID}`);
        return { network, outcome: 'found', facts: await this.facts(network, node, pending, null, head, solid) };
      }
      if (!info || typeof info.blockNumber !== 'number') return inconsistent(network, 'the node returned the transaction but not its block and receipt');
      return { network, outcome: 'found', facts: await this.facts(network, node, tx, info, head, solid) };
    } catch (err) {
      const e = err instanceof TronUpstreamError ? err : node.classify(err);
      return { network, outcome: 'error', error: { code: e.code, message: e.message } };
    }
  }

  private async facts(network: Network, node: TronNode, tx: WireTransaction, info: WireTransactionInfo | null, head: number, solid: number): Promise<TxFacts> {
    const contract = tx.raw_data?.contract?.[0];
    if (!contract?.type || !contract.parameter?.value) throw new TronUpstreamError('UPSTREAM_MALFORMED', `transaction ${tx.txID} has no contract`, node.host);
    const p = contract.parameter.value;
    const type = contract.type;
    const owner = addr(p.owner_address);
    if (!owner) throw new TronUpstreamError('UPSTREAM_MALFORMED', `transaction ${tx.txID} has no valid owner_address`, node.host);

    const native = network.nativeToken;
    let to: string | null = null;
    let valueSun = 0n;
    let call: DecodedCall | undefined;
    let callToken: string | null = null;
    let assetId: string | null = null;
    let assetAmount = 0n;
    let resourceOperation: TronResourceOperation | null = null;
    let permissionUpdate: TronPermissionUpdate | null = null;

    switch (type) {
      case 'TransferContract':
        to = addr(p.to_address);
        valueSun = big(p.amount);
        break;
      case 'TransferAssetContract':
        to = addr(p.to_address);
        assetId = hexToText(str(p.asset_name));
        assetAmount = big(p.amount);
        break;
      case 'TriggerSmartContract':
        to = addr(p.contract_address);
        valueSun = big(p.call_value);
        call = decodeTokenCall(str(p.data));
        callToken = to;
        break;
      case 'AccountCreateContract':
        to = addr(p.account_address);
        break;
      case 'AccountPermissionUpdateContract':
        permissionUpdate = parsePermissionUpdate(owner, p);
        break;
      default:
        resourceOperation = parseResourceOperation(type, p, native.decimals, native.symbol);
        to = resourceOperation?.receiver ?? null;
    }

    const logs = info?.log ?? [];
    const status = statusOf(tx, info);
    const transferLogs = status === 'success' ? logs.map(decodeTransferLog).filter((l): l is DecodedTransferLog => Boolean(l)) : [];
    const tokenAddresses = new Set(transferLogs.map((l) => l.token));
    if (call && callToken && TOKEN_CALLS.has(call.method)) tokenAddresses.add(callToken);
    // A TRC-20 approve that went through: the spender may now take the owner's tokens.
    const approve = status === 'success' && call?.method === 'approve' && callToken && call.to && call.amount !== undefined && call.amount > 0n ? { token: callToken, spender: call.to, amount: call.amount } : null;
    if (approve) tokenAddresses.add(approve.token);

    // Second round trip: metadata and blacklist reads depend on the first answers only.
    const blacklistToken = blacklistViewFor(network, [...(callToken ? [callToken] : []), ...tokenAddresses]);
    const recipients = new Set<string>([...transferLogs.map((l) => l.to), ...(call?.to && TOKEN_CALLS.has(call.method) ? [call.to] : [])]);
    const [metas, asset, blacklist, spenderIsContract] = await Promise.all([
      readTronTokenMetas(node, network, [...tokenAddresses]),
      assetId ? node.getAsset(assetId).catch(() => null) : Promise.resolve(null),
      blacklistToken ? this.blacklist(node, blacklistToken, owner, call?.from, [...recipients]) : Promise.resolve(null),
      approve ? node.getContract(approve.spender).then((c) => c !== null).catch(() => null) : Promise.resolve(null),
    ]);
    const approvalMeta = approve ? (metas.get(approve.token) ?? UNKNOWN_TRON_TOKEN) : UNKNOWN_TRON_TOKEN;
    const approvals: TxApproval[] = approve
      ? [
          {
            kind: 'trc20',
            owner,
            token: approve.token,
            symbol: approvalMeta.symbol,
            spender: approve.spender,
            approved: approve.amount >= UNLIMITED_ALLOWANCE ? 'unlimited' : toAmount(approve.amount, approvalMeta.decimals, approvalMeta.symbol),
            spenderIsContract,
            spenderLabel: this.labels.get(network, approve.spender),
          },
        ]
      : [];

    const trc10 = assetId ? trc10Of(assetId, asset) : null;
    const tokenTransfers: TokenTransfer[] = transferLogs.map((l) => this.tokenTransfer(network, l, metas));
    if (trc10 && to && status === 'success') tokenTransfers.push(this.trc10Transfer(network, trc10, owner, to, assetAmount));

    let intendedTransfer: IntendedTransfer | null = null;
    if (call && callToken && TOKEN_CALLS.has(call.method) && call.to && call.amount !== undefined) {
      const meta = metas.get(callToken) ?? UNKNOWN_TRON_TOKEN;
      intendedTransfer = {
        token: callToken,
        symbol: meta.symbol,
        decimals: meta.decimals,
        to: call.to,
        amount: toAmount(call.amount, meta.decimals, meta.symbol),
        wellKnown: Boolean(findWellKnownToken(network, callToken)),
      };
    } else if (trc10 && to) {
      const t = this.trc10Transfer(network, trc10, owner, to, assetAmount);
      intendedTransfer = { token: t.token, symbol: t.symbol, decimals: t.decimals, to, amount: t.amount, wellKnown: false };
    }

    // Stake 2.0 withdrawals carry no amount in the transaction; the receipt says what came back.
    if (resourceOperation?.kind === 'withdraw-unfrozen' && info?.withdraw_expire_amount !== undefined) resourceOperation = { ...resourceOperation, amount: toAmount(big(info.withdraw_expire_amount), native.decimals, native.symbol) };
    const resources = info ? resourcesOf(info) : null;
    const receipt = info ? energyReceiptOf(info) : null;
    const contractResult = info ? (info.receipt?.result ?? tx.ret?.[0]?.contractRet ?? 'SUCCESS') : null;
    const spec = contractResultSpec(contractResult);
    const resMessage = decodeResMessage(info?.resMessage);
    const failure = status === 'failed' ? failureOf(contractResult ?? 'UNKNOWN', resMessage, info) : null;
    const feeLimitSun = tx.raw_data.fee_limit !== undefined ? big(tx.raw_data.fee_limit) : null;
    const feeLimitReached =
      Boolean(receipt) && (spec.kind === 'out_of_energy' || spec.kind === 'out_of_time') && feeLimitExhausted(receipt!, feeLimitSun, effectiveEnergyPriceSun(receipt!));

    const feeSun = info ? big(info.fee) : null;
    const memo = hexToText(tx.raw_data.data);
    const signatureCount = tx.signature?.length ?? 0;
    const otherFeeSun = info && feeSun !== null ? feeSun - big(info.receipt?.energy_fee) - big(info.receipt?.net_fee) : 0n;
    const accountActivation =
      status === 'success' && to && info ? activationOf(type, to, otherFeeSun, info, Boolean(memo), signatureCount) : null;

    const blockNumber = info?.blockNumber ?? null;
    const confirmations = blockNumber === null ? 0 : Math.max(0, head - blockNumber + 1);
    const solidified = blockNumber !== null && blockNumber <= solid;

    const tokenCall: TronTokenCall | null =
      call && callToken
        ? { method: call.method, selector: call.selector, token: callToken, from: call.from, to: call.to, amountRaw: call.amount?.toString() }
        : null;

    const details: TronTxDetails = {
      contractType: type,
      contractResult,
      resMessage,
      call: tokenCall,
      callValueSun: type === 'TriggerSmartContract' ? valueSun.toString() : '0',
      feeLimitSun: feeLimitSun?.toString() ?? null,
      resources,
      feeLimitReached,
      solidified,
      solidifiedBlock: solid,
      accountActivation,
      otherFeeSun: (otherFeeSun > 0n ? otherFeeSun : 0n).toString(),
      trc10,
      usdtBlacklist: blacklist,
      sentToTokenContract: Boolean(tokenCall && TOKEN_CALLS.has(tokenCall.method) && tokenCall.to === tokenCall.token),
      permissionUpdate,
      resourceOperation,
      memo,
      signatureCount,
      permissionId: num(contract.Permission_id),
      createdAt: tx.raw_data.timestamp ? Math.floor(tx.raw_data.timestamp / 1000) : null,
      expiresAt: tx.raw_data.expiration ? Math.floor(tx.raw_data.expiration / 1000) : null,
    };

    return {
      family: 'tron',
      network: network.id,
      hash: tx.txID.toLowerCase(),
      status,
      from: owner,
      to,
      value: toAmount(valueSun, native.decimals, native.symbol),
      tokenTransfers,
      intendedTransfer,
      fee: feeSun === null ? null : sunToTrx(feeSun),
      block: blockNumber === null ? null : { number: blockNumber, timestamp: info?.blockTimeStamp ? Math.floor(info.blockTimeStamp / 1000) : null },
      confirmations,
      confirmationsRequired: network.confirmations,
      final: solidified,
      explorerUrl: explorerTxUrl(network, tx.txID.toLowerCase()),
      failure,
      approvals,
      tron: details,
    };
  }

  /** Reads the blacklist for the sender and every recipient; a failed read is null ("unknown"), never false. */
  private async blacklist(
    node: TronNode,
    view: { token: string; symbol: string; fn: string },
    owner: string,
    debited: string | undefined,
    recipients: string[],
  ): Promise<TronBlacklistCheck> {
    const sender = debited ?? owner;
    const targets = [sender, ...recipients.filter((r) => r !== sender && r !== view.token)];
    const answers = await Promise.all(
      targets.map((a) =>
        node
          .constantCall(view.token, view.fn, [{ type: 'address', value: a }])
          .then((word) => (word && word.length >= 2 ? BigInt(`0x${word.slice(0, 64)}`) !== 0n : null))
          .catch(() => null),
      ),
    );
    return {
      token: view.token,
      symbol: view.symbol,
      sender: answers[0],
      recipients: targets.slice(1).map((address, i) => ({ address, blacklisted: answers[i + 1] })),
    };
  }

  private tokenTransfer(network: Network, log: DecodedTransferLog, metas: Map<string, TronTokenMeta>): TokenTransfer {
    const meta = metas.get(log.token) ?? UNKNOWN_TRON_TOKEN;
    return {
      token: log.token,
      symbol: meta.symbol,
      name: meta.name,
      decimals: meta.decimals,
      from: log.from,
      to: log.to,
      amount: toAmount(log.amount, meta.decimals, meta.symbol),
      wellKnown: Boolean(findWellKnownToken(network, log.token)),
      impersonates: impersonatedSymbol(network, log.token, meta.symbol),
    };
  }

  /** TRC-10 assets have no contract: the numeric asset id stands in for the token address. */
  private trc10Transfer(network: Network, asset: TronTrc10Asset, from: string, to: string, amount: bigint): TokenTransfer {
    const symbol = asset.abbr || asset.name || asset.id;
    const decimals = asset.precision ?? 0;
    return {
      token: asset.id,
      symbol,
      name: asset.name ?? `TRC-10 ${asset.id}`,
      decimals,
      from,
      to,
      amount: toAmount(amount, decimals, symbol),
      wellKnown: false,
      impersonates: impersonatedSymbol(network, asset.id, asset.abbr ?? '') ?? impersonatedSymbol(network, asset.id, asset.name ?? ''),
    };
  }
}


function inconsistent(network: Network, message: string): TxLookup {
  // A lagging or load-balanced node gave half an answer: do not guess a status from it.
  return { network, outcome: 'error', error: { code: 'INCONSISTENT_NODE', message } };
}

function statusOf(tx: WireTransaction, info: WireTransactionInfo | null): TxStatus {
  if (!info) return 'pending';
  const result = info.receipt?.result ?? tx.ret?.[0]?.contractRet;
  if (info.result === 'FAILED') return 'failed';
  return contractResultSpec(result).kind === 'success' ? 'success' : 'failed';
}

function failureOf(result: string, resMessage: string | null, info: WireTransactionInfo | null): Failure {
  const spec = contractResultSpec(result);
  const returned = info?.contractResult?.[0] ?? '';
  if (spec.kind === 'revert') {
    // REVERT: the contract's return data carries the reason (Error(string), Panic, custom).
    const decoded: DecodedError | undefined = returned ? decodeRevertData(`0x${returned}`) : undefined;
    return { kind: 'revert', decoded, raw: returned ? `0x${returned}` : (resMessage ?? result) };
  }
  // OUT_OF_ENERGY / OUT_OF_TIME / others: the node's own message is the only reason there is.
  return {
    kind: spec.kind === 'success' ? 'unknown' : spec.kind,
    decoded: resMessage ? { type: 'error-string', message: resMessage } : undefined,
    raw: resMessage ?? result,
  };
}

function energyReceiptOf(info: WireTransactionInfo): EnergyReceipt {
  const r = info.receipt ?? {};
  return {
    energyUsageTotal: num(r.energy_usage_total),
    energyUsage: num(r.energy_usage),
    originEnergyUsage: num(r.origin_energy_usage),
    energyFeeSun: big(r.energy_fee),
  };
}

function resourcesOf(info: WireTransactionInfo): TronResources {
  const r = info.receipt ?? {};
  const receipt = energyReceiptOf(info);
  const price = effectiveEnergyPriceSun(receipt);
  return {
    energyUsageTotal: receipt.energyUsageTotal,
    energyFromStake: receipt.energyUsage,
    energyFromContractOwner: receipt.originEnergyUsage,
    energyBurned: energyBurned(receipt),
    energyPenalty: num(r.energy_penalty_total),
    energyFee: sunToTrx(receipt.energyFeeSun),
    energyPriceSun: price === null ? null : Number(price),
    bandwidthUsed: num(r.net_usage),
    bandwidthFee: sunToTrx(big(r.net_fee)),
  };
}

/**
 * A transfer to an account that did not exist creates it. The receipt does not say so
 * directly: the fixed creation fee shows up in `fee` outside energy and bandwidth, and the
 * 0.1 TRX creation bandwidth fee (when burned) as `net_fee` with no `net_usage`. Memo and
 * multi-signature fees also land outside energy and bandwidth, so they are set aside first.
 */
function activationOf(type: string, to: string, otherFeeSun: bigint, info: WireTransactionInfo, hasMemo: boolean, signatures: number): TronAccountActivation | null {
  if (type !== 'TransferContract' && type !== 'TransferAssetContract' && type !== 'AccountCreateContract') return null;
  const unexplained = otherFeeSun - (hasMemo ? MEMO_FEE_SUN : 0n) - (signatures > 1 ? MULTI_SIGN_FEE_SUN : 0n);
  if (unexplained < CREATE_ACCOUNT_FEE_SUN) return null;
  const r = info.receipt ?? {};
  const bandwidthForCreation = !r.net_usage && big(r.net_fee) === CREATE_ACCOUNT_BANDWIDTH_FEE_SUN ? CREATE_ACCOUNT_BANDWIDTH_FEE_SUN : 0n;
  return { account: to, fee: sunToTrx(unexplained + bandwidthForCreation) };
}

function trc10Of(id: string, asset: WireAssetIssue | null): TronTrc10Asset {
  return {
    id,
    name: asset?.name || null,
    abbr: asset?.abbr || null,
    precision: asset ? num(asset.precision) : null,
    issuer: asset ? addr(asset.owner_address) : null,
  };
}

/** Stake 2.0 contracts. `resource` is omitted on the wire for BANDWIDTH (enum value 0). */
function parseResourceOperation(type: string, p: Record<string, unknown>, decimals: number, symbol: string): TronResourceOperation | null {
  const kinds: Record<string, { kind: TronResourceOperation['kind']; amountField?: string }> = {
    FreezeBalanceV2Contract: { kind: 'freeze', amountField: 'frozen_balance' },
    UnfreezeBalanceV2Contract: { kind: 'unfreeze', amountField: 'unfreeze_balance' },
    DelegateResourceContract: { kind: 'delegate', amountField: 'balance' },
    UnDelegateResourceContract: { kind: 'undelegate', amountField: 'balance' },
    WithdrawExpireUnfreezeContract: { kind: 'withdraw-unfrozen' },
    CancelAllUnfreezeV2Contract: { kind: 'cancel-unfreeze' },
  };
  const spec = kinds[type];
  if (!spec) return null;
  const resource = typeof p.resource === 'string' ? p.resource : 'BANDWIDTH';
  return {
    kind: spec.kind,
    resource: spec.amountField ? (resource as TronResourceOperation['resource']) : null,
    amount: spec.amountField ? toAmount(big(p[spec.amountField]), decimals, symbol) : null,
    receiver: addr(p.receiver_address),
  };
}
