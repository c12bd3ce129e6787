// POST /inbound/raw: signature, size, malformed bodies, storage before the answer, duplicates, Redis away.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessages } from '../db/schema.ts';
import { jobIds } from '../src/queues.ts';
import { createHarness, type Harness } from './helpers/harness.ts';
import { buildMail, signed, uniqueId } from './helpers/mail.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ env: { MAX_INBOUND_BYTES: '200000' } });
});
afterAll(() => h.close());

const post = (body: Buffer | string, headers: Record<string, string> = {}) =>
  h.app.request('/inbound/raw', { method: 'POST', body, headers: { 'content-type': 'message/rfc822', ...headers } });

describe('POST /inbound/raw', () => {
  it('stores the raw bytes before answering 202, and queues a job named after the row', async () => {
    const raw = await buildMail({ from: 'Ana <ana@example.org>', to: 'reply@in.followthrough.test', subject: 'Re: hello', text: 'I will host a coffee klatch.', messageId: uniqueId() });
    const res = await post(raw, signed(h.env.INBOUND_SECRET, raw));
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: number };
    const row = h.deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, id)).get()!;
    expect(Buffer.compare(row.raw, raw)).toBe(0);
    expect(row.status).toBe('stored');
    expect(row.fromAddress).toBe('ana@example.org');
    expect(row.headers['subject']).toBe('Re: hello');
    expect(await h.deps.queues!.inbound.getJob(jobIds.inbound(id))).toBeTruthy();
  });

  it('answers the same Message-ID again with 200 duplicate and stores nothing new', async () => {
    const messageId = uniqueId('dup');
    const raw = await buildMail({ from: 'ana@example.org', to: 'x@in.followthrough.test', subject: 'once', text: 'hi', messageId });
    const first = (await (await post(raw, signed(h.env.INBOUND_SECRET, raw))).json()) as { id: number };
    const before = h.deps.db.select().from(inboundMessages).all().length;
    // A provider retry may re-encode the message; the Message-ID is what makes it the same.
    const again = await buildMail({ from: 'ana@example.org', to: 'x@in.followthrough.test', subject: 'once', text: 'hi (resent)', messageId });
    const res = await post(again, signed(h.env.INBOUND_SECRET, again));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: first.id, duplicate: true });
    expect(h.deps.db.select().from(inboundMessages).all().length).toBe(before);
  });

  it('dedupes identical bytes that carry no Message-ID', async () => {
    const raw = Buffer.from('From: bob@example.org\r\nTo: x@in.followthrough.test\r\nSubject: no id\r\n\r\nhello\r\n');
    const a = await post(raw, signed(h.env.INBOUND_SECRET, raw));
    const b = await post(raw, signed(h.env.INBOUND_SECRET, raw));
    expect([a.status, b.status]).toEqual([202, 200]);
  });

  it('refuses a missing or wrong signature with 401 and stores nothing', async () => {
    const raw = await buildMail({ from: 'eve@example.org', to: 'x@in.followthrough.test', text: 'spoof', messageId: uniqueId('spoof') });
    const before = h.deps.db.select().from(inboundMessages).all().length;
    expect((await post(raw)).status).toBe(401);
    const wrong = await post(raw, signed('another-secret-0123456789', raw));
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    // Signed for other bytes: a replayed signature on a changed body.
    const other = await buildMail({ from: 'eve@example.org', to: 'x@in.followthrough.test', text: 'other', messageId: uniqueId('spoof') });
    expect((await post(raw, signed(h.env.INBOUND_SECRET, other))).status).toBe(401);
    expect(h.deps.db.select().from(inboundMessages).all().length).toBe(before);
  });

  it('answers 413 for a message over MAX_INBOUND_BYTES, whether or not it declares its length', async () => {
    const big = Buffer.concat([Buffer.from('From: a@example.org\r\nSubject: big\r\n\r\n'), Buffer.alloc(300_000, 'a')]);
    const declared = await post(big, { ...signed(h.env.INBOUND_SECRET, big), 'content-length': String(big.length) });
    expect(declared.status).toBe(413);
    // A chunked body with no length: the limit is enforced while reading.
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (sent >= 400_000) return ctrl.close();
        sent += 16_384;
        ctrl.enqueue(new Uint8Array(16_384).fill(97));
      },
    });
    const res = await h.app.request('/inbound/raw', { method: 'POST', body: stream, headers: signed(h.env.INBOUND_SECRET, 'x'), duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(400_000); // stopped reading soon after the limit
  });

  it('answers 400 for an empty body and for text that is not a mail message', async () => {
    const empty = Buffer.alloc(0);
    const r1 = await post(empty, signed(h.env.INBOUND_SECRET, empty));
    expect(r1.status).toBe(400);
    const junk = Buffer.from('hello, this is not an email at all\njust some text\n');
    const r2 = await post(junk, signed(h.env.INBOUND_SECRET, junk));
    expect(r2.status).toBe(400);
    expect(((await r2.json()) as { error: { message: string } }).error.message).toMatch(/not a mail message/);
  });
});

describe('POST /inbound/raw while Redis is away', () => {
  it('still stores and answers 202; the reconciler queues it later', async () => {
    const down = await createHarness({ redisUrl: 'redis://127.0.0.1:1' });
    try {
      const raw = await buildMail({ from: 'ana@example.org', to: 'x@in.followthrough.test', text: 'hi', messageId: uniqueId('down') });
      const started = Date.now();
      const res = await down.app.request('/inbound/raw', { method: 'POST', body: raw, headers: signed(down.env.INBOUND_SECRET, raw) });
      expect(res.status).toBe(202);
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(down.deps.db.select().from(inboundMessages).all()).toHaveLength(1);
      const health = await down.app.request('/healthz');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ db: 'ok', redis: 'down' });
    } finally {
      await down.close();
    }
  });
});

describe('GET /healthz', () => {
  it('is 200 when the database and Redis answer', async () => {
    const res = await h.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: 'ok', redis: 'ok' });
  });
});
