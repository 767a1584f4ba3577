import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '../errors/app-error.ts';
import { accessLog } from './middleware/access-log.ts';
import { requestId } from './middleware/request-id.ts';
import { defaultHook, onError, problem } from './problem.ts';
import { docsPage } from './docs-page.ts';
import { addressRoutes } from './routes/addresses.ts';
import { investigationRoutes } from './routes/investigations.ts';
import { metaRoutes } from './routes/meta.ts';
import { transactionRoutes } from './routes/transactions.ts';
import type { Runtime } from './runtime.ts';
import { withLane } from '../../chains/upstream/lanes.ts';
import { AppError } from '../errors/app-error.ts';
import { AgentAuth, requireAgentApi } from './middleware/agent-auth.ts';
import { rateLimit, TokenBuckets } from './middleware/rate-limit.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { publicShare } from './middleware/public-share.ts';
import { assetRoutes } from '../web/assets.ts';
import { notFoundPage, rateLimitedPage, wantsHtml, webRoutes } from '../web/routes.tsx';

/** Liveness and readiness probes. */
const PROBES = new Set(['/healthz', '/readyz']);

/** The HTTP API, read top to bottom like a table of it. */
export function createApp(rt: Runtime) {
  const app = new OpenAPIHono({ defaultHook });
  app.use('*', requestId());
  app.use('*', accessLog(rt.config.LOG_LEVEL));
  const httpsOnly = Boolean(rt.config.PUBLIC_URL?.startsWith('https:'));
  app.use('*', securityHeaders({ httpsOnly }));
  const auth = new AgentAuth(rt.agentKey, { secureCookie: httpsOnly, sessions: rt.sessionStore });
  app.use('*', auth.resolve());
  // Agents are not rate limited (they are authenticated); static files are cheap and cached;
  // probes (load balancers, supervisors) must never be told to wait.
  if (rt.config.RATE_LIMIT_PER_MINUTE > 0) {
    const buckets = rt.rateLimitStore ?? new TokenBuckets({ perMinute: rt.config.RATE_LIMIT_PER_MINUTE, burst: rt.config.RATE_LIMIT_BURST });
    const exempt = (c: Context) => c.req.path.startsWith('/assets/') || PROBES.has(c.req.path) || auth.isAgent(c);
    app.use('*', rateLimit(buckets, { trustProxy: rt.config.TRUST_PROXY, exempt, onLimited: rateLimitedPage }));
  }
  // Upstream work of anonymous callers runs in the public lane: a smaller share of each endpoint, served after agents;
  // and only so many anonymous requests are handled at once.
  app.use('*', (c, next) => withLane(auth.isAgent(c) ? 'agent' : 'public', next));
  app.use('*', publicShare({ max: rt.config.PUBLIC_MAX_CONCURRENT, maxWaitMs: 10_000, exempt: (c) => c.req.path.startsWith('/assets/') || PROBES.has(c.req.path) || auth.isAgent(c) }));
  const limitBody = bodyLimit({ maxSize: rt.config.MAX_BODY_BYTES, onError: (c) => problem(c, new PayloadTooLargeError(rt.config.MAX_BODY_BYTES)) });
  app.use('/v1/*', limitBody);
  app.use('/console/*', limitBody);
  // Agent-only API: investigations hold complaints, address investigations are costly and
  // tell a stranger's story (the public gets /v1/tx's public view and the status page).
  app.use('/v1/investigations', requireAgentApi(auth));
  app.use('/v1/investigations/*', requireAgentApi(auth));
  app.use('/v1/address/*', requireAgentApi(auth));

  app.route('/', metaRoutes(rt));
  app.route('/', investigationRoutes(rt));
  app.route('/', transactionRoutes(rt, (c) => auth.isAgent(c)));
  app.route('/', addressRoutes(rt));
  app.route('/', assetRoutes());
  app.route('/', webRoutes(rt, auth));

  app.openAPIRegistry.registerComponent('securitySchemes', 'agentKey', { type: 'http', scheme: 'bearer', description: 'AGENT_API_KEY (agents and the helpdesk system)' });

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'txtriage API', version: '0.1.0', description: 'Blockchain transaction investigation for wallet helpdesks. Finding codes are stable; see the README.' },
  });
  app.get('/docs', (c) => c.html(docsPage(app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'txtriage API', version: '0.1.0' } }))));

  app.notFound((c) => (wantsHtml(c) ? notFoundPage(c) : problem(c, new AppError('NOT_FOUND', `No route for ${c.req.method} ${c.req.path}.`, { status: 404 }))));
  app.onError(onError);
  return app;
}
