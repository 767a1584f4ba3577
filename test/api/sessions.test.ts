import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { SHARED_AGENT_ID } from '../../src/api/middleware/agent-auth.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { startDemoInstance } from '../support/instance.ts';

/** Console sessions are server-side: logout and revocation end them at once; sign-in and sign-out check the origin. */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  instance = await startDemoInstance({ RATE_LIMIT_PER_MINUTE: '0' });
  app = createApp(instance);
});
afterAll(async () => instance?.close());

async function signIn(target = app): Promise<string> {
  const res = await target.request('http://localhost/console/login', { method: 'POST', headers: { origin: 'http://localhost' }, body: new URLSearchParams({ key: instance.agentKey! }) });
  expect(res.status).toBe(303);
  return res.headers.get('set-cookie')!.split(';')[0];
}
const opens = async (cookie: string, target = app) => (await target.request('/console', { headers: { cookie } })).status === 200;

describe('console sessions', () => {
  it('end at logout: the old cookie no longer opens the console', async () => {
    const cookie = await signIn();
    expect(await opens(cookie)).toBe(true);
    const out = await app.request('http://localhost/console/logout', { method: 'POST', headers: { cookie, origin: 'http://localhost', 'sec-fetch-site': 'same-origin' } });
    expect(out.status).toBe(303);
    expect(await opens(cookie)).toBe(false);
    expect((await app.request('/v1/investigations', { headers: { cookie } })).status).toBe(401);
  });

  it('end at once when the agent is revoked, or the key replaced', async () => {
    const cookie = await signIn();
    const other = await signIn();
    expect(await opens(cookie)).toBe(true);
    expect(await instance.sessionStore!.deleteForAgent(SHARED_AGENT_ID)).toBeGreaterThanOrEqual(2);
    expect(await opens(cookie)).toBe(false);
    expect(await opens(other)).toBe(false);

    const again = await signIn();
    const rekeyed = createApp({ ...instance, agentKey: 'a-completely-different-agent-key' });
    expect(await opens(again, rekeyed)).toBe(false);
  });

  it('keep no key and no token in the store: only the token’s hash', async () => {
    const cookie = await signIn();
    const token = cookie.split('=')[1];
    expect(token).not.toContain(instance.agentKey!);
    expect(await instance.sessionStore!.get(token)).toBeUndefined();
  });

  it('refuse a logout or a sign-in posted from another site', async () => {
    const cookie = await signIn();
    const forcedOut = await app.request('http://localhost/console/logout', { method: 'POST', headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(forcedOut.status).toBe(403);
    expect(await forcedOut.json()).toMatchObject({ code: 'FORBIDDEN_ORIGIN' });
    expect(await opens(cookie)).toBe(true);
    const forcedIn = await app.request('http://localhost/console/login', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' }, body: new URLSearchParams({ key: instance.agentKey! }) });
    expect(forcedIn.status).toBe(403);
    expect(forcedIn.headers.get('set-cookie')).toBeNull();
  });
});
