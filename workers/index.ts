// Starts the BullMQ workers and the reconciler; closes them on demand.
import { Worker, type Job } from 'bullmq';
import type { Deps } from '../src/deps.ts';
import { markFailed } from '../src/followup/outbox.ts';
import { reconcile } from '../src/followup/reconcile.ts';
import { inboundMessages } from '../db/schema.ts';
import { eq } from 'drizzle-orm';
import { queueNames, workerConnection } from '../src/queues.ts';
import { markResendEventFailed } from '../src/inbound/adapters/resend.ts';
import { inboundProcessor } from './inbound.ts';
import { resendFetchProcessor } from './resend-fetch.ts';
import { sendProcessor } from './send.ts';

export interface RunningWorkers {
  inbound: Worker;
  send: Worker;
  resendFetch: Worker;
  reconcileNow(): Promise<void>;
  close(timeoutMs?: number): Promise<void>;
}

export async function startWorkers(deps: Deps, redisUrl: string): Promise<RunningWorkers> {
  if (!deps.queues) throw new Error('workers need Redis (queues)');
  const prefix = deps.queues.prefix;
  const { log } = deps;
  const logJob = (queue: string) => (job: Job | undefined, result?: unknown, err?: Error) =>
    log[err ? 'warn' : 'info']('job', { queue, jobId: job?.id, attempt: job?.attemptsMade, result: err ? undefined : result, err: err?.message, ms: job?.finishedOn && job.processedOn ? job.finishedOn - job.processedOn : undefined });

  const inbound = new Worker(queueNames.inbound, (job) => inboundProcessor(job, deps), {
    connection: workerConnection(redisUrl),
    prefix,
    concurrency: deps.env.INBOUND_CONCURRENCY,
  });
  const send: Worker = new Worker(queueNames.send, (job) => sendProcessor(job, deps, send), {
    connection: workerConnection(redisUrl),
    prefix,
    concurrency: deps.env.SEND_CONCURRENCY,
  });
  const resendFetch = new Worker(queueNames.resendFetch, (job) => resendFetchProcessor(job, deps), {
    connection: workerConnection(redisUrl),
    prefix,
    concurrency: deps.env.INBOUND_CONCURRENCY,
  });
  for (const [name, w] of [
    ['inbound', inbound],
    ['send', send],
    ['resend-fetch', resendFetch],
  ] as const) {
    w.on('error', (err) => log.error('worker error', { queue: name, err: err.message }));
    w.on('completed', (job, result) => logJob(name)(job, result));
    w.on('failed', (job, err) => {
      logJob(name)(job, undefined, err);
      const final = job && job.attemptsMade >= (job.opts.attempts ?? 1);
      if (!final || !job) return;
      if (name === 'send') markFailed(deps.db, (job.data as { outboxId: number }).outboxId, err.message);
      else if (name === 'resend-fetch') markResendEventFailed(deps.db, (job.data as { eventId: number }).eventId, err.message);
      else
        deps.db
          .update(inboundMessages)
          .set({ status: 'failed', error: err.message })
          .where(eq(inboundMessages.id, (job.data as { inboundId: number }).inboundId))
          .run();
    });
  }

  const reconcileNow = async () => {
    try {
      const r = await reconcile(deps);
      if (r.inbound || r.outbox || r.resendFetch || r.lapsed) log.info('reconciled', { ...r });
    } catch (err) {
      log.warn('reconcile failed; will try again', { err: String(err) });
    }
  };
  await reconcileNow();
  const timer = setInterval(reconcileNow, deps.env.RECONCILE_EVERY_SECONDS * 1000);
  timer.unref();

  return {
    inbound,
    send,
    resendFetch,
    reconcileNow,
    async close(timeoutMs = 10_000) {
      clearInterval(timer);
      const closing = Promise.allSettled([inbound.close(), send.close(), resendFetch.close()]);
      await Promise.race([closing, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
      await Promise.allSettled([inbound.close(true), send.close(true), resendFetch.close(true)]);
    },
  };
}
