// Builds the real dependencies from settings: database, queues, renderer, transport.
import { databasePath, outboxDir, transportKind, type Env } from './env.ts';
import { openDb } from '../db/client.ts';
import { systemClock, type Clock } from './clock.ts';
import type { Deps } from './deps.ts';
import { lazyRenderer } from './email/render.ts';
import { createOutboxTransport, createResendTransport } from './email/transport.ts';
import { createLogger, type Logger } from './log.ts';
import { createQueues } from './queues.ts';

export function buildDeps(env: Env, opts: { redisUrl?: string | null; clock?: Clock; log?: Logger } = {}): Deps {
  const log = opts.log ?? createLogger(env.LOG_LEVEL);
  const db = openDb(databasePath(env));
  const transport =
    transportKind(env) === 'resend'
      ? createResendTransport({ apiKey: env.RESEND_API_KEY ?? '', baseUrl: env.RESEND_BASE_URL })
      : createOutboxTransport(outboxDir(env));
  return {
    env,
    db,
    clock: opts.clock ?? systemClock,
    log,
    queues: opts.redisUrl === null ? null : createQueues(opts.redisUrl ?? env.REDIS_URL, env.QUEUE_PREFIX),
    renderer: lazyRenderer(),
    transport,
  };
}

export async function closeDeps(deps: Deps) {
  await deps.queues?.close();
  deps.db.$client.close();
}
