// Creates an event and its attendees from a parsed sign-up sheet, and queues the ask to those not yet asked.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { attendees, events, people } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { enqueueRows, insertOutbox } from '../followup/outbox.ts';
import type { SheetResult } from './sheet.ts';

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

export function importSheet(db: Db, event: EventInput, sheet: SheetResult): ImportSummary {
  return db.transaction((tx) => {
    const ev = upsertEvent(tx as unknown as Db, event);
    let imported = 0;
    let existing = 0;
    const skipped = [...sheet.skipped.map(({ row, reason }) => ({ row, reason }))];
    for (const r of sheet.rows) {
      let person = tx.select().from(people).where(eq(people.email, r.email)).get();
      if (!person) person = tx.insert(people).values({ email: r.email, name: r.name }).returning().get();
      else if (!person.name && r.name) tx.update(people).set({ name: r.name }).where(eq(people.id, person.id)).run();
      if (person.suppressedAt || person.unsubscribedAt) {
        skipped.push({ row: r.row, reason: person.suppressedAt ? 'address bounced before' : 'unsubscribed before' });
        continue;
      }
      const att = tx
        .insert(attendees)
        .values({ eventId: ev.id, personId: person.id, attributes: r.attributes })
        .onConflictDoNothing()
        .returning()
        .get();
      if (att) imported++;
      else existing++;
    }
    skipped.sort((a, b) => a.row - b.row);
    return { eventId: ev.id, imported, existing, skipped };
  });
}

/** Queues the ask to every attendee of the event not yet asked (and still reachable). Returns how many. */
export async function sendAsks(deps: Deps, eventId: number): Promise<number> {
  const { db, clock } = deps;
  const ev = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!ev) throw new Error(`no event ${eventId}`);
  const rows = db.transaction((tx) => {
    const todo = tx
      .select({ attendeeId: attendees.id, personId: people.id, email: people.email, name: people.name, unsub: people.unsubscribedAt, supp: people.suppressedAt })
      .from(attendees)
      .innerJoin(people, eq(people.id, attendees.personId))
      .where(and(eq(attendees.eventId, eventId), isNull(attendees.askedAt)))
      .all()
      .filter((r) => !r.unsub && !r.supp);
    const now = clock.now();
    return todo.map((a) => {
      tx.update(attendees).set({ askedAt: now }).where(eq(attendees.id, a.attendeeId)).run();
      return insertOutbox(tx as unknown as Db, deps, {
        personId: a.personId,
        to: a.email,
        template: 'ask',
        payload: {
          firstName: (a.name ?? '').trim().split(/\s+/)[0] || null,
          eventName: ev.name,
          eventDate: ev.date ? new Date(`${ev.date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : null,
          city: ev.city,
          organizerName: deps.env.ORGANIZER_NAME,
        },
        context: 'ask',
        refId: a.attendeeId,
        sendAt: now,
        key: `ask-${a.attendeeId}`,
      });
    });
  });
  await enqueueRows(deps, rows);
  return rows.length;
}
