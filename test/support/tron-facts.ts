import { toAmount } from '../../chains/amount.ts';
import type { TronResources, TronTxDetails } from '../../chains/tron/facts.ts';
import { sunToTrx } from '../../chains/tron/fees.ts';
import { tron } from '../../chains/tron/networks.ts';
import type { IntendedTransfer, TokenTransfer, TxFacts } from '../../chains/types.ts';
import type { DiagnosisInput, TxInvestigation } from '../../src/diagnose/types.ts';
import { noHints } from './facts.ts';
import type { Hints } from '../../src/intake/hints.ts';

export const T_USER = 'TZ3JUXBDvatSRgWayAf7BwWEbo3X3KRrCg';
export const T_EXCHANGE = 'TDS3dyXQdRRYaFTgYXYNT8W2mLtq3JTg7c';
export const T_THIEF = 'TLXG4f6oFjHa7e7C2osZi1gvD38jsvfVyq';
export const T_USDT = tron.tokens[0].address;

export function resources(r: Partial<Omit<TronResources, 'energyFee' | 'bandwidthFee'>> & { energyFeeSun?: number; bandwidthFeeSun?: number } = {}): TronResources {
  const { energyFeeSun = 0, bandwidthFeeSun = 0, ...rest } = r;
  return {
    energyUsageTotal: 0,
    energyFromStake: 0,
    energyFromContractOwner: 0,
    energyBurned: 0,
    energyPenalty: 0,
    energyPriceSun: null,
    bandwidthUsed: 0,
    ...rest,
    energyFee: sunToTrx(energyFeeSun),
    bandwidthFee: sunToTrx(bandwidthFeeSun),
  };
}

export function tronDetails(overrides: Partial<TronTxDetails> = {}): TronTxDetails {
  return {
    contractType: 'TriggerSmartContract',
    contractResult: 'SUCCESS',
    resMessage: null,
    call: { method: 'transfer', selector: 'a9059cbb', token: T_USDT, to: T_EXCHANGE, amountRaw: '100000000' },
    callValueSun: '0',
    feeLimitSun: '100000000',
    resources: resources({ energyUsageTotal: 64_285, energyFromStake: 64_285, energyPenalty: 49_635, bandwidthUsed: 345 }),
    feeLimitReached: false,
    solidified: true,
    solidifiedBlock: 1000,
    accountActivation: null,
    otherFeeSun: '0',
    trc10: null,
    usdtBlacklist: null,
    sentToTokenContract: false,
    permissionUpdate: null,
    resourceOperation: null,
    memo: null,
    signatureCount: 1,
    permissionId: 0,
    createdAt: 1_700_000_000,
    expiresAt: 1_700_000_060,
    ...overrides,
  };
}

export function usdtIntended(amount: number, to = T_EXCHANGE): IntendedTransfer {
  return { token: T_USDT, symbol: 'USDT', decimals: 6, to, amount: toAmount(BigInt(Math.round(amount * 1e6)), 6, 'USDT'), wellKnown: true };
}

export function usdtMoved(amount: number, to = T_EXCHANGE): TokenTransfer {
  return { token: T_USDT, symbol: 'USDT', name: 'Tether USD', decimals: 6, from: T_USER, to, amount: toAmount(BigInt(Math.round(amount * 1e6)), 6, 'USDT'), wellKnown: true };
}

/** A successful, solidified 100 USDT transfer paid with staked energy; override what a test is about. */
export function tronTx(overrides: Partial<TxFacts> = {}, details: Partial<TronTxDetails> = {}): TxFacts {
  return {
    family: 'tron',
    network: 'tron',
    hash: 'ab'.repeat(32),
    status: 'success',
    from: T_USER,
    to: T_USDT,
    value: sunToTrx(0),
    tokenTransfers: [usdtMoved(100)],
    intendedTransfer: usdtIntended(100),
    fee: sunToTrx(0),
    block: { number: 900, timestamp: 1_700_000_003 },
    confirmations: 120,
    confirmationsRequired: 19,
    final: true,
    explorerUrl: `https://tronscan.org/#/transaction/${'ab'.repeat(32)}`,
    failure: null,
    ...overrides,
    tron: tronDetails(details),
  };
}

export function onTron(tx: TxFacts): TxInvestigation {
  return { id: tx.hash, lookups: [{ network: tron, outcome: 'found', facts: tx }] };
}

export function tronInput(txs: TxInvestigation[], hints: Partial<Hints> = {}, now = 1_700_000_030): DiagnosisInput {
  return { txs, addresses: [], hints: noHints(hints), networks: [tron], policy: { largeAmountUsd: 10_000 }, now, addressesOnly: false };
}
