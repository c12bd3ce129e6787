// Realistic demo data for the admin (tests, the browser test, a local look): events, people, replies, commitments, mail.
import type { Db } from '../../db/client.ts';
import { attendees, commitments, events, inboundMessages, introductions, invitations, items, outbox, people, type CommitmentState } from '../../db/schema.ts';
import { DAY_MS } from '../clock.ts';
import { indexItemWords } from '../followup/introductions.ts';

const firstNames = ['Ana', 'Bob', 'Chidi', 'Dana', 'Emeka', 'Fatima', 'Gus', 'Hana', 'Ilse', 'Jonas', 'Kemi', 'Luis', 'Mei', 'Noor', 'Omar', 'Priya', 'Quinn', 'Rosa'];
const lastNames = ['Souza', 'Lee', 'Okafor', 'Klein', 'Eze', 'Haddad', 'Berg', 'Sato', 'Meyer', 'Lind', 'Adeyemi', 'Ortiz', 'Chen', 'Rahman', 'Farouk', 'Nair', 'Walsh', 'Diaz'];
const actions: [string, string | null][] = [
  ['host a coffee klatch', 'coffee-klatch'],
  ['run a kitchen table sprint on the open data portal', 'kitchen-table-sprint'],
  ['demo our mapping tool at DemoCamp', 'democamp'],
  ['write a blog post about the event', null],
  ['introduce two local groups to each other', null],
  ['teach a Scratch workshop at the library', null],
  ['host a coffee klatch for new volunteers', 'coffee-klatch'],
];
const offerTexts = ['a meeting room in Kensington Market', 'help with grant writing', 'a projector for evening events', 'mentoring for first-time organizers'];
const needTexts = ['a venue for 20 people', 'someone who knows Rails', 'a designer for a poster', 'funding contacts'];
const wishTexts = ['more local-to-local meetups', 'a shared calendar of events', 'fewer slide decks, more making'];

export interface DemoSeed {
  eventIds: number[];
  personIds: number[];
  commitmentIds: number[];
  reviewIds: number[];
  failedOutboxId: number;
}

/** Three events with attendees, replies, commitments in every state, items, an invitation, an introduction, mail in every status and a review queue. */
export function seedDemo(db: Db, now: Date, opts: { perEvent?: number } = {}): DemoSeed {
  const perEvent = opts.perEvent ?? 12;
  const t = now.getTime();
  const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const evDefs = [
    { name: 'Drumbeat Toronto', city: 'Toronto', date: ymd(t - 40 * DAY_MS), timezone: 'America/Toronto' },
    { name: 'Drumbeat Montréal', city: 'Montréal', date: ymd(t - 75 * DAY_MS), timezone: 'America/Toronto' },
    { name: 'DemoCamp Waterloo', city: 'Waterloo', date: ymd(t - 20 * DAY_MS), timezone: 'America/Toronto' },
  ];
  const out: DemoSeed = { eventIds: [], personIds: [], commitmentIds: [], reviewIds: [], failedOutboxId: 0 };
  let seq = 0;
  let failed = 0;
  db.transaction(() => {
    evDefs.forEach((def, ei) => {
      const ev = db.insert(events).values({ ...def, organizerEmail: 'organizer@drumbeat.example.org' }).returning().get();
      out.eventIds.push(ev.id);
      const start = Date.parse(`${ev.date}T12:00:00Z`);
      const offerIds: { id: number; personId: number }[] = [];
      const needIds: { id: number; personId: number }[] = [];
      for (let i = 0; i < perEvent; i++) {
        const k = seq++;
        const first = firstNames[k % firstNames.length]!;
        const last = lastNames[(k * 7 + ei) % lastNames.length]!;
        const email = `${first}.${last}.${k}@example.org`.toLowerCase();
        const p = db.insert(people).values({ email, name: `${first} ${last}`, unsubscribedAt: k % 17 === 5 ? new Date(t - 3 * DAY_MS) : null }).returning().get();
        out.personIds.push(p.id);
        const replied = i % 4 !== 3;
        const askedAt = new Date(start + DAY_MS);
        const repliedAt = replied ? new Date(start + (2 + (i % 9) * 4) * DAY_MS) : null;
        db.insert(attendees).values({ eventId: ev.id, personId: p.id, askedAt, repliedAt }).run();
        db.insert(outbox)
          .values({ personId: p.id, toAddress: email, template: 'ask', payload: { firstName: first, eventName: ev.name, eventDate: ev.date, city: ev.city, organizerName: 'Drumbeat' }, subject: `Thanks for coming to ${ev.name}`, context: 'ask', sendAt: askedAt, sentAt: askedAt, status: 'sent', idempotencyKey: `demo-ask-${p.id}`, messageId: `demo-ask-${p.id}@demo.test`, attempts: 1 })
          .run();
        if (!replied) continue;
        const [action, format] = actions[k % actions.length]!;
        const text = `Thanks for a great evening!\n\nI commit to ${action} by the end of next month.\nI can offer ${offerTexts[k % offerTexts.length]}.\nI need ${needTexts[k % needTexts.length]}.`;
        const m = db
          .insert(inboundMessages)
          .values({ source: 'raw', messageId: `demo-in-${p.id}@example.org`, raw: Buffer.from(text), size: text.length, receivedAt: repliedAt!, status: 'processed', kind: 'reply', fromAddress: email, subject: `Re: Thanks for coming to ${ev.name}`, personId: p.id, attribution: 'token', context: 'ask', visibleReply: text, processedAt: repliedAt! })
          .returning()
          .get();
        const state: CommitmentState = (['pending', 'kept', 'kept', 'dropped', 'lapsed', 'pending', 'kept'] as const)[k % 7]!;
        const due = ymd(start + (30 + (k % 5) * 10) * DAY_MS);
        const c = db
          .insert(commitments)
          .values({ personId: p.id, eventId: ev.id, sourceMessageId: m.id, sentence: `I commit to ${action} by the end of next month.`, action, format, dueStart: due, dueEnd: due, state, stateChangedAt: state === 'pending' ? null : new Date(repliedAt!.getTime() + 20 * DAY_MS), createdAt: repliedAt! })
          .returning()
          .get();
        out.commitmentIds.push(c.id);
        const offer = db.insert(items).values({ personId: p.id, eventId: ev.id, sourceMessageId: m.id, kind: 'offer', text: offerTexts[k % offerTexts.length]! }).returning().get();
        const need = db.insert(items).values({ personId: p.id, eventId: ev.id, sourceMessageId: m.id, kind: 'need', text: needTexts[k % needTexts.length]! }).returning().get();
        indexItemWords(db, offer);
        indexItemWords(db, need);
        offerIds.push({ id: offer.id, personId: p.id });
        needIds.push({ id: need.id, personId: p.id });
        if (k % 3 === 0) db.insert(items).values({ personId: p.id, eventId: ev.id, sourceMessageId: m.id, kind: 'wish', text: wishTexts[k % wishTexts.length]! }).run();
        const status = k % 11 === 4 ? 'failed' : state === 'pending' ? 'scheduled' : 'sent';
        const o = db
          .insert(outbox)
          .values({ personId: p.id, toAddress: email, template: 'confirmation', payload: { firstName: first, eventName: ev.name, commitments: [{ action, dueText: `by ${due}`, formatLabel: null }], offers: [], needs: [], wishes: [], letterDateText: null, commitmentIds: [c.id] }, subject: `What you told us after ${ev.name}`, context: 'confirmation', refId: m.id, sendAt: repliedAt!, sentAt: status === 'sent' ? repliedAt! : null, status, statusReason: status === 'failed' ? 'rejected by the mail provider' : null, lastError: status === 'failed' ? '422 invalid recipient domain' : null, idempotencyKey: `demo-confirmation-${m.id}`, messageId: `demo-confirmation-${m.id}@demo.test`, attempts: status === 'failed' ? 3 : 1 })
          .returning()
          .get();
        if (status === 'failed' && !failed) failed = o.id;
        // Follow-up replies: a check-in answered "done" for kept commitments, so replies spread over the weeks.
        if (state === 'kept') {
          const at = new Date(repliedAt!.getTime() + 20 * DAY_MS);
          db.insert(inboundMessages)
            .values({ source: 'raw', messageId: `demo-done-${p.id}@example.org`, raw: Buffer.from('done'), size: 4, receivedAt: at, status: 'processed', kind: 'reply', fromAddress: email, subject: 'Re: How did it go?', personId: p.id, attribution: 'token', context: 'check-in', refId: c.id, visibleReply: 'Done! We had eight people.', processedAt: at })
            .run();
        }
        if (format === 'coffee-klatch' && out.personIds.length > 2) {
          db.insert(invitations).values({ commitmentId: c.id, personId: out.personIds[out.personIds.length - 2]!, status: k % 2 ? 'joined' : 'invited', respondedAt: k % 2 ? new Date(t - DAY_MS) : null }).onConflictDoNothing().run();
        }
      }
      if (offerIds.length > 1 && needIds.length > 1) {
        const need = needIds[0]!;
        const offer = offerIds.find((o) => o.personId !== need.personId)!;
        db.insert(introductions).values({ eventId: ev.id, needItemId: need.id, offerItemId: offer.id, needPersonId: need.personId, offerPersonId: offer.personId, score: 3, reason: 'a venue offered where one is needed', status: 'asked-need' }).run();
      }
    });
    // The review queue: an unknown sender, a forward, a low-confidence reading, and mail trying to inject markup.
    const review = [
      { from: 'stranger@elsewhere.example', subject: 'Re: Thanks for coming', text: 'I commit to host a coffee klatch in March.', attribution: 'none', review: 'sender unknown: no reply token and no known address', personId: null },
      { from: 'partner@example.net', subject: 'Fwd: Thanks for coming to Drumbeat Toronto', text: 'Forwarding for my partner: she will run a kitchen table sprint in April.', attribution: 'forward', review: 'a reply address of one person used by another sender', personId: out.personIds[0]! },
      { from: `${firstNames[1]!.toLowerCase()}@example.org`, subject: 'Re: Thanks', text: 'maybe something in spring? not sure yet', attribution: 'sender', review: 'low confidence: unsure reading', personId: out.personIds[1]! },
      { from: 'mallory@evil.example', subject: '<script>alert("subject")</script> hello', text: '<img src=x onerror=alert(1)> <b>bold</b> I will <script>steal()</script>', attribution: 'none', review: 'sender unknown: no reply token and no known address', personId: null },
    ];
    for (const [i, r] of review.entries()) {
      const at = new Date(t - (i + 1) * 3600_000);
      const raw = `From: ${r.from}\r\nTo: reply@in.followthrough.test\r\nSubject: ${r.subject}\r\nMessage-ID: <demo-review-${i}@example.org>\r\nDate: ${at.toUTCString()}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${r.text}\r\n`;
      const m = db
        .insert(inboundMessages)
        .values({ source: 'raw', messageId: `demo-review-${i}@example.org`, raw: Buffer.from(raw), size: raw.length, receivedAt: at, status: 'processed', kind: 'reply', fromAddress: r.from, subject: r.subject, personId: r.personId, attribution: r.attribution, context: 'ask', visibleReply: r.text, review: r.review, processedAt: at })
        .returning()
        .get();
      out.reviewIds.push(m.id);
    }
  });
  out.failedOutboxId = failed;
  return out;
}
