import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bsc, ethereum } from '../../chains/evm/networks.ts';
import { AccountStore } from '../../src/accounts/account-store.ts';
import { accountTables } from '../../src/accounts/schema.ts';
import { Identity, principalOf } from '../../src/api/middleware/identity.ts';
import { openDatabase } from '../../src/store/database.ts';
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
    // Bait: nothing to fix, only something not to do (never "yes, follow the steps" next to "it cannot take anything").
    expect(userAction([{ code: 'TX_CONFIRMED', category: 'ok' }, { code: 'PHISHING_TOKEN_NAME', category: 'suspicious' }])).toBe('avoid');
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

describe('Identity and console sessions', () => {
  const KEY = 'k'.repeat(32);
  async function setUp(key: string | null, now: () => number) {
    const db = await openDatabase({ dataDir: ':memory:' });
    const accounts = new AccountStore(accountTables(db.db), { now });
    return { accounts, identity: new Identity(accounts, key), close: () => db.close() };
  }
  async function issue(accounts: AccountStore, identity: Identity) {
    const app = new Hono().get('/login', async (c) => (identity.startSession(c, (await accounts.signInWithBootstrapKey(KEY, KEY, 'test')).sessionId), c.text('ok')));
    return (await app.request('/login')).headers.get('set-cookie')!.split(';')[0];
  }
  const check = async (identity: Identity, headers: Record<string, string>) =>
    (await new Hono().use('*', identity.resolve()).get('/', (c) => c.text(principalOf(c)?.actor ?? 'nobody')).request('/', { headers })).text();

  it('expires after a working day and dies with the key', async () => {
    let now = Date.parse('2026-12-01T08:00:00Z');
    const { accounts, identity, close } = await setUp(KEY, () => now);
    const cookie = await issue(accounts, identity);
    expect(await check(identity, { cookie })).toBe('bootstrap');
    expect(await check(new Identity(accounts, 'another key, another secret'), { cookie })).toBe('nobody');
    now += 12 * 3600 * 1000 + 1;
    expect(await check(identity, { cookie })).toBe('nobody');
    await close();
  });

  it('marks the cookie HttpOnly, SameSite=Strict, and Secure when the public URL is https', async () => {
    const { accounts, close } = await setUp(KEY, Date.now);
    const app = new Hono().get('/', (c) => (new Identity(accounts, KEY, { secureCookie: true }).startSession(c, 'x'.repeat(43)), c.text('')));
    const cookie = (await app.request('/')).headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    await close();
  });

  it('nobody is the bootstrap admin when no key is configured; wrong bearers are nobody', async () => {
    const { accounts, close } = await setUp(null, Date.now);
    const identity = new Identity(accounts, null);
    expect(identity.isBootstrapKey('')).toBe(false);
    expect(identity.isBootstrapKey('anything')).toBe(false);
    expect(await check(identity, { authorization: 'Bearer anything-at-all' })).toBe('nobody');
    expect(await check(identity, { authorization: `Bearer txk_0123456789_${'A'.repeat(43)}` })).toBe('nobody');
    await close();
  });
});
