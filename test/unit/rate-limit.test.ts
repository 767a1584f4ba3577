import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERFLOW_BUCKET, TokenBuckets } from '../../src/api/middleware/rate-limit.ts';
import { RedisTokenBuckets } from '../../src/api/middleware/redis-rate-limit.ts';

/** The per-client request budget: it cannot be flushed, and several instances can share it. */
describe('TokenBuckets (in memory)', () => {
  it('never forgets a client that is being limited, however many others come', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 3, maxClients: 100, now: () => now });
    for (let i = 0; i < 3; i++) expect(buckets.take('attacker')).toBe(0);
    expect(buckets.take('attacker')).toBeGreaterThan(0);
    // 10,000 other addresses (one IPv6 /48 holds 65,536 /64s), one request each.
    for (let i = 0; i < 10_000; i++) buckets.take(`2001:db8:${i.toString(16)}::/64`);
    expect(buckets.take('attacker')).toBeGreaterThan(0);
    expect(buckets.size).toBeLessThanOrEqual(101);
  });

  it('puts newcomers in one shared overflow bucket when every kept client is being limited', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 2, maxClients: 10, now: () => now });
    for (let c = 0; c < 10; c++) for (let i = 0; i < 3; i++) buckets.take(`c${c}`);
    // Newcomers share the overflow bucket: its burst, then limited together.
    expect(buckets.take('new-1')).toBe(0);
    expect(buckets.take('new-2')).toBe(0);
    expect(buckets.take('new-3')).toBeGreaterThan(0);
    expect(buckets.take(OVERFLOW_BUCKET)).toBeGreaterThan(0);
    // Once a kept client's bucket is full again, a newcomer takes its place.
    now += 60_000;
    expect(buckets.take('new-4')).toBe(0);
    expect(buckets.take('new-4')).toBe(0);
    expect(buckets.take('new-4')).toBeGreaterThan(0);
  });
});

describe('RedisTokenBuckets (REDIS_URL)', () => {
  const prefix = `txtriage-test:${randomBytes(6).toString('hex')}:`;
  let redis: Redis;
  let other: Redis;
  beforeAll(() => {
    redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    other = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await Promise.all([redis.quit(), other.quit()]);
  });

  it('shares each client’s budget between instances', async () => {
    const limits = { perMinute: 60, burst: 3, prefix };
    const a = new RedisTokenBuckets(redis, { ...limits, fallback: new TokenBuckets(limits) });
    const b = new RedisTokenBuckets(other, { ...limits, fallback: new TokenBuckets(limits) });
    expect(await a.take('203.0.113.9')).toBe(0);
    expect(await b.take('203.0.113.9')).toBe(0);
    expect(await a.take('203.0.113.9')).toBe(0);
    expect(await b.take('203.0.113.9')).toBeGreaterThanOrEqual(1);
    expect(await a.take('203.0.113.9')).toBeGreaterThanOrEqual(1);
    expect(await b.take('198.51.100.1')).toBe(0);
    // Keys expire once the bucket would be full again.
    expect(await redis.pttl(`${prefix}203.0.113.9`)).toBeGreaterThan(0);
  });

  it('falls back to limiting in memory while Redis is unreachable', async () => {
    const down = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true, retryStrategy: () => null });
    down.on('error', () => {});
    const limits = { perMinute: 60, burst: 2, prefix };
    const errors: unknown[] = [];
    const store = new RedisTokenBuckets(down, { ...limits, fallback: new TokenBuckets(limits), onError: (e) => errors.push(e) });
    expect(await store.take('x')).toBe(0);
    expect(await store.take('x')).toBe(0);
    expect(await store.take('x')).toBeGreaterThanOrEqual(1);
    expect(errors.length).toBe(1);
    down.disconnect();
  });
});
