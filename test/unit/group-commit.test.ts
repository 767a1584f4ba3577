import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/store/group-commit.ts';

describe('GroupCommit', () => {
  it('writes what arrives in one turn of the event loop together, what arrives during a write in the next, acknowledging each only after its write', async () => {
    const writes: number[][] = [];
    let release!: () => void;
    const firstDone = new Promise<void>((r) => (release = r));
    const gc = new GroupCommit<number>(async (items) => {
      writes.push(items);
      if (writes.length === 1) await firstDone;
    });
    const acked: number[] = [];
    const add = (n: number) => gc.add(n).then(() => acked.push(n));
    const first = [1, 2].map(add);
    await new Promise((r) => setTimeout(r, 10));
    expect(writes).toEqual([[1, 2]]);
    const meanwhile = [3, 4].map(add);
    await new Promise((r) => setTimeout(r, 10));
    expect(writes).toEqual([[1, 2]]);
    expect(acked).toEqual([]);
    release();
    await Promise.all([...first, ...meanwhile]);
    expect(writes).toEqual([[1, 2], [3, 4]]);
    expect(acked).toEqual([1, 2, 3, 4]);
  });

  it('retries a failed batch one item at a time, so only the bad item fails', async () => {
    const gc = new GroupCommit<string>(async (items) => {
      if (items.includes('bad')) throw new Error(`refused ${items.join(',')}`);
    });
    const results = await Promise.allSettled(['a', 'bad', 'c'].map((x) => gc.add(x)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('refused bad');
  });

  it('caps a batch at maxBatch items', async () => {
    const sizes: number[] = [];
    const gc = new GroupCommit<number>(async (items) => void sizes.push(items.length), 3);
    await Promise.all(Array.from({ length: 8 }, (_, i) => gc.add(i)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(8);
  });
});
