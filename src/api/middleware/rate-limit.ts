import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { RateLimitedError } from '../../errors/app-error.ts';
import { problem } from '../problem.ts';

/** Where request budgets live: in this process (the default) or shared by every instance (Redis). */
export interface RateLimitStore {
  /** Spends one request; 0 if allowed, else the seconds until one is available. */
  take(client: string): number | Promise<number>;
}

/** Clients sharing one bucket once the table is full of clients still being limited. */
export const OVERFLOW_BUCKET = 'overflow';
/** Oldest entries looked at for one that may be forgotten. */
const EVICTION_SCAN = 64;

/**
 * Token buckets per client: each holds up to `burst` requests and refills at
 * `perMinute`. Bounded at `maxClients`: a new client may push out an old one only if
 * that one's bucket has refilled to full (forgetting it costs nothing: a forgotten bucket
 * is a full one). A client that is being limited is never forgotten — else requests from
 * enough other addresses (an IPv6 /48 holds 65,536 /64s) would flush it. When no full
 * bucket is found among the oldest, newcomers share one overflow bucket.
 */
export class TokenBuckets implements RateLimitStore {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly opts: { perMinute: number; burst: number; maxClients?: number; now?: () => number }) {}

  get size(): number {
    return this.buckets.size;
  }

  private refilled(b: { tokens: number; at: number }, now: number): number {
    return Math.min(this.opts.burst, b.tokens + (now - b.at) * (this.opts.perMinute / 60_000));
  }

  /** Forgets the least recently seen client whose bucket is full again; false if none among the oldest. */
  private evictFull(now: number): boolean {
    let seen = 0;
    for (const [key, b] of this.buckets) {
      if (seen++ >= EVICTION_SCAN) break;
      if (this.refilled(b, now) >= this.opts.burst) {
        this.buckets.delete(key);
        return true;
      }
    }
    return false;
  }

  /** Spends one request; returns 0 if allowed, else the seconds until one is available. */
  take(client: string): number {
    const now = this.opts.now?.() ?? Date.now();
    const perMs = this.opts.perMinute / 60_000;
    let key = client;
    if (!this.buckets.has(key) && this.buckets.size >= (this.opts.maxClients ?? 10_000) && !this.evictFull(now)) key = OVERFLOW_BUCKET;
    const prev = this.buckets.get(key);
    this.buckets.delete(key); // re-inserted below: Map order is recency order
    const tokens = prev ? this.refilled(prev, now) : this.opts.burst;
    const allowed = tokens >= 1;
    this.buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: now });
    return allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  }
}

/**
 * The client's address: the socket's peer, or behind one trusted reverse proxy the
 * entry that proxy appended (the last one; earlier entries are whatever the client sent).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const last = c.req.header('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not served by @hono/node-server (e.g. app.request in tests)
  }
}

/** One bucket per IPv4 address, per IPv6 /64 (one household or server gets a whole /64). */
export function bucketKey(address: string): string {
  const v4 = /^(?:::ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4) return v4[1];
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export interface RateLimitOptions {
  trustProxy: boolean;
  /** Requests that do not spend tokens (static files, authenticated agents). */
  exempt?: (c: Context) => boolean;
  /** A friendlier answer than problem JSON (e.g. an HTML page for browsers); undefined: problem JSON. */
  onLimited?: (c: Context, retryAfterSeconds: number) => Response | Promise<Response> | undefined;
}

/** 429 with Retry-After once a client's bucket is empty. */
export const rateLimit = (buckets: RateLimitStore, opts: RateLimitOptions): MiddlewareHandler => async (c, next) => {
  if (opts.exempt?.(c)) return next();
  const wait = await buckets.take(bucketKey(clientAddress(c, opts.trustProxy)));
  if (wait === 0) return next();
  c.header('retry-after', String(wait));
  return (await opts.onLimited?.(c, wait)) ?? problem(c, new RateLimitedError(wait));
};
