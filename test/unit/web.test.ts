import { MemorySessionStore } from '../../src/api/sessions.ts';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bsc, ethereum } from '../../chains/evm/networks.ts';
import { AgentAuth } from '../../src/api/middleware/agent-auth.ts';
import { bucketKey, TokenBuckets } from '../../src/api/middleware/rate-limit.ts';
import { chainText } from '../../src/web/chain-text.ts';
import { refreshSeconds, safeHref, userAction } from '../../src/web/status-view.ts';
import { evmTx } from '../support/facts.ts';

describe('TokenBuckets', () => {
  it('allows a burst, then one request per refill interval, and says how long to wait', () => {
    let now = 0;
    const b = new TokenBuckets({ perMinute: 6, burst: 2, now: () => now });
    expect([b.take('a'), b.take('a')]).toEqual([0, 0]);
    expect(b.take('a')).toBe(10); // 6 per minute: one every 10 s
    now = 5_000;
    expect(b.take('a')).toBe(5);
    now = 10_000;
    expect(b.take('a')).toBe(0);
    expect(b.take('b')).toBe(0); // other clients have their own bucket
  });

  it('refills to the burst and no further', () => {
    let now = 0;
    const b = new TokenBuckets({ perMinute: 60, burst: 3, now: () => now });
    for (let i = 0; i < 3; i++) b.take('a');
    now = 3_600_000;
    expect([b.take('a'), b.take('a'), b.take('a'), b.take('a')].map((w) => w === 0)).toEqual([true, true, true, false]);
  });

  it('forgets the least recently seen client past its bound once its bucket is full again', () => {
    let now = 0;
    const b = new TokenBuckets({ perMinute: 1, burst: 1, maxClients: 2, now: () => now });
    b.take('a');
    b.take('b');
    now = 60_000; // a and b are full again
    b.take('c'); // evicts a
    expect(b.take('a')).toBe(0);
    expect(b.take('c')).toBeGreaterThan(0);
  });
});

describe('bucketKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:abcd:12:1:2:3:4', '2001:db8:abcd:12::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:0db8:0000:0012:ffff::9', '2001:db8:0:12::/64'],
    ['unknown', 'unknown'],
  ])('%s → %s', (ip, key) => expect(bucketKey(ip)).toBe(key));
});

describe('chainText', () => {
  it('shows hidden and bidi characters instead of obeying them, and cuts long text', () => {
    expect(chainText('USDT\u202Emoc.x')).toBe('USDT⟨U+202E⟩moc.x');
    expect(chainText('a\u200Bb\nc')).toBe('a⟨U+200B⟩b⟨U+000A⟩c');
    expect(chainText('x'.repeat(10), 4)).toBe('xxxx…');
    expect(chainText('<img src=x>')).toBe('<img src=x>'); // escaping is JSX's job, not this one's
  });
});

describe('safeHref', () => {
  it('links only http(s)', () => {
    expect(safeHref('https://etherscan.io/tx/0x1')).toBe('https://etherscan.io/tx/0x1');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});

describe('userAction', () => {
  it('tells the user whether to act, wait or relax', () => {
    expect(userAction([{ code: 'TX_CONFIRMED', category: 'ok' }, { code: 'LARGE_AMOUNT', category: 'ok' }])).toBe('none');
    expect(userAction([{ code: 'TX_PENDING', category: 'delay' }])).toBe('wait');
    expect(userAction([{ code: 'TX_PENDING_FEE_TOO_LOW', category: 'delay' }])).toBe('act');
    expect(userAction([{ code: 'TX_CONFIRMED', category: 'ok' }, { code: 'PHISHING_TOKEN_NAME', category: 'suspicious' }])).toBe('act');
    expect(userAction([{ code: 'LOOKUP_INCONCLUSIVE', category: 'inconclusive' }])).toBe('wait');
  });
});

describe('refreshSeconds', () => {
  it('checks again about once a block while a transaction can still change, within 3–15 s', () => {
    const pending = evmTx({ status: 'pending', final: false, block: null, confirmations: 0 });
    expect(refreshSeconds([pending], [ethereum])).toBe(12);
    expect(refreshSeconds([{ ...pending, network: 'bsc' }], [bsc])).toBe(3);
    expect(refreshSeconds([evmTx({ final: false, confirmations: 2 })], [ethereum])).toBe(12);
    expect(refreshSeconds([evmTx()], [ethereum])).toBeNull();
    expect(refreshSeconds([evmTx({ status: 'failed', final: false })], [ethereum])).toBeNull();
  });
});

describe('AgentAuth sessions', () => {
  const KEY = 'k'.repeat(32);
  async function issue(auth: AgentAuth) {
    const app = new Hono().get('/login', async (c) => (await auth.startSession(c), c.text('ok')));
    const cookie = (await app.request('/login')).headers.get('set-cookie')!;
    return cookie.split(';')[0];
  }
  const check = async (auth: AgentAuth, cookie: string) => (await new Hono().use('*', auth.resolve()).get('/', (c) => c.text(String(auth.isAgent(c)))).request('/', { headers: { cookie } })).text();

  it('expires after a working day and dies with the key', async () => {
    let now = 1_000_000;
    const sessions = new MemorySessionStore();
    const auth = new AgentAuth(KEY, { now: () => now, sessions });
    const cookie = await issue(auth);
    expect(await check(auth, cookie)).toBe('true');
    now += 12 * 3600 + 1;
    expect(await check(auth, cookie)).toBe('false');
    now -= 12 * 3600;
    expect(await check(new AgentAuth('another key, another secret', { now: () => now, sessions }), cookie)).toBe('false');
  });

  it('marks the cookie Secure when the public URL is https', async () => {
    const app = new Hono().get('/', async (c) => (await new AgentAuth(KEY, { secureCookie: true }).startSession(c), c.text('')));
    expect((await app.request('/')).headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('nobody is an agent when no key is configured', () => {
    const auth = new AgentAuth(null);
    expect(auth.isKey('')).toBe(false);
    expect(auth.isKey('anything')).toBe(false);
  });
});
