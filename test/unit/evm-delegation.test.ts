import { Wallet } from 'ethers';
import { describe, expect, it } from 'vitest';
import { delegateOf, readDelegations } from '../../chains/evm/delegation.ts';
import { isContractCode } from '../../chains/evm/receipt-reading.ts';
import type { RpcTransaction } from '../../chains/evm/rpc-types.ts';
import { ALLOY_AUTHORIZATION, SET_CODE_RPC_TX } from './evm-delegation.fixtures.ts';

describe('EIP-7702 authorizations of a set-code transaction', () => {
  it('reads every entry of a real type-0x4 RPC answer', () => {
    // The placeholder signature is still a valid point: it recovers some key, as a node's ecrecover would.
    expect(readDelegations(SET_CODE_RPC_TX as RpcTransaction)).toEqual([{ authority: '0x73C0070597E9D5edEaAa6EA6a10E2Dbd405aa45d', delegate: '0x1234567890123456789012345678901234567890', chainId: 1, nonce: 12 }]);
  });

  it('leaves the signer unknown when the signature is one EIP-7702 rejects (alloy fixture: s above n/2), keeping the delegate', () => {
    expect(readDelegations({ ...SET_CODE_RPC_TX, authorizationList: [ALLOY_AUTHORIZATION] } as RpcTransaction)).toEqual([
      { authority: null, delegate: '0x0000000000000000000000000000000000000006', chainId: 1, nonce: 1 },
    ]);
  });

  it('recovers exactly the account that signed (round trip through ethers)', async () => {
    const signer = Wallet.createRandom();
    const delegate = '0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B';
    const auth = await signer.authorize({ address: delegate, chainId: 56n, nonce: 3n });
    const entry = { chainId: '0x38', address: delegate.toLowerCase(), nonce: '0x3', yParity: `0x${auth.signature.yParity}`, r: auth.signature.r, s: auth.signature.s };
    expect(readDelegations({ ...SET_CODE_RPC_TX, authorizationList: [entry] } as RpcTransaction)).toEqual([{ authority: signer.address, delegate, chainId: 56, nonce: 3 }]);
  });

  it('says nothing for other transaction types; an empty list is an empty list', () => {
    expect(readDelegations({ ...SET_CODE_RPC_TX, type: '0x2', authorizationList: undefined } as RpcTransaction)).toBeUndefined();
    expect(readDelegations({ ...SET_CODE_RPC_TX, authorizationList: [] } as RpcTransaction)).toEqual([]);
  });
});

describe('EIP-7702 delegation designator in account code', () => {
  it('names the delegate of 0xef0100 ‖ address, and nothing for plain or empty code', () => {
    expect(delegateOf('0xef010063c0c19a282a1b52b07dd5a65b58948a07dae32b')).toBe('0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B');
    expect(delegateOf('0x')).toBeNull();
    expect(delegateOf('0x6080604052')).toBeNull();
    expect(isContractCode('0xef010063c0c19a282a1b52b07dd5a65b58948a07dae32b')).toBe(false);
  });
});
