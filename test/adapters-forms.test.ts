// Mailgun (body-mime), SendGrid Inbound Parse (raw `email`) and Postmark (RawEmail): auth, the codes each provider reads, size, duplicates, Redis away.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessages } from '../db/schema.ts';
import { signMailgun } from '../src/inbound/adapters/mailgun.ts';
import { createHarness, waitFor, type Harness } from './helpers/harness.ts';
import { buildMail, uniqueId } from './helpers/mail.ts';
import { startPrivateRedis, type PrivateRedis } from './helpers/private-redis.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/providers/${name}`, import.meta.url), 'utf8'));
const mailgunFields = fixture('mailgun-mime-fields.json');
const sendgridFields = fixture('sendgrid-raw-fields.json');
const postmarkPayload = fixture('postmark-inbound.json');
delete mailgunFields._comment;
delete sendgridFields._comment;

const MAILGUN_KEY = 'mailgun-signing-key-0123456789abcdef';
const SENDGRID_SECRET = 'sendgrid-parse-secret-0123456789';
const PM_USER = 'postmark';
const PM_PASSWORD = 'postmark-inbound-password-0123';
const settings = {
  MAX_INBOUND_BYTES: '200000',
  MAILGUN_SIGNING_KEY: MAILGUN_KEY,
  SENDGRID_INBOUND_SECRET: SENDGRID_SECRET,
  POSTMARK_INBOUND_USER: PM_USER,
  POSTMARK_INBOUND_PASSWORD: PM_PASSWORD,
};

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ env: settings });
});
afterAll(() => h.close());

/** multipart/form-data as the providers send it: plain fields, bytes untouched. */
function multipart(fields: Record<string, string | Buffer>) {
  const boundary = `----provider${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`), Buffer.isBuffer(value) ? value : Buffer.from(value), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const mail = (tag: string, extra: Record<string, unknown> = {}) =>
  buildMail({ from: 'Ana <ana@example.org>', to: 'reply@in.followthrough.test', subject: 'Re: one small thing', text: 'I will host a coffee klatch in March.', messageId: uniqueId(tag), ...extra });

/** A message with an 8-bit body that is not UTF-8: must arrive byte for byte. */
const latin1Mail = (tag: string) =>
  Buffer.concat([
    Buffer.from(`From: Zoë <zoe@example.org>\r\nTo: reply@in.followthrough.test\r\nSubject: =?ISO-8859-1?Q?caf=E9?=\r\nMessage-ID: ${uniqueId(tag)}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
    Buffer.from('Je ferai un caf\xe9 en mars.\r\n', 'latin1'),
  ]);

const count = (app: Harness = h) => app.deps.db.select().from(inboundMessages).all().length;
const byId = (id: number, app: Harness = h) => app.deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, id)).get()!;

let tokenN = 0;
function mailgunSignature(at = new Date(), key = MAILGUN_KEY) {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const token = `${randomBytes(22).toString('hex')}${++tokenN}`.slice(0, 50);
  return { timestamp, token, signature: signMailgun(key, timestamp, token) };
}

const postMailgun = (app: Harness, raw: Buffer, sig: Record<string, string> = mailgunSignature()) => {
  const form = multipart({ ...mailgunFields, 'body-mime': raw, ...sig });
  return app.app.request('/inbound/mailgun/mime', { method: 'POST', body: form.body, headers: { 'content-type': form.contentType } });
};

describe('POST /inbound/mailgun/mime', () => {
  it('stores body-mime byte for byte and answers 200', async () => {
    const raw = latin1Mail('mg');
    const res = await postMailgun(h, raw);
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: number };
    expect(byId(id).source).toBe('mailgun');
    expect(Buffer.compare(byId(id).raw, raw)).toBe(0);
  });

  it('accepts the urlencoded form too', async () => {
    const raw = latin1Mail('mg-url');
    const sig = mailgunSignature();
    const enc = (b: Buffer) => [...b].map((x) => '%' + x.toString(16).padStart(2, '0')).join('');
    const body = Object.entries({ ...mailgunFields, ...sig })
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .concat(`body-mime=${enc(raw)}`)
      .join('&');
    const res = await h.app.request('/inbound/mailgun/mime', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(200);
    expect(Buffer.compare(byId(((await res.json()) as { id: number }).id).raw, raw)).toBe(0);
  });

  it('refuses a wrong or missing signature (401), a stale timestamp and a replayed token (403), storing nothing', async () => {
    const raw = await mail('mg-bad');
    const before = count();
    expect((await postMailgun(h, raw, mailgunSignature(new Date(), 'another-key-0123456789'))).status).toBe(401);
    expect((await postMailgun(h, raw, {})).status).toBe(401);
    const sig = mailgunSignature();
    expect((await postMailgun(h, raw, { ...sig, token: sig.token + 'x' })).status).toBe(401);
    const stale = await postMailgun(h, raw, mailgunSignature(new Date(Date.now() - 16 * 60_000)));
    expect(stale.status).toBe(403);
    expect(count()).toBe(before);

    const fresh = mailgunSignature();
    expect((await postMailgun(h, raw, fresh)).status).toBe(200);
    const other = await mail('mg-replay');
    const replay = await postMailgun(h, other, fresh);
    expect(replay.status).toBe(403);
    expect(((await replay.json()) as { error: { message: string } }).error.message).toMatch(/replayed/);
    expect(count()).toBe(before + 1);
  });

  it('answers a second delivery of the same message 200 duplicate, processed once', async () => {
    const raw = await mail('mg-dup');
    const a = (await (await postMailgun(h, raw)).json()) as { id: number };
    const b = await postMailgun(h, raw);
    expect(b.status).toBe(200);
    expect(await b.json()).toEqual({ id: a.id, duplicate: true });
  });

  it('answers 406 (Mailgun stops retrying) for an oversized message and for a body that is not mail', async () => {
    const before = count();
    const big = await mail('mg-big', { text: 'x'.repeat(250_000) });
    const res = await postMailgun(h, big);
    expect(res.status).toBe(406);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect((await postMailgun(h, Buffer.from('just some words\nnot a message\n'))).status).toBe(406);
    expect(count()).toBe(before);
  });

  it('stops reading a request far over the limit while it streams', async () => {
    let sent = 0;
    const sig = mailgunSignature();
    const head = multipart({ ...sig }).body.subarray(0, -`--`.length - 2); // open form, more parts follow
    const stream = new ReadableStream<Uint8Array>({
      start(ctrl) {
        ctrl.enqueue(new Uint8Array(head));
      },
      pull(ctrl) {
        if (sent >= 5_000_000) return ctrl.close();
        sent += 65_536;
        ctrl.enqueue(new Uint8Array(65_536).fill(97));
      },
    });
    const res = await h.app.request('/inbound/mailgun/mime', { method: 'POST', body: stream, headers: { 'content-type': 'multipart/form-data; boundary=x' }, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(406);
    expect(sent).toBeLessThan(2_000_000);
  });
});

const postSendgrid = (app: Harness, raw: Buffer, auth: { query?: string; basic?: string } = { query: SENDGRID_SECRET }) => {
  const form = multipart({ ...sendgridFields, email: raw });
  const headers: Record<string, string> = { 'content-type': form.contentType };
  if (auth.basic) headers.authorization = `Basic ${Buffer.from(auth.basic).toString('base64')}`;
  const url = auth.query !== undefined ? `/inbound/sendgrid?secret=${encodeURIComponent(auth.query)}` : '/inbound/sendgrid';
  return app.app.request(url, { method: 'POST', body: form.body, headers });
};

describe('POST /inbound/sendgrid (Inbound Parse, raw)', () => {
  it('stores the email field byte for byte, with the secret in the URL or as the basic-auth password', async () => {
    const raw = latin1Mail('sg');
    const res = await postSendgrid(h, raw);
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: number };
    expect(byId(id).source).toBe('sendgrid');
    expect(Buffer.compare(byId(id).raw, raw)).toBe(0);
    const viaBasic = await postSendgrid(h, await mail('sg-basic'), { basic: `parse:${SENDGRID_SECRET}` });
    expect(viaBasic.status).toBe(200);
  });

  it('refuses a missing or wrong secret with 401 and stores nothing', async () => {
    const raw = await mail('sg-bad');
    const before = count();
    expect((await postSendgrid(h, raw, {})).status).toBe(401);
    expect((await postSendgrid(h, raw, { query: SENDGRID_SECRET + 'x' })).status).toBe(401);
    expect((await postSendgrid(h, raw, { basic: 'parse:nope' })).status).toBe(401);
    expect(count()).toBe(before);
  });

  it('answers duplicates 200 and oversize or non-raw posts with a 4xx (SendGrid retries only 5xx)', async () => {
    const raw = await mail('sg-dup');
    const a = (await (await postSendgrid(h, raw)).json()) as { id: number };
    expect(await (await postSendgrid(h, raw)).json()).toEqual({ id: a.id, duplicate: true });
    expect((await postSendgrid(h, await mail('sg-big', { text: 'y'.repeat(250_000) }))).status).toBe(413);
    // Parsed mode (raw not ticked) posts text/html fields and no `email`.
    const parsed = multipart({ ...sendgridFields, text: 'hello', headers: 'From: a@example.org' });
    const res = await h.app.request(`/inbound/sendgrid?secret=${SENDGRID_SECRET}`, { method: 'POST', body: parsed.body, headers: { 'content-type': parsed.contentType } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/no email field/);
  });
});

const postPostmark = (app: Harness, payload: unknown, auth: string | null = `${PM_USER}:${PM_PASSWORD}`) =>
  app.app.request('/inbound/postmark', {
    method: 'POST',
    body: JSON.stringify(payload),
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Basic ${Buffer.from(auth).toString('base64')}` } : {}) },
  });

describe('POST /inbound/postmark', () => {
  const payload = (raw: Buffer, messageId = `pm-${randomBytes(6).toString('hex')}`) => ({ ...postmarkPayload, MessageID: messageId, RawEmail: raw.toString('utf8') });

  it('stores RawEmail under Postmark\'s MessageID and answers 200', async () => {
    const raw = await mail('pm', { text: 'Je ferai un café en mars — promis.' });
    const p = payload(raw);
    const res = await postPostmark(h, p);
    expect(res.status).toBe(200);
    const row = byId(((await res.json()) as { id: number }).id);
    expect(row).toMatchObject({ source: 'postmark', providerId: p.MessageID });
    expect(Buffer.compare(row.raw, raw)).toBe(0);
    // Postmark's retry of the same post: a duplicate, not a second message.
    expect(((await (await postPostmark(h, p)).json()) as { duplicate?: boolean }).duplicate).toBe(true);
  });

  it('refuses missing or wrong basic auth with 401 (Postmark retries) and stores nothing', async () => {
    const p = payload(await mail('pm-bad'));
    const before = count();
    const none = await postPostmark(h, p, null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect((await postPostmark(h, p, `${PM_USER}:wrong`)).status).toBe(401);
    expect((await postPostmark(h, p, `someone:${PM_PASSWORD}`)).status).toBe(401);
    expect(count()).toBe(before);
  });

  it('answers 403 (Postmark stops retrying) without RawEmail, for junk and for an oversized message', async () => {
    const before = count();
    const { RawEmail: _, ...withoutRaw } = payload(await mail('pm-noraw'));
    const res = await postPostmark(h, withoutRaw);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Include raw email content/);
    const junk = await h.app.request('/inbound/postmark', { method: 'POST', body: '{not json', headers: { authorization: `Basic ${Buffer.from(`${PM_USER}:${PM_PASSWORD}`).toString('base64')}` } });
    expect(junk.status).toBe(403);
    expect((await postPostmark(h, payload(await mail('pm-big', { text: 'z'.repeat(250_000) })))).status).toBe(403);
    expect(count()).toBe(before);
  });
});

describe('unconfigured adapters', () => {
  it('answer 503 so the provider keeps the mail and retries', async () => {
    const bare = await createHarness({ redisUrl: null });
    try {
      const raw = await mail('bare');
      expect((await postMailgun(bare, raw)).status).toBe(503);
      expect((await postSendgrid(bare, raw)).status).toBe(503);
      expect((await postPostmark(bare, { RawEmail: raw.toString() })).status).toBe(503);
      expect(count(bare)).toBe(0);
    } finally {
      await bare.close();
    }
  });
});

describe('form adapters while Redis is away', () => {
  let redis: PrivateRedis;
  beforeAll(async () => {
    redis = await startPrivateRedis();
  });
  afterAll(() => redis.stop());

  it('store and answer 200 at once; the reconciler processes the mail when Redis is back', async () => {
    const down = await createHarness({ redisUrl: redis.url, env: settings });
    try {
      await redis.stop();
      const started = Date.now();
      const ids: number[] = [];
      for (const res of [await postMailgun(down, await mail('down-mg')), await postSendgrid(down, await mail('down-sg')), await postPostmark(down, { ...postmarkPayload, MessageID: 'pm-down', RawEmail: (await mail('down-pm')).toString() })]) {
        expect(res.status).toBe(200);
        ids.push(((await res.json()) as { id: number }).id);
      }
      expect(Date.now() - started).toBeLessThan(9_000);
      await redis.start();
      await down.startWorkers();
      await waitFor(() => ids.every((id) => byId(id, down).status === 'processed'), 8_000, 'all processed');
    } finally {
      await down.close();
    }
  });
});
