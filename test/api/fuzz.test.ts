import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * Property: no user input makes any route answer 5xx. Requests are generated over every
 * route (and some that do not exist): paths with odd parameters, queries, headers
 * (content types, languages, keys, cookies, origins, forwarded addresses) and bodies
 * (JSON of every shape, forms, broken multipart, bytes). Bounded for `npm test`;
 * `FUZZ_RUNS=20000 npx vitest run test/api/fuzz.test.ts` for the long mode.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
/** The suite's bound: stop generating (without failing) after this long; the long mode has none. */
const TIME_LIMIT_MS = process.env.FUZZ_RUNS ? undefined : 40_000;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
let cookie = '';
beforeAll(async () => {
  // Rate limit on, keyed by the fuzzed X-Forwarded-For (a 429 is fine, a 5xx is not), loose enough that most requests reach a handler.
  instance = await startDemoInstance({ RATE_LIMIT_PER_MINUTE: '600', RATE_LIMIT_BURST: '300', TRUST_PROXY: '1', MAX_BODY_BYTES: '8192', ADDRESS_MAX_BLOCKS: '1000', ADDRESS_MAX_TRANSFERS: '50' });
  app = createApp(instance);
  const login = await app.request('/console/login', { method: 'POST', body: new URLSearchParams({ key: instance.agentKey! }) });
  cookie = login.headers.get('set-cookie')!.split(';')[0];
}, 60_000);
afterAll(async () => instance?.close());

const demoHash = () => instance.demoCases.find((c) => c.txHash)!.txHash!;

const templates = [
  '/', '/s/{network}/{id}', '/v1/tx/{hash}', '/v1/tx/{network}/{hash}', '/v1/address/{network}/{address}', '/v1/investigations',
  '/v1/investigations/{id}', '/v1/demo', '/healthz', '/readyz', '/openapi.json', '/docs', '/assets/{name}', '/console/login',
  '/console/logout', '/console', '/console/i/{id}', '/console/i/{id}/reply', '/{any}', '/v1/{any}', '/console/{any}',
];

const oddText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('..', '%', '%00', '%ZZ', '0x', ' ', '\u202E', '币安链', 'BEP20', 'null', '-1', '1e999', '[]', '{}', 'a'.repeat(300)),
  fc.stringMatching(/^(0x)?[0-9a-fA-F]{0,70}$/),
  fc.stringMatching(/^T[1-9A-HJ-NP-Za-km-z]{20,40}$/),
);
const param = fc.oneof(
  { arbitrary: oddText, weight: 2 },
  { arbitrary: fc.constantFrom('ethereum', 'bsc', 'tron', 'solana', 'BEP20', 'app.css', '00000000-0000-4000-8000-000000000000', '0x1111111111111111111111111111111111111111'), weight: 2 },
  { arbitrary: fc.constant('{demoHash}'), weight: 1 },
);

const path = fc.tuple(fc.constantFrom(...templates), fc.array(param, { minLength: 5, maxLength: 5 })).map(([t, ps]) => {
  let i = 0;
  return t.replace(/\{\w+\}/g, () => {
    const p = ps[i++] ?? '';
    return p === '{demoHash}' ? p : encodeURIComponent(p);
  });
});

const query = fc.dictionary(fc.constantFrom('q', 'lang', 'limit', 'refresh', 'x', 'lang[]'), oddText, { maxKeys: 3 });

const contentType = fc.constantFrom(
  undefined, 'application/json', 'application/json; charset=utf-8', 'application/x-www-form-urlencoded', 'multipart/form-data',
  'multipart/form-data; boundary=abc', 'multipart/form-data; boundary=', 'text/plain', 'application/xml', 'application/problem+json', '*/*', ';;;', 'application/json; charset=latin1',
);

/** Header values must be bytes a client can send (latin1 without control characters). */
const headerText = fc.string({ maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''));

const headers = fc.record(
  {
    'content-type': contentType,
    accept: fc.constantFrom('text/html', 'application/json', '*/*', 'text/html;q=0.1', ''),
    'accept-language': fc.oneof(fc.constantFrom('zh-CN,zh;q=0.9', 'en', 'fr', '*', ';q=', ''), headerText),
    authorization: fc.oneof(fc.constantFrom('{agent}', 'Bearer ', 'Bearer wrong-key-wrong-key', 'Basic abc', ''), headerText),
    cookie: fc.oneof(fc.constantFrom('{session}', 'txtriage_agent=1.abc', 'txtriage_agent=', '=;;'), headerText),
    origin: fc.constantFrom('null', 'https://evil.example', 'http://localhost', 'not a url'),
    'sec-fetch-site': fc.constantFrom('same-origin', 'cross-site', 'none', 'x'),
    'x-forwarded-for': fc.oneof(fc.ipV4(), fc.ipV6(), headerText),
    'x-request-id': headerText,
  },
  { requiredKeys: [] },
);

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 200 }),
  jsonValue.map((v) => JSON.stringify(v)),
  fc.record({ text: fc.oneof(oddText, fc.constant('{demoHash}'), fc.constant('我的钱被盗了 TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE')), txHash: param, address: oddText, network: oddText, lang: oddText }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.dictionary(fc.constantFrom('key', 'text', 'lang'), oddText).map((v) => new URLSearchParams(v).toString()),
  fc.constantFrom('--abc\r\ncontent-disposition: form-data; name="text"\r\n\r\nhello\r\n--abc--\r\n', '--abc\r\nbroken', '{"text": ', '\u0000\u0001', 'x'.repeat(9000)),
);

const request = fc.record({
  method: fc.constantFrom('GET', 'GET', 'POST', 'POST', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
  path,
  query,
  headers,
  body,
});

describe('fuzz: no user input gets a 5xx', () => {
  it(`${RUNS} generated requests over every route`, async () => {
    const statuses: Record<number, number> = {};
    let tried = 0;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const started = performance.now();
    try {
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const fill = (s: string) => s.replaceAll('{demoHash}', demoHash());
          const qs = new URLSearchParams(Object.entries(r.query).map(([k, v]) => [k, fill(v)])).toString();
          const url = `http://localhost${fill(r.path)}${qs ? `?${qs}` : ''}`;
          const h: Record<string, string> = {};
          for (const [k, v] of Object.entries(r.headers)) {
            if (v === undefined) continue;
            h[k] = v === '{agent}' ? `Bearer ${instance.agentKey}` : v === '{session}' ? cookie : v;
          }
          const withBody = r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD';
          let req: Request;
          try {
            req = new Request(url, { method: r.method, headers: h, body: withBody ? fill(r.body!) : undefined });
          } catch {
            return; // not a request any client could send (the URL or a header does not parse)
          }
          const res = await app.request(req);
          await res.arrayBuffer();
          tried++;
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          expect(res.status, `${r.method} ${url} ${JSON.stringify(h)} ${String(r.body).slice(0, 200)}`).toBeLessThan(500);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true, ...(TIME_LIMIT_MS ? { interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false } : {}) },
      );
    } finally {
      errors.mockRestore();
      // The figures for the record (docs/production.md quotes a long run).
      console.info(`fuzz: ${tried} requests in ${Math.round(performance.now() - started)} ms; statuses ${JSON.stringify(statuses)}`);
    }
  }, 600_000);
});
