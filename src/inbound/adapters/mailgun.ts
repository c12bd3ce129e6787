// POST /inbound/mailgun/mime: a Mailgun route forwarding raw MIME (`body-mime`), signed with the HTTP webhook signing key.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import { Hono } from 'hono';
import { webhookEvents } from '../../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { acceptRaw } from '../routes.ts';
import { answering, ENVELOPE_SLACK_BYTES, messageField, notConfigured, parseForm, readBody, stored } from './common.ts';

export function signMailgun(key: string, timestamp: string, token: string): string {
  return createHmac('sha256', key).update(timestamp + token).digest('hex');
}

export function mailgunRoutes(deps: Deps) {
  // Mailgun stops retrying on 200 and on 406 only: bad data and oversize mail get 406; bad signatures 401/403 (retried, in case the key is being fixed).
  return new Hono().post('/mailgun/mime', (c) =>
    answering(c, 406, async () => {
      const key = deps.env.MAILGUN_SIGNING_KEY;
      if (!key) notConfigured('Mailgun', 'MAILGUN_SIGNING_KEY');
      const body = await readBody(c, deps.env.MAX_INBOUND_BYTES + ENVELOPE_SLACK_BYTES);
      const fields = parseForm(body, c.req.header('content-type'));
      const timestamp = fields.get('timestamp')?.toString('latin1') ?? '';
      const token = fields.get('token')?.toString('latin1') ?? '';
      const signature = fields.get('signature')?.toString('latin1') ?? '';
      if (!/^\d{1,12}$/.test(timestamp) || !token || !/^[0-9a-f]{64}$/i.test(signature)) {
        throw new AppError('unauthorized', 'missing or malformed timestamp, token or signature');
      }
      const want = Buffer.from(signMailgun(key, timestamp, token), 'hex');
      if (!timingSafeEqual(want, Buffer.from(signature, 'hex'))) throw new AppError('unauthorized', 'signature does not match');
      const now = deps.clock.now();
      const maxAge = deps.env.MAILGUN_MAX_AGE_SECONDS;
      if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > maxAge) throw new AppError('forbidden', `timestamp more than ${maxAge} s away: stale or replayed`);

      const raw = messageField(fields, 'body-mime', deps.env.MAX_INBOUND_BYTES);
      // A token is good once. Recorded before storing, so two copies racing cannot both pass; forgotten again if storing fails for a reason Mailgun may retry.
      const claimed = deps.db
        .insert(webhookEvents)
        .values({ source: 'mailgun', externalId: token.slice(0, 200), type: 'token', status: 'seen', receivedAt: now })
        .onConflictDoNothing()
        .returning({ id: webhookEvents.id })
        .get();
      if (!claimed) throw new AppError('forbidden', 'token already used: replayed request');
      try {
        const r = await acceptRaw(deps, raw, 'mailgun');
        deps.db.update(webhookEvents).set({ inboundId: r.id }).where(eq(webhookEvents.id, claimed.id)).run();
        forgetOldTokens(deps, now, maxAge);
        return stored(c, r);
      } catch (err) {
        if (!(err instanceof AppError && (err.code === 'bad_request' || err.code === 'payload_too_large'))) {
          deps.db.delete(webhookEvents).where(eq(webhookEvents.id, claimed.id)).run();
        }
        throw err;
      }
    }),
  );
}

/** Tokens only need remembering while their timestamp would still be accepted. */
function forgetOldTokens(deps: Deps, now: Date, maxAgeSeconds: number) {
  const before = new Date(now.getTime() - 2 * maxAgeSeconds * 1000);
  deps.db
    .delete(webhookEvents)
    .where(and(eq(webhookEvents.source, 'mailgun'), lt(webhookEvents.receivedAt, before)))
    .run();
}
