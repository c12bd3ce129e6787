// Integration-test harness: a real SQLite file, a real Redis (unique queue prefix), the real renderer and a transport.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDb } from '../../db/client.ts';
import { createApp } from '../../src/app.ts';
import { ManualClock, systemClock, type Clock } from '../../src/clock.ts';
import type { Deps } from '../../src/deps.ts';
import { createRenderer } from '../../src/email/render.ts';
import { createOutboxTransport, createResendTransport, type Transport } from '../../src/email/transport.ts';
import { parseEnv, type Env } from '../../src/env.ts';
import { createLogger } from '../../src/log.ts';
import { createQueues, withTimeout } from '../../src/queues.ts';
import { startWorkers, type RunningWorkers } from '../../workers/index.ts';

export const redisUrl = () => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface Harness {
  dir: string;
  env: Env;
  deps: Deps;
  app: ReturnType<typeof createApp>;
  clock: Clock;
  workers: RunningWorkers | null;
  startWorkers(): Promise<RunningWorkers>;
  close(): Promise<void>;
}

let renderer: ReturnType<typeof createRenderer> | undefined;

export async function createHarness(
  opts: { env?: Record<string, string>; clock?: Clock | 'manual'; redisUrl?: string | null; transport?: Transport | { resendBaseUrl: string } } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-test-'));
  const env = parseEnv({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    QUEUE_PREFIX: `t${randomBytes(5).toString('hex')}`,
    INBOUND_DOMAIN: 'in.followthrough.test',
    FROM_ADDRESS: 'Drumbeat Toronto <followup@followthrough.test>',
    PUBLIC_URL: 'http://127.0.0.1:3999',
    INBOUND_SECRET: 'test-inbound-secret-0123456789',
    TOKEN_SECRET: 'test-token-secret-0123456789',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    RECONCILE_EVERY_SECONDS: '3600',
    ...opts.env,
  });
  const clock = opts.clock === 'manual' ? new ManualClock(new Date('2026-11-23T15:00:00Z')) : (opts.clock ?? systemClock);
  const url = opts.redisUrl === undefined ? redisUrl() : opts.redisUrl;
  renderer ??= createRenderer();
  const transport: Transport =
    opts.transport && 'send' in opts.transport
      ? opts.transport
      : opts.transport
        ? createResendTransport({ apiKey: 're_test_123', baseUrl: opts.transport.resendBaseUrl })
        : createOutboxTransport(join(dir, 'outbox'));
  const deps: Deps = {
    env,
    db: openDb(join(dir, 'followthrough.db')),
    clock,
    log: createLogger(env.LOG_LEVEL),
    queues: url ? createQueues(url, env.QUEUE_PREFIX) : null,
    renderer,
    transport,
  };
  const h: Harness = {
    dir,
    env,
    deps,
    app: createApp(deps),
    clock,
    workers: null,
    async startWorkers() {
      h.workers = await startWorkers(deps, url!);
      return h.workers;
    },
    async close() {
      await h.workers?.close(2_000);
      if (deps.queues) {
        // Remove this file's queues so a shared Redis stays clean.
        await withTimeout(Promise.allSettled([deps.queues.inbound, deps.queues.send, deps.queues.resendFetch].map((q) => q.obliterate({ force: true }))), 2_000).catch(() => {});
        await deps.queues.close();
      }
      deps.db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** Polls until fn returns a truthy value (or throws after the timeout). */
export async function waitFor<T>(fn: () => T | Promise<T>, timeoutMs = 5_000, what = 'condition'): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
