import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvmAdapter } from '../../chains/evm/adapter.ts';
import { MemorySightingStore } from '../../chains/sightings.ts';
import { createApp } from '../../src/api/app.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { noHints } from '../support/facts.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * What a transaction did, on every family's demo chain, from the complaint text through
 * POST /v1/investigations: permissions granted, zero-value poisoning batches, dust after a
 * payment, staking and resource operations, rent for a token account opened for someone,
 * and a reasonless revert whose inner call ran out of gas.
 */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  instance = await startDemoInstance({ RATE_LIMIT_PER_MINUTE: '0' });
  app = createApp(instance);
});
afterAll(async () => instance?.close());

const caseOf = (scenario: string) => {
  const c = instance.demoCases.find((k) => k.scenario === scenario);
  if (!c) throw new Error(`no demo case ${scenario}`);
  return c;
};

interface Answer {
  category: string;
  priority: string;
  lang: string;
  explanation: string;
  nextSteps: string[];
  suggestedReply: string;
  findings: { code: string; severity: string; title: string; detail: string; evidence: { label: string; value: string }[] }[];
}

/** The complaint as the demo lists it (text plus the hash, or the text that already names the address). */
async function investigate(scenario: string, text?: string): Promise<Answer> {
  const c = caseOf(scenario);
  const res = await app.request('/v1/investigations', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${instance.agentKey}` },
    body: JSON.stringify({ text: `${text ?? c.text} ${c.txHash ?? ''}`.trim() }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Answer;
}
const codes = (a: Answer) => a.findings.map((f) => f.code);

describe('permissions granted (approve)', () => {
  it('EVM: an unlimited approve says who may now spend the USDT without limit, and to revoke it', async () => {
    const a = await investigate('approve-unlimited');
    expect(a.findings[0]).toMatchObject({ code: 'RISKY_APPROVAL', severity: 'high' });
    expect(a.lang).toBe('zh');
    expect(a.explanation).toMatch(/这笔交易授权 0x[0-9a-fA-F]{40} 动用您的 USDT，而且没有额度上限/);
    expect(a.explanation).toContain('请马上撤销');
    expect(a.explanation).not.toContain('到达了收款地址');
    expect(a.nextSteps[0]).toContain('撤销');
  });

  it('TRON: an unlimited TRC-20 approve to a plain wallet is critical', async () => {
    const a = await investigate('tron-usdt-approve-unlimited');
    expect(a.findings[0]).toMatchObject({ code: 'RISKY_APPROVAL', severity: 'critical' });
    expect(a.explanation).toContain('被授权的是一个个人钱包地址');
    expect(a.priority).toBe('P1');
  });
});

describe('zero-value transferFrom batches (address poisoning)', () => {
  for (const scenario of ['zero-value-transferfrom-batch', 'tron-zero-value-transferfrom-batch']) {
    it(`${scenario}: nothing was taken, the tx was not the user's, never copy addresses from history`, async () => {
      const a = await investigate(scenario);
      const f = a.findings.find((x) => x.code === 'ADDRESS_POISONING')!;
      expect(f.title).toContain('没有资产损失');
      expect(a.explanation).toContain('这笔交易不是您发起的');
      expect(a.explanation).toContain('从您的地址');
      expect(a.explanation).toContain('您没有任何损失');
      expect(a.explanation).not.toMatch(/资金已经离开|到达了收款地址/);
      expect(a.nextSteps).toContain('请不要从交易记录里复制地址。请从收款方那里或您保存的地址簿复制，并完整核对每一个字符。');
    });
  }
});

describe('dust right after a payment (address report)', () => {
  it('EVM: reports the dust and an unknown token, and gives no all-clear', async () => {
    const a = await investigate('theft-dusting-after-transfer');
    expect(codes(a)).toContain('DUSTING_TRANSFERS');
    expect(codes(a)).not.toContain('NO_THEFT_PATTERN');
    expect(a.explanation).toContain('您刚转出 300 USDT 之后');
    expect(a.explanation).toContain('0.000001 USDT');
    expect(a.explanation).toContain('您没有任何损失');
  });
});

describe('staking and resource operations', () => {
  it('TRON freeze: staked for energy, not lost, back 14 days after unstaking (zh)', async () => {
    const a = await investigate('tron-freeze-for-energy');
    expect(a.category).toBe('ok');
    expect(codes(a)).toContain('STAKING_OPERATION');
    expect(a.explanation).toContain('您在波场上质押了 300 TRX 来获取能量');
    expect(a.explanation).toContain('没有丢失');
    expect(a.explanation).toContain('解除后 14 天');
  });

  it('TRON delegate: the TRX stay the user\'s (en)', async () => {
    const a = await investigate('tron-delegate-energy');
    expect(codes(a)).toContain('STAKING_OPERATION');
    expect(a.explanation).toContain('You lent (delegated) the energy that 500 TRX of your stake produces to');
    expect(a.explanation).toContain('stay staked in your account and still belong to you');
  });

  it('TRON unfreeze: when the TRX can be withdrawn', async () => {
    const a = await investigate('tron-unfreeze-energy');
    const f = a.findings.find((x) => x.code === 'STAKING_OPERATION')!;
    expect(f.title).toMatch(/^正在解除质押 100 TRX：\d{4}-\d{2}-\d{2} 可提取$/);
    expect(a.explanation).toContain('要等待 14 天');
  });

  it('Solana stake: the SOL is in a stake account the wallet controls', async () => {
    const a = await investigate('stake-delegate');
    expect(codes(a)).toContain('STAKING_OPERATION');
    expect(a.explanation).toContain('这些 SOL 没有丢失');
    expect(a.explanation).toContain('质押账户由您的钱包控制');
  });
});

describe('where the extra SOL went', () => {
  it('wrapped SOL sent to someone without a wSOL account: the rent deposit, not the wrapped amount', async () => {
    const a = await investigate('wsol-recipient-account-created');
    const f = a.findings.find((x) => x.code === 'SOLANA_RECIPIENT_ACCOUNT_CREATED')!;
    expect(f.title).toBe("Recipient's wSOL account opened (rent 0.002039 SOL)");
    expect(a.explanation).toContain('this transfer cost 0.002039 SOL');
    expect(codes(a)).not.toContain('SOLANA_SENT_TO_TOKEN_ACCOUNT');
  });
});

describe('a reasonless revert whose inner call ran out of gas', () => {
  it('uses the call trace where the node offers one (hardhat: struct logs) to name the inner call', async () => {
    const a = await investigate('inner-call-out-of-gas');
    expect(a.findings[0].code).toBe('TX_OUT_OF_GAS');
    expect(a.findings[0].detail).toContain('the call trace shows the inner call to');
    expect(a.explanation).toMatch(/because a contract it called \(0x[0-9a-fA-F]{40}\) ran out of gas/);
    expect(a.findings[0].evidence.some((e) => e.label === 'failing inner call (call trace)')).toBe(true);
  });

  it('without a trace, still says "probably out of gas" from gas used near the limit, never inconclusive', async () => {
    const eth = instance.registry.networks.find((n) => n.id === 'ethereum')!;
    const adapter = new EvmAdapter([eth], { endpoints: { ethereum: [instance.devnets.evm!.ethereum.url] }, sightings: new MemorySightingStore(), timeoutMs: 5_000, traceCalls: false });
    try {
      const lookup = await adapter.lookupTx(eth, caseOf('inner-call-out-of-gas').txHash!);
      expect(lookup.outcome).toBe('found');
      const d = diagnose({ txs: [{ id: 'x', lookups: [lookup] }], addresses: [], hints: noHints(), networks: [eth], policy: { largeAmountUsd: 1e4 }, now: Date.now() / 1000, addressesOnly: false });
      expect(d.findings[0]).toMatchObject({ code: 'TX_OUT_OF_GAS', params: { certainty: 'probable' } });
    } finally {
      await adapter.close();
    }
  });
});

describe('dust right after a payment on Solana', () => {
  it('1,000 lamports from a stranger a minute after a USDC payment is dusting, not an all-clear', async () => {
    const a = await investigate('solana-theft-dusting-after-transfer');
    expect(codes(a)).toContain('DUSTING_TRANSFERS');
    expect(codes(a)).not.toContain('NO_THEFT_PATTERN');
    expect(a.explanation).toContain('您刚转出 250 USDC 之后');
    expect(a.explanation).toContain('0.000001 SOL');
  });
});

describe('dust right after a payment on TRON', () => {
  it('1 sun of TRX and a spam TRC-10 from a stranger after a USDT payment is dusting, not an all-clear', async () => {
    const a = await investigate('tron-theft-dusting-after-transfer');
    expect(codes(a)).toContain('DUSTING_TRANSFERS');
    expect(codes(a)).not.toContain('NO_THEFT_PATTERN');
    expect(a.explanation).toContain('您刚转出 300 USDT 之后');
    expect(a.explanation).toMatch(/0\.000001 TRX/);
    expect(a.explanation).toContain('TRC-10 1005555');
  });
});
