// Turns one understood reply into records (commitments, items, states) and the emails it causes.
import { and, eq, sql } from 'drizzle-orm';
import { prepared, type Db } from '../../db/client.ts';
import { attendeeById, eventById, latestAttendance, markReplied, personById } from '../../db/queries.ts';
import { commitments, events, inboundMessages, items, outbox, people } from '../../db/schema.ts';
import { DAY_MS } from '../clock.ts';
import type { Deps } from '../deps.ts';
import type { Attribution } from '../inbound/process.ts';
import type { ParsedMessage } from '../inbound/parse.ts';
import type { DueRange, Understanding } from '../understand/types.ts';
import { insertOutbox, skipScheduledFor } from './outbox.ts';

type OutboxRow = typeof outbox.$inferSelect;
type InboundRow = typeof inboundMessages.$inferSelect;

export interface ApplyInput {
  inbound: InboundRow;
  parsed: ParsedMessage;
  attribution: Attribution;
  understanding: Understanding;
}

export interface ApplyResult {
  review: string | null;
  outbox: OutboxRow[];
}

const formatLabels: Record<string, string> = {
  'coffee-klatch': 'coffee klatch',
  'kitchen-table-sprint': 'kitchen table sprint',
  democamp: 'DemoCamp',
};

// Intl formatters are costly to build and cheap to reuse: one per timezone.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "31 March 2027" for a YYYY-MM-DD day. */
export function dayText(ymd: string): string {
  return dayFormat.format(new Date(`${ymd}T12:00:00Z`));
}

/** "by 31 March 2027", or "on 12 December 2026" when the range is one day. */
export function dueText(due: { start?: string | null; end?: string | null } | null | undefined): string | null {
  if (!due?.end) return null;
  return due.start === due.end ? `on ${dayText(due.end)}` : `by ${dayText(due.end)}`;
}

/** "Monday 14 December 2026" in the person's timezone. */
export function dateText(d: Date, timezone: string): string {
  let f = dateFormats.get(timezone);
  if (!f) dateFormats.set(timezone, (f = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: timezone })));
  return f.format(d);
}

const firstName = (name: string | null | undefined) => (name ?? '').trim().split(/\s+/)[0] || null;

/** The event a reply belongs to: from what it answers, else the person's latest event. */
function eventOf(db: Db, personId: number, a: Attribution): typeof events.$inferSelect | undefined {
  let eventId: number | null | undefined;
  if (a.context === 'ask' && a.refId) eventId = attendeeById(db, a.refId)?.eventId;
  else if ((a.context === 'check-in' || a.context === 'reminder') && a.refId)
    eventId = db.select({ e: commitments.eventId }).from(commitments).where(eq(commitments.id, a.refId)).get()?.e;
  else if (a.refId && (a.context === 'confirmation' || a.context === 'letter' || a.context === 'notice')) {
    eventId =
      db.select({ e: commitments.eventId }).from(commitments).where(eq(commitments.sourceMessageId, a.refId)).get()?.e ??
      db.select({ e: items.eventId }).from(items).where(eq(items.sourceMessageId, a.refId)).get()?.e;
  }
  if (!eventId) return latestAttendance(db, personId)?.event;
  return eventById(db, eventId);
}

const setState = (db: Db, id: number, personId: number, state: 'kept' | 'dropped', at: Date, messageId: number) =>
  db
    .update(commitments)
    .set({ state, stateChangedAt: at, stateMessageId: messageId })
    .where(and(eq(commitments.id, id), eq(commitments.personId, personId)))
    .run().changes;

export function applyUnderstanding(db: Db, deps: Pick<Deps, 'env' | 'clock' | 'renderer'>, input: ApplyInput): ApplyResult {
  const { inbound, attribution: a, understanding: u } = input;
  const now = deps.clock.now();
  const person = personById(db, a.personId!)!;
  const event = eventOf(db, person.id, a);
  const timezone = person.timezone ?? event?.timezone ?? 'UTC';
  const out: OutboxRow[] = [];
  const notes = [...u.notes];

  if (event) {
    markReplied(db, person.id, event.id, now);
  }

  if (u.command === 'stop') {
    db.update(people).set({ unsubscribedAt: now }).where(eq(people.id, person.id)).run();
    skipScheduledFor(db, person.id, 'unsubscribed by reply');
    return { review: null, outbox: out };
  }

  // Replies about one commitment (check-ins, reminders) change its state.
  if ((a.context === 'check-in' || a.context === 'reminder') && a.refId && u.command) {
    if (u.command === 'done') setState(db, a.refId, person.id, 'kept', now, inbound.id);
    else if (u.command === 'drop') setState(db, a.refId, person.id, 'dropped', now, inbound.id);
    else if (u.command === 'reschedule' && u.due) setDue(db, a.refId, person.id, u.due);
  }

  const created = recordItems(db, person.id, event?.id ?? null, inbound.id, u);
  const understoodSomething = created.commitments.length + created.items > 0 || u.command !== null;

  if (!understoodSomething) {
    // Nothing to act on: a person reads it, and the sender hears that a person will.
    out.push(
      insertOutbox(db, deps, {
        personId: person.id,
        to: person.email,
        template: 'unclear',
        payload: { firstName: firstName(person.name), eventName: event?.name ?? null },
        context: 'ask',
        refId: a.context === 'ask' ? a.refId : null,
        sendAt: now,
        key: `unclear-${inbound.id}`,
        inReplyTo: input.parsed.messageId,
      }),
    );
    return { review: 'nothing understood', outbox: out };
  }

  if (created.commitments.length + created.items > 0) {
    const letterDays = event?.letterAfterDays ?? deps.env.LETTER_AFTER_DAYS;
    const letterAt = new Date(now.getTime() + letterDays * DAY_MS);
    const byKind = (k: 'offers' | 'needs' | 'wishes') => u[k].map((i) => i.text);
    out.push(
      insertOutbox(db, deps, {
        personId: person.id,
        to: person.email,
        template: 'confirmation',
        payload: {
          firstName: firstName(person.name),
          eventName: event?.name ?? deps.env.ORGANIZER_NAME,
          commitments: created.commitments.map((c) => ({ action: c.action, dueText: dueText({ start: c.dueStart, end: c.dueEnd }), formatLabel: c.format ? formatLabels[c.format] : null })),
          offers: byKind('offers'),
          needs: byKind('needs'),
          wishes: byKind('wishes'),
          letterDateText: created.commitments.length ? dateText(letterAt, timezone) : null,
          commitmentIds: created.commitments.map((c) => c.id),
        },
        context: 'confirmation',
        refId: inbound.id,
        sendAt: now,
        key: `confirmation-${inbound.id}`,
        inReplyTo: input.parsed.messageId,
      }),
    );
    if (created.commitments.length) {
      out.push(
        insertOutbox(db, deps, {
          personId: person.id,
          to: person.email,
          template: 'letter',
          payload: {
            firstName: firstName(person.name),
            eventName: event?.name ?? deps.env.ORGANIZER_NAME,
            commitments: created.commitments.map((c) => ({ action: c.action, sentence: c.sentence, dueText: dueText({ start: c.dueStart, end: c.dueEnd }) })),
            repliedOnText: dateText(now, timezone),
            commitmentIds: created.commitments.map((c) => c.id),
          },
          context: 'letter',
          refId: inbound.id,
          sendAt: letterAt,
          key: `letter-${inbound.id}`,
        }),
      );
    }
  }
  const review = u.confidence < 0.6 ? `low confidence: ${notes.join('; ') || 'unsure reading'}` : null;
  return { review, outbox: out };
}

function setDue(db: Db, commitmentId: number, personId: number, due: DueRange) {
  db.update(commitments).set({ dueStart: due.start, dueEnd: due.end }).where(and(eq(commitments.id, commitmentId), eq(commitments.personId, personId))).run();
}

const ph = sql.placeholder;

function recordItems(db: Db, personId: number, eventId: number | null, sourceMessageId: number, u: Understanding) {
  const insertCommitment = prepared(db, 'commitments.insert', (d) =>
    d
      .insert(commitments)
      .values({ personId: ph('personId'), eventId: ph('eventId'), sourceMessageId: ph('sourceMessageId'), sentence: ph('sentence'), action: ph('action'), format: ph('format'), dueStart: ph('dueStart'), dueEnd: ph('dueEnd') })
      .returning()
      .prepare(),
  );
  const insertItem = prepared(db, 'items.insert', (d) =>
    d.insert(items).values({ personId: ph('personId'), eventId: ph('eventId'), sourceMessageId: ph('sourceMessageId'), kind: ph('kind'), text: ph('text'), sentence: ph('sentence') }).prepare(),
  );
  const made = u.commitments.map(
    (c) => insertCommitment.get({ personId, eventId, sourceMessageId, sentence: c.sentence, action: c.action, format: c.format, dueStart: c.due?.start ?? null, dueEnd: c.due?.end ?? null })!,
  );
  let n = 0;
  for (const [kind, list] of [
    ['offer', u.offers],
    ['need', u.needs],
    ['wish', u.wishes],
  ] as const) {
    for (const it of list) {
      insertItem.run({ personId, eventId, sourceMessageId, kind, text: it.text, sentence: it.sentence });
      n++;
    }
  }
  return { commitments: made, items: n };
}
