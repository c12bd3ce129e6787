// Mail that must never be answered: auto-replies, bounces, our own mail, strangers, forwards; and mail that cannot be parsed.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessages, outbox } from '../db/schema.ts';
import { processInbound } from '../src/inbound/process.ts';
import { replyAddress } from '../src/inbound/reply-token.ts';
import { storeInbound } from '../src/inbound/store.ts';
import { importSheet } from '../src/intake/import.ts';
import { parseSheet } from '../src/intake/sheet.ts';
import { createHarness, type Harness } from './helpers/harness.ts';
import { buildMail, uniqueId } from './helpers/mail.ts';

let h: Harness;
let anaToken: string;
beforeAll(async () => {
  h = await createHarness({ redisUrl: null });
  const s = importSheet(h.deps.db, { name: 'Drumbeat Toronto', timezone: 'America/Toronto' }, parseSheet('name,email\nAna,ana@example.org\n'));
  const ana = h.deps.db.query.people.findFirst({ where: (p, { eq }) => eq(p.email, 'ana@example.org') }).sync()!;
  const att = h.deps.db.query.attendees.findFirst({ where: (a, { eq }) => eq(a.eventId, s.eventId) }).sync()!;
  anaToken = replyAddress(h.env.TOKEN_SECRET, h.env.INBOUND_DOMAIN, { context: 'ask', refId: att.id, personId: ana.id });
});
afterAll(() => h.close());

async function run(raw: Buffer) {
  const { id } = storeInbound(h.deps.db, h.clock, { raw });
  const before = h.deps.db.select().from(outbox).all().length;
  await processInbound(h.deps, id);
  const row = h.deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, id)).get()!;
  return { row, sent: h.deps.db.select().from(outbox).all().length - before };
}

describe('automation and strangers are recorded, never answered', () => {
  it('an RFC 3834 auto-reply to a reply token', async () => {
    const raw = await buildMail({ from: 'ana@example.org', to: anaToken, subject: 'Automatic reply: Thanks for coming', text: 'I am out of the office until Monday.', messageId: uniqueId(), headers: { 'Auto-Submitted': 'auto-replied' } });
    const { row, sent } = await run(raw);
    expect(row).toMatchObject({ status: 'processed', kind: 'auto-reply' });
    expect(sent).toBe(0);
  });

  it('an out-of-office text sent without automation headers', async () => {
    const raw = await buildMail({ from: 'ana@example.org', to: anaToken, subject: 'Re: Thanks for coming', text: 'I am out of the office until December 1 with limited access to email.', messageId: uniqueId() });
    const { row, sent } = await run(raw);
    expect(row.kind).toBe('auto-reply');
    expect(sent).toBe(0);
  });

  it('a delivery status notification (RFC 3464)', async () => {
    const raw = await buildMail({
      from: 'Mail Delivery System <MAILER-DAEMON@mx.example.org>',
      to: 'followup@followthrough.test',
      subject: 'Undelivered Mail Returned to Sender',
      messageId: uniqueId(),
      alternatives: [],
      text: 'This is the mail system. I am sorry to have to inform you that your message could not be delivered.',
      attachments: [{ contentType: 'message/delivery-status', content: 'Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; ana@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n' }],
    });
    const { row, sent } = await run(raw);
    expect(row.kind).toBe('bounce');
    expect(sent).toBe(0);
    // 5.1.1 is permanent: Ana gets nothing more.
    const ana = h.deps.db.query.people.findFirst({ where: (p, { eq }) => eq(p.email, 'ana@example.org') }).sync()!;
    expect(ana.suppressionReason).toBe('bounced (5.1.1)');
  });

  it('mail from our own address (a loop)', async () => {
    const raw = await buildMail({ from: 'followup@followthrough.test', to: anaToken, subject: 'Re: x', text: 'I will host a coffee klatch in March.', messageId: uniqueId() });
    const { row, sent } = await run(raw);
    expect(row.kind).toBe('own');
    expect(sent).toBe(0);
  });

  it('a stranger with no token: stored as unattributed for review, no backscatter', async () => {
    const raw = await buildMail({ from: 'stranger@example.net', to: 'hello@in.followthrough.test', subject: 'hi', text: 'I will host a coffee klatch in March.', messageId: uniqueId() });
    const { row, sent } = await run(raw);
    expect(row).toMatchObject({ kind: 'reply', attribution: 'none', personId: null });
    expect(row.review).toMatch(/unknown/);
    expect(sent).toBe(0);
  });

  it("Ana's token used by somebody else: a forward, kept for review, nothing recorded for Ana", async () => {
    const raw = await buildMail({ from: 'colleague@example.net', to: anaToken, subject: 'Fwd: Thanks', text: 'I will host a DemoCamp in May.', messageId: uniqueId() });
    const { row, sent } = await run(raw);
    expect(row.attribution).toBe('forward');
    expect(row.review).toMatch(/another sender/);
    expect(sent).toBe(0);
  });

  it('a forged token is not trusted: the sender is unknown', async () => {
    const forged = anaToken.replace(/-[0-9a-f]{20}@/, '-0000000000aaaaaaaaaa@');
    const raw = await buildMail({ from: 'mallory@example.net', to: forged, subject: 'Re', text: 'stop', messageId: uniqueId() });
    const { row, sent } = await run(raw);
    expect(row.attribution).toBe('none');
    expect(sent).toBe(0);
  });

  it('a message that fails to parse is kept as failed with its error, never dropped', async () => {
    // mailparser accepts nearly anything, so the parser is made to fail the way a parser bug would.
    const { id } = storeInbound(h.deps.db, h.clock, { raw: Buffer.from('From: a@example.org\r\nMessage-ID: <broken-1@x>\r\n\r\nhi') });
    const failing = { ...h.deps, parseMail: async () => { throw new Error('unexpected end of MIME part'); } };
    expect(await processInbound(failing, id)).toBe('failed');
    const row = h.deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, id)).get()!;
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/could not parse: unexpected end of MIME part/);
    expect(row.raw.length).toBeGreaterThan(0);
  });
});
