import { describe, expect, it } from 'vitest';
import { PublicShare } from '../../src/api/middleware/public-share.ts';

/** The public share of the server: anonymous requests yield to agents when the process is busy. */
describe('PublicShare', () => {
  const share = () => new PublicShare({ max: 8, maxWaitMs: 1_000, sampleMs: 3_600_000, utilisation: () => 0 });

  it('halves the public limit while agents work and the event loop is busy, down to one', () => {
    const s = share();
    s.agentStarted();
    const limits = [0, 1, 2, 3, 4].map((t) => (s.adjust(0.9, t), s.limit));
    expect(limits).toEqual([4, 2, 1, 1, 1]);
    s.close();
  });

  it('grows back one step at a time while agents work on a quiet loop, and at once when they are gone', () => {
    const s = share();
    s.agentStarted();
    s.adjust(0.9, 0);
    s.adjust(0.9, 1);
    expect(s.limit).toBe(2);
    s.adjust(0.1, 2);
    expect(s.limit).toBe(3);
    s.agentFinished();
    // Agents count as active for a second after their last request.
    s.adjust(0.9, performance.now() + 500);
    expect(s.limit).toBe(1);
    s.adjust(0.9, performance.now() + 1_500);
    expect(s.limit).toBe(8);
    s.close();
  });

  it('a busy loop without agents does not shrink the public share (nobody to protect)', () => {
    const s = share();
    s.adjust(1, 10_000);
    expect(s.limit).toBe(8);
    s.close();
  });

  it('queues public requests beyond the limit, admits them as the limit grows, and gives up after the wait', async () => {
    const s = new PublicShare({ max: 2, maxWaitMs: 50, sampleMs: 3_600_000, utilisation: () => 0 });
    s.agentStarted();
    s.adjust(0.9, 0);
    expect(s.limit).toBe(1);
    const first = (await s.acquire())!;
    const second = s.acquire();
    expect(s.waiting).toBe(1);
    s.agentFinished();
    s.adjust(0, performance.now() + 2_000);
    const granted = await second;
    expect(granted).toBeDefined();
    granted!();
    first();
    // Both turns taken: the next waits, and gives up after maxWaitMs.
    const a = (await s.acquire())!;
    const b = (await s.acquire())!;
    expect(await s.acquire()).toBeUndefined();
    a();
    b();
    s.close();
  });
});
