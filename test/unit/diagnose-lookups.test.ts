import { describe, expect, it } from 'vitest';
import { bsc, ethereum, polygon } from '../../chains/evm/networks.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { render } from '../../src/explain/render.ts';
import { codes, evmTx, input } from '../support/facts.ts';

const HASH = `0x${'cd'.repeat(32)}`;

describe('not found versus inconclusive', () => {
  it('says not found only when every network answered', () => {
    const d = diagnose(input([{ id: HASH, lookups: [ethereum, bsc, polygon].map((network) => ({ network, outcome: 'not_found' as const })) }]));
    expect(codes(d)).toEqual(['TX_NOT_FOUND']);
    expect(d.category).toBe('missing');
    expect(d.findings[0].params.searched).toBe('ethereum,bsc,polygon');
  });

  it('one network searched is "it has no transaction", not "none of them" (and no 都 in Chinese)', () => {
    const one = diagnose(input([{ id: HASH, lookups: [{ network: ethereum, outcome: 'not_found' as const }] }]));
    expect(render(one, 'en', [ethereum]).explanation).toMatch(/^We checked Ethereum, and it has no transaction with this hash\./);
    expect(render(one, 'zh', [ethereum]).explanation).toMatch(/^我们查询了以太坊，没有找到/);
    const three = diagnose(input([{ id: HASH, lookups: [ethereum, bsc, polygon].map((network) => ({ network, outcome: 'not_found' as const })) }]));
    expect(render(three, 'en', [ethereum, bsc, polygon]).explanation).toContain('none of them has a transaction with this hash');
    expect(render(three, 'zh', [ethereum, bsc, polygon]).explanation).toContain('都没有找到');
  });

  it('is inconclusive, naming the failed network, if any query failed', () => {
    const d = diagnose(
      input([
        {
          id: HASH,
          lookups: [
            { network: ethereum, outcome: 'not_found' },
            { network: bsc, outcome: 'error', error: { code: 'UPSTREAM_UNAVAILABLE', message: 'connect ECONNREFUSED' } },
          ],
        },
      ]),
    );
    expect(codes(d)).toEqual(['LOOKUP_INCONCLUSIVE']);
    expect(d.category).toBe('inconclusive');
    expect(d.findings[0].params.failedNetworks).toBe('bsc');
  });

  it('stays inconclusive when the user also reports theft', () => {
    const d = diagnose(input([{ id: HASH, lookups: [{ network: bsc, outcome: 'error', error: { code: 'TIMEOUT', message: 'timeout' } }] }], { theft: true }));
    expect(d.category).toBe('inconclusive');
    expect(d.priority).toBe('P1');
  });

  it('uses the network that found it even if another failed', () => {
    const d = diagnose(input([{ id: HASH, lookups: [{ network: ethereum, outcome: 'found', facts: evmTx() }, { network: bsc, outcome: 'error', error: { code: 'TIMEOUT', message: 'timeout' } }] }]));
    expect(codes(d)).toEqual(['TX_CONFIRMED']);
  });

  it('asks for a hash when there is nothing to look up', () => {
    const d = diagnose(input([]));
    expect(codes(d)).toEqual(['NEED_TX_HASH']);
    expect(d.category).toBe('inconclusive');
  });
});
