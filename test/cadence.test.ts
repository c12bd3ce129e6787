// The follow-up rhythm driven by an injected clock: letters, reminders, check-ins, nudges, lapses, answers, limits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitments, outbox, people } from '../db/schema.ts';
import type { ManualClock } from '../src/clock.ts';
import { lapseOverdue, type Entry } from '../src/followup/cadence.ts';
import { backfillItemWords, keywords } from '../src/followup/introductions.ts';
import { deliverDue } from '../src/followup/outbox.ts';
import { outcomes } from '../src/followup/outcomes.ts';
import { processInbound } from '../src/inbound/process.ts';
import { replyAddress, type TokenContext } from '../src/inbound/reply-token.ts';
import { storeInbound } from '../src/inbound/store.ts';
import { importSheet } from '../src/intake/import.ts';
import { parseSheet } from '../src/intake/sheet.ts';
import { createHarness, type Harness } from './helpers/harness.ts';
import { buildMail, uniqueId } from './helpers/mail.ts';

let h: Harness;
let clock: ManualClock;
let attendeeOf: Map<string, { attendeeId: number; personId: number }>;

beforeEach(async () => {
  h = await createHarness({ clock: 'manual', redisUrl: null });
  clock = h.clock as ManualClock;
  clock.set('2026-11-23T15:00:00Z'); // 10:00 in Toronto
  const s = importSheet(
    h.deps.db,
    { name: 'Drumbeat Toronto', city: 'Toronto', date: '2026-11-21', timezone: 'America/Toronto' },
    parseSheet('name,email,city\nAna Souza,ana@example.org,Toronto\nBob Lee,bob@example.org,Toronto\nCleo Wu,cleo@example.org,Toronto\nDev Rao,dev@example.org,Montreal\n'),
  );
  attendeeOf = new Map(
    h.deps.db.query.attendees
      .findMany({ where: (a, { eq }) => eq(a.eventId, s.eventId), with: undefined })
      .sync()
      .map((a) => [h.deps.db.select().from(people).where(eq(people.id, a.personId)).get()!.email, { attendeeId: a.id, personId: a.personId }]),
  );
});
afterEach(() => h.close());

/** A reply from `email` to what `row` asked (or to the ask), dated now, through storage and the pipeline. */
async function reply(email: string, text: string, to?: { context: TokenContext; refId: number }) {
  const who = attendeeOf.get(email)!;
  const address = replyAddress(h.env.TOKEN_SECRET, h.env.INBOUND_DOMAIN, { context: to?.context ?? 'ask', refId: to?.refId ?? who.attendeeId, personId: who.personId });
  const raw = await buildMail({ from: email, to: address, subject: 'Re: Drumbeat Toronto', text, messageId: uniqueId('r'), date: clock.now() });
  const { id } = storeInbound(h.deps.db, clock, { raw });
  expect(await processInbound(h.deps, id)).toBe('processed');
  return id;
}

/** The token a sent row carried: what a reply to it answers. */
const tokenOf = (row: typeof outbox.$inferSelect) => ({ context: row.context as TokenContext, refId: row.refId ?? row.id });

const rowsFor = (email: string) =>
  h.deps.db
    .select()
    .from(outbox)
    .where(eq(outbox.personId, attendeeOf.get(email)!.personId))
    .all();
const followups = (email: string) => rowsFor(email).filter((r) => ['letter', 'reminder', 'check-in', 'followup'].includes(r.template));
const entriesOf = (r: typeof outbox.$inferSelect) => (r.payload.entries as Entry[]).map((e) => `${e.kind}${e.nudge ? '(nudge)' : ''}`);

/** Moves the clock to `iso` and sends whatever is due, as the delayed jobs would. */
async function at(iso: string) {
  clock.set(iso);
  lapseOverdue(h.deps.db, h.deps);
  return deliverDue(h.deps);
}

describe('the cadence of one commitment, in the person’s timezone', () => {
  it('letter after 21 days at 10:00 local, reminder a week before the due date, check-in the day after, then one nudge, then lapsed', async () => {
    await reply('ana@example.org', 'I commit to host a coffee klatch in March.');
    const plan = followups('ana@example.org')
      .map((r) => [r.template, r.sendAt.toISOString()])
      .sort((a, b) => a[1].localeCompare(b[1]));
    expect(plan).toEqual([
      ['letter', '2026-12-14T15:00:00.000Z'], // 10:00 EST
      ['reminder', '2027-03-24T14:00:00.000Z'], // 10:00 EDT: a week before 31 March
      ['check-in', '2027-04-01T14:00:00.000Z'], // the day after
    ]);
    // The confirmation goes at once; nothing else is sent before its time.
    expect((await deliverDue(h.deps)).map((d) => d.outcome)).toEqual(['sent']);
    expect(await at('2026-12-14T14:59:00Z')).toEqual([]);
    expect((await at('2026-12-14T15:00:00Z')).map((d) => d.outcome)).toEqual(['sent']);
    await at('2027-03-24T14:00:00Z');
    await at('2027-04-01T14:00:00Z');
    const sent = followups('ana@example.org').filter((r) => r.status === 'sent');
    expect(sent.map((r) => r.template)).toEqual(['letter', 'reminder', 'check-in']);
    // The check-in planned its one nudge a week later.
    const nudge = followups('ana@example.org').find((r) => r.status === 'scheduled')!;
    expect(entriesOf(nudge)).toEqual(['check-in(nudge)']);
    expect(nudge.sendAt.toISOString()).toBe('2027-04-08T14:00:00.000Z');
    await at('2027-04-08T14:00:00Z');
    // Silence for another week: lapsed, and nothing more about it.
    await at('2027-04-15T14:00:01Z');
    const c = h.deps.db.select().from(commitments).get()!;
    expect(c.state).toBe('lapsed');
    expect(followups('ana@example.org').filter((r) => r.status === 'scheduled')).toEqual([]);
    expect(await at('2027-06-01T14:00:00Z')).toEqual([]);
  });

  it('the letter comes halfway to a near due date, and a reminder close to the letter is skipped', async () => {
    await reply('ana@example.org', 'I will write a blog post about the event by December 9.');
    const plan = followups('ana@example.org').map((r) => [r.template, r.sendAt.toISOString()]);
    // Halfway from 23 Nov 10:00 to the end of 9 Dec is 1 Dec ~17:00 local: inside the window.
    expect(plan[0][0]).toBe('letter');
    expect(plan[0][1].slice(0, 10)).toBe('2026-12-01');
    // The reminder (2 Dec) would come a day after the letter: skipped; the check-in is on 10 Dec.
    expect(plan.map((p) => p[0])).toEqual(['letter', 'check-in']);
    expect(plan[1][1]).toBe('2026-12-10T15:00:00.000Z');
  });

  it('a reply late in the evening gets its letter inside the 09:00–18:00 window', async () => {
    clock.set('2026-11-24T03:30:00Z'); // 22:30 in Toronto
    await reply('bob@example.org', 'I will host a kitchen table sprint.');
    const letter = followups('bob@example.org').find((r) => r.template === 'letter')!;
    const local = new Date(letter.sendAt.getTime() - 5 * 3600_000).toISOString(); // EST
    expect(local.slice(0, 10)).toBe('2026-12-15');
    expect(Number(local.slice(11, 13))).toBeGreaterThanOrEqual(9);
    expect(Number(local.slice(11, 13))).toBeLessThan(18);
    // No date: the check-in comes six weeks after the reply.
    const checkin = followups('bob@example.org').find((r) => r.template === 'check-in')!;
    expect(checkin.sendAt.toISOString().slice(0, 10)).toBe('2027-01-05');
  });
});

describe('answers to a check-in', () => {
  async function toCheckin(email: string, text: string) {
    await reply(email, text);
    const checkin = followups(email).find((r) => r.template === 'check-in')!;
    await at(checkin.sendAt.toISOString());
    return h.deps.db.select().from(outbox).where(eq(outbox.id, checkin.id)).get()!;
  }

  it('"done" keeps the commitment, thanks them, and stops the nudge', async () => {
    const checkin = await toCheckin('ana@example.org', 'I will host a coffee klatch on December 12.');
    expect(checkin.status).toBe('sent');
    const id = await reply('ana@example.org', 'Done! 8 people came.', tokenOf(checkin));
    const c = h.deps.db.select().from(commitments).get()!;
    expect(c).toMatchObject({ state: 'kept', stateMessageId: id });
    const ack = rowsFor('ana@example.org').find((r) => r.template === 'checkin-ack')!;
    expect(ack.payload.outcome).toBe('kept');
    expect(followups('ana@example.org').filter((r) => r.status === 'scheduled')).toEqual([]);
    const [o] = outcomes(h.deps.db);
    expect(o).toMatchObject({ eventName: 'Drumbeat Toronto', counts: { kept: 1, pending: 0 }, keptRate: 1, byFormat: { 'coffee-klatch': { kept: 1 } } });
  });

  it('"not yet" asks again in two weeks', async () => {
    const checkin = await toCheckin('ana@example.org', 'I will host a coffee klatch on December 12.');
    await reply('ana@example.org', 'Not yet, still looking for a venue.', tokenOf(checkin));
    const next = followups('ana@example.org').filter((r) => r.status === 'scheduled');
    expect(next.map(entriesOf)).toEqual([['check-in']]);
    expect(next[0].sendAt.getTime() - clock.now().getTime()).toBeGreaterThanOrEqual(14 * 86400_000 - 12 * 3600_000);
    expect(h.deps.db.select().from(commitments).get()!.state).toBe('pending');
    expect(rowsFor('ana@example.org').find((r) => r.template === 'checkin-ack')!.payload.outcome).toBe('not-yet');
  });

  it('a new date moves the reminder and the check-in', async () => {
    const checkin = await toCheckin('ana@example.org', 'I will host a coffee klatch on December 12.');
    await reply('ana@example.org', 'Can we push it to February?', tokenOf(checkin));
    const c = h.deps.db.select().from(commitments).get()!;
    expect(c.dueEnd).toBe('2027-02-28');
    const next = followups('ana@example.org')
      .filter((r) => r.status === 'scheduled')
      .map((r) => [entriesOf(r).join(), r.sendAt.toISOString().slice(0, 10)]);
    expect(next).toEqual([
      ['reminder', '2027-02-21'],
      ['check-in', '2027-03-01'],
    ]);
  });

  it('"push it back a week" to the reminder counts from the planned date, not from the day of the reply', async () => {
    await reply('ana@example.org', 'I will host a coffee klatch on March 20.');
    const reminder = followups('ana@example.org').find((r) => r.template === 'reminder')!;
    await at(reminder.sendAt.toISOString());
    expect(clock.now().toISOString().slice(0, 10)).toBe('2027-03-13');
    await reply('ana@example.org', 'Can we push it back a week? Half the group is away.', tokenOf(reminder));
    expect(h.deps.db.select().from(commitments).get()!.dueEnd).toBe('2027-03-27');
    // counter-case: once the planned date has gone by, the week counts from the reply
    const checkin = followups('ana@example.org').find((r) => r.status === 'scheduled' && entriesOf(r).includes('check-in'))!;
    await at(checkin.sendAt.toISOString());
    await reply('ana@example.org', 'Can we push it back a week?', tokenOf(checkin));
    const today = clock.now();
    const expected = new Date(today.getTime() + 7 * 86400_000).toISOString().slice(0, 10);
    expect([expected, new Date(today.getTime() + 6 * 86400_000).toISOString().slice(0, 10)]).toContain(h.deps.db.select().from(commitments).get()!.dueEnd);
  });

  it('"drop" lets it go without guilt', async () => {
    const checkin = await toCheckin('bob@example.org', 'I will host a kitchen table sprint on December 5.');
    await reply('bob@example.org', 'Please drop this one, I won’t be able to do it.', tokenOf(checkin));
    expect(h.deps.db.select().from(commitments).get()!.state).toBe('dropped');
    expect(rowsFor('bob@example.org').find((r) => r.template === 'checkin-ack')!.payload.outcome).toBe('dropped');
    expect(followups('bob@example.org').filter((r) => r.status === 'scheduled')).toEqual([]);
  });

  it('"stop" in any reply stops everything to that address at once', async () => {
    await reply('ana@example.org', 'I commit to host a coffee klatch in March.');
    expect(followups('ana@example.org').every((r) => r.status === 'scheduled')).toBe(true);
    await reply('ana@example.org', 'Please take me off your list.');
    expect(h.deps.db.select().from(people).where(eq(people.email, 'ana@example.org')).get()!.unsubscribedAt).not.toBeNull();
    expect(followups('ana@example.org').map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(await at('2027-05-01T14:00:00Z')).toEqual([]);
  });
});

describe('corrections to a confirmation', () => {
  it('"no, April not March" moves the date, the reminder and the check-in, and confirms again', async () => {
    const id = await reply('ana@example.org', 'I commit to host a coffee klatch in March.');
    await deliverDue(h.deps);
    clock.advance(3600_000);
    await reply('ana@example.org', 'No, April not March.', { context: 'confirmation', refId: id });
    const c = h.deps.db.select().from(commitments).get()!;
    expect([c.dueStart, c.dueEnd]).toEqual(['2027-04-01', '2027-04-30']);
    const plan = followups('ana@example.org')
      .filter((r) => r.status === 'scheduled')
      .map((r) => [entriesOf(r).join(), r.sendAt.toISOString().slice(0, 10)]);
    expect(plan).toEqual([
      ['letter', '2026-12-14'],
      ['reminder', '2027-04-23'],
      ['check-in', '2027-05-01'],
    ]);
    const again = rowsFor('ana@example.org').filter((r) => r.template === 'confirmation');
    expect(again).toHaveLength(2);
    expect(again[1].payload).toMatchObject({ corrected: true, commitments: [{ action: 'host a coffee klatch', dueText: 'by 30 April 2027' }] });
  });

  it('"I meant a kitchen table sprint" changes the format', async () => {
    const id = await reply('bob@example.org', 'I will host a coffee klatch in January.');
    await reply('bob@example.org', 'Sorry, I meant a kitchen table sprint.', { context: 'confirmation', refId: id });
    expect(h.deps.db.select().from(commitments).get()!.format).toBe('kitchen-table-sprint');
  });
});

describe('replies with nothing to act on', () => {
  it('an answer to the ask gets one short note that a person will read it; a thank-you to a confirmation gets none', async () => {
    await reply('ana@example.org', 'Thanks for a great event!');
    await reply('ana@example.org', 'Really, it was great.');
    expect(rowsFor('ana@example.org').filter((r) => r.template === 'unclear')).toHaveLength(1);
    const id = await reply('bob@example.org', 'I will host a coffee klatch in March.');
    const before = rowsFor('bob@example.org').length;
    await reply('bob@example.org', 'Thanks!', { context: 'confirmation', refId: id });
    expect(rowsFor('bob@example.org')).toHaveLength(before);
  });
});

describe('no nagging', () => {
  it('ten commitments never make more than one email a day or three a week', async () => {
    const lines = [
      'host a coffee klatch in December',
      'write a blog post about the event by December 4',
      'translate the guide into French by December 8',
      'send the slides to everyone by December 2',
      'introduce Priya to the P2PU folks by December 10',
      'run a kitchen table sprint by December 15',
      'mentor two new contributors by December 20',
      'donate to P2PU by December 31',
      'write to my councillor by December 18',
      'teach a Hackasaurus session by January 10',
    ];
    await reply('cleo@example.org', "Here's what I'll do:\n" + lines.map((l) => `- ${l}`).join('\n'));
    expect(h.deps.db.select().from(commitments).all()).toHaveLength(10);
    // Walk through two months day by day, sending what is due, answering nothing.
    const sentDays: string[] = [];
    for (let d = 0; d < 75; d++) {
      const day = new Date(Date.UTC(2026, 10, 24 + d, 23, 0));
      await at(day.toISOString());
    }
    const sent = rowsFor('cleo@example.org').filter((r) => r.status === 'sent' && r.template !== 'confirmation');
    for (const r of sent) sentDays.push(new Date(r.sendAt.getTime() - 5 * 3600_000).toISOString().slice(0, 10));
    expect(sent.length).toBeGreaterThan(3);
    expect(new Set(sentDays).size).toBe(sentDays.length); // one a day
    const times = sent.map((r) => r.sendAt.getTime()).sort((a, b) => a - b);
    for (let i = 0; i + 3 < times.length; i++) expect(times[i + 3] - times[i]).toBeGreaterThanOrEqual(7 * 86400_000 - 3600_000); // three a week
    // Merged mails carry several follow-ups.
    expect(sent.some((r) => (r.payload.entries as Entry[]).length > 1)).toBe(true);
  });
});

describe('bounces', () => {
  it('a hard bounce suppresses the address: its letter is skipped and nothing more is sent', async () => {
    await reply('ana@example.org', 'I commit to host a coffee klatch in March.');
    const confirmation = rowsFor('ana@example.org').find((r) => r.template === 'confirmation')!;
    await deliverDue(h.deps);
    const sentConfirmation = h.deps.db.select().from(outbox).where(eq(outbox.id, confirmation.id)).get()!;
    expect(sentConfirmation.status).toBe('sent');
    const { handleDeliveryEvent } = await import('../src/email/delivery-events.ts');
    const r = handleDeliveryEvent(h.deps, 'msg_1', {
      type: 'email.bounced',
      data: { email_id: sentConfirmation.providerId!, to: ['ana@example.org'], bounce: { type: 'Permanent', subType: 'General', message: 'mailbox does not exist' } },
    });
    expect(r).toMatchObject({ kind: 'bounced', suppressed: true });
    expect(handleDeliveryEvent(h.deps, 'msg_1', { type: 'email.bounced', data: {} }).duplicate).toBe(true);
    expect(followups('ana@example.org').map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(await at('2027-05-01T14:00:00Z')).toEqual([]);
  });

  it('soft bounces are counted and suppress at the third', async () => {
    const { handleDeliveryEvent } = await import('../src/email/delivery-events.ts');
    for (const n of [1, 2, 3]) {
      const r = handleDeliveryEvent(h.deps, `soft-${n}`, { type: 'email.bounced', data: { to: ['bob@example.org'], bounce: { type: 'Transient', message: 'mailbox full' } } });
      expect(r.suppressed).toBe(n === 3);
    }
    const bob = h.deps.db.select().from(people).where(eq(people.email, 'bob@example.org')).get()!;
    expect(bob.suppressionReason).toBe('3 soft bounces');
  });
});

describe('invitations and introductions follow their opt-ins', () => {
  it('a host says yes: neighbours from the same city are invited once, with a calendar file; "I’m in" tells the host', async () => {
    const id = await reply('ana@example.org', 'I will host a coffee klatch on December 12.');
    const confirmation = rowsFor('ana@example.org').find((r) => r.template === 'confirmation')!;
    expect(confirmation.payload.inviteQuestion).toMatchObject({ formatLabel: 'coffee klatch', city: 'Toronto' });
    await deliverDue(h.deps);
    await reply('ana@example.org', 'Yes please!', { context: 'confirmation', refId: id });
    const invited = h.deps.db.select().from(outbox).where(eq(outbox.template, 'invitation')).all();
    expect(invited.map((r) => r.toAddress).sort()).toEqual(['bob@example.org', 'cleo@example.org']); // not Montreal, not the host
    // Saying yes again invites nobody twice.
    await reply('ana@example.org', 'Yes', { context: 'confirmation', refId: id });
    expect(h.deps.db.select().from(outbox).where(eq(outbox.template, 'invitation')).all()).toHaveLength(2);

    await deliverDue(h.deps);
    const files = readdirSync(join(h.dir, 'outbox')).filter((f) => f.includes('invitation-'));
    const mail = await simpleParser(readFileSync(join(h.dir, 'outbox', files[0])));
    const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
    expect(ics.content.toString()).toContain('DTSTART;VALUE=DATE:20261212');
    expect(mail.text).not.toContain('ana@example.org');

    const bobInvite = invited.find((r) => r.toAddress === 'bob@example.org')!;
    await reply('bob@example.org', "Count me in! I'll bring cookies.", tokenOf(bobInvite));
    const host = rowsFor('ana@example.org').find((r) => r.template === 'rsvp-host')!;
    expect(host.payload).toMatchObject({ guests: ['Bob'], count: 1 });
    const dayBefore = rowsFor('bob@example.org').find((r) => r.template === 'rsvp-reminder')!;
    expect(dayBefore.sendAt.toISOString()).toBe('2026-12-11T15:00:00.000Z');
    // Cleo joins before the host's note goes out: one note with both.
    const cleoInvite = invited.find((r) => r.toAddress === 'cleo@example.org')!;
    await reply('cleo@example.org', "I'm in!", tokenOf(cleoInvite));
    const notes = rowsFor('ana@example.org').filter((r) => r.template === 'rsvp-host');
    expect(notes).toHaveLength(1);
    expect(h.deps.db.select().from(outbox).where(eq(outbox.id, notes[0].id)).get()!.payload).toMatchObject({ guests: ['Bob', 'Cleo'], count: 2 });
  });

  it('an offer meets a need: asked in turn, introduced only when both say yes, no address shown before', async () => {
    await reply('bob@example.org', 'I can offer graphic design for flyers and posters.');
    await reply('ana@example.org', 'I need a designer who can help with our flyers.');
    const askAna = rowsFor('ana@example.org').find((r) => r.template === 'intro-ask')!;
    expect(askAna.payload).toMatchObject({ role: 'need', otherFirstName: 'Bob' });
    expect(JSON.stringify(askAna.payload)).not.toContain('bob@example.org');
    expect(String(askAna.payload.reason)).toMatch(/flyers/);
    expect(rowsFor('bob@example.org').some((r) => r.template === 'intro-ask')).toBe(false);

    await deliverDue(h.deps);
    await reply('ana@example.org', 'Yes please', tokenOf(askAna));
    const askBob = rowsFor('bob@example.org').find((r) => r.template === 'intro-ask')!;
    expect(askBob.payload).toMatchObject({ role: 'offer', otherFirstName: 'Ana' });
    expect(rowsFor('ana@example.org').some((r) => r.template === 'introduction')).toBe(false);

    await deliverDue(h.deps);
    await reply('bob@example.org', 'Yes, happy to help.', tokenOf(askBob));
    const intro = h.deps.db.select().from(outbox).where(eq(outbox.template, 'introduction')).get()!;
    expect(intro.toAddress).toBe('ana@example.org, bob@example.org');
  });

  it('an offer stored before its words were indexed is still found once the reconciler has run', async () => {
    await reply('bob@example.org', 'I can offer graphic design for flyers and posters.');
    // As a database upgraded from before item_words: the item is there, its words are not.
    h.deps.db.$client.prepare('delete from item_words').run();
    expect(backfillItemWords(h.deps.db)).toBe(1);
    expect(h.deps.db.$client.prepare("select word from item_words order by word").all().map((r) => (r as { word: string }).word)).toEqual([...keywords((h.deps.db.$client.prepare("select text from items where kind = 'offer'").get() as { text: string }).text)].sort());
    // Once per connection: a second call does nothing.
    expect(backfillItemWords(h.deps.db)).toBe(0);
    await reply('ana@example.org', 'I need a designer who can help with our flyers.');
    expect(rowsFor('ana@example.org').find((r) => r.template === 'intro-ask')?.payload).toMatchObject({ role: 'need', otherFirstName: 'Bob' });
  });

  it('an offer that shares no word with a need is not proposed; one that does is, among many others', async () => {
    await reply('bob@example.org', 'I can offer a meeting room on weekday evenings.');
    await reply('cleo@example.org', 'I can offer translation into Portuguese.');
    await reply('ana@example.org', 'I need someone for translation of our flyers.');
    const ask = rowsFor('ana@example.org').find((r) => r.template === 'intro-ask')!;
    expect(ask.payload).toMatchObject({ role: 'need', otherFirstName: 'Cleo', offer: expect.stringMatching(/translation/) });
    expect(h.deps.db.select().from(outbox).where(eq(outbox.template, 'intro-ask')).all()).toHaveLength(1);
  });

  it('a no from either side ends the introduction', async () => {
    await reply('bob@example.org', 'I can offer graphic design for flyers.');
    await reply('ana@example.org', 'I need a designer for our flyers.');
    const askAna = rowsFor('ana@example.org').find((r) => r.template === 'intro-ask')!;
    await reply('ana@example.org', 'No thanks.', tokenOf(askAna));
    expect(rowsFor('bob@example.org').some((r) => r.template === 'intro-ask')).toBe(false);
    expect(h.deps.db.select().from(outbox).where(and(eq(outbox.template, 'introduction'))).all()).toEqual([]);
  });
});
