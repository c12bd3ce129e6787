// POST /inbound/sendgrid: SendGrid Inbound Parse with "POST the raw, full MIME message" (the `email` field), guarded by a shared secret.
import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { acceptRaw } from '../routes.ts';
import { answering, basicAuth, ENVELOPE_SLACK_BYTES, messageField, notConfigured, parseForm, readBody, safeEqual, stored } from './common.ts';

export function sendgridRoutes(deps: Deps) {
  // SendGrid retries only 5xx answers (for up to three days): 4xx, including 401, make it drop the message.
  return new Hono().post('/sendgrid', (c) =>
    answering(c, null, async () => {
      const secret = deps.env.SENDGRID_INBOUND_SECRET;
      if (!secret) notConfigured('SendGrid', 'SENDGRID_INBOUND_SECRET');
      // Parse has no signature for raw posts: the secret rides in the URL (?secret=, never in the logged path) or as the basic-auth password.
      const given = c.req.query('secret') ?? basicAuth(c.req.header('authorization'))?.password;
      if (!given || !safeEqual(given, secret)) throw new AppError('unauthorized', 'missing or wrong secret');
      const body = await readBody(c, deps.env.MAX_INBOUND_BYTES + ENVELOPE_SLACK_BYTES);
      const fields = parseForm(body, c.req.header('content-type'));
      const raw = messageField(fields, 'email', deps.env.MAX_INBOUND_BYTES);
      return stored(c, await acceptRaw(deps, raw, 'sendgrid'));
    }),
  );
}
