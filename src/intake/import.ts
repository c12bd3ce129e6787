// Creates an event and its attendees from a parsed sign-up sheet, and queues the ask to those not yet asked.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { attendees, events, people } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { enqueueRows, insertOutbox } from '../followup/outbox.ts';
import type { SheetResult, SheetRow } from './sheet.ts';

export interface EventInput {
  name: string;
  city?: string | null;
  date?: string | null;
  timezone?: string | null;
  organizerEmail?: string | null;
  letterAfterDays?: number | null;
}

export interface ImportSummary {
  eventId: number;
  imported: number;
  existing: number;
  skipped: { row: number; reason: string }[];
}

/** Finds the event by name and date (so importing a second sheet adds to it) or creates it. */
export function upsertEvent(db: Db, e: EventInput) {
  const found = db
    .select()
    .from(events)
    .where(and(eq(events.name, e.name), e.date ? eq(events.date, e.date) : isNull(events.date)))
    .get();
  if (found) return found;
  return db
    .insert(events)
    .values({ name: e.name, city: e.city ?? null, date: e.date ?? null, timezone: e.timezone ?? 'UTC', organizerEmail: e.organizerEmail ?? null, letterAfterDays: e.letterAfterDays ?? null })
    .returning()
    .get();
}

export interface AddedAttendees {
  imported: number;
  existing: number;
  skipped: { row: number; reason: string; email: string }[];
  /** The rows that became new attendees, in sheet order. */
  added: SheetRow[];
}

/**
 * Adds people to an event inside the caller's transaction: one person per address (the sheet's
 * rows are already normalized and deduplicated), existing attendees left as they are, people who
 * unsubscribed or bounced before skipped. `importId` marks whom an intake import added.
 */
export function addAttendees(db: Db, eventId: number, rows: SheetRow[], importId: number | null = null): AddedAttendees {
  let existing = 0;
  const skipped: AddedAttendees['skipped'] = [];
  const added: SheetRow[] = [];
  // Prepared once per sheet: building and preparing each query per row was most of a 5,000-row import.
  const findPerson = db
    .select({ id: people.id, name: people.name, suppressedAt: people.suppressedAt, unsubscribedAt: people.unsubscribedAt })
    .from(people)
    .where(eq(people.email, sql.placeholder('email')))
    .prepare();
  const insertPerson = db
    .insert(people)
    .values({ email: sql.placeholder('email'), name: sql.placeholder('name') })
    .returning({ id: people.id, name: people.name, suppressedAt: people.suppressedAt, unsubscribedAt: people.unsubscribedAt })
    .prepare();
  const setName = db.update(people).set({ name: sql`${sql.placeholder('name')}` }).where(eq(people.id, sql.placeholder('id'))).prepare();
  const insertAttendee = db
    .insert(attendees)
    .values({ eventId, personId: sql.placeholder('personId'), attributes: sql.placeholder('attributes'), importId })
    .onConflictDoNothing()
    .returning({ id: attendees.id })
    .prepare();
  for (const r of rows) {
    let person = findPerson.get({ email: r.email });
    if (!person) person = insertPerson.get({ email: r.email, name: r.name })!;
    else if (!person.name && r.name) setName.run({ name: r.name, id: person.id });
    if (person.suppressedAt || person.unsubscribedAt) {
      skipped.push({ row: r.row, email: r.email, reason: person.suppressedAt ? 'address bounced before' : 'unsubscribed before' });
      continue;
    }
    const att = insertAttendee.get({ personId: person.id, attributes: r.attributes });
    if (att) added.push(r);
    else existing++;
  }
  return { imported: added.length, existing, skipped, added };
}

export function importSheet(db: Db, event: EventInput, sheet: SheetResult): ImportSummary {
  return db.transaction((tx) => {
    const ev = upsertEvent(tx as unknown as Db, event);
    const r = addAttendees(tx as unknown as Db, ev.id, sheet.rows);
    const skipped = [...sheet.skipped.map(({ row, reason }) => ({ row, reason })), ...r.skipped.map(({ row, reason }) => ({ row, reason }))];
    skipped.sort((a, b) => a.row - b.row);
    return { eventId: ev.id, imported: r.imported, existing: r.existing, skipped };
  });
}

/** Queues the ask to every attendee of the event not yet asked (and still reachable). Returns how many. */
export async function sendAsks(deps: Deps, eventId: number): Promise<number> {
  const rows = deps.db.transaction((tx) => queueAsks(tx as unknown as Db, deps, eventId));
  await enqueueRows(deps, rows);
  return rows.length;
}

/**
 * Inserts the ask's outbox rows inside the caller's transaction (the caller enqueues them after
 * commit). With `importId`, only the attendees that import added: "send" answers one summary.
 */
export function queueAsks(db: Db, deps: Pick<Deps, 'env' | 'renderer' | 'clock'>, eventId: number, importId?: number) {
  const ev = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!ev) throw new Error(`no event ${eventId}`);
  const todo = db
    .select({ attendeeId: attendees.id, personId: people.id, email: people.email, name: people.name, unsub: people.unsubscribedAt, supp: people.suppressedAt })
    .from(attendees)
    .innerJoin(people, eq(people.id, attendees.personId))
    .where(and(eq(attendees.eventId, eventId), isNull(attendees.askedAt), importId === undefined ? undefined : eq(attendees.importId, importId)))
    .all()
    .filter((r) => !r.unsub && !r.supp);
  const now = deps.clock.now();
  return todo.map((a) => {
    db.update(attendees).set({ askedAt: now }).where(eq(attendees.id, a.attendeeId)).run();
    return insertOutbox(db, deps, {
      personId: a.personId,
      to: a.email,
      template: 'ask',
      payload: {
        firstName: (a.name ?? '').trim().split(/\s+/)[0] || null,
        eventName: ev.name,
        eventDate: formatEventDate(ev.date),
        city: ev.city,
        organizerName: deps.env.ORGANIZER_NAME,
      },
      context: 'ask',
      refId: a.attendeeId,
      sendAt: now,
      key: `ask-${a.attendeeId}`,
    });
  });
}

/** "2026-11-21" → "21 November 2026" (the date is the event's own, so no time zone shifts it). */
export const formatEventDate = (date: string | null) =>
  date ? new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : null;
