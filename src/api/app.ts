import { OpenAPIHono } from '@hono/zod-openapi';
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
import { AppError } from '../errors/app-error.ts';

/** The HTTP API, read top to bottom like a table of it. */
export function createApp(rt: Runtime) {
  const app = new OpenAPIHono({ defaultHook });
  app.use('*', requestId());
  app.use('*', accessLog(rt.config.LOG_LEVEL));
  app.use('/v1/*', bodyLimit({ maxSize: rt.config.MAX_BODY_BYTES, onError: (c) => problem(c, new PayloadTooLargeError(rt.config.MAX_BODY_BYTES)) }));

  app.route('/', metaRoutes(rt));
  app.route('/', investigationRoutes(rt));
  app.route('/', transactionRoutes(rt));
  app.route('/', addressRoutes(rt));

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'txtriage API', version: '0.1.0', description: 'Blockchain transaction investigation for wallet helpdesks. Finding codes are stable; see the README.' },
  });
  app.get('/docs', (c) => c.html(docsPage(app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'txtriage API', version: '0.1.0' } }))));

  app.notFound((c) => problem(c, new AppError('NOT_FOUND', `No route for ${c.req.method} ${c.req.path}.`, { status: 404 })));
  app.onError(onError);
  return app;
}
