// Processor of the resend-fetch queue: downloads a received email's raw message from Resend, then hands it to the inbound pipeline.
import type { Job } from 'bullmq';
import type { Deps } from '../src/deps.ts';
import { fetchResendEvent } from '../src/inbound/adapters/resend.ts';
import { parsePayload, payloads } from '../src/queues.ts';

export async function resendFetchProcessor(job: Job, deps: Deps) {
  const { eventId } = parsePayload(payloads.resendFetch, job.data);
  return fetchResendEvent(deps, eventId);
}
