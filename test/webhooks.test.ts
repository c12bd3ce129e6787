// POST /webhooks/resend: Svix-verified delivery events; bounces and complaints stop mail to the address.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryEvents, outbox, people } from '../db/schema.ts';
import { signSvix } from '../src/inbound/adapters/svix.ts';
import { insertOutbox } from '../src/followup/outbox.ts';
import { createHarness, type Harness } from './helpers/harness.ts';

const secret = 'whsec_' + Buffer.from('a test signing secret, 32 bytes!').toString('base64');
let h: Harness;
let personId: number;
beforeAll(async () => {
  h = await createHarness({ redisUrl: null, env: { RESEND_WEBHOOK_SECRET: secret } });
  personId = h.deps.db.insert(people).values({ email: 'ana@example.org', name: 'Ana' }).returning().get().id;
});
afterAll(() => h.close());

function post(body: object | string, opts: { id?: string; at?: number; key?: string } = {}) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const id = opts.id ?? `msg_${Math.random().toString(36).slice(2)}`;
  const ts = String(Math.floor((opts.at ?? h.clock.now().getTime()) / 1000));
  return h.app.request('/webhooks/resend', {
    method: 'POST',
    body: raw,
    headers: { 'content-type': 'application/json', 'svix-id': id, 'svix-timestamp': ts, 'svix-signature': signSvix(opts.key ?? secret, id, ts, raw) },
  });
}

describe('POST /webhooks/resend', () => {
  it('refuses a wrong signature, a stale timestamp and a body that is not an event', async () => {
    const ev = { type: 'email.delivered', data: { email_id: 'e1', to: ['ana@example.org'] } };
    expect((await post(ev, { key: 'whsec_' + Buffer.from('another secret, also 32 bytes!!').toString('base64') })).status).toBe(401);
    expect((await post(ev, { at: h.clock.now().getTime() - 10 * 60_000 })).status).toBe(401);
    expect((await post('not json')).status).toBe(400);
    expect(h.deps.db.select().from(deliveryEvents).all()).toEqual([]);
  });

  it('a hard bounce of a sent email suppresses its recipient and skips what was scheduled; a retry changes nothing', async () => {
    const sent = insertOutbox(h.deps.db, h.deps, { personId, to: 'ana@example.org', template: 'unclear', payload: {}, context: null, sendAt: h.clock.now(), key: 'sent-1' });
    h.deps.db.update(outbox).set({ status: 'sent', providerId: 're_123' }).where(eq(outbox.id, sent.id)).run();
    const later = insertOutbox(h.deps.db, h.deps, { personId, to: 'ana@example.org', template: 'unclear', payload: {}, context: null, sendAt: new Date(Date.now() + 86400_000), key: 'later-1' });
    const ev = { type: 'email.bounced', created_at: new Date().toISOString(), data: { email_id: 're_123', to: ['ana@example.org'], bounce: { type: 'Permanent', subType: 'Suppressed', message: 'mailbox unavailable' } } };
    const res = await post(ev, { id: 'msg_bounce_1' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'bounced', suppressed: true, duplicate: false });
    const ana = h.deps.db.select().from(people).where(eq(people.id, personId)).get()!;
    expect(ana.suppressionReason).toBe('hard bounce: mailbox unavailable');
    expect(h.deps.db.select().from(outbox).where(eq(outbox.id, later.id)).get()!.status).toBe('skipped');
    const again = await post(ev, { id: 'msg_bounce_1' });
    expect(await again.json()).toMatchObject({ duplicate: true });
    expect(h.deps.db.select().from(deliveryEvents).all()).toHaveLength(1);
  });

  it('answers 503 when no secret is configured, so Resend retries once it is', async () => {
    const bare = await createHarness({ redisUrl: null });
    try {
      const res = await bare.app.request('/webhooks/resend', { method: 'POST', body: '{}' });
      expect(res.status).toBe(503);
    } finally {
      await bare.close();
    }
  });
});
