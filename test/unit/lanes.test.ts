import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentLane, LaneGate, withLane } from '../../chains/upstream/lanes.ts';
import { defaultPolicy, Upstream } from '../../chains/upstream/upstream.ts';

/** Priority lanes: agents' upstream work goes first; public work gets a smaller share. */
describe('LaneGate', () => {
  it('caps public work at its share and hands free slots to agents first', async () => {
    const gate = new LaneGate(2, 1);
    const p1 = (await gate.acquire('public', 1000))!;
    expect(p1).toBeDefined();
    // The public share (1) is used: the next public request waits, an agent does not.
    const publicWaiting = gate.acquire('public', 1000);
    const a1 = (await gate.acquire('agent', 1000))!;
    expect(a1).toBeDefined();
    // Both slots busy: an agent waits too; when a slot frees, the agent gets it, not the older public waiter.
    const order: string[] = [];
    const agentWaiting = gate.acquire('agent', 1000).then((r) => (order.push('agent'), r));
    void publicWaiting.then(() => order.push('public'));
    a1();
    const a2 = (await agentWaiting)!;
    expect(order).toEqual(['agent']);
    a2();
    p1();
    expect(await publicWaiting).toBeDefined();
    expect(order).toEqual(['agent', 'public']);
  });

  it('gives up after the wait limit instead of queueing for ever', async () => {
    const gate = new LaneGate(1, 1);
    const held = (await gate.acquire('agent', 1000))!;
    expect(await gate.acquire('public', 30)).toBeUndefined();
    expect(gate.waiting).toBe(0);
    held();
  });

  it('knows the lane of the current work (default: agent, the instance’s own)', async () => {
    expect(currentLane()).toBe('agent');
    expect(await withLane('public', async () => currentLane())).toBe('public');
  });
});

describe('Upstream with a public flood', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Answers after 50 ms: every request holds its slot that long.
    server = createServer((req, res) => setTimeout(() => res.end('{"ok":true}'), 50));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('serves an agent at once while 40 public requests queue for their share, and public work never takes more', async () => {
    const up = new Upstream({ network: 'test', urls: [url], policy: { ...defaultPolicy, timeoutMs: 5_000, maxWaitMs: 5_000, maxInFlight: 8, publicShare: 0.25 } });
    const endpoint = up.endpoints[0];
    const ask = () => up.exchange(endpoint, { labels: ['x'] }, (t) => t);
    const flood = withLane('public', () => Promise.all(Array.from({ length: 40 }, ask)));
    await new Promise((r) => setTimeout(r, 10));
    const t0 = performance.now();
    await withLane('agent', ask);
    const agentMs = performance.now() - t0;
    const floodStarted = performance.now();
    await flood;
    // 40 public requests at 2 in flight take ~1 s; the agent took about one answer's time.
    expect(endpoint.gate.publicMax).toBe(2);
    expect(agentMs).toBeLessThan(400);
    expect(performance.now() - floodStarted).toBeGreaterThan(agentMs);
  });

  it('gives public work its share of the request budget only', async () => {
    const up = new Upstream({ network: 'test', urls: [url], policy: { ...defaultPolicy, timeoutMs: 2_000, maxWaitMs: 0, ratePerSecond: 10, burst: 20, publicShare: 0.25 } });
    const endpoint = up.endpoints[0];
    let publicOk = 0;
    let publicRefused = 0;
    await withLane('public', async () => {
      for (let i = 0; i < 10; i++) {
        try {
          await up.exchange(endpoint, { labels: ['x'] }, (t) => t);
          publicOk++;
        } catch (err) {
          expect((err as Error).message).toContain('public share');
          publicRefused++;
        }
      }
    });
    expect(publicOk).toBe(5); // 25 % of a burst of 20
    expect(publicRefused).toBe(5);
    // The agents' budget is still there.
    await withLane('agent', () => up.exchange(endpoint, { labels: ['x'] }, (t) => t));
  });
});
