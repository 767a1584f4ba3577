import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { caseMetrics } from '../../src/metrics/registry.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { useDemoApp } from '../support/demo-app.ts';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { ExpositionError, parseExposition, type Family } from '../support/prom-text.ts';

/**
 * `GET /metrics`: closed to the public, and a scrape a real Prometheus would accept
 * (checked by the strict parser in test/support/prom-text.ts, since prom-client cannot
 * parse), with every metric of the issue present and no unbounded label value.
 */
const TOKEN = 'scraper-token-0123456789';
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
useDemoApp({ METRICS_TOKEN: TOKEN }, (demo) => ({ instance, app } = demo));

const scrapeText = async () => {
  const res = await app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
};
const scrape = async () => parseExposition(await scrapeText());

describe('GET /metrics', () => {
  it('is closed without the metrics token or the agent key', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token-wrong-token' }, { authorization: `Basic ${TOKEN}` }];
    for (const headers of attempts) {
      const res = await app.request('/metrics', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect((await app.request('/metrics', { headers: { authorization: `Bearer ${instance.agentKey}` } })).status).toBe(200);
  });

  it('exports every metric, with bounded labels, after real traffic', async () => {
    const revert = instance.demoCases.find((c) => c.scenario === 'revert-with-reason')!;
    const tron = instance.demoCases.find((c) => c.scenario === 'tron-usdt-out-of-energy')!;
    const agent = { authorization: `Bearer ${instance.agentKey}`, 'content-type': 'application/json' };
    expect((await app.request('/v1/investigations', { method: 'POST', headers: agent, body: JSON.stringify({ text: `USDT not arrived ${tron.txHash}` }) })).status).toBe(200);
    expect((await app.request(`/v1/tx/${revert.network}/${revert.txHash}`)).status).toBe(200);
    expect((await app.request(`/v1/tx/${revert.network}/${revert.txHash}`)).status).toBe(200); // served from the cache
    expect((await app.request(`/s/${revert.network}/${revert.txHash}?lang=zh`)).status).toBe(200);
    expect((await app.request(`/no/such/${revert.txHash}`)).status).toBe(404);
    const cases = caseMetrics(instance.telemetry!);
    cases.recheckQueue('tron', 3, 1.5);
    cases.recheckRun('tron', 'changed');
    cases.webhookDelivery('case.updated', 'delivered');

    const families = await scrape();
    const sampled = (name: string): Family => {
      const f = families.get(name);
      expect(f, `${name} is exported`).toBeDefined();
      return f!;
    };
    const expected: [string, Family['type']][] = [
      ['txtriage_http_requests_total', 'counter'],
      ['txtriage_http_request_duration_seconds', 'histogram'],
      ['txtriage_investigations_total', 'counter'],
      ['txtriage_upstream_requests_total', 'counter'],
      ['txtriage_upstream_calls_total', 'counter'],
      ['txtriage_upstream_errors_total', 'counter'],
      ['txtriage_upstream_request_duration_seconds', 'histogram'],
      ['txtriage_upstream_breaker_state', 'gauge'],
      ['txtriage_lookup_cache_total', 'counter'],
      ['txtriage_recheck_queue_depth', 'gauge'],
      ['txtriage_recheck_lag_seconds', 'gauge'],
      ['txtriage_rechecks_total', 'counter'],
      ['txtriage_webhook_deliveries_total', 'counter'],
      ['txtriage_intake_events_total', 'counter'],
    ];
    for (const [name, type] of expected) {
      const f = sampled(name);
      expect(f.type, name).toBe(type);
      expect(f.help, name).toBeTruthy();
      if (name !== 'txtriage_upstream_errors_total') expect(f.samples.length, `${name} has samples`).toBeGreaterThan(0);
    }

    const value = (name: string, labels: Record<string, string>) =>
      families.get(name)!.samples.filter((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((n, s) => n + s.value, 0);
    expect(value('txtriage_http_requests_total', { route: '/v1/tx/:network/:hash', method: 'GET', status: '200' })).toBe(2);
    expect(value('txtriage_http_requests_total', { route: '/s/:network/:id', status: '200' })).toBe(1);
    expect(value('txtriage_http_requests_total', { route: 'unmatched', status: '404' })).toBe(1);
    expect(value('txtriage_investigations_total', { category: 'failure', network: tron.network })).toBeGreaterThanOrEqual(1);
    expect(value('txtriage_lookup_cache_total', { outcome: 'hit' })).toBeGreaterThanOrEqual(1);
    expect(value('txtriage_upstream_requests_total', { network: tron.network, outcome: 'ok' })).toBeGreaterThan(0);
    expect(value('txtriage_upstream_breaker_state', { network: tron.network, state: 'closed' })).toBeGreaterThan(0);
    expect(value('txtriage_recheck_queue_depth', { network: 'tron' })).toBe(3);
    expect(value('txtriage_webhook_deliveries_total', { event: 'case.updated', outcome: 'delivered' })).toBe(1);

    // Bounded labels: no hash, address, raw path or free text anywhere, and routes are patterns.
    const networks = new Set([...instance.registry.networks.map((n) => n.id), 'none']);
    for (const f of families.values()) {
      for (const s of f.samples) {
        for (const [k, v] of Object.entries(s.labels)) {
          expect(v, `${s.name}{${k}}`).not.toMatch(/0x[0-9a-fA-F]{16,}|[0-9a-fA-F]{40,}|[1-9A-HJ-NP-Za-km-z]{30,}|T[1-9A-HJ-NP-Za-km-z]{33}/);
          expect(v.length, `${s.name}{${k}}`).toBeLessThan(80);
          if (k === 'route') expect(v).toMatch(/^(unmatched|\/[\w/:.*-]*)$/);
          if (k === 'network' && !f.name.startsWith('txtriage_process')) expect(networks.has(v) || /^[a-z0-9_-]+$/.test(v), v).toBe(true);
        }
      }
    }
    // The sample Grafana dashboard only plots metrics that exist.
    const dashboard = readFileSync(new URL('../../docs/grafana-dashboard.json', import.meta.url), 'utf8');
    for (const used of new Set(dashboard.match(/txtriage_\w+/g))) expect(families.has(used.replace(/_bucket$/, '')), `dashboard uses ${used}`).toBe(true);
    const routes = new Set(families.get('txtriage_http_requests_total')!.samples.map((s) => s.labels.route));
    expect([...routes].some((r) => r.includes(revert.txHash!))).toBe(false);
  });

  it('reads the same with an independent parser (parse-prometheus-text-format, prom2json-compatible output)', async () => {
    const text = await scrapeText();
    const ours = parseExposition(text);
    const theirs = parsePrometheusTextFormat(text) as Array<{ name: string; type: string; metrics: Array<{ labels?: Record<string, string>; buckets?: Record<string, string> }> }>;
    expect(theirs.map((f) => f.name).sort()).toEqual([...ours.keys()].sort());
    for (const f of theirs) {
      const mine = ours.get(f.name)!;
      expect(f.type.toLowerCase(), f.name).toBe(mine.type);
      // It folds a histogram's _bucket/_sum/_count series into metrics with buckets (not one per label set: only the shape is compared).
      if (mine.type === 'histogram') expect(f.metrics.length > 0 && f.metrics.every((m) => m.buckets && Object.keys(m.buckets).length > 0), f.name).toBe(true);
      else expect(f.metrics.length, f.name).toBe(mine.samples.length);
    }
  });

  it('uses a parser strict enough to refuse broken expositions', () => {
    const bad = [
      '# TYPE a counter\na{x="1"} 1\n# TYPE a counter\n',
      'a{x="unterminated} 1\n',
      '# TYPE a counter\na 1\n# TYPE b gauge\nb 1\na{y="2"} 2\n',
      '# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_sum 1\nh_count 1\n',
      'a{x="1"} 1\na{x="1"} 2\n',
      '1bad 1\n',
      'a 1',
    ];
    for (const text of bad) expect(() => parseExposition(text), text).toThrow(ExpositionError);
    expect(parseExposition('# HELP a An "a".\n# TYPE a counter\na{x="q\\"uote\\\\"} 1.5e3\n').get('a')!.samples[0]).toEqual({ name: 'a', labels: { x: 'q"uote\\' }, value: 1500 });
  });
});
