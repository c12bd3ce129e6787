// Processor of the inbound queue: a thin call into src/inbound.
import type { Job } from 'bullmq';
import type { Deps } from '../src/deps.ts';
import { processInbound } from '../src/inbound/process.ts';
import { parsePayload, payloads } from '../src/queues.ts';

export async function inboundProcessor(job: Job, deps: Deps) {
  const { inboundId } = parsePayload(payloads.inbound, job.data);
  return processInbound(deps, inboundId);
}
