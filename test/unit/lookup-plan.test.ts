import { describe, expect, it } from 'vitest';
import { bsc, ethereum } from '../../chains/evm/networks.ts';
import { solana } from '../../chains/solana/networks.ts';
import { tron } from '../../chains/tron/networks.ts';
import { planLookups } from '../../src/lookup-plan.ts';

const ids = (ns: { id: string }[]) => ns.map((n) => n.id);
const none = { likely: { networks: [], families: [] } };

describe('planLookups', () => {
  const hex = 'ab'.repeat(32);
  it('a bare 64-hex id: TRON first, the EVM networks as the hedge', () => {
    const p = planLookups(hex, [ethereum, bsc, tron], none);
    expect(ids(p.first)).toEqual(['tron']);
    expect(ids(p.hedge)).toEqual(['ethereum', 'bsc']);
  });
  it('intake\'s likely family or network goes first (an explorer link, a 0x address in the text)', () => {
    expect(ids(planLookups(hex, [ethereum, bsc, tron], { likely: { networks: [], families: ['evm'] } }).first)).toEqual(['ethereum', 'bsc']);
    expect(ids(planLookups(hex, [ethereum, bsc, tron], { likely: { networks: ['bsc'], families: ['evm'] } }).first)).toEqual(['ethereum', 'bsc']);
    expect(ids(planLookups(hex, [ethereum, bsc, tron], { likely: { networks: ['tron'], families: ['tron'] } }).hedge)).toEqual(['ethereum', 'bsc']);
  });
  it('one family: every network at once, nothing to hedge', () => {
    const p = planLookups(`0x${hex}`, [ethereum, bsc], none);
    expect(ids(p.first)).toEqual(['ethereum', 'bsc']);
    expect(p.hedge).toEqual([]);
    expect(planLookups('x', [solana], none).hedge).toEqual([]);
  });
  it('a hint for a family that cannot hold the id changes nothing', () => {
    expect(ids(planLookups(hex, [ethereum, tron], { likely: { networks: [], families: ['solana'] } }).first)).toEqual(['tron']);
  });
});
