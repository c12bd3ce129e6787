// Queue names, payload schemas and job ids in one place. Payloads carry ids only, never mail or personal data.
import { Queue, UnrecoverableError, type JobsOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { z } from 'zod';

export const queueNames = { inbound: 'inbound', send: 'send', resendFetch: 'resend-fetch' } as const;

export const payloads = {
  inbound: z.object({ inboundId: z.number().int().positive() }),
  send: z.object({ outboxId: z.number().int().positive() }),
  /** A stored Resend `email.received` event whose raw message is still to be downloaded. */
  resendFetch: z.object({ eventId: z.number().int().positive() }),
};

export type InboundPayload = z.infer<typeof payloads.inbound>;
export type SendPayload = z.infer<typeof payloads.send>;
export type ResendFetchPayload = z.infer<typeof payloads.resendFetch>;

/** Deterministic job ids from business keys (BullMQ forbids ':' in custom ids). */
export const jobIds = {
  inbound: (id: number) => `inbound-${id}`,
  send: (id: number) => `outbox-${id}`,
  resendFetch: (eventId: number) => `resend-event-${eventId}`,
};

export function parsePayload<T>(schema: z.ZodType<T>, data: unknown): T {
  const r = schema.safeParse(data);
  if (!r.success) throw new UnrecoverableError(`bad job payload: ${r.error.issues.map((i) => i.message).join('; ')}`);
  return r.data;
}

const jobDefaults: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: true,
  removeOnFail: { count: 5_000 },
};

// Resend keeps a received email for days: retry a failing download for about three hours (3 s doubling, 12 tries).
const resendFetchDefaults: JobsOptions = { ...jobDefaults, attempts: 12, backoff: { type: 'exponential', delay: 3_000 } };

/** A Redis connection for producers: fails fast while Redis is away, so a webhook never hangs on it. */
export function producerConnection(url: string, extra: RedisOptions = {}) {
  return new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000, lazyConnect: false, ...extra });
}

/** A Redis connection for workers: BullMQ needs maxRetriesPerRequest null for its blocking commands. */
export function workerConnection(url: string, extra: RedisOptions = {}) {
  const r = new Redis(url, { maxRetriesPerRequest: null, ...extra });
  // The worker reports connection trouble through its own 'error' event (logged); without a
  // listener here ioredis would also print every failed reconnect while Redis is away.
  r.on('error', () => {});
  return r;
}

/** Producers must not hang on a Redis that is away: the row is in SQLite and the reconciler queues it later. */
export function withTimeout<T>(p: Promise<T>, ms = 2_000): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    }),
  ]);
}

export interface Queues {
  inbound: Queue;
  send: Queue;
  resendFetch: Queue;
  connection: Redis;
  prefix: string;
  enqueueInbound(inboundId: number): Promise<void>;
  enqueueSend(outboxId: number, delayMs: number): Promise<void>;
  /** Many at once, in one round trip per thousand (imports, invitations, bulk planning). */
  enqueueSendMany(jobs: { outboxId: number; delayMs: number }[]): Promise<void>;
  enqueueResendFetch(eventId: number): Promise<void>;
  close(): Promise<void>;
}

export function createQueues(url: string, prefix: string): Queues {
  const connection = producerConnection(url);
  // Errors surface on the commands themselves; an unhandled 'error' event would crash the process.
  connection.on('error', () => {});
  const inbound = new Queue(queueNames.inbound, { connection, prefix, defaultJobOptions: jobDefaults });
  const send = new Queue(queueNames.send, { connection, prefix, defaultJobOptions: jobDefaults });
  const resendFetch = new Queue(queueNames.resendFetch, { connection, prefix, defaultJobOptions: resendFetchDefaults });
  inbound.on('error', () => {});
  send.on('error', () => {});
  resendFetch.on('error', () => {});
  return {
    inbound,
    send,
    resendFetch,
    connection,
    prefix,
    async enqueueInbound(inboundId) {
      await withTimeout(inbound.add('inbound', { inboundId } satisfies InboundPayload, { jobId: jobIds.inbound(inboundId) }));
    },
    async enqueueSend(outboxId, delayMs) {
      await withTimeout(send.add('send', { outboxId } satisfies SendPayload, { jobId: jobIds.send(outboxId), delay: Math.max(0, Math.round(delayMs)) }));
    },
    async enqueueSendMany(jobs) {
      for (let i = 0; i < jobs.length; i += 1000) {
        const chunk = jobs.slice(i, i + 1000).map(({ outboxId, delayMs }) => ({
          name: 'send',
          data: { outboxId } satisfies SendPayload,
          opts: { ...jobDefaults, jobId: jobIds.send(outboxId), delay: Math.max(0, Math.round(delayMs)) },
        }));
        await withTimeout(send.addBulk(chunk), 10_000);
      }
    },
    async enqueueResendFetch(eventId) {
      await withTimeout(resendFetch.add('resend-fetch', { eventId } satisfies ResendFetchPayload, { jobId: jobIds.resendFetch(eventId) }));
    },
    async close() {
      // A Redis that is away must not hold up shutdown.
      await withTimeout(Promise.allSettled([inbound.close(), send.close(), resendFetch.close()]), 2_000).catch(() => {});
      connection.disconnect();
    },
  };
}

/** Resolves to true when Redis answers PING within the timeout. */
export async function redisAnswers(url: string, timeoutMs = 1_000): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: timeoutMs, retryStrategy: () => null });
  r.on('error', () => {});
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}
