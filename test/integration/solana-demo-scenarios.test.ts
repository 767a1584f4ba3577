import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * The Solana demo cases end to end, in the instance `npm start` runs: complaint text →
 * intake → SolanaAdapter → @solana/web3.js → HTTP → local Solana JSON-RPC node → rules →
 * zh/en messages → API.
 */
let instance: RunningInstance;
beforeAll(async () => {
  instance = await startDemoInstance();
});
afterAll(async () => instance?.close());

/** Transaction cases; the address (theft) cases are in solana-theft.test.ts. */
const solanaCases = () => instance.demoCases.filter((c) => c.network === 'solana' && c.txHash);
const caseOf = (scenario: string) => solanaCases().find((c) => c.scenario === scenario)!;
const investigate = (scenario: string, lang: 'en' | 'zh' = 'en') => instance.investigator.investigate({ txHash: caseOf(scenario).txHash, lang });

describe('demo scenarios on the local Solana node', () => {
  it('serves the Solana demo network next to the EVM ones', () => {
    expect(instance.registry.network('solana')).toMatchObject({ family: 'solana', demo: true });
    expect(instance.registry.network('sol链')?.id).toBe('solana');
    expect(solanaCases().length).toBe(instance.devnets.solana!.fixtures.length);
  });

  it('investigates each case by its complaint text with the expected finding and language', async () => {
    for (const c of solanaCases()) {
      const inv = await instance.investigator.investigate({ text: `${c.text} ${c.txHash}` });
      expect(inv.findings.map((f) => f.code), c.scenario).toContain(c.expectedCode);
      expect(inv.lang, c.scenario).toBe(/\p{Script=Han}/u.test(c.text!) ? 'zh' : 'en');
      expect(inv.lookups.map((l) => l.network), c.scenario).toEqual(['solana']);
      expect(inv.demo).toBe(true);
    }
  });

  it('a failed SPL transfer: which instruction, what the account held, only the fee spent', async () => {
    const inv = await investigate('failed-spl-insufficient-funds', 'zh');
    expect(inv.findings[0].title).toBe('第 2 条指令执行失败：InsufficientFunds');
    expect(inv.explanation).toContain('您要转出 500 USDC，但转出账户里只有 120.5 USDC');
    expect(inv.explanation).toContain('0.000005 SOL');
    expect(inv.transactions[0].solana?.error?.display).toBe('custom program error: 0x1');
  });

  it('a transaction that never landed: not found, expired, safe to resend', async () => {
    const inv = await investigate('not-found-expired');
    expect(inv.findings.map((f) => f.code)).toEqual(['TX_NOT_FOUND']);
    expect(inv.explanation).toContain('90 seconds');
  });

  it('an unreachable Solana node is inconclusive, never "not found"', async () => {
    const dev = instance.devnets.solana!;
    dev.setBehavior({}, { kind: 'http-error', status: 503 });
    try {
      // A signature this instance has not looked up yet: an earlier "not found" is cached for a few seconds.
      const unseen = [...caseOf('not-found-expired').txHash!].reverse().join('');
      const inv = await instance.investigator.investigate({ txHash: unseen, lang: 'zh' });
      expect(inv.category).toBe('inconclusive');
      expect(inv.findings.map((f) => f.code)).toEqual(['LOOKUP_INCONCLUSIVE']);
      expect(inv.lookups[0]).toMatchObject({ network: 'solana', outcome: 'error' });
    } finally {
      dev.resetBehaviors();
    }
  });

  it('GET /v1/tx/solana/{signature} answers with the Solana facts', async () => {
    const app = createApp(instance);
    const res = await app.request(`/v1/tx/solana/${caseOf('usdc-to-token-account').txHash}?lang=en`, { headers: { authorization: `Bearer ${instance.agentKey}` } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.findings.map((f: { code: string }) => f.code)).toContain('SOLANA_SENT_TO_TOKEN_ACCOUNT');
    expect(body.transactions[0]).toMatchObject({ family: 'solana', network: 'solana', solana: { commitment: 'finalized' } });
    expect(body.transactions[0].explorerUrl).toMatch(/\/s\/solana\//);
  });

  it('lists the Solana cases at /v1/demo', async () => {
    const res = await createApp(instance).request('/v1/demo');
    const cases = (await res.json()) as { network: string }[];
    expect(cases.filter((c) => c.network === 'solana')).toHaveLength(instance.demoCases.filter((c) => c.network === 'solana').length);
  });
});
