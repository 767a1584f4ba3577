import { Signature, toBeHex, verifyAuthorization } from 'ethers';
import type { EvmDelegation } from '../types.ts';
import { checksumAddress } from './checksum.ts';
import type { RpcTransaction } from './rpc-types.ts';

const DESIGNATOR = /^0xef0100([0-9a-fA-F]{40})$/;
const ZERO = '0x0000000000000000000000000000000000000000';

/**
 * The delegate an account's code points to, when that code is an EIP-7702 designator
 * (0xef0100 ‖ address); null for empty code and for real contracts.
 * https://eips.ethereum.org/EIPS/eip-7702
 */
export function delegateOf(code: string | null | undefined): string | null {
  const m = code ? DESIGNATOR.exec(code) : null;
  return m ? checksumAddress(`0x${m[1]}`) : null;
}

/** A delegation to the zero address clears the account's code: a revocation, not a grant. */
export function isClearing(d: EvmDelegation): boolean {
  return isClearingDelegate(d.delegate);
}

export const isClearingDelegate = (delegate: string) => delegate.toLowerCase() === ZERO;

/**
 * The authorizations of a set-code transaction. Nodes do not return who signed each one
 * (the authority); it is recovered here from the tuple's own signature, as the node
 * itself does. An entry whose signature does not recover keeps its delegate with a null
 * authority: the node skipped it, but the user was still shown it to sign.
 */
export function readDelegations(tx: RpcTransaction): EvmDelegation[] | undefined {
  if (Number(tx.type ?? 0) !== 4) return undefined;
  return (tx.authorizationList ?? []).map((a) => {
    const chainId = BigInt(a.chainId);
    const nonce = BigInt(a.nonce);
    return { authority: recoverAuthority(a.address, chainId, nonce, a.yParity ?? a.v ?? '0x0', a.r, a.s), delegate: checksumAddress(a.address), chainId: Number(chainId), nonce: Number(nonce) };
  });
}

function recoverAuthority(address: string, chainId: bigint, nonce: bigint, parity: string, r: string, s: string): string | null {
  try {
    const sig = Signature.from({ r: toBeHex(BigInt(r), 32), s: toBeHex(BigInt(s), 32), yParity: Number(parity) === 1 ? 1 : 0 });
    return checksumAddress(verifyAuthorization({ address, chainId, nonce }, sig));
  } catch {
    return null;
  }
}
