// createApp(deps): mounts every capability's routes; no I/O at import time.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { dbHealthy } from '../db/client.ts';
import { adminRoutes } from './admin/routes.tsx';
import type { Deps } from './deps.ts';
import { deliveryEventRoutes } from './email/delivery-events.ts';
import { AppError } from './errors.ts';
import { unsubscribeRoutes } from './followup/unsubscribe.ts';
import { adapterRoutes } from './inbound/adapters/index.ts';
import { inboundRoutes } from './inbound/routes.ts';

export function createApp(deps: Deps) {
  const app = new Hono();

  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    deps.log.info('request', { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - start) });
  });

  app.onError((err, c) => {
    if (err instanceof AppError) return c.json(err.toJSON(), err.status);
    if (err instanceof HTTPException) return c.json({ error: { code: 'http', message: err.message } }, err.status);
    deps.log.error('unhandled error', { path: c.req.path, err });
    return c.json(new AppError('internal', 'internal error').toJSON(), 500);
  });
  app.notFound((c) => c.json(new AppError('not_found', `no route for ${c.req.method} ${c.req.path}`).toJSON(), 404));

  app.get('/healthz', async (c) => {
    const db = dbHealthy(deps.db) ? 'ok' : 'down';
    let redis: 'ok' | 'down' | 'not configured' = 'not configured';
    if (deps.queues) {
      redis = await Promise.race([
        deps.queues.connection.ping().then(() => 'ok' as const, () => 'down' as const),
        new Promise<'down'>((r) => setTimeout(() => r('down'), 1_000).unref()),
      ]);
    }
    const ok = db === 'ok' && redis !== 'down';
    return c.json({ status: ok ? 'ok' : 'degraded', db, redis }, ok ? 200 : 503);
  });

  app.route('/inbound', inboundRoutes(deps));
  app.route('/inbound', adapterRoutes(deps));
  app.route('/u', unsubscribeRoutes(deps));
  // Off (503) without ADMIN_PASSWORD/ADMIN_USERS, except in development on a loopback HOST: see adminAccess.
  app.route('/admin', adminRoutes(deps));
  app.route('/webhooks', deliveryEventRoutes(deps));
  return app;
}
