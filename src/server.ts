// Entry point: settings, database, Redis, HTTP server and workers (by ROLE), and a clean shutdown.
import { serve } from '@hono/node-server';
import { startWorkers } from '../workers/index.ts';
import { createApp } from './app.ts';
import { EnvError, parseEnv } from './env.ts';
import { createLogger } from './log.ts';
import { ensureRedis, RedisUnavailable } from './redis-autostart.ts';
import { buildDeps, closeDeps } from './runtime.ts';
import { startCheckpointer } from '../db/checkpoint.ts';
import { startSmtp } from './smtp/server.ts';

async function main() {
  let env;
  try {
    env = parseEnv();
  } catch (err) {
    if (err instanceof EnvError) {
      process.stderr.write(`followthrough: ${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const log = createLogger(env.LOG_LEVEL, { role: env.ROLE });
  let redis;
  try {
    redis = await ensureRedis(env.REDIS_URL, { dataDir: env.DATA_DIR, autostart: env.REDIS_AUTOSTART, log });
  } catch (err) {
    if (err instanceof RedisUnavailable) {
      process.stderr.write(`followthrough: ${err.message}\n`);
      process.exit(69);
    }
    throw err;
  }
  const deps = buildDeps(env, { redisUrl: redis.url, log });
  // Compile every template now: a broken one stops the start, not a send hours later.
  deps.renderer.names();
  // WAL checkpoints run on their own thread, off the commits of replies and sends.
  const checkpointer = env.CHECKPOINT_INTERVAL_MS > 0 ? startCheckpointer(deps.db, { intervalMs: env.CHECKPOINT_INTERVAL_MS, onError: (message) => log.warn('checkpoint failed', { message }) }) : null;

  const workers = env.ROLE === 'web' ? null : await startWorkers(deps, redis.url);
  if (workers) log.info('workers started', { inboundConcurrency: env.INBOUND_CONCURRENCY, sendConcurrency: env.SEND_CONCURRENCY });
  const server =
    env.ROLE === 'worker'
      ? null
      : serve({ fetch: createApp(deps).fetch, hostname: env.HOST, port: env.PORT }, (info) => log.info('listening', { url: `http://${info.address}:${info.port}` }));
  // SMTP intake is part of the web role: it answers the network like the webhooks do.
  const smtp = env.ROLE !== 'worker' && env.SMTP_PORT !== undefined ? await startSmtp(deps, { port: env.SMTP_PORT, host: env.SMTP_HOST }) : null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    const hard = setTimeout(() => process.exit(1), 15_000);
    hard.unref();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    await smtp?.close();
    await workers?.close(10_000);
    await checkpointer?.stop();
    await closeDeps(deps);
    await redis.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`followthrough: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
