// POST /inbound/resend: Resend's `email.received` webhook (metadata only, Svix-signed); a job downloads the raw message later.
import { UnrecoverableError } from 'bullmq';
import { and, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { Resend } from 'resend';
import { z } from 'zod';
import { webhookEvents } from '../../../db/schema.ts';
import type { Db } from '../../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { acceptRaw } from '../routes.ts';
import { readLimited } from '../store.ts';
import { answering } from './common.ts';
import { readSvixRequest } from './svix.ts';
import { deliveryEventSchema, handleDeliveryEvent } from '../../email/delivery-events.ts';

/** Events are small JSON documents; a megabyte is far more than any real one. */
const EVENT_MAX_BYTES = 1024 * 1024;

const eventSchema = z.object({
  type: z.string(),
  created_at: z.string().optional(),
  data: z.looseObject({}).optional(),
});

const receivedSchema = z.looseObject({
  email_id: z.string().min(1).max(200),
  message_id: z.string().optional(),
  from: z.string().optional(),
  to: z.array(z.string()).optional(),
  subject: z.string().optional(),
  created_at: z.string().optional(),
});

export function resendRoutes(deps: Deps) {
  return new Hono().post('/resend', (c) =>
    // Svix retries anything but a 2xx and has no "stop" status: a signed event we cannot use is answered 400 and shows as failed in Resend.
    answering(c, null, async () => {
      const { body, svixId } = await readSvixRequest(c, deps.env.RESEND_WEBHOOK_SECRET, Math.min(deps.env.MAX_INBOUND_BYTES, EVENT_MAX_BYTES), deps.clock.now());

      let json: unknown;
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        throw new AppError('bad_request', 'the event is not JSON');
      }
      const event = eventSchema.safeParse(json);
      if (!event.success) throw new AppError('bad_request', 'not a Resend event: expected {type, data}');
      // One Resend endpoint may carry every event type: delivery events are handled as at /webhooks/resend.
      if (event.data.type !== 'email.received') {
        const delivery = deliveryEventSchema.safeParse(event.data);
        if (!delivery.success) return c.json({ ignored: event.data.type }, 200);
        return c.json(handleDeliveryEvent(deps, svixId, delivery.data), 200);
      }
      const data = receivedSchema.safeParse(event.data.data);
      if (!data.success) throw new AppError('bad_request', 'email.received without data.email_id');

      const recorded = recordResendEvent(deps, svixId!, data.data);
      if (!recorded.duplicate && deps.queues) {
        try {
          await deps.queues.enqueueResendFetch(recorded.id);
        } catch (err) {
          deps.log.warn('Resend event stored but not queued; the reconciler will queue it', { eventId: recorded.id, err: String(err) });
        }
      }
      return c.json(recorded.duplicate ? { event: recorded.id, duplicate: true } : { event: recorded.id }, 200);
    }),
  );
}

/** Stores the event once per svix-id, and once per received email (a replay from Resend's dashboard has a new svix-id). */
export function recordResendEvent(deps: Deps, svixId: string, data: z.infer<typeof receivedSchema>): { id: number; duplicate: boolean } {
  const { db } = deps;
  return db.transaction((tx) => {
    const prior = tx
      .select({ id: webhookEvents.id })
      .from(webhookEvents)
      .where(and(eq(webhookEvents.source, 'resend'), sql`(${webhookEvents.externalId} = ${svixId} or ${webhookEvents.providerId} = ${data.email_id})`))
      .get();
    if (prior) return { id: prior.id, duplicate: true };
    const row = tx
      .insert(webhookEvents)
      .values({
        source: 'resend',
        externalId: svixId,
        type: 'email.received',
        providerId: data.email_id,
        payload: { email_id: data.email_id, message_id: data.message_id, created_at: data.created_at, from: data.from, to: data.to, subject: data.subject },
        status: 'stored',
        receivedAt: deps.clock.now(),
      })
      .returning({ id: webhookEvents.id })
      .get();
    return { id: row.id, duplicate: false };
  });
}

export function markResendEventFailed(db: Db, eventId: number, error: string) {
  db.update(webhookEvents).set({ status: 'failed', error: error.slice(0, 2000) }).where(eq(webhookEvents.id, eventId)).run();
}

export interface FetchResult {
  eventId: number;
  status: string;
  inboundId?: number | null;
  duplicate?: boolean;
}

/**
 * Downloads the raw message of a stored event (the received-email API gives a signed URL to the
 * original .eml) and hands it to the raw-mail pipeline. Throws to be retried; throws an
 * UnrecoverableError (after marking the event failed) when retrying cannot help.
 */
export async function fetchResendEvent(deps: Deps, eventId: number): Promise<FetchResult> {
  const { db, env } = deps;
  const row = db.select().from(webhookEvents).where(eq(webhookEvents.id, eventId)).get();
  if (!row || row.source !== 'resend') throw new UnrecoverableError(`no Resend event ${eventId}`);
  if (row.status !== 'stored') return { eventId, status: row.status, inboundId: row.inboundId };
  db.update(webhookEvents).set({ attempts: sql`${webhookEvents.attempts} + 1` }).where(eq(webhookEvents.id, eventId)).run();
  const fail = (message: string): never => {
    markResendEventFailed(db, eventId, message);
    throw new UnrecoverableError(message);
  };

  if (!env.RESEND_API_KEY) throw new Error('RESEND_API_KEY is not set: cannot download received mail from Resend');
  const resend = new Resend(env.RESEND_API_KEY, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL.replace(/\/+$/, '') } : undefined);
  const { data, error } = await resend.emails.receiving.get(row.providerId!);
  if (error) throw new Error(`Resend answered ${error.name}: ${error.message}`);
  const url = data?.raw?.download_url;
  if (!url) throw new Error(`Resend gave no raw download for received email ${row.providerId}`);

  const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new Error(`the raw download answered ${res.status}`);
  }
  let raw: Buffer;
  try {
    raw = await readLimited(res.body, env.MAX_INBOUND_BYTES, res.headers.get('content-length'));
  } catch (err) {
    if (err instanceof AppError && err.code === 'payload_too_large') fail(err.message);
    throw err;
  }
  let stored;
  try {
    stored = await acceptRaw(deps, raw, 'resend', row.providerId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'bad_request') fail(`the raw download is not a mail message: ${err.message}`);
    throw err;
  }
  db.update(webhookEvents).set({ status: 'fetched', inboundId: stored.id, error: null }).where(eq(webhookEvents.id, eventId)).run();
  return { eventId, status: 'fetched', inboundId: stored.id, duplicate: stored.duplicate };
}
