// Organizer intake end to end: real MIME forwards through POST /inbound/raw, then the pipeline; checks the database and the outbox.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { attendees, events, imports, inboundMessages, organizers, outbox, people } from '../db/schema.ts';
import { processInbound } from '../src/inbound/process.ts';
import { replyAddress } from '../src/inbound/reply-token.ts';
import { createHarness, type Harness } from './helpers/harness.ts';
import { buildMail, signed, uniqueId } from './helpers/mail.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'intake', name));
const ORGANIZER = 'Mark Surman <mark@drumbeat.example>';
const PASS = 'mx.in.followthrough.test; dkim=pass header.d=drumbeat.example header.s=s1; spf=pass (sender ok) smtp.mailfrom=mark@drumbeat.example; dmarc=pass (p=REJECT) header.from=drumbeat.example';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ env: { ORGANIZERS: 'mark@drumbeat.example, Other@Example.NET' } });
});
afterAll(async () => h?.close());

async function post(harness: Harness, raw: Buffer) {
  const res = await harness.app.request('/inbound/raw', { method: 'POST', body: raw, headers: signed(harness.env.INBOUND_SECRET, raw) });
  expect([200, 202]).toContain(res.status);
  return (await res.json()) as { id: number; duplicate?: boolean };
}

/** Forwards a message to the intake address (authenticated unless `auth` says otherwise) and processes it. */
async function forward(opts: Mail.Options & { auth?: string | null }, harness = h) {
  const { auth = PASS, ...mail } = opts;
  const raw = await buildMail({
    from: ORGANIZER,
    to: 'intake@in.followthrough.test',
    messageId: uniqueId('fwd'),
    ...mail,
    headers: { ...(auth ? { 'Authentication-Results': auth } : {}), ...(mail.headers as Record<string, string> | undefined) },
  });
  const { id } = await post(harness, raw);
  expect(await processInbound(harness.deps, id)).toBe('processed');
  return { id, raw };
}

const db = () => h.deps.db;
const importOf = (inboundId: number, harness = h) => harness.deps.db.select().from(imports).where(eq(imports.inboundId, inboundId)).get()!;
const answerTo = (inboundId: number, harness = h) => harness.deps.db.select().from(outbox).where(eq(outbox.idempotencyKey, `intake-${inboundId}`)).get();
const peopleOf = (importId: number) =>
  db()
    .select({ email: people.email, name: people.name, attributes: attendees.attributes, askedAt: attendees.askedAt })
    .from(attendees)
    .innerJoin(people, eq(people.id, attendees.personId))
    .where(eq(attendees.importId, importId))
    .all();

/** The organizer answers the summary of `inboundId` through its Reply-To token. */
async function reply(inboundId: number, text: string, extra: Mail.Options = {}) {
  const summary = answerTo(inboundId)!;
  const to = replyAddress(h.env.TOKEN_SECRET, h.env.INBOUND_DOMAIN, { context: 'intake', refId: summary.refId!, personId: summary.personId! });
  const raw = await buildMail({
    from: ORGANIZER,
    to,
    subject: 'Re: ' + summary.subject,
    messageId: uniqueId('re'),
    inReplyTo: `<${summary.messageId}>`,
    text: `${text}\n\nOn Mon, Nov 23, 2026 at 3:00 PM Followthrough <followup@followthrough.test> wrote:\n> Reply send to ask them.\n`,
    ...extra,
  });
  const { id } = await post(h, raw);
  expect(await processInbound(h.deps, id)).toBe('processed');
  return { id, answer: answerTo(id)! };
}

describe('intake: sheets in every shape', () => {
  it('a CSV attachment: event from the subject, people imported, skipped rows, a pending import and a summary', async () => {
    const { id } = await forward({ subject: 'Fwd: Drumbeat Toronto sign-ups', text: 'Here you go!\n\nMark', attachments: [{ filename: 'signups.csv', content: fixture('signups.csv'), contentType: 'text/csv' }] });
    const imp = importOf(id);
    expect(imp).toMatchObject({ status: 'pending', imported: 3, existing: 0, createdEvent: true, organizerEmail: 'mark@drumbeat.example' });
    expect((imp.skipped as { reason: string; row: number }[]).map((s) => [s.row, s.reason])).toEqual([
      [5, 'invalid address'],
      [6, 'duplicate'],
    ]);
    const ev = db().select().from(events).where(eq(events.id, imp.eventId!)).get()!;
    expect(ev).toMatchObject({ name: 'Drumbeat Toronto', date: '2026-11-23', timezone: 'UTC', organizerEmail: 'mark@drumbeat.example' });
    const ppl = peopleOf(imp.id);
    expect(ppl.map((p) => p.email).sort()).toEqual(['ada@example.org', 'ana@example.org', 'bob@example.org']);
    expect(ppl.every((p) => p.askedAt === null)).toBe(true);
    // Formulas stay text, as written.
    expect(ppl.find((p) => p.email === 'ada@example.org')!.attributes['Can offer']).toBe('=HYPERLINK("http://evil.example","<b>click</b>")');

    const summary = answerTo(id)!;
    expect(summary).toMatchObject({ template: 'intake-summary', toAddress: 'mark@drumbeat.example', context: 'intake', refId: imp.id, status: 'scheduled', personId: imp.personId });
    expect(summary.subject).toBe('Drumbeat Toronto: 3 new people ready, reply send');
    expect(summary.inReplyTo).toMatch(/^fwd-/);
    // Nothing goes to attendees before "send".
    expect(db().select().from(outbox).where(eq(outbox.template, 'ask')).all()).toHaveLength(0);

    const out = h.deps.renderer.render('intake-summary', { ...summary.payload, unsubscribeUrl: 'u', publicUrl: 'p' });
    expect(out.text).toContain('signups.csv row 5: invalid address (not-an-address)');
    expect(out.text).toContain('signups.csv row 6: duplicate (ana@example.org)');
    expect(out.text).toContain('Ana Souza (ana@example.org)');
    // HTML in a cell is shown as text, never as markup.
    expect(out.html).not.toContain('<b>click</b>');
    expect(out.html).toContain('&lt;b&gt;click&lt;/b&gt;');

    const row = db().select().from(inboundMessages).where(eq(inboundMessages.id, id)).get()!;
    expect(row).toMatchObject({ status: 'processed', kind: 'reply', context: 'intake', refId: imp.id, review: null });
  });

  it('an event block on top and two CSV attachments: details from the block, one person per address across sheets', async () => {
    const text = [
      'Event: Kitchen Table Sprint',
      'City: Toronto',
      'Date: November 21, 2026',
      'Timezone: America/Toronto',
      'Letter after: 3 weeks',
      '',
      '---------- Forwarded message ---------',
      'From: Eventbrite <noreply@eventbrite.example>',
      'Date: Sat, Nov 21, 2026 at 9:00 PM',
      'Subject: Your attendee report',
    ].join('\n');
    const { id } = await forward({
      subject: 'Fwd: Your attendee report',
      text,
      attachments: [
        { filename: 'signups.csv', content: fixture('signups.csv') },
        { filename: 'more.csv', content: fixture('more-semicolon.csv'), contentType: 'application/vnd.ms-excel' },
        { filename: 'logo.png', content: Buffer.from('89504e470d0a1a0a', 'hex'), contentType: 'image/png' },
      ],
    });
    const imp = importOf(id);
    expect(imp).toMatchObject({ status: 'pending', imported: 4 });
    expect((imp.skipped as { source: string; reason: string; value: string }[]).filter((s) => s.source === 'more.csv')).toEqual([
      { source: 'more.csv', row: 3, reason: 'duplicate', value: 'ana@example.org' },
    ]);
    const ev = db().select().from(events).where(eq(events.id, imp.eventId!)).get()!;
    expect(ev).toMatchObject({ name: 'Kitchen Table Sprint', city: 'Toronto', date: '2026-11-21', timezone: 'America/Toronto', letterAfterDays: 21 });
    expect(peopleOf(imp.id).find((p) => p.email === 'elodie@example.fr')).toMatchObject({ name: 'Élodie Roy', attributes: { Ville: 'Montréal' } });
  });

  it('an XLSX attachment: every sheet with an email column, cells kept as text', async () => {
    const xlsx = await writeXlsxFile([
      { sheet: 'About', data: [[{ value: 'Exported from Eventbrite' }], [{ value: 'Drumbeat Hamilton' }]] },
      {
        sheet: 'Attendees',
        data: [
          [{ value: 'First name' }, { value: 'Last name' }, { value: 'E-mail address' }, { value: 'Interests' }, { value: 'Signed up' }],
          [{ value: 'Dana' }, { value: 'Kim' }, { value: 'dana@example.org' }, { value: '=1+1' }, { value: new Date('2026-11-01T00:00:00Z'), format: 'yyyy-mm-dd' }],
          [{ value: 'Eli' }, { value: 'Moss' }, { value: 'ELI@example.org' }, { value: 'open data' }, null],
        ],
      },
    ] as never).toBuffer();
    const { id } = await forward({
      subject: 'Fwd: Drumbeat Hamilton attendees',
      attachments: [{ filename: 'attendees.xlsx', content: xlsx, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }],
    });
    const imp = importOf(id);
    expect(imp).toMatchObject({ status: 'pending', imported: 2 });
    expect(imp.sources).toEqual([expect.objectContaining({ label: 'attendees.xlsx, sheet Attendees', kind: 'xlsx', rows: 2 })]);
    const dana = peopleOf(imp.id).find((p) => p.email === 'dana@example.org')!;
    expect(dana).toMatchObject({ name: 'Dana Kim', attributes: { Interests: '=1+1', 'Signed up': '2026-11-01' } });
    expect(db().select().from(events).where(eq(events.id, imp.eventId!)).get()!.name).toBe('Drumbeat Hamilton');
  });

  it('an HTML <table> in HTML mail, inside layout tables', async () => {
    const html = `<div>Here is the list.</div><table><tr><td><table border="1">
      <tr><th>Full name</th><th>Email address</th><th>Organisation</th></tr>
      <tr><td>Fay <b>Ng</b></td><td><a href="mailto:fay@example.org">fay@example.org</a></td><td>Mozilla &amp; friends</td></tr>
      <tr><td>Gus</td><td>gus@example.org</td><td>&lt;script&gt;x&lt;/script&gt;</td></tr>
    </table></td></tr></table><p>Mark<br>mark@drumbeat.example</p>`;
    const { id } = await forward({ subject: 'Fwd: DemoCamp Guelph sign-ups', html, text: 'Here is the list.' });
    const imp = importOf(id);
    expect(imp).toMatchObject({ status: 'pending', imported: 2 });
    const ppl = peopleOf(imp.id);
    expect(ppl.find((p) => p.email === 'fay@example.org')).toMatchObject({ name: 'Fay Ng', attributes: { Organisation: 'Mozilla & friends' } });
    expect(ppl.find((p) => p.email === 'gus@example.org')!.attributes.Organisation).toBe('<script>x</script>');
    const out = h.deps.renderer.render('intake-summary', { ...answerTo(id)!.payload, unsubscribeUrl: 'u', publicUrl: 'p' });
    expect(out.html).not.toContain('<script>x');
  });

  it('a table pasted into the body, tab-separated (from a spreadsheet) or aligned with spaces (from a web page)', async () => {
    const tabbed = 'Hi, the list from Saturday:\n\nName\tEmail\tCity\nHana Ito\thana@example.org\tToronto\nIan Roe\tian@example.org\t\n\nThanks, Mark\nmark@drumbeat.example\n';
    const a = await forward({ subject: 'Fwd: Coffee klatch Leslieville sign-ups', text: tabbed });
    expect(importOf(a.id)).toMatchObject({ status: 'pending', imported: 2 });
    expect(peopleOf(importOf(a.id).id).map((p) => p.email).sort()).toEqual(['hana@example.org', 'ian@example.org']);

    const aligned = [
      'Name          Email                  City',
      'Jo Park       jo@example.org         Ottawa',
      'Kai Mendes    kai@example.org',
      'Lee Wu        lee@example.org        Kingston',
    ].join('\n');
    const b = await forward({ subject: 'Fwd: Drumbeat Ottawa', text: aligned });
    const ppl = peopleOf(importOf(b.id).id);
    expect(ppl.map((p) => p.email).sort()).toEqual(['jo@example.org', 'kai@example.org', 'lee@example.org']);
    expect(ppl.find((p) => p.email === 'jo@example.org')).toMatchObject({ name: 'Jo Park', attributes: { City: 'Ottawa' } });
  });

  it('a plain list of Name <email>, email, name and bare addresses; the forward headers and the organizer are not people', async () => {
    const text = [
      'Please import these.',
      '',
      '---------- Forwarded message ---------',
      'From: Pat Doe <pat@meetup.example>',
      'To: mark@drumbeat.example',
      '',
      'Mia Chen <mia@example.org>',
      'noor@example.org, Noor Haddad',
      'oli@example.org',
      'oops@@example.org',
      '',
      'Mark Surman <mark@drumbeat.example>',
    ].join('\n');
    const { id } = await forward({ subject: 'Fwd: Drumbeat Montreal', text });
    const imp = importOf(id);
    expect(peopleOf(imp.id).map((p) => [p.email, p.name]).sort()).toEqual([
      ['mia@example.org', 'Mia Chen'],
      ['noor@example.org', 'Noor Haddad'],
      ['oli@example.org', null],
    ]);
    expect((imp.skipped as { reason: string }[]).map((s) => s.reason)).toEqual(['invalid address']);
  });
});

describe('intake: who may', () => {
  const csv = { filename: 'signups.csv', content: fixture('signups.csv') };

  it.each([
    ['no Authentication-Results', null],
    ['failed checks', 'mx.in.followthrough.test; dkim=fail header.d=drumbeat.example; spf=softfail smtp.mailfrom=mark@drumbeat.example; dmarc=fail header.from=drumbeat.example'],
    ['a DKIM pass for another domain', 'mx.in.followthrough.test; dkim=pass header.d=attacker.example; spf=pass smtp.mailfrom=bounce@attacker.example; dmarc=none'],
  ])('a spoofed organizer (%s) is stored as rejected, with no email back', async (_, auth) => {
    const before = db().select().from(outbox).all().length;
    const { id } = await forward({ subject: 'Fwd: Spoofed sign-ups', auth, attachments: [csv] });
    expect(importOf(id)).toMatchObject({ status: 'rejected', eventId: null });
    expect(importOf(id).problem).toMatch(/claims to be organizer mark@drumbeat\.example/);
    const row = db().select().from(inboundMessages).where(eq(inboundMessages.id, id)).get()!;
    expect(row.review).toMatch(/^intake rejected/);
    expect(db().select().from(outbox).all().length).toBe(before);
    expect(db().select().from(events).where(eq(events.name, 'Spoofed')).all()).toHaveLength(0);
  });

  it('a forged pass below the provider\'s own failing result does not count', async () => {
    const raw = await buildMail({
      from: ORGANIZER,
      to: 'intake@in.followthrough.test',
      subject: 'Fwd: Forged sign-ups',
      messageId: uniqueId('forged'),
      headers: [
        { key: 'Authentication-Results', value: 'mx.in.followthrough.test; dmarc=fail header.from=drumbeat.example' },
        { key: 'Authentication-Results', value: 'mx.in.followthrough.test; dmarc=pass header.from=drumbeat.example' },
      ],
      attachments: [csv],
    });
    const { id } = await post(h, raw);
    await processInbound(h.deps, id);
    expect(importOf(id).status).toBe('rejected');
  });

  it('a non-organizer, even authenticated, is rejected; one added to the organizers table may', async () => {
    const auth = 'mx.in.followthrough.test; dmarc=pass header.from=example.com';
    const a = await forward({ from: 'Stranger <zoe@example.com>', subject: 'Fwd: My sign-ups', auth, attachments: [csv] });
    expect(importOf(a.id)).toMatchObject({ status: 'rejected', problem: 'zoe@example.com is not an organizer' });
    expect(answerTo(a.id)).toBeUndefined();

    db().insert(organizers).values({ email: 'zoe@example.com', name: 'Zoe' }).run();
    const b = await forward({ from: 'Zoe <Zoe@Example.com>', subject: 'Fwd: Zoe sign-ups', auth, attachments: [csv] });
    expect(importOf(b.id)).toMatchObject({ status: 'pending', imported: 3 });
  });

  it('ORGANIZERS is matched case-insensitively, and SPF with an aligned envelope sender is enough', async () => {
    const auth = 'mx.in.followthrough.test; spf=pass smtp.mailfrom=bounces@mail.example.net';
    const { id } = await forward({ from: 'other@example.net', subject: 'Fwd: Other sign-ups', auth, text: 'pia@example.org\nquinn@example.org' });
    expect(importOf(id)).toMatchObject({ status: 'pending', imported: 2 });
  });
});

describe('intake: dedupe', () => {
  it('the same forward delivered twice changes nothing; a second sheet for the same event adds only the new people', async () => {
    const first = await forward({ subject: 'Fwd: Drumbeat Waterloo sign-ups', text: 'ra@example.org\nsam@example.org' });
    const counts = () => ({ i: db().select().from(imports).all().length, a: db().select().from(attendees).all().length, o: db().select().from(outbox).all().length });
    const before = counts();
    expect(await post(h, first.raw)).toEqual({ id: first.id, duplicate: true });
    expect(await processInbound(h.deps, first.id)).toBe('duplicate');
    expect(counts()).toEqual(before);

    const second = await forward({ subject: 'Fwd: Drumbeat Waterloo sign-ups', text: 'SAM@example.org\nteo@example.org' });
    const imp = importOf(second.id);
    expect(imp).toMatchObject({ status: 'pending', imported: 1, existing: 1, eventId: importOf(first.id).eventId, createdEvent: false });
    expect(peopleOf(imp.id).map((p) => p.email)).toEqual(['teo@example.org']);
  });
});

describe('intake: replies to the summary', () => {
  it('"send" queues the ask to everyone new in that import, once', async () => {
    const old = await forward({ subject: 'Fwd: Drumbeat Kingston sign-ups', text: 'uma@example.org' });
    const { id } = await forward({ subject: 'Fwd: Drumbeat Kingston sign-ups', text: 'uma@example.org\nvic@example.org\nwes@example.org' });
    const imp = importOf(id);
    expect(imp.imported).toBe(2);

    const { answer } = await reply(id, 'Send');
    expect(importOf(id)).toMatchObject({ status: 'sent', asked: 2 });
    const asks = db().select().from(outbox).where(eq(outbox.template, 'ask')).all().filter((o) => ['uma@example.org', 'vic@example.org', 'wes@example.org'].includes(o.toAddress));
    // Uma came with the earlier import, which is still pending: this "send" does not ask her.
    expect(asks.map((o) => o.toAddress).sort()).toEqual(['vic@example.org', 'wes@example.org']);
    expect(asks.every((o) => o.status === 'scheduled' && o.context === 'ask')).toBe(true);
    expect(asks[0]!.payload).toMatchObject({ eventName: 'Drumbeat Kingston' });
    expect(answer).toMatchObject({ template: 'intake-summary', context: 'intake', refId: imp.id });
    expect(answer.subject).toBe('Sending the ask for Drumbeat Kingston to 2 people');
    expect(importOf(old.id).status).toBe('pending');

    const again = await reply(id, 'send');
    expect(again.answer.subject).toBe('Already sent: Drumbeat Kingston');
    expect(db().select().from(outbox).where(eq(outbox.template, 'ask')).all().filter((o) => o.toAddress === 'vic@example.org')).toHaveLength(1);
  });

  it('"cancel" discards the import: its people are removed and nobody is asked', async () => {
    const { id } = await forward({ subject: 'Fwd: Drumbeat Halifax sign-ups', text: 'xia@example.org\nyan@example.org' });
    const imp = importOf(id);
    const { answer } = await reply(id, 'cancel, wrong sheet');
    expect(importOf(id).status).toBe('cancelled');
    expect(peopleOf(imp.id)).toHaveLength(0);
    expect(answer.subject).toBe('Import cancelled: Drumbeat Halifax');
    const late = await reply(id, 'send');
    expect(late.answer.subject).toBe('Already cancelled: Drumbeat Halifax');
    expect(db().select().from(outbox).where(and(eq(outbox.template, 'ask'), eq(outbox.toAddress, 'xia@example.org'))).all()).toHaveLength(0);
  });

  it('corrected event lines update the event and the import stays pending; then send', async () => {
    const { id } = await forward({ subject: 'Fwd: Drumbeat Victoria sign-ups', text: 'zed@example.org' });
    const imp = importOf(id);
    const { answer } = await reply(id, 'City: Victoria\nDate: 20 November 2026\nTimezone: America/Vancouver\nLetter after: 2 weeks');
    const ev = db().select().from(events).where(eq(events.id, imp.eventId!)).get()!;
    expect(ev).toMatchObject({ city: 'Victoria', date: '2026-11-20', timezone: 'America/Vancouver', letterAfterDays: 14 });
    expect(importOf(id).status).toBe('pending');
    expect(answer.subject).toBe('Updated: Drumbeat Victoria: 1 new person ready, reply send');
    expect(answer.payload).toMatchObject({ event: { city: 'Victoria', date: '20 November 2026', letterAfter: '2 weeks' } });
    // The answer to the answer is still bound to the same import.
    expect(answer.refId).toBe(imp.id);
    await reply(id, 'send');
    expect(importOf(id).status).toBe('sent');
  });

  it('a reply that says neither is answered with the choices and flagged for review', async () => {
    const { id } = await forward({ subject: 'Fwd: Drumbeat Regina sign-ups', text: 'amy@example.org' });
    const r = await reply(id, 'Hmm, who is on this?');
    expect(r.answer.subject).toBe('Reply send or cancel: Drumbeat Regina');
    expect(db().select().from(inboundMessages).where(eq(inboundMessages.id, r.id)).get()!.review).toMatch(/not understood/);
    expect(importOf(id).status).toBe('pending');
  });
});

describe('intake: bad input', () => {
  it('a sheet with no email column gets a summary explaining what was expected, with an example', async () => {
    const { id } = await forward({ subject: 'Fwd: Phone list', attachments: [{ filename: 'phones.csv', content: fixture('no-email.csv') }] });
    const imp = importOf(id);
    expect(imp).toMatchObject({ status: 'refused', eventId: null });
    expect(imp.problem).toBe('phones.csv: no column of email addresses');
    const answer = answerTo(id)!;
    expect(answer).toMatchObject({ template: 'intake-problem', context: 'intake', refId: imp.id });
    expect(answer.subject).toBe("We couldn't import phones.csv");
    const out = h.deps.renderer.render('intake-problem', { ...answer.payload, unsubscribeUrl: 'u', publicUrl: 'p' });
    expect(out.text).toContain('The columns we found: "Name", "Phone"');
    expect(out.text).toContain('Ana Souza,ana@example.org,Toronto');
    expect(db().select().from(events).where(eq(events.name, 'Phone')).all()).toHaveLength(0);
  });

  it('a message without any sheet is answered too', async () => {
    const { id } = await forward({ subject: 'Fwd: sign-ups', text: 'See attached!' });
    expect(importOf(id)).toMatchObject({ status: 'refused', problem: 'no sign-up sheet found' });
    expect(answerTo(id)!.payload).toMatchObject({ noSheet: true, showExample: true });
  });

  it('more rows than MAX_SHEET_ROWS: refused, nobody imported', async () => {
    const big = 'email,name\n' + Array.from({ length: 5_001 }, (_, i) => `p${i}@big.example,Person ${i}`).join('\n');
    const { id } = await forward({ subject: 'Fwd: Huge sign-ups', attachments: [{ filename: 'huge.csv', content: big }] });
    expect(importOf(id)).toMatchObject({ status: 'refused', problem: 'huge.csv: too many rows' });
    expect(answerTo(id)!.payload).toMatchObject({ tooMany: true, maxRows: '5,000' });
    expect(db().select().from(people).where(eq(people.email, 'p1@big.example')).get()).toBeUndefined();
  });

  it('an old binary .xls is named as unreadable, with what to do', async () => {
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(64)]);
    const { id } = await forward({ subject: 'Fwd: Old sheet', attachments: [{ filename: 'old.xls', content: xls, contentType: 'application/vnd.ms-excel' }] });
    expect(importOf(id).status).toBe('refused');
    expect(importOf(id).problem).toMatch(/old\.xls: a format we cannot read/);
  });
});

describe('intake: local use', () => {
  it('TRUST_UNAUTHENTICATED_INTAKE=true accepts an organizer without Authentication-Results', async () => {
    const local = await createHarness({ redisUrl: null, env: { ORGANIZERS: 'mark@drumbeat.example', TRUST_UNAUTHENTICATED_INTAKE: 'true' } });
    try {
      const { id } = await forward({ subject: 'Fwd: Local sign-ups', auth: null, text: 'bea@example.org' }, local);
      expect(importOf(id, local)).toMatchObject({ status: 'pending', imported: 1 });
      const stranger = await forward({ from: 'x@example.com', subject: 'Fwd: Local sign-ups', auth: null, text: 'bea@example.org' }, local);
      expect(importOf(stranger.id, local).status).toBe('rejected');
    } finally {
      await local.close();
    }
  });
});
