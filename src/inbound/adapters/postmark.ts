// POST /inbound/postmark: Postmark's inbound webhook JSON with RawEmail ("Include raw email content"), behind basic auth.
import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { acceptRaw } from '../routes.ts';
import { answering, basicAuth, ENVELOPE_SLACK_BYTES, notConfigured, readBody, safeEqual, stored } from './common.ts';

export function postmarkRoutes(deps: Deps) {
  // Postmark retries anything but 200 for about ten hours, except 403, which stops it: bad data gets 403, bad credentials 401.
  return new Hono().post('/postmark', (c) =>
    answering(c, 403, async () => {
      const { POSTMARK_INBOUND_USER: user, POSTMARK_INBOUND_PASSWORD: password } = deps.env;
      if (!user || !password) notConfigured('Postmark', 'POSTMARK_INBOUND_USER and POSTMARK_INBOUND_PASSWORD');
      const given = basicAuth(c.req.header('authorization'));
      // Both compared, always, so the time taken says nothing about which one was wrong.
      const userOk = safeEqual(given?.user ?? '', user);
      const passwordOk = safeEqual(given?.password ?? '', password);
      if (!given || !userOk || !passwordOk) {
        c.header('WWW-Authenticate', 'Basic realm="followthrough inbound"');
        throw new AppError('unauthorized', 'missing or wrong basic auth');
      }
      // The JSON repeats the message as parsed text, HTML and base64 attachments beside RawEmail: room for about three copies.
      const body = await readBody(c, 3 * deps.env.MAX_INBOUND_BYTES + ENVELOPE_SLACK_BYTES);
      let json: { RawEmail?: unknown; MessageID?: unknown };
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        throw new AppError('bad_request', 'the body is not JSON');
      }
      if (typeof json?.RawEmail !== 'string' || json.RawEmail.length === 0) {
        throw new AppError('bad_request', 'no RawEmail: turn on "Include raw email content in JSON payload" in the Postmark inbound stream settings');
      }
      const raw = Buffer.from(json.RawEmail, 'utf8');
      if (raw.length > deps.env.MAX_INBOUND_BYTES) throw new AppError('payload_too_large', `message larger than ${deps.env.MAX_INBOUND_BYTES} bytes`);
      const providerId = typeof json.MessageID === 'string' && json.MessageID ? json.MessageID.slice(0, 200) : null;
      return stored(c, await acceptRaw(deps, raw, 'postmark', providerId));
    }),
  );
}
