import { AbiCoder, id } from 'ethers';
import { checksumAddress as getAddress } from './checksum.ts';
import { toAmount } from '../amount.ts';
import type { ApprovalFacts } from '../types.ts';
import type { TokenMeta } from './token-metadata.ts';
import type { RpcLog } from './rpc-types.ts';

/**
 * The events that grant a spending permission, shared by the address history (what an
 * address has approved over time) and the transaction view (what this one approved).
 * ERC-20 `approve` and `increaseAllowance` both emit Approval with the new total.
 */
export const APPROVAL = id('Approval(address,address,uint256)');
export const APPROVAL_FOR_ALL = id('ApprovalForAll(address,address,bool)');
/** Permit2's own allowance events: Approval(owner, token, spender, amount, expiration). */
export const PERMIT2_APPROVAL = id('Approval(address,address,address,uint160,uint48)');
export const PERMIT2_PERMIT = id('Permit(address,address,address,uint160,uint48,uint48)');
export const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
/** Approvals at or above 2^128 are "unlimited" in practice (wallets send 2^256-1 or 2^160-1). */
export const UNLIMITED_ALLOWANCE = 2n ** 128n;

const abi = AbiCoder.defaultAbiCoder();

/** An approval log: ERC-20 Approval (3 topics; ERC-721's single-token Approval has 4), ApprovalForAll, or Permit2's from the Permit2 contract. */
export function isApprovalLog(l: RpcLog): boolean {
  const t = l.topics[0];
  if (t === APPROVAL) return l.topics.length === 3;
  if (t === APPROVAL_FOR_ALL) return l.topics.length === 3;
  return (t === PERMIT2_APPROVAL || t === PERMIT2_PERMIT) && l.topics.length === 4 && getAddress(l.address) === PERMIT2;
}

/** What an approval log approves: Permit2 logs carry the token in a topic, not as emitter. */
export function approvalOf(l: RpcLog): { kind: ApprovalFacts['kind']; owner: string; token: string; spender: string } {
  const owner = topicAddress(l.topics[1]);
  if (l.topics[0] === PERMIT2_APPROVAL || l.topics[0] === PERMIT2_PERMIT) return { kind: 'permit2', owner, token: topicAddress(l.topics[2]), spender: topicAddress(l.topics[3]) };
  return { kind: l.topics[0] === APPROVAL_FOR_ALL ? 'nft-all' : 'erc20', owner, token: getAddress(l.address), spender: topicAddress(l.topics[2]) };
}

/** The amount an approval log grants; setApprovalForAll(false) and approve(0) grant nothing (0). */
export function approvedAmount(kind: ApprovalFacts['kind'], l: RpcLog, meta: TokenMeta): ApprovalFacts['approved'] {
  if (kind === 'nft-all') return abi.decode(['bool'], l.data)[0] ? 'unlimited' : toAmount(0n, 0, meta.symbol);
  const raw = kind === 'permit2' ? (abi.decode(['uint160'], l.data.slice(0, 66))[0] as bigint) : BigInt(l.data === '0x' ? 0 : l.data);
  return raw >= UNLIMITED_ALLOWANCE ? 'unlimited' : toAmount(raw, meta.decimals, meta.symbol);
}

function topicAddress(topic: string): string {
  return getAddress(`0x${topic.slice(-40)}`);
}
