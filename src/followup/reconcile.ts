// SQLite is the source of truth, Redis the clock: re-queue every stored message and scheduled email whose job is missing.
import { and, eq, inArray } from 'drizzle-orm';
import { inboundMessages, outbox, webhookEvents } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { jobIds } from '../queues.ts';
import { lapseOverdue } from './cadence.ts';
import { backfillItemWords } from './introductions.ts';

export interface ReconcileResult {
  inbound: number;
  outbox: number;
  /** Resend events stored but not yet downloaded (their job lost with Redis, or never queued). */
  resendFetch?: number;
  /** Commitments that lapsed: nobody answered after the nudge. */
  lapsed?: number;
}

export async function reconcile(deps: Deps): Promise<ReconcileResult> {
  const { db, queues, clock } = deps;
  // Time-based state changes need no queue.
  const lapsed = lapseOverdue(db, deps);
  // Offers and needs stored before their words were indexed (an upgrade): once per process.
  backfillItemWords(db);
  if (!queues) return { inbound: 0, outbox: 0, lapsed };
  const result: ReconcileResult = { inbound: 0, outbox: 0, lapsed };

  const pendingInbound = db.select({ id: inboundMessages.id }).from(inboundMessages).where(eq(inboundMessages.status, 'stored')).all();
  for (const { id } of pendingInbound) {
    if (await queues.inbound.getJob(jobIds.inbound(id))) continue;
    await queues.enqueueInbound(id);
    result.inbound++;
  }

  // 'sending' rows are ones whose worker died mid-send; the provider's idempotency key makes a resend safe.
  const now = clock.now().getTime();
  const rows = db.select({ id: outbox.id, sendAt: outbox.sendAt }).from(outbox).where(inArray(outbox.status, ['scheduled', 'sending'])).all();
  // Looked up a chunk at a time (concurrent commands share round trips), re-added in bulk.
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const jobs = await Promise.all(chunk.map((r) => queues.send.getJob(jobIds.send(r.id))));
    const missing: { outboxId: number; delayMs: number }[] = [];
    for (let k = 0; k < chunk.length; k++) {
      const job = jobs[k];
      if (job && !(await job.isFailed())) continue;
      if (job) await job.remove();
      missing.push({ outboxId: chunk[k].id, delayMs: chunk[k].sendAt.getTime() - now });
    }
    if (missing.length) await queues.enqueueSendMany(missing);
    result.outbox += missing.length;
  }

  const events = db
    .select({ id: webhookEvents.id })
    .from(webhookEvents)
    .where(and(eq(webhookEvents.source, 'resend'), eq(webhookEvents.status, 'stored')))
    .all();
  for (const { id } of events) {
    if (await queues.resendFetch.getJob(jobIds.resendFetch(id))) continue;
    await queues.enqueueResendFetch(id);
    result.resendFetch = (result.resendFetch ?? 0) + 1;
  }
  return result;
}
