import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { PayloadTooLargeError } from '../errors/app-error.ts';
import { accessLog } from './middleware/access-log.ts';
import { requestId } from './middleware/request-id.ts';
import { requestBody } from './middleware/request-body.ts';
import { defaultHook, onError, problem } from './problem.ts';
import { docsPage } from './docs-page.ts';
import { addressRoutes } from './routes/addresses.ts';
import { investigationRoutes } from './routes/investigations.ts';
import { caseRoutes } from './routes/cases.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { metaRoutes } from './routes/meta.ts';
import { networkRoutes } from './routes/networks.ts';
import { transactionRoutes } from './routes/transactions.ts';
import type { Runtime } from './runtime.ts';
import { withLane } from '../../chains/upstream/lanes.ts';
import { AppError } from '../errors/app-error.ts';
import { Identity, principalOf } from './middleware/identity.ts';
import { can } from '../accounts/principal.ts';
import { agentRoutes } from './routes/agents.ts';
import { keyRoutes } from './routes/keys.ts';
import { auditRoutes } from './routes/audit.ts';
import { rateLimit, TokenBuckets } from './middleware/rate-limit.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { publicShare } from './middleware/public-share.ts';
import { assetRoutes } from '../web/assets.ts';
import { createTelemetry } from '../metrics/registry.ts';
import { httpMetrics } from '../metrics/http.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { helpdeskRoutes } from './routes/helpdesk.ts';
import { InvestigatingSink } from '../helpdesk/case-sink.ts';
import { zendeskTickets } from '../helpdesk/zendesk/client.ts';
import { zendeskFieldMap } from '../helpdesk/zendesk/field-map.ts';
import { notFoundPage, rateLimitedPage, wantsHtml, webRoutes } from '../web/routes.tsx';

/** Liveness and readiness probes. */
const PROBES = new Set(['/healthz', '/readyz']);
/**
 * Helpdesk webhooks come from a few shared IPs (Zendesk's pool) and are authenticated by
 * their signature, checked before any work: the per-IP public limit would drop real tickets.
 */
const SIGNED_INBOUND = ['/v1/intake', '/v1/integrations/zendesk/events'];

/** The HTTP API, read top to bottom like a table of it. */
export function createApp(rt: Runtime) {
  const app = new OpenAPIHono({ defaultHook });
  app.use('*', requestId());
  const telemetry = rt.telemetry ?? createTelemetry({ defaultMetrics: false });
  app.use('*', httpMetrics(telemetry));
  app.use('*', accessLog(rt.config.LOG_LEVEL));
  const httpsOnly = Boolean(rt.config.PUBLIC_URL?.startsWith('https:'));
  app.use('*', securityHeaders({ httpsOnly }));
  const identity = new Identity(rt.accounts, rt.agentKey, { secureCookie: httpsOnly });
  app.use('*', identity.resolve());
  /** Signed in (any role, any key): the helpdesk's own traffic. */
  const staff = (c: Context) => principalOf(c) !== undefined;
  // Agents are not rate limited (they are authenticated); static files are cheap and cached;
  // probes (load balancers, supervisors) must never be told to wait.
  if (rt.config.RATE_LIMIT_PER_MINUTE > 0) {
    const buckets = rt.rateLimitStore ?? new TokenBuckets({ perMinute: rt.config.RATE_LIMIT_PER_MINUTE, burst: rt.config.RATE_LIMIT_BURST });
    const exempt = (c: Context) => c.req.path.startsWith('/assets/') || PROBES.has(c.req.path) || SIGNED_INBOUND.includes(c.req.path) || staff(c);
    app.use('*', rateLimit(buckets, { trustProxy: rt.config.TRUST_PROXY, exempt, onLimited: rateLimitedPage }));
  }
  // Upstream work of anonymous callers runs in the public lane: a smaller share of each endpoint, served after agents;
  // and only so many anonymous requests are handled at once.
  app.use('*', (c, next) => withLane(staff(c) ? 'agent' : 'public', next));
  app.use('*', publicShare({ max: rt.config.PUBLIC_MAX_CONCURRENT, maxWaitMs: 10_000, exempt: (c) => c.req.path.startsWith('/assets/') || PROBES.has(c.req.path), isAgent: (c) => staff(c) }));
  const body = requestBody({ maxBytes: rt.config.MAX_BODY_BYTES, tooLarge: (c) => problem(c, new PayloadTooLargeError(rt.config.MAX_BODY_BYTES)) });
  app.use('/v1/*', body);
  app.use('/console/*', body);
  // Each signed-in route names the permission it needs (src/accounts/roles.ts) and checks it
  // before reading the body: investigations hold complaints, address investigations are
  // costly and tell a stranger's story (the public gets /v1/tx's public view and the status page).

  app.route('/', metaRoutes(rt));
  app.route('/', metricsRoutes(telemetry, rt.config.METRICS_TOKEN));
  app.route('/', investigationRoutes(rt));
  if (rt.cases) app.route('/', caseRoutes(rt, rt.cases));
  if (rt.webhooks) app.route('/', webhookRoutes(rt.webhooks));
  app.route('/', agentRoutes(rt.accounts));
  app.route('/', keyRoutes(rt.accounts));
  app.route('/', auditRoutes(rt.accounts));
  const cfg = rt.config;
  app.route('/', helpdeskRoutes({
    sink: rt.caseSink ?? new InvestigatingSink(rt.investigator, rt.recent),
    telemetry,
    maxTextChars: cfg.MAX_TEXT_CHARS,
    publicUrl: cfg.PUBLIC_URL,
    intakeSecret: cfg.INTAKE_WEBHOOK_SECRET,
    zendesk: {
      secret: cfg.ZENDESK_WEBHOOK_SECRET,
      map: zendeskFieldMap(cfg.ZENDESK_FIELD_MAP),
      tickets: cfg.ZENDESK_URL && cfg.ZENDESK_EMAIL && cfg.ZENDESK_API_TOKEN ? zendeskTickets({ endpointUri: cfg.ZENDESK_URL, email: cfg.ZENDESK_EMAIL, token: cfg.ZENDESK_API_TOKEN }) : undefined,
    },
  }));
  app.route('/', transactionRoutes(rt, (c) => can(principalOf(c), 'investigate')));
  app.route('/', addressRoutes(rt));
  app.route('/', networkRoutes(rt));
  app.route('/', assetRoutes());
  app.route('/', webRoutes(rt, identity));

  app.openAPIRegistry.registerComponent('securitySchemes', 'agentKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An integration key (txk_…, scoped: investigate, cases:read, cases:write, admin), or AGENT_API_KEY (the bootstrap admin). A console session cookie works too.',
  });

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'txtriage API', version: '0.1.0', description: 'Blockchain transaction investigation for wallet helpdesks. Finding codes are stable; see the README.' },
  });
  app.get('/docs', (c) => c.html(docsPage(app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'txtriage API', version: '0.1.0' } }))));

  app.notFound((c) => (wantsHtml(c) ? notFoundPage(c) : problem(c, new AppError('NOT_FOUND', `No route for ${c.req.method} ${c.req.path}.`, { status: 404 }))));
  app.onError(onError);
  return app;
}
