import { AbiCoder, Interface, getAddress, id, toQuantity, zeroPadValue } from 'ethers';
import { toAmount } from '../amount.ts';
import { explorerAddressUrl } from '../explorer.ts';
import type { LabelBook } from '../labels/label-book.ts';
import { findWellKnownToken, impersonatedSymbol } from '../token-symbols.ts';
import type { AddressFacts, AddressLimits, AddressTransfer, ApprovalFacts, Network, TrailHop } from '../types.ts';
import { readTokenMetas, type TokenMeta } from './token-metadata.ts';
import { APPROVAL, APPROVAL_FOR_ALL, PERMIT2, PERMIT2_APPROVAL, PERMIT2_PERMIT, UNLIMITED_ALLOWANCE as UNLIMITED, approvalOf, approvedAmount } from './approval-logs.ts';
import { delegateOf, isClearingDelegate } from './delegation.ts';
import { isContractCode } from './receipt-reading.ts';
import type { EvmRpc } from './rpc.ts';
import type { RpcBlock, RpcLog, RpcTransaction } from './rpc-types.ts';

const TRANSFER = id('Transfer(address,address,uint256)');
/** Logs per eth_getLogs window; public endpoints commonly refuse wider ranges. */
const CHUNK_BLOCKS = 5_000;
/** Windows fetched at once: bounds the fan-out of one investigation. */
const CONCURRENT_WINDOWS = 4;
const MAX_TOKENS = 50;

const abi = AbiCoder.defaultAbiCoder();
/** Views read to learn what an approval still allows, and Tether's blacklist. */
const views = new Interface([
  'function allowance(address owner, address spender) view returns (uint256)',
  'function isApprovedForAll(address owner, address operator) view returns (bool)',
  'function isBlackListed(address who) view returns (bool)',
]);
const permit2 = new Interface(['function allowance(address user, address token, address spender) view returns (uint160 amount, uint48 expiration, uint48 nonce)']);

/**
 * Reconstructs an address's recent token history from `eth_getLogs` over a bounded block
 * range: transfers in and out, approvals (ERC-20, setApprovalForAll, Permit2) and what
 * those approvals still allow now. Native-coin transfers are not in logs; the coverage
 * says so.
 */
export async function evmAddressHistory(rpc: EvmRpc, network: Network, rawAddress: string, limits: AddressLimits, labels: LabelBook): Promise<AddressFacts> {
  const address = getAddress(rawAddress);
  const topic = zeroPadValue(address, 32);
  // The account's code now, in the same round trip as the head: an EIP-7702 delegation to a
  // sweeper keeps emptying the wallet after the theft, and no log shows it.
  const [headHex, code] = await Promise.all([rpc.send<string>('eth_blockNumber', []), rpc.send<string>('eth_getCode', [address, 'latest']).catch((err: Error) => err)]);
  const head = Number(headHex);
  const oldest = Math.max(0, head - limits.maxBlocks + 1);

  const windows: [number, number][] = [];
  for (let to = head; to >= oldest; to -= CHUNK_BLOCKS) windows.push([Math.max(oldest, to - CHUNK_BLOCKS + 1), to]);

  const logs: RpcLog[] = [];
  const gaps: string[] = code instanceof Error ? [`the account's code (EIP-7702 delegation): ${code.message.slice(0, 120)}`] : [];
  const delegate = code instanceof Error ? null : delegateOf(code);
  let covered = head + 1;
  let truncated = false;
  // Newest windows first, a few at a time, until the transfer budget is spent.
  for (let i = 0; i < windows.length && !truncated; i += CONCURRENT_WINDOWS) {
    const batch = windows.slice(i, i + CONCURRENT_WINDOWS);
    const results = await Promise.all(batch.map(([from, to]) => windowLogs(rpc, topic, from, to).catch((err: Error) => err)));
    for (let j = 0; j < batch.length; j++) {
      const r = results[j];
      if (r instanceof Error) {
        gaps.push(`blocks ${batch[j][0]}-${batch[j][1]}: ${r.message.slice(0, 120)}`);
        continue;
      }
      logs.push(...r);
      covered = batch[j][0];
      if (logs.filter((l) => l.topics[0] === TRANSFER).length >= limits.maxTransfers) truncated = true;
    }
  }

  const transferLogs = logs.filter((l) => l.topics[0] === TRANSFER).sort(newestFirst).slice(0, limits.maxTransfers);
  const approvalLogs = logs.filter((l) => l.topics[0] !== TRANSFER);
  if (truncated) covered = Math.min(...transferLogs.map((l) => Number(l.blockNumber)));

  const tokens = [...new Set([...transferLogs.map((l) => getAddress(l.address)), ...approvalLogs.map((l) => approvalOf(l).token)])].slice(0, MAX_TOKENS);
  const outgoingHashes = [...new Set(transferLogs.filter((l) => topicAddress(l.topics[1]) === address).map((l) => l.transactionHash!))];
  const blocks = [...new Set([...transferLogs, ...approvalLogs].map((l) => l.blockNumber!))];

  const [metas, senders, times] = await Promise.all([
    readTokenMetas(rpc, network, tokens),
    Promise.all(outgoingHashes.map((h) => rpc.send<RpcTransaction | null>('eth_getTransactionByHash', [h]))),
    Promise.all(blocks.map((b) => rpc.send<RpcBlock | null>('eth_getBlockByNumber', [b, false]))),
  ]);
  const executorOf = new Map(senders.flatMap((t) => (t ? [[t.hash.toLowerCase(), getAddress(t.from)] as const] : [])));
  const timeOf = new Map(times.flatMap((b) => (b ? [[b.number, Number(b.timestamp)] as const] : [])));

  const transfers = transferLogs.map((l) => toTransfer(network, l, address, metas, executorOf, timeOf));
  const approvals = await currentApprovals(rpc, network, address, approvalLogs, metas, timeOf);

  // Destinations of value that left without the owner sending it, or in a burst: where did it go next?
  const suspiciousDestinations = [...new Set(transfers.filter((t) => t.direction === 'out' && t.amount.raw !== '0').map((t) => t.counterparty))].slice(0, 5);
  const [freshFlags, trails, blacklisted] = await Promise.all([
    Promise.all(suspiciousDestinations.map((d) => rpc.send<string>('eth_getTransactionCount', [d, 'latest']).then((n) => Number(n) === 0))),
    Promise.all(suspiciousDestinations.map((d) => followTrail(rpc, network, d, transfers, limits.traceHops, labels, metas))),
    usdtBlacklisted(rpc, network, address),
  ]);

  const labelMap = labels.pick(network, [...transfers.map((t) => t.counterparty), ...approvals.map((a) => a.spender), ...trails.flat().map((h) => h.to)]);

  return {
    family: 'evm',
    network: network.id,
    address,
    explorerUrl: explorerAddressUrl(network, address),
    coverage: {
      source: 'eth_getLogs',
      fromBlock: Math.min(covered, head),
      toBlock: head,
      fromTime: transfers.at(-1)?.timestamp ?? null,
      transfers: transfers.length,
      truncated,
      incomplete: gaps.length > 0,
      gaps,
      notes: ['Native-coin transfers are not in event logs; token transfers and approvals are covered.'],
    },
    transfers,
    approvals,
    authorityChanges: [],
    freshAddresses: suspiciousDestinations.filter((_, i) => freshFlags[i]),
    trails: trails.filter((t) => t.length > 0),
    blacklisted,
    ...(delegate && !isClearingDelegate(delegate) ? { delegatedTo: delegate } : {}),
    labels: labelMap,
  };
}

async function windowLogs(rpc: EvmRpc, topic: string, from: number, to: number): Promise<RpcLog[]> {
  const range = { fromBlock: toQuantity(from), toBlock: toQuantity(to) };
  const results = await Promise.all([
    rpc.send<RpcLog[]>('eth_getLogs', [{ ...range, topics: [TRANSFER, topic] }]),
    rpc.send<RpcLog[]>('eth_getLogs', [{ ...range, topics: [TRANSFER, null, topic] }]),
    rpc.send<RpcLog[]>('eth_getLogs', [{ ...range, topics: [[APPROVAL, APPROVAL_FOR_ALL], topic] }]),
    rpc.send<RpcLog[]>('eth_getLogs', [{ ...range, address: PERMIT2, topics: [[PERMIT2_APPROVAL, PERMIT2_PERMIT], topic] }]),
  ]);
  // A self-transfer shows up in both the "from" and the "to" query.
  const unique = new Map<string, RpcLog>();
  for (const l of results.flat()) unique.set(`${l.transactionHash}:${l.logIndex}`, l);
  return [...unique.values()];
}

function toTransfer(network: Network, l: RpcLog, owner: string, metas: Map<string, TokenMeta>, executorOf: Map<string, string>, timeOf: Map<string, number>): AddressTransfer {
  const token = getAddress(l.address);
  const from = topicAddress(l.topics[1]);
  const to = topicAddress(l.topics[2]);
  const nft = l.topics.length === 4;
  const meta = metas.get(token) ?? { symbol: '?', name: 'unknown token', decimals: nft ? 0 : 18 };
  const direction = from === owner ? 'out' : 'in';
  return {
    hash: l.transactionHash!.toLowerCase(),
    block: Number(l.blockNumber),
    timestamp: timeOf.get(l.blockNumber!) ?? null,
    direction,
    token,
    symbol: meta.symbol,
    amount: nft ? toAmount(1n, 0, meta.symbol) : toAmount(BigInt(l.data === '0x' ? 0 : l.data), meta.decimals, meta.symbol),
    counterparty: direction === 'out' ? to : from,
    executor: executorOf.get(l.transactionHash!.toLowerCase()),
    wellKnown: Boolean(findWellKnownToken(network, token)),
    impersonates: impersonatedSymbol(network, token, meta.symbol),
    tokenId: nft ? BigInt(l.topics[3]).toString() : undefined,
  };
}

/** The latest approval per (token, spender), and what it still allows now. */
async function currentApprovals(rpc: EvmRpc, network: Network, owner: string, logs: RpcLog[], metas: Map<string, TokenMeta>, timeOf: Map<string, number>): Promise<ApprovalFacts[]> {
  const latest = new Map<string, RpcLog>();
  for (const l of [...logs].sort(newestFirst)) {
    const { kind, token, spender } = approvalOf(l);
    const k = `${kind}:${token}:${spender}`;
    if (!latest.has(k)) latest.set(k, l);
  }
  return Promise.all(
    [...latest.values()].map(async (l): Promise<ApprovalFacts> => {
      const { kind, token, spender } = approvalOf(l);
      const meta = metas.get(token) ?? { symbol: '?', name: 'unknown token', decimals: 18 };
      const [current, code] = await Promise.all([readAllowance(rpc, kind, token, owner, spender, meta), rpc.send<string>('eth_getCode', [spender, 'latest']).catch(() => null)]);
      return {
        hash: l.transactionHash!.toLowerCase(),
        block: Number(l.blockNumber),
        timestamp: timeOf.get(l.blockNumber!) ?? null,
        kind,
        token,
        symbol: meta.symbol,
        spender,
        approved: approvedAmount(kind, l, meta),
        current,
        spenderIsContract: code === null ? null : isContractCode(code),
      };
    }),
  );
}

async function readAllowance(rpc: EvmRpc, kind: ApprovalFacts['kind'], token: string, owner: string, spender: string, meta: TokenMeta): Promise<ApprovalFacts['current']> {
  try {
    if (kind === 'nft-all') {
      const r = await rpc.send<string>('eth_call', [{ to: token, data: views.encodeFunctionData('isApprovedForAll', [owner, spender]) }, 'latest']);
      return abi.decode(['bool'], r)[0] ? 'unlimited' : 'none';
    }
    if (kind === 'permit2') {
      const r = await rpc.send<string>('eth_call', [{ to: PERMIT2, data: permit2.encodeFunctionData('allowance', [owner, token, spender]) }, 'latest']);
      const [amount, expiration] = abi.decode(['uint160', 'uint48', 'uint48'], r) as unknown as [bigint, bigint];
      if (amount === 0n || Number(expiration) * 1000 < Date.now()) return 'none';
      return amount >= UNLIMITED ? 'unlimited' : toAmount(amount, meta.decimals, meta.symbol);
    }
    const r = await rpc.send<string>('eth_call', [{ to: token, data: views.encodeFunctionData('allowance', [owner, spender]) }, 'latest']);
    const amount = BigInt(r);
    if (amount === 0n) return 'none';
    return amount >= UNLIMITED ? 'unlimited' : toAmount(amount, meta.decimals, meta.symbol);
  } catch {
    return null; // could not read: the rules treat it as "may still be active"
  }
}

/**
 * From a destination of the victim's funds, follow the largest onward transfer of the
 * same token, hop by hop, until a labelled address (an exchange) or the hop limit.
 */
async function followTrail(rpc: EvmRpc, network: Network, start: string, transfers: AddressTransfer[], hops: number, labels: LabelBook, metas: Map<string, TokenMeta>): Promise<TrailHop[]> {
  const first = transfers.find((t) => t.direction === 'out' && t.counterparty === start && t.amount.raw !== '0');
  if (!first?.token || labels.get(network, start)) return [];
  const trail: TrailHop[] = [];
  let at = start;
  let sinceBlock = first.block;
  for (let hop = 0; hop < hops; hop++) {
    const logs = await rpc.send<RpcLog[]>('eth_getLogs', [{ fromBlock: toQuantity(sinceBlock), toBlock: 'latest', address: first.token, topics: [TRANSFER, zeroPadValue(at, 32)] }]).catch(() => []);
    const next = logs.filter((l) => l.topics.length === 3).sort((a, b) => (BigInt(b.data) > BigInt(a.data) ? 1 : -1))[0];
    if (!next) break;
    const to = topicAddress(next.topics[2]);
    const meta = metas.get(first.token) ?? { symbol: first.symbol, name: first.symbol, decimals: first.amount.decimals };
    const label = labels.get(network, to);
    trail.push({ from: at, to, hash: next.transactionHash!.toLowerCase(), amount: toAmount(BigInt(next.data), meta.decimals, meta.symbol), label });
    if (label) break;
    at = to;
    sinceBlock = Number(next.blockNumber);
  }
  return trail;
}

/** Tether's contract keeps a public blacklist (`isBlackListed`); frozen funds cannot move. */
async function usdtBlacklisted(rpc: EvmRpc, network: Network, address: string): Promise<AddressFacts['blacklisted']> {
  const usdt = network.tokens.find((t) => t.symbol === 'USDT');
  if (!usdt) return null;
  try {
    const r = await rpc.send<string>('eth_call', [{ to: usdt.address, data: views.encodeFunctionData('isBlackListed', [address]) }, 'latest']);
    return abi.decode(['bool'], r)[0] ? { token: usdt.address, symbol: 'USDT' } : null;
  } catch {
    return null; // the token has no blacklist (or it could not be read)
  }
}

function topicAddress(topic: string): string {
  return getAddress(`0x${topic.slice(-40)}`);
}

function newestFirst(a: RpcLog, b: RpcLog): number {
  return Number(b.blockNumber) - Number(a.blockNumber) || Number(b.logIndex ?? 0) - Number(a.logIndex ?? 0);
}
