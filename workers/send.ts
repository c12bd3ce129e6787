// Processor of the send queue: re-checks and sends one outbox row.
import { Worker, type Job } from 'bullmq';
import type { Deps } from '../src/deps.ts';
import { deliver, RetryableSendError } from '../src/followup/outbox.ts';
import { parsePayload, payloads } from '../src/queues.ts';

export async function sendProcessor(job: Job, deps: Deps, worker?: Worker) {
  const { outboxId } = parsePayload(payloads.send, job.data);
  try {
    return await deliver(deps, outboxId);
  } catch (err) {
    if (err instanceof RetryableSendError && err.rateLimited && worker && err.retryAfterMs) {
      // The provider asked us to slow down: pause the whole queue, not just this job.
      await worker.rateLimit(err.retryAfterMs);
      throw Worker.RateLimitError();
    }
    throw err;
  }
}
