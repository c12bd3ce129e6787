// The whole loop through a listening server: import → ask → reply → confirmation within 5 s → letter scheduled 21 days on.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments, inboundMessages, items, outbox } from '../db/schema.ts';
import { intoWindow } from '../src/followup/cadence.ts';
import { dateText } from '../src/followup/text.ts';
import { importSheet, sendAsks } from '../src/intake/import.ts';
import { parseSheet } from '../src/intake/sheet.ts';
import { jobIds } from '../src/queues.ts';
import { createHarness, waitFor, type Harness } from './helpers/harness.ts';
import { buildMail, signed, uniqueId } from './helpers/mail.ts';
import { startResendStub, type ResendStub } from './helpers/resend-stub.ts';

let h: Harness;
let stub: ResendStub;
let server: ServerType;
let base: string;

beforeAll(async () => {
  stub = await startResendStub();
  h = await createHarness({ transport: { resendBaseUrl: stub.url } });
  await h.startWorkers();
  server = serve({ fetch: h.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await h.close();
  await stub.close();
});

const sheet = 'Email,Full name,Organisation\nana@example.org,Ana Souza,P2PU\nBOB@Example.org ,Bob Lee,\nnot-an-address,Carl,\nana@example.org,Ana again,\n';

describe('the reply loop, end to end', () => {
  it('imports, asks, understands a reply, confirms it within 5 s and schedules the letter', async () => {
    const summary = importSheet(h.deps.db, { name: 'Drumbeat Toronto', city: 'Toronto', date: '2026-11-21', timezone: 'America/Toronto' }, parseSheet(sheet));
    expect(summary.imported).toBe(2);
    expect(summary.skipped.map((s) => s.row).sort()).toEqual([4, 5]);
    expect(await sendAsks(h.deps, summary.eventId)).toBe(2);
    // Asking again asks nobody twice.
    expect(await sendAsks(h.deps, summary.eventId)).toBe(0);

    const ask = await waitFor(() => stub.emails.find((e) => [e.body.to].flat().includes('ana@example.org')), 5_000, 'the ask to Ana');
    expect(ask.body.subject).toMatch(/Drumbeat Toronto/);
    const replyTo: string = [ask.body.reply_to].flat()[0];
    expect(replyTo).toMatch(/^reply\+a-\d+-\d+-[0-9a-f]{20}@in\.followthrough\.test$/);
    expect(ask.body.headers['Auto-Submitted']).toBe('auto-generated');
    expect(ask.body.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(ask.body.headers['List-Unsubscribe']).toMatch(/<http:\/\/127\.0\.0\.1:3999\/u\/u-0-\d+-[0-9a-f]{20}>/);
    expect(ask.headers['idempotency-key']).toMatch(/^ask-\d+$/);
    const askMessageId = ask.body.headers['Message-ID'];

    const reply = await buildMail({
      from: 'Ana Souza <ana@example.org>',
      to: replyTo,
      subject: 'Re: ' + ask.body.subject,
      inReplyTo: askMessageId,
      references: [askMessageId],
      messageId: uniqueId('ana'),
      date: new Date('2026-11-23T15:00:00Z'),
      text: 'I commit to host a coffee klatch in March.\nI can offer a meeting room in Kensington Market.\n\nOn Mon, Nov 23, 2026 at 9:00 AM Drumbeat Toronto <followup@followthrough.test> wrote:\n> What is one small thing you will do next?\n',
    });
    const sentAt = Date.now();
    const res = await fetch(`${base}/inbound/raw`, { method: 'POST', body: reply, headers: signed(h.env.INBOUND_SECRET, reply) });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: number };

    const confirmation = await waitFor(() => stub.emails.find((e) => e.headers['idempotency-key'] === `confirmation-${id}`), 5_000, 'the confirmation');
    expect(Date.now() - sentAt).toBeLessThan(5_000);
    expect(confirmation.body.text).toContain('host a coffee klatch');
    expect(confirmation.body.text).toContain('31 March 2027');
    expect(confirmation.body.text).toContain('meeting room in Kensington Market');
    expect(confirmation.body.headers['In-Reply-To']).toMatch(/^<ana-/);

    const row = h.deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, id)).get()!;
    expect(row).toMatchObject({ status: 'processed', kind: 'reply', attribution: 'token', context: 'ask' });
    expect(row.visibleReply).not.toContain('wrote:');

    const [c] = h.deps.db.select().from(commitments).where(eq(commitments.sourceMessageId, id)).all();
    expect(c).toMatchObject({ format: 'coffee-klatch', dueEnd: '2027-03-31', state: 'pending', eventId: summary.eventId });
    expect(c.action).toContain('host a coffee klatch');
    expect(c.sentence).toContain('I commit to host a coffee klatch in March');
    expect(h.deps.db.select().from(items).where(eq(items.sourceMessageId, id)).all().map((i) => i.kind)).toEqual(['offer']);

    const letter = h.deps.db
      .select()
      .from(outbox)
      .all()
      .find((r) => r.template === 'letter' && (r.payload.commitmentIds as number[]).includes(c.id))!;
    expect(letter.status).toBe('scheduled');
    // 21 days on, moved into the 09:00–18:00 window of Toronto when the reply came outside it.
    const expected = intoWindow(h.env, new Date(row.processedAt!.getTime() + 21 * 86400_000), 'America/Toronto');
    expect(Math.abs(letter.sendAt.getTime() - expected.getTime())).toBeLessThan(60_000);
    expect(confirmation.body.text).toContain(dateText(letter.sendAt, 'America/Toronto'));
    const job = await h.deps.queues!.send.getJob(jobIds.send(letter.id));
    expect(job).toBeTruthy();
    expect(await job!.isDelayed()).toBe(true);
    expect(Math.abs(job!.timestamp + job!.opts.delay! - letter.sendAt.getTime())).toBeLessThan(60_000);
    // The letter waits: nothing was sent for it yet.
    expect(stub.emails.some((e) => e.headers['idempotency-key'] === letter.idempotencyKey)).toBe(false);
  });

  it('a duplicate delivery of the same reply changes nothing', async () => {
    const before = { c: h.deps.db.select().from(commitments).all().length, o: h.deps.db.select().from(outbox).all().length };
    const ana = h.deps.db.select().from(inboundMessages).all().find((m) => m.fromAddress === 'ana@example.org')!;
    const res = await fetch(`${base}/inbound/raw`, { method: 'POST', body: ana.raw, headers: signed(h.env.INBOUND_SECRET, ana.raw) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: ana.id, duplicate: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(h.deps.db.select().from(commitments).all().length).toBe(before.c);
    expect(h.deps.db.select().from(outbox).all().length).toBe(before.o);
  });
});
