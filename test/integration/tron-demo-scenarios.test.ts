import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningInstance } from '../../src/runtime.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * The TRON demo cases, investigated end to end as `npm start` runs them: intake →
 * TronAdapter → tronweb → HTTP → the local TRON node stand-in → rules → messages.
 */
let instance: RunningInstance;
beforeAll(async () => {
  instance = await startDemoInstance();
});
afterAll(async () => instance?.close());

/** Transaction cases (the address cases are in tron-theft.test.ts). */
const tronCases = () => instance.demoCases.filter((c) => c.network === 'tron' && c.txHash);
const caseOf = (scenario: string) => instance.demoCases.find((c) => c.scenario === `tron-${scenario}`)!;
const investigate = (scenario: string, lang?: 'en' | 'zh') => {
  const c = caseOf(scenario);
  return instance.investigator.investigate({ text: `${c.text} ${c.txHash}`, ...(lang ? { lang } : {}) });
};

describe('demo scenarios on the local TRON node', () => {
  it('serves the demo TRON network next to the EVM ones, and lists its cases', () => {
    expect(instance.registry.networks.map((n) => n.id)).toContain('tron');
    expect(instance.registry.network('波场')?.id).toBe('tron');
    expect(instance.registry.network('TRC20')?.id).toBe('tron');
    expect(tronCases().length).toBe(19);
  });

  it('investigates every case from its complaint text: expected finding first-class, TRON found, nothing unhandled', async () => {
    for (const c of tronCases()) {
      const inv = await instance.investigator.investigate({ text: `${c.text} ${c.txHash}` });
      expect(inv.findings.map((f) => f.code), c.scenario).toContain(c.expectedCode);
      expect(inv.lookups.filter((l) => l.network === 'tron').map((l) => l.outcome), c.scenario).toEqual(['found']);
      expect(inv.lang, c.scenario).toBe(/\p{Script=Han}/u.test(c.text!) ? 'zh' : 'en');
    }
    expect(instance.devnets.tron?.unhandled.slice()).toEqual([]);
  });

  it('a failed USDT transfer for lack of energy: what burned, that USDT stayed, how much TRX to keep (zh)', async () => {
    const inv = await investigate('usdt-out-of-energy');
    expect(inv.category).toBe('failure');
    expect(inv.findings[0].code).toBe('TRON_OUT_OF_ENERGY');
    expect(inv.explanation).toContain('500 USDT 并没有转出');
    expect(inv.explanation).toContain('7.8572 TRX');
    expect(inv.nextSteps[0]).toContain('14 TRX');
  });

  it('a fee limit that was too low, in English', async () => {
    const inv = await investigate('usdt-fee-limit-too-low');
    expect(inv.findings[0].title).toBe('Failed: fee limit of 5 TRX too low');
    expect(inv.nextSteps[0]).toContain('at least 14 TRX');
  });

  it('an expensive but successful USDT transfer is explained, not alarmed', async () => {
    const inv = await investigate('usdt-transfer-high-energy');
    expect(inv.category).toBe('ok');
    expect(inv.findings.map((f) => f.code)).toEqual(['TRON_HIGH_FEE_ENERGY_BURN', 'TX_CONFIRMED']);
    expect(inv.explanation).toContain('12.581 TRX');
    expect(inv.explanation).toContain('13 万');
  });

  it('a frozen sender is the headline, with the scam warning', async () => {
    const inv = await investigate('usdt-sender-blacklisted');
    expect(inv.findings[0].code).toBe('USDT_BLACKLISTED');
    expect(inv.findings[0].title).toBe('发送地址已被 USDT 发行方冻结');
    expect(inv.priority).toBe('P2');
    expect(inv.suggestedReply).toContain('助记词');
  });

  it('a permission takeover is P1 and tells the user to stop funding the address', async () => {
    const inv = await investigate('permission-update-to-thief');
    expect(inv.findings[0].code).toBe('ACCOUNT_PERMISSION_CHANGED');
    expect(inv.priority).toBe('P1');
    expect(inv.nextSteps[0]).toContain('不要再往这个账户转入');
  });

  it('not yet solidified: 6 of 19 confirmations', async () => {
    const inv = await investigate('usdt-not-solidified', 'en');
    expect(inv.findings[0].title).toBe('Succeeded, waiting for confirmations (6/19)');
  });

  it('the TRC-10 and TRC-20 look-alikes are both fake USDT', async () => {
    for (const s of ['trc10-fake-usdt', 'fake-trc20-usdt']) expect((await investigate(s)).findings[0].code, s).toBe('FAKE_TOKEN');
  });

  it('a bare 64-hex id is tried on TRON first and the EVM chains only if TRON does not have it; naming TRON narrows it to TRON', async () => {
    const c = caseOf('trx-transfer-solidified');
    const any = await instance.investigator.investigate({ txHash: c.txHash });
    expect(any.lookups.map((l) => `${l.network}:${l.outcome}`)).toEqual(['tron:found']);
    // An EVM hash written without its 0x: TRON answers "not found", then the EVM chains are asked.
    const evm = instance.demoCases.find((x) => x.scenario === 'erc20-transfer-final')!;
    const hedged = await instance.investigator.investigate({ text: `where is it ${evm.txHash!.slice(2)}` });
    expect(hedged.lookups.map((l) => `${l.network}:${l.outcome}`).sort()).toEqual(['bsc:not_found', 'ethereum:found', 'tron:not_found']);
    expect(hedged.findings[0].code).toBe('TX_CONFIRMED');
    const named = await instance.investigator.investigate({ text: `TRC20 转账 ${c.txHash}` });
    expect(named.lookups.map((l) => l.network)).toEqual(['tron']);
  });

  it('a TRON node that fails is "could not check", never "not found"', async () => {
    const tron = instance.devnets.tron!;
    const stop = tron.setBehavior({ path: '/wallet/gettransactioninfobyid', fault: 'http_500' });
    try {
      const inv = await instance.investigator.investigate({ text: `波场 ${'cd'.repeat(32)}` });
      expect(inv.category).toBe('inconclusive');
      expect(inv.findings.map((f) => f.code)).toEqual(['LOOKUP_INCONCLUSIVE']);
      expect(inv.lookups[0].error).toMatch(/^UPSTREAM_HTTP_ERROR/);
    } finally {
      stop();
    }
  });
});
