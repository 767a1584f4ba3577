import { toAmount } from '../../chains/amount.ts';
import { bsc, ethereum } from '../../chains/evm/networks.ts';
import type { Network, TokenTransfer, TxFacts } from '../../chains/types.ts';
import type { DiagnosisInput, TxInvestigation } from '../../src/diagnose/types.ts';
import type { Hints } from '../../src/intake/hints.ts';

export const ALICE = '0x1111111111111111111111111111111111111111';
export const EXCHANGE = '0x2222222222222222222222222222222222222222';
export const USDT_ETH = ethereum.tokens[0].address;

/** A successful, final ETH-mainnet transaction; override what a test is about. */
export function evmTx(overrides: Partial<TxFacts> = {}, network: Network = ethereum): TxFacts {
  return {
    family: 'evm',
    network: network.id,
    hash: `0x${'ab'.repeat(32)}`,
    status: 'success',
    from: ALICE,
    to: USDT_ETH,
    value: toAmount(0n, 18, network.nativeToken.symbol),
    tokenTransfers: [],
    intendedTransfer: null,
    fee: toAmount(21_000n * 10n ** 9n, 18, network.nativeToken.symbol),
    block: { number: 100, timestamp: 1_700_000_000 },
    confirmations: 50,
    confirmationsRequired: network.confirmations,
    final: true,
    explorerUrl: `https://etherscan.io/tx/0x${'ab'.repeat(32)}`,
    failure: null,
    evm: {
      chainId: network.chainId!,
      nonce: 7,
      gasLimit: '60000',
      gasUsed: '50000',
      gasPrice: '1000000000',
      maxFeePerGas: null,
      maxPriorityFeePerGas: null,
      baseFeeNow: null,
      senderNonceLatest: null,
      senderNoncePending: null,
      recipientIsContract: true,
      tokenRecipientIsContract: false,
      method: 'transfer',
    },
    ...overrides,
  };
}

export function usdtTransfer(amount: number, to = EXCHANGE, overrides: Partial<TokenTransfer> = {}): TokenTransfer {
  return {
    token: USDT_ETH,
    symbol: 'USDT',
    name: 'Tether USD',
    decimals: 6,
    from: ALICE,
    to,
    amount: toAmount(BigInt(Math.round(amount * 1e6)), 6, 'USDT'),
    wellKnown: true,
    ...overrides,
  };
}

export function noHints(overrides: Partial<Hints> = {}): Hints {
  return { networks: [], tokens: [], amounts: [], fees: [], usd: [], theft: false, intents: [], elsewhere: [], likely: { networks: [], families: [] }, ...overrides };
}

export function foundIn(tx: TxFacts, network: Network = ethereum): TxInvestigation {
  return { id: tx.hash, lookups: [{ network, outcome: 'found', facts: tx }] };
}

export function input(txs: TxInvestigation[], hints: Partial<Hints> = {}): DiagnosisInput {
  return { txs, addresses: [], hints: noHints(hints), networks: [ethereum, bsc], policy: { largeAmountUsd: 10_000 }, now: 1_700_000_600, addressesOnly: false };
}

export const codes = (d: { findings: { code: string }[] }) => d.findings.map((f) => f.code);
