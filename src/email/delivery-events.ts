// POST /webhooks/resend: what happened to mail we sent (bounced, complained, delivered), Svix-verified; bounced addresses get nothing more.
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { deliveryEvents, outbox, people, type DeliveryEventKind } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { skipScheduledFor } from '../followup/outbox.ts';
import { readSvixRequest } from '../inbound/adapters/svix.ts';

export const deliveryEventSchema = z.object({
  type: z.string(),
  created_at: z.string().optional(),
  data: z
    .object({
      email_id: z.string().optional(),
      to: z.union([z.array(z.string()), z.string()]).optional(),
      bounce: z.object({ type: z.string().optional(), subType: z.string().optional(), message: z.string().optional() }).partial().optional(),
    })
    .loose(),
});

export type DeliveryEvent = z.infer<typeof deliveryEventSchema>;

const addressOf = (s: string) => (/<([^<>]+)>/.exec(s)?.[1] ?? s).trim().toLowerCase();

/** Stops all mail to a person at once, saying why (the admin shows it). */
export function suppress(db: Db, personId: number, at: Date, reason: string) {
  db.update(people).set({ suppressedAt: at, suppressionReason: reason }).where(eq(people.id, personId)).run();
  skipScheduledFor(db, personId, `address suppressed: ${reason}`);
}

export interface DeliveryResult {
  id: number;
  duplicate: boolean;
  kind: DeliveryEventKind;
  suppressed: boolean;
}

/**
 * Records one provider event (once per svix-id) and acts on it: a hard bounce or a complaint
 * suppresses the address; soft bounces are counted and suppress at SOFT_BOUNCES_TO_SUPPRESS.
 */
export function handleDeliveryEvent(deps: Pick<Deps, 'db' | 'clock' | 'env'>, svixId: string, event: DeliveryEvent): DeliveryResult {
  const { db } = deps;
  const now = deps.clock.now();
  return db.transaction(() => {
    const seen = db.select().from(deliveryEvents).where(eq(deliveryEvents.svixId, svixId)).get();
    if (seen) return { id: seen.id, duplicate: true, kind: seen.kind, suppressed: false };
    const kind: DeliveryEventKind =
      event.type === 'email.bounced' ? 'bounced' : event.type === 'email.complained' ? 'complained' : event.type === 'email.delivered' ? 'delivered' : 'other';
    const providerId = event.data.email_id ?? null;
    const sent = providerId ? db.select({ id: outbox.id, personId: outbox.personId, to: outbox.toAddress }).from(outbox).where(eq(outbox.providerId, providerId)).get() : undefined;
    const to = [event.data.to ?? []].flat()[0];
    const address = to ? addressOf(to) : sent?.to ?? null;
    const person = sent?.personId
      ? db.select().from(people).where(eq(people.id, sent.personId)).get()
      : address
        ? db.select().from(people).where(eq(people.email, address)).get()
        : undefined;
    const bounceType = event.data.bounce?.type ?? '';
    const detail = [event.data.bounce?.type, event.data.bounce?.subType, event.data.bounce?.message].filter(Boolean).join(': ') || null;
    const row = db
      .insert(deliveryEvents)
      .values({ svixId, type: event.type, kind, providerId, outboxId: sent?.id ?? null, personId: person?.id ?? null, address, detail, receivedAt: now })
      .returning()
      .get();
    let suppressed = false;
    if (person && !person.suppressedAt) {
      if (kind === 'complained') {
        suppress(db, person.id, now, 'marked our mail as spam');
        suppressed = true;
      } else if (kind === 'bounced') {
        // Resend says Permanent for hard bounces; Transient and Undetermined are worth a few more tries.
        if (/^permanent$/i.test(bounceType)) {
          suppress(db, person.id, now, `hard bounce${event.data.bounce?.message ? `: ${event.data.bounce.message}` : ''}`);
          suppressed = true;
        } else {
          const n = person.softBounces + 1;
          db.update(people).set({ softBounces: n }).where(eq(people.id, person.id)).run();
          if (n >= deps.env.SOFT_BOUNCES_TO_SUPPRESS) {
            suppress(db, person.id, now, `${n} soft bounces`);
            suppressed = true;
          }
        }
      } else if (kind === 'delivered' && person.softBounces > 0) {
        // Delivered again: the soft bounces were passing trouble.
        db.update(people).set({ softBounces: 0 }).where(eq(people.id, person.id)).run();
      }
    }
    return { id: row.id, duplicate: false, kind, suppressed };
  });
}

export function deliveryEventRoutes(deps: Deps) {
  return new Hono().post('/resend', async (c) => {
    const { body, svixId } = await readSvixRequest(c, deps.env.RESEND_WEBHOOK_SECRET, 1024 * 1024, deps.clock.now());
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      throw new AppError('bad_request', 'the event is not JSON');
    }
    const event = deliveryEventSchema.safeParse(json);
    if (!event.success) throw new AppError('bad_request', 'not a Resend event: expected {type, data}');
    const r = handleDeliveryEvent(deps, svixId, event.data);
    return c.json(r, 200);
  });
}
