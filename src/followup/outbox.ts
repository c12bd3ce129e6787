// Every email the service will send is an outbox row first; a delayed job only points at it.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { clientOf, prepared, type Db } from '../../db/client.ts';
import { commitments, outbox, people, type OutboxStatus } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { standardHeaders } from '../email/message.ts';
import { replyAddress, encodeToken, type TokenContext } from '../inbound/reply-token.ts';
import { afterFollowupSent, followupData, followupTemplates, type Entry } from './cadence.ts';
import { invitationIcs } from './ics.ts';

export interface ScheduleInput {
  personId: number;
  to: string;
  template: string;
  payload: Record<string, unknown>;
  /** What a reply to this mail answers; null for mail that expects no answer. */
  context: TokenContext | null;
  refId?: number | null;
  sendAt: Date;
  /** Business key: the same key never makes a second row (e.g. `letter-<inboundId>`). */
  key: string;
  inReplyTo?: string | null;
}

type OutboxRow = typeof outbox.$inferSelect;

/** Templates that still go to an unsubscribed address: only the confirmation of the unsubscription itself. */
const sentDespiteUnsubscribe = new Set(['unsubscribed']);
/** Templates about commitments: sent only while one of their commitments is still pending. */
const aboutPendingCommitments = new Set(['letter', 'reminder', 'check-in', 'followup', 'invitation', 'rsvp-reminder']);

export function unsubscribeUrl(deps: Pick<Deps, 'env'>, personId: number) {
  const token = encodeToken(deps.env.TOKEN_SECRET, { context: 'unsubscribe', refId: 0, personId });
  return `${deps.env.PUBLIC_URL.replace(/\/$/, '')}/u/${token}`;
}

// A few random bytes per Message-ID, taken from a pool filled 512 ids at a time (one randomBytes call per row cost more than the rest of the id).
let randomPool = Buffer.alloc(0);
let randomAt = 0;
function randomHex6(): string {
  if (randomAt + 6 > randomPool.length) {
    randomPool = randomBytes(6 * 512);
    randomAt = 0;
  }
  randomAt += 6;
  return randomPool.toString('hex', randomAt - 6, randomAt);
}

/**
 * Inserts the row (once per key) inside the caller's transaction when given one; returns the row.
 * Several rows are written for every reply, so this is plain SQL: drizzle's insert mapped every
 * value in and every column back out (parsing the payload it had just serialized), about half of
 * the insert's cost. The row is put together from what was written and the database's defaults.
 */
export function insertOutbox(db: Db, deps: Pick<Deps, 'env' | 'renderer'>, input: ScheduleInput): OutboxRow {
  const subject = deps.renderer.subject(input.template, input.payload);
  const insert = prepared(db, 'outbox.insert', (d) =>
    clientOf(d).prepare(
      `insert into outbox (person_id, to_address, template, payload, subject, context, ref_id, send_at, idempotency_key, message_id, in_reply_to)
       values (@personId, @toAddress, @template, @payload, @subject, @context, @refId, @sendAt, @idempotencyKey, @messageId, @inReplyTo)
       on conflict (idempotency_key) do nothing
       returning id, status, attempts, created_at as createdAt`,
    ),
  );
  const row = {
    personId: input.personId,
    toAddress: input.to,
    template: input.template,
    subject,
    context: input.context,
    refId: input.refId ?? null,
    idempotencyKey: input.key,
    messageId: `${input.key}.${randomHex6()}@${deps.env.INBOUND_DOMAIN}`,
    inReplyTo: input.inReplyTo ?? null,
  };
  const inserted = insert.get({ ...row, payload: JSON.stringify(input.payload), sendAt: input.sendAt.getTime() }) as { id: number; status: OutboxStatus; attempts: number; createdAt: number } | undefined;
  if (!inserted) return db.select().from(outbox).where(eq(outbox.idempotencyKey, input.key)).get()!;
  return {
    ...row,
    id: inserted.id,
    payload: input.payload,
    sendAt: input.sendAt,
    status: inserted.status,
    statusReason: null,
    attempts: inserted.attempts,
    lastError: null,
    providerId: null,
    sentAt: null,
    createdAt: new Date(inserted.createdAt),
  };
}

/** Points a delayed job at each scheduled row. Redis being away is not an error: the reconciler retries. */
export async function enqueueRows(deps: Pick<Deps, 'queues' | 'clock' | 'log'>, rows: OutboxRow[]) {
  if (!deps.queues) return;
  const now = deps.clock.now().getTime();
  const jobs = rows.filter((r) => r.status === 'scheduled').map((r) => ({ outboxId: r.id, delayMs: r.sendAt.getTime() - now }));
  if (!jobs.length) return;
  try {
    if (jobs.length === 1) await deps.queues.enqueueSend(jobs[0].outboxId, jobs[0].delayMs);
    else await deps.queues.enqueueSendMany(jobs);
  } catch (err) {
    deps.log.warn('send not queued; the reconciler will queue it', { outboxIds: jobs.map((j) => j.outboxId).slice(0, 20), err: String(err) });
  }
}

export type DeliverOutcome = OutboxStatus | 'missing' | 'not-due' | 'retry';

export class RetryableSendError extends Error {
  constructor(
    message: string,
    readonly rateLimited = false,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const setStatus = (db: Db, id: number, status: OutboxStatus, extra: Partial<OutboxRow> = {}) =>
  db.update(outbox).set({ status, ...extra }).where(eq(outbox.id, id)).run();

/**
 * Sends one outbox row if it is still due: re-reads it, re-checks the person and the commitments,
 * renders, and hands it to the transport with the row's idempotency key. Throws RetryableSendError
 * when the transport may succeed later.
 */
export async function deliver(deps: Deps, outboxId: number): Promise<DeliverOutcome> {
  const { db, clock } = deps;
  const row = db.select().from(outbox).where(eq(outbox.id, outboxId)).get();
  if (!row) return 'missing';
  if (row.status !== 'scheduled' && row.status !== 'sending') return row.status;
  const now = clock.now();
  if (row.sendAt.getTime() > now.getTime() + 1000) {
    await enqueueRows(deps, [row]);
    return 'not-due';
  }
  const person = row.personId ? db.select().from(people).where(eq(people.id, row.personId)).get() : undefined;
  if (person?.suppressedAt) {
    setStatus(db, row.id, 'skipped', { statusReason: `address suppressed: ${person.suppressionReason ?? 'bounced'}` });
    return 'skipped';
  }
  if (person?.unsubscribedAt && !sentDespiteUnsubscribe.has(row.template)) {
    setStatus(db, row.id, 'skipped', { statusReason: 'unsubscribed' });
    return 'skipped';
  }
  // The other person of an introduction must still be reachable too.
  const also = typeof row.payload.alsoTo === 'number' ? db.select().from(people).where(eq(people.id, row.payload.alsoTo)).get() : undefined;
  if (also && (also.suppressedAt || also.unsubscribedAt)) {
    setStatus(db, row.id, 'skipped', { statusReason: 'the other person can no longer be mailed' });
    return 'skipped';
  }
  let payload = row.payload;
  if (followupTemplates.has(row.template)) {
    // Built again from the commitments as they are now: done or dropped ones leave the mail.
    payload = followupData(db, (row.payload.entries as Entry[] | undefined) ?? [], row.payload);
    if (!payload.live) {
      setStatus(db, row.id, 'skipped', { statusReason: 'no pending commitment left' });
      return 'skipped';
    }
  } else if (aboutPendingCommitments.has(row.template)) {
    const ids = (row.payload.commitmentIds as number[] | undefined) ?? [];
    const pending = ids.length
      ? db.select({ n: sql<number>`count(*)` }).from(commitments).where(and(inArray(commitments.id, ids), eq(commitments.state, 'pending'))).get()!.n
      : 0;
    if (pending === 0) {
      setStatus(db, row.id, 'skipped', { statusReason: 'no pending commitment left' });
      return 'skipped';
    }
  }

  const unsub = row.personId ? unsubscribeUrl(deps, row.personId) : deps.env.PUBLIC_URL;
  const rendered = deps.renderer.render(row.template, { ...payload, unsubscribeUrl: unsub, publicUrl: deps.env.PUBLIC_URL });
  const calendar = row.payload.calendar as { start: string; end: string; uid: string } | null | undefined;
  const attachments = calendar
    ? [
        {
          filename: 'invitation.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: invitationIcs({ uid: calendar.uid, title: rendered.subject, description: rendered.text, start: calendar.start, end: calendar.end, organizerName: deps.env.ORGANIZER_NAME, now }),
        },
      ]
    : undefined;
  db.update(outbox).set({ status: 'sending', attempts: sql`${outbox.attempts} + 1` }).where(eq(outbox.id, row.id)).run();
  const result = await deps.transport.send(
    {
      from: deps.env.FROM_ADDRESS,
      to: row.toAddress,
      replyTo:
        row.context && row.personId
          ? replyAddress(deps.env.TOKEN_SECRET, deps.env.INBOUND_DOMAIN, { context: row.context as TokenContext, refId: row.refId ?? row.id, personId: row.personId })
          : undefined,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      messageId: row.messageId,
      inReplyTo: row.inReplyTo ?? undefined,
      references: row.inReplyTo ? [row.inReplyTo] : undefined,
      headers: standardHeaders({ unsubscribeUrl: unsub }),
      attachments,
    },
    row.idempotencyKey,
  );
  if (result.ok) {
    const sentAt = clock.now();
    setStatus(db, row.id, 'sent', { providerId: result.providerId, sentAt, lastError: null });
    if (followupTemplates.has(row.template)) {
      const next = db.transaction(() => afterFollowupSent(db, deps, { ...row, sentAt }));
      await enqueueRows(deps, next);
    }
    return 'sent';
  }
  if (result.retryable) {
    setStatus(db, row.id, 'scheduled', { lastError: result.error });
    throw new RetryableSendError(result.error, result.rateLimited ?? false, result.retryAfterMs);
  }
  setStatus(db, row.id, 'failed', { lastError: result.error, statusReason: 'rejected by the mail provider' });
  return 'failed';
}

/** Marks a row failed after its last retry (called by the worker). */
export function markFailed(db: Db, outboxId: number, error: string) {
  db.update(outbox)
    .set({ status: 'failed', lastError: error, statusReason: 'gave up after retries' })
    .where(and(eq(outbox.id, outboxId), inArray(outbox.status, ['scheduled', 'sending'])))
    .run();
}

/** Skips every scheduled row to a person (unsubscribe, suppression). Returns how many. */
export function skipScheduledFor(db: Db, personId: number, reason: string): number {
  return db
    .update(outbox)
    .set({ status: 'skipped', statusReason: reason })
    .where(and(eq(outbox.personId, personId), eq(outbox.status, 'scheduled')))
    .run().changes;
}

export function listOutbox(db: Db) {
  return db
    .select({ id: outbox.id, to: outbox.toAddress, template: outbox.template, subject: outbox.subject, sendAt: outbox.sendAt, status: outbox.status, reason: outbox.statusReason, attempts: outbox.attempts, lastError: outbox.lastError })
    .from(outbox)
    .orderBy(asc(outbox.id))
    .all()
    .map((r) => ({ ...r, sendAt: r.sendAt.toISOString() }));
}

/**
 * Sends every scheduled row whose time has come, oldest first. The queue's delayed jobs do this in
 * production; this is the same work driven by the clock alone (tests of the cadence, a catch-up
 * after downtime). Rows that fail retryably stay scheduled.
 */
export async function deliverDue(deps: Deps): Promise<{ id: number; outcome: DeliverOutcome }[]> {
  const now = deps.clock.now();
  const due = deps.db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, 'scheduled'), lte(outbox.sendAt, now)))
    .orderBy(asc(outbox.sendAt), asc(outbox.id))
    .all();
  const done: { id: number; outcome: DeliverOutcome }[] = [];
  for (const { id } of due) {
    try {
      done.push({ id, outcome: await deliver(deps, id) });
    } catch (err) {
      if (!(err instanceof RetryableSendError)) throw err;
      done.push({ id, outcome: 'retry' });
    }
  }
  return done;
}
