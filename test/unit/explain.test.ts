import { describe, expect, it } from 'vitest';
import { evmNetworks } from '../../chains/evm/networks.ts';
import { allFindingCodes, findingCodes } from '../../src/diagnose/codes/index.ts';
import type { CodeSpec, Diagnosis, FindingParams } from '../../src/diagnose/types.ts';
import { catalogs, render } from '../../src/explain/render.ts';

/** Params a finding of any code may carry, so every message can be rendered. */
const sample: FindingParams = {
  network: 'bsc', claimedNetwork: 'ethereum', confirmations: 3, required: 15, remaining: 12, etaMinutes: 1, txHash: '0xabc', searched: 'ethereum,bsc', failedNetworks: 'bsc',
  fee: '0.0002 BNB', intended: '100 USDT', reasonKind: 'message', reason: 'paused', claimed: '0x1', actual: '0x2', lookalike: 'no', amount: '30 USDT', token: '0xt',
  symbol: 'USDT', fakeContract: '0xf', realContract: '0xr', nonce: 4, blockingNonce: 3, blocker: 'missing', offered: '1 gwei', baseFee: '3 gwei', gasLimit: '21000', recipient: '0xc', addressesOnly: 'no',
  // TRON (src/diagnose/rules/tron/)
  energyTotal: 130285, energyStake: 4475, energyBurned: 125810, energyPenalty: 100635, energyFee: '12.581 TRX', bandwidthFee: '0 TRX', energyPriceSun: 100, feeLimit: '5 TRX',
  budget: '14 TRX', suggestedFeeLimit: '14 TRX', result: 'TRANSFER_FAILED', meaning: 'a transfer inside the call failed', penaltyPercent: 77, usdt: 'yes', firstUsdt: 'yes', holderCost: '6.7735 TRX',
  account: 'TU2d', activationFee: '1.1 TRX', state: 'waiting', expiresInSeconds: 45,
  spender: '0xs', spenderLabel: 'Drainer', kind: 'erc20', approved: 'unlimited', current: 'unlimited', reasons: 'unlimited,eoa', destination: '0xd', assets: '3000 USDT', count: 2,
  minutes: 3, fresh: 'yes', exchange: 'Binance', depositAddress: '0xe', hops: 2, hashes: '0x1, 0x2', newAuthorities: 'TXyz', detail: 'owner threshold 1', swept: '0.002 SOL',
  address: '0xa', lookalikeAddress: '0xl', realAddress: '0xr', networks: 'ethereum,bsc', transfers: 12, fromBlock: 1, toBlock: 9, truncated: 'no',
  // Solana
  instruction: 2, program: 'SPL Token', errorName: 'InsufficientFunds', errorCode: 'custom program error: 0x1', errorCategory: 'insufficient_funds', balance: '20 USDT',
  minimum: '0.00089088 SOL', rentRole: 'recipient', expirySeconds: 90, expiringNetworks: 'solana', tokenAccount: 'Tok1', accountOwner: 'Own1',
  stuckAccount: 'Stk1', noKey: 'yes', rent: '0.00203928 SOL', payer: 'Pay1',
  signals: 'link,lure', field: 'symbol', shown: '"Visit example.com"',
  // What a transaction did (src/diagnose/rules/*/staking.ts, common/approval-granted.ts, address/dusting.ts)
  owner: '0xo', source: 'tx', family: 'tron', action: 'unstake', resource: 'energy', receiver: 'TRcv', waitDays: 14, availableAt: '2026-12-15', stakeAccount: 'Stk2', validator: 'Vote1',
  senders: 'TDust1', senderCount: 1, afterTx: '0xaf', afterAmount: '120 USDT',
  // Network health (src/diagnose/rules/network/)
  head: 123, expectedSeconds: 12, stalledMinutes: 4, stalledSeconds: 240, intervalSeconds: 30, finalityLagging: 'no', full: 'yes', tip: '0.1 gwei', p10: '1 gwei', p50: '2 gwei',
  // Intake (src/diagnose/complaint-context.ts, UNSUPPORTED_EXPLORER)
  explorer: 'FTMScan', likelyNetworks: 'bsc',
  wallet: '0xw', from: '0xf', to: '0xt2',
  // EIP-7702 (src/diagnose/rules/evm/delegation.ts)
  delegates: '0xde1e', active: 'yes', moved: '500 USDT → 0xthief',
};

const diagnosisOf = (code: (typeof allFindingCodes)[number]): Diagnosis => ({
  findings: [{ code, severity: findingCodes[code].severity, category: findingCodes[code].category, params: sample, evidence: [] }],
  category: findingCodes[code].category,
  priority: 'P3',
});

describe('message catalogs', () => {
  it.each(allFindingCodes)('%s has complete zh and en text with no unfilled values', (code) => {
    for (const lang of ['en', 'zh'] as const) {
      const r = render(diagnosisOf(code), lang, evmNetworks);
      const f = r.findings[0];
      for (const text of [f.title, f.detail, f.explanation, r.suggestedReply, ...r.nextSteps]) {
        expect(text).not.toMatch(/undefined|NaN|\[object|\$\{/);
      }
      expect(f.title.length).toBeGreaterThan(0);
      if (code !== 'LARGE_AMOUNT') expect(f.explanation.length).toBeGreaterThan(0);
    }
  });

  it('writes Chinese for zh and names networks in Chinese', () => {
    const r = render(diagnosisOf('WRONG_NETWORK'), 'zh', evmNetworks);
    expect(r.explanation).toContain('币安智能链');
    expect(r.explanation).toContain('以太坊');
    expect(r.suggestedReply.startsWith('您好')).toBe(true);
  });

  it('warns about seed phrases and recovery scams exactly where funds are at risk', () => {
    for (const code of allFindingCodes) {
      const reply = render(diagnosisOf(code), 'en', evmNetworks).suggestedReply;
      expect(reply.includes(catalogs.en.phrases.scamWarning), code).toBe(Boolean((findingCodes[code] as CodeSpec).warnScams));
      const zhReply = render(diagnosisOf(code), 'zh', evmNetworks).suggestedReply;
      expect(zhReply.includes(catalogs.zh.phrases.scamWarning), code).toBe(Boolean((findingCodes[code] as CodeSpec).warnScams));
    }
  });

  it('labels demo answers', () => {
    expect(render(diagnosisOf('TX_CONFIRMED'), 'en', evmNetworks, { demo: true }).suggestedReply).toContain('DEMO DATA');
  });

  it('has the same codes in both catalogs', () => {
    expect(Object.keys(catalogs.zh.findings).sort()).toEqual(Object.keys(catalogs.en.findings).sort());
  });
});
