// POST /inbound/resend: Svix signatures by hand, dedupe by svix-id, the raw download through the real SDK against the local stub, retries, Redis away.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessages, webhookEvents } from '../db/schema.ts';
import { fetchResendEvent } from '../src/inbound/adapters/resend.ts';
import { signSvix, verifySvix } from '../src/inbound/adapters/svix.ts';
import { jobIds } from '../src/queues.ts';
import { createHarness, waitFor, type Harness } from './helpers/harness.ts';
import { buildMail, uniqueId } from './helpers/mail.ts';
import { startPrivateRedis, type PrivateRedis } from './helpers/private-redis.ts';
import { startResendStub, type ResendStub } from './helpers/resend-stub.ts';

const SECRET = 'whsec_' + Buffer.from('resend-test-signing-secret-0123456789').toString('base64');
const fixture = JSON.parse(readFileSync(new URL('./fixtures/providers/resend-email-received.json', import.meta.url), 'utf8'));
const delivered = readFileSync(new URL('./fixtures/providers/resend-email-delivered.json', import.meta.url), 'utf8');

let stub: ResendStub;
let h: Harness;
const envFor = (stubUrl: string) => ({ RESEND_WEBHOOK_SECRET: SECRET, RESEND_API_KEY: 're_test_inbound', RESEND_BASE_URL: stubUrl, MAX_INBOUND_BYTES: '200000' });

beforeAll(async () => {
  stub = await startResendStub();
  h = await createHarness({ env: envFor(stub.url) });
});
afterAll(async () => {
  await h.deps.queues?.resendFetch.obliterate({ force: true }).catch(() => {});
  await h.close();
  await stub.close();
});

let n = 0;
/** A received email known to the stub, and the email.received event Resend would post for it. */
async function received(text = 'I will host a coffee klatch in March.') {
  const messageId = uniqueId('resend');
  const raw = await buildMail({ from: 'Ana <ana@example.org>', to: 'reply@in.followthrough.test', subject: 'Re: hello', text, messageId });
  const emailId = stub.addReceived(raw, { from: 'ana@example.org', to: ['reply@in.followthrough.test'], subject: 'Re: hello', messageId });
  const event = structuredClone(fixture);
  event.data.email_id = emailId;
  event.data.message_id = messageId;
  return { raw, emailId, body: JSON.stringify(event), svixId: `msg_${process.pid}_${++n}_${Date.now()}` };
}

function svixHeaders(body: string, svixId: string, opts: { secret?: string; at?: Date } = {}) {
  const ts = Math.floor((opts.at ?? new Date()).getTime() / 1000);
  return { 'content-type': 'application/json', 'svix-id': svixId, 'svix-timestamp': String(ts), 'svix-signature': signSvix(opts.secret ?? SECRET, svixId, ts, body) };
}

const post = (app: Harness['app'], body: string, headers: Record<string, string>) => app.request('/inbound/resend', { method: 'POST', body, headers });
const events = () => h.deps.db.select().from(webhookEvents).all();

describe('Svix signature', () => {
  it('matches the documented scheme: base64 HMAC-SHA256 of "id.timestamp.body" keyed with the base64 after whsec_', () => {
    // Svix's published test vector (docs.svix.com, "Verifying webhooks manually").
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    expect(signSvix(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    const at = new Date(1614265330 * 1000);
    const headers = { id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: '1614265330', signature: 'v1,bm9ldHU= v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' };
    expect(verifySvix(secret, headers, Buffer.from(body), at)).toEqual({ ok: true });
    expect(verifySvix(secret, headers, Buffer.from(body + ' '), at).ok).toBe(false);
    expect(verifySvix(secret, headers, Buffer.from(body), new Date(at.getTime() + 301_000)).ok).toBe(false);
    expect(verifySvix(secret, headers, Buffer.from(body), new Date(at.getTime() - 301_000)).ok).toBe(false);
    expect(verifySvix(secret, headers, Buffer.from(body), new Date(at.getTime() + 299_000)).ok).toBe(true);
  });
});

describe('POST /inbound/resend', () => {
  it('stores the event, answers 200, and a job downloads the raw message through the SDK and processes it', async () => {
    const m = await received();
    const res = await post(h.app, m.body, svixHeaders(m.body, m.svixId));
    expect(res.status).toBe(200);
    const { event } = (await res.json()) as { event: number };
    const row = h.deps.db.select().from(webhookEvents).where(eq(webhookEvents.id, event)).get()!;
    expect(row).toMatchObject({ source: 'resend', externalId: m.svixId, providerId: m.emailId, status: 'stored' });
    expect(await h.deps.queues!.resendFetch.getJob(jobIds.resendFetch(event))).toBeTruthy();

    await h.startWorkers();
    const inbound = await waitFor(() => h.deps.db.select().from(inboundMessages).where(eq(inboundMessages.providerId, m.emailId)).get(), 8_000, 'raw message stored');
    expect(inbound.source).toBe('resend');
    expect(Buffer.compare(inbound.raw, m.raw)).toBe(0);
    await waitFor(() => h.deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, inbound.id)).get()?.status === 'processed', 8_000, 'processed');
    expect(h.deps.db.select().from(webhookEvents).where(eq(webhookEvents.id, event)).get()).toMatchObject({ status: 'fetched', inboundId: inbound.id });
    expect(stub.receivingCalls).toEqual(expect.arrayContaining([`get ${m.emailId}`, `raw ${m.emailId}`]));
    await h.workers!.close(2_000);
    h.workers = null;
  });

  it('answers a redelivery (same svix-id) 200 duplicate without a second event or download', async () => {
    const m = await received();
    const first = await post(h.app, m.body, svixHeaders(m.body, m.svixId));
    const before = events().length;
    // Svix re-signs each attempt with a fresh timestamp; the id stays.
    const again = await post(h.app, m.body, svixHeaders(m.body, m.svixId, { at: new Date(Date.now() + 60_000) }));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ event: ((await first.json()) as { event: number }).event, duplicate: true });
    // A replay from Resend's dashboard has a new svix-id but the same email.
    const replay = await post(h.app, m.body, svixHeaders(m.body, m.svixId + '-replay'));
    expect(((await replay.json()) as { duplicate?: boolean }).duplicate).toBe(true);
    expect(events().length).toBe(before);
  });

  it('refuses bad signatures with 401 and stores nothing', async () => {
    const m = await received();
    const before = events().length;
    const cases: Record<string, string>[] = [
      { 'content-type': 'application/json' },
      svixHeaders(m.body, m.svixId, { secret: 'whsec_' + Buffer.from('another-secret-entirely-xx').toString('base64') }),
      svixHeaders(m.body, m.svixId, { at: new Date(Date.now() - 6 * 60_000) }),
      svixHeaders(m.body, m.svixId, { at: new Date(Date.now() + 6 * 60_000) }),
      { ...svixHeaders(m.body, m.svixId), 'svix-id': m.svixId + 'x' },
      svixHeaders(m.body.replace('Sending this example', 'Sending another'), m.svixId), // signed for other bytes
    ];
    for (const headers of cases) {
      const res = await post(h.app, m.body, headers);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
    expect(events().length).toBe(before);
  });

  it('hands delivery events on the same endpoint to the delivery-event handler, not to the raw-mail fetch', async () => {
    const id = `msg_delivered_${Date.now()}`;
    const before = events().length;
    const res = await post(h.app, delivered, svixHeaders(delivered, id));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'delivered', duplicate: false });
    expect(events().length).toBe(before);
    const again = await post(h.app, delivered, svixHeaders(delivered, id));
    expect(await again.json()).toMatchObject({ duplicate: true });
  });

  it('answers 413 for an oversized event body while reading it', async () => {
    const body = JSON.stringify({ type: 'email.received', data: { email_id: 'x', pad: 'a'.repeat(300_000) } });
    const res = await post(h.app, body, svixHeaders(body, 'msg_big'));
    expect(res.status).toBe(413);
  });

  it('retries a failing download and fails for good on a message over the size limit', async () => {
    const m = await received();
    const { event } = (await (await post(h.app, m.body, svixHeaders(m.body, m.svixId))).json()) as { event: number };
    stub.failReceivingNext(500);
    await expect(fetchResendEvent(h.deps, event)).rejects.toThrow(/Resend answered/);
    expect(h.deps.db.select().from(webhookEvents).where(eq(webhookEvents.id, event)).get()).toMatchObject({ status: 'stored', attempts: 1 });
    const ok = await fetchResendEvent(h.deps, event);
    expect(ok).toMatchObject({ status: 'fetched', duplicate: false });
    // Run again (a job that ran twice): nothing new.
    expect(await fetchResendEvent(h.deps, event)).toMatchObject({ status: 'fetched', inboundId: ok.inboundId });

    const big = await buildMail({ from: 'ana@example.org', to: 'reply@in.followthrough.test', subject: 'big', text: 'x'.repeat(300_000), messageId: uniqueId('big') });
    const bigId = stub.addReceived(big);
    const ev = structuredClone(fixture);
    ev.data.email_id = bigId;
    const body = JSON.stringify(ev);
    const { event: bigEvent } = (await (await post(h.app, body, svixHeaders(body, `msg_big_${Date.now()}`))).json()) as { event: number };
    await expect(fetchResendEvent(h.deps, bigEvent)).rejects.toThrow(/larger than/);
    expect(h.deps.db.select().from(webhookEvents).where(eq(webhookEvents.id, bigEvent)).get()?.status).toBe('failed');
    expect(h.deps.db.select().from(inboundMessages).where(eq(inboundMessages.providerId, bigId)).get()).toBeUndefined();
  });

  it('answers 503 when RESEND_WEBHOOK_SECRET is not set, so Resend keeps retrying', async () => {
    const bare = await createHarness({ redisUrl: null });
    try {
      const m = await received();
      const res = await post(bare.app, m.body, svixHeaders(m.body, m.svixId));
      expect(res.status).toBe(503);
    } finally {
      await bare.close();
    }
  });
});

describe('POST /inbound/resend while Redis is away', () => {
  let redis: PrivateRedis;
  beforeAll(async () => {
    redis = await startPrivateRedis();
  });
  afterAll(() => redis.stop());

  it('stores the event, answers 200, and the reconciler downloads and processes it once Redis is back', async () => {
    const down = await createHarness({ redisUrl: redis.url, env: envFor(stub.url) });
    try {
      await redis.stop();
      const m = await received();
      const started = Date.now();
      const res = await post(down.app, m.body, svixHeaders(m.body, m.svixId));
      expect(res.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(down.deps.db.select().from(webhookEvents).all()).toHaveLength(1);

      await redis.start();
      await down.startWorkers(); // reconciles at start
      const inbound = await waitFor(() => down.deps.db.select().from(inboundMessages).where(eq(inboundMessages.providerId, m.emailId)).get(), 8_000, 'downloaded');
      await waitFor(() => down.deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, inbound.id)).get()?.status === 'processed', 8_000, 'processed');
      expect(down.deps.db.select().from(webhookEvents).get()?.status).toBe('fetched');
    } finally {
      await down.close();
    }
  });
});
