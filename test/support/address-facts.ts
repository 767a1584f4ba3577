import { toAmount } from '../../chains/amount.ts';
import { ethereum } from '../../chains/evm/networks.ts';
import type { AddressFacts, AddressTransfer, ApprovalFacts } from '../../chains/types.ts';
import type { DiagnosisInput } from '../../src/diagnose/types.ts';
import { noHints, USDT_ETH } from './facts.ts';

export const OWNER = '0x1111111111111111111111111111111111111111';

export function addressFacts(overrides: Partial<AddressFacts> = {}): AddressFacts {
  return {
    family: 'evm',
    network: 'ethereum',
    address: OWNER,
    explorerUrl: `https://etherscan.io/address/${OWNER}`,
    coverage: { source: 'eth_getLogs', fromBlock: 1, toBlock: 1000, fromTime: 1_700_000_000, transfers: 0, truncated: false, incomplete: false, gaps: [], notes: [] },
    transfers: [],
    approvals: [],
    authorityChanges: [],
    freshAddresses: [],
    trails: [],
    blacklisted: null,
    labels: {},
    ...overrides,
  };
}

let n = 0;
export function usdtMove(direction: 'in' | 'out', amount: number, counterparty: string, extra: Partial<AddressTransfer> = {}): AddressTransfer {
  n += 1;
  return {
    hash: `0x${n.toString(16).padStart(64, '0')}`,
    block: 100 + n,
    timestamp: 1_700_000_000 + n * 12,
    direction,
    token: USDT_ETH,
    symbol: 'USDT',
    amount: toAmount(BigInt(Math.round(amount * 1e6)), 6, 'USDT'),
    counterparty,
    executor: direction === 'out' ? OWNER : counterparty,
    wellKnown: true,
    ...extra,
  };
}

export function approval(extra: Partial<ApprovalFacts> = {}): ApprovalFacts {
  return {
    hash: `0x${'ee'.repeat(32)}`,
    block: 90,
    timestamp: 1_699_999_000,
    kind: 'erc20',
    token: USDT_ETH,
    symbol: 'USDT',
    spender: '0x9999999999999999999999999999999999999999',
    approved: 'unlimited',
    current: 'unlimited',
    spenderIsContract: false,
    ...extra,
  };
}

export function addressInput(facts: AddressFacts, theft = false): DiagnosisInput {
  return {
    txs: [],
    addresses: [{ address: facts.address, lookups: [{ network: ethereum, outcome: 'found', facts }] }],
    hints: noHints({ theft }),
    networks: [ethereum],
    policy: { largeAmountUsd: 10_000 },
    now: 1_700_100_000,
    addressesOnly: true,
  };
}

export const dai = (amount: number, counterparty: string, extra: Partial<AddressTransfer> = {}) =>
  usdtMove('out', 0, counterparty, { token: '0x6B175474E89094C44Da98b954EedeAC495271d0F', symbol: 'DAI', amount: toAmount(BigInt(amount) * 10n ** 18n, 18, 'DAI'), wellKnown: false, ...extra });
