import type { Redis } from 'ioredis';
import { TokenBuckets, type RateLimitStore } from './rate-limit.ts';

/**
 * The same token bucket, in Redis, so that several instances behind one load balancer
 * share each client's budget. One script per request (atomic: no two instances spend the
 * same token), on Redis's clock (instances' clocks may differ); keys expire once the
 * bucket would be full again, so Redis holds only clients being limited or recently seen.
 */
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local perMs = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local v = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(v[1])
local at = tonumber(v[2])
if tokens == nil or at == nil then tokens = burst; at = now end
tokens = math.min(burst, tokens + math.max(0, now - at) * perMs)
local allowed = 0
if tokens >= 1 then tokens = tokens - 1; allowed = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / perMs) + 1000)
return {allowed, tostring(tokens)}
`;

export class RedisTokenBuckets implements RateLimitStore {
  private warned = false;

  /**
   * `fallback`: used while Redis cannot be reached (each instance limits on its own then,
   * which is looser but never unlimited).
   */
  constructor(
    private readonly redis: Redis,
    private readonly opts: { perMinute: number; burst: number; prefix: string; fallback: TokenBuckets; onError?: (err: unknown) => void },
  ) {}

  async take(client: string): Promise<number> {
    const perMs = this.opts.perMinute / 60_000;
    try {
      const [allowed, tokens] = (await this.redis.eval(TAKE, 1, this.opts.prefix + client, String(perMs), String(this.opts.burst))) as [number, string];
      this.warned = false;
      return allowed === 1 ? 0 : Math.max(1, Math.ceil((1 - Number(tokens)) / perMs / 1000));
    } catch (err) {
      if (!this.warned) this.opts.onError?.(err);
      this.warned = true;
      return this.opts.fallback.take(client);
    }
  }
}
