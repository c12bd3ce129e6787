// Keep the rhythm going, local to local: a host's coffee klatch, sprint or DemoCamp invites the others from the same event and city.
import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../../db/client.ts';
import { attendees, commitments, events, invitations, outbox, people } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { atFollowupHour, findSlot, intoWindow, zoneOf, type PlanDeps } from './cadence.ts';
import { insertOutbox } from './outbox.ts';
import { cityOf, dueText, firstName, formatLabels } from './text.ts';

type OutboxRow = typeof outbox.$inferSelect;
type CommitmentRow = typeof commitments.$inferSelect;

export const invitationEvent = (db: Db, invitationId: number) =>
  db
    .select({ e: commitments.eventId })
    .from(invitations)
    .innerJoin(commitments, eq(commitments.id, invitations.commitmentId))
    .where(eq(invitations.id, invitationId))
    .get()?.e;

/**
 * On the host's yes: everyone else from the same event (and the host's city, where the sheet says
 * cities) gets one invitation, with an .ics when there is a date. The unique (commitment, person)
 * row means nobody is invited twice to the same thing, however often this runs.
 */
export function sendInvitations(db: Db, deps: PlanDeps & Pick<Deps, 'clock'>, host: CommitmentRow): OutboxRow[] {
  if (!host.eventId || !host.format) return [];
  const now = deps.clock.now();
  db.update(commitments).set({ invitationsSentAt: now }).where(eq(commitments.id, host.id)).run();
  const event = db.select().from(events).where(eq(events.id, host.eventId)).get()!;
  const all = db
    .select({ personId: attendees.personId, attributes: attendees.attributes, email: people.email, name: people.name, timezone: people.timezone, unsub: people.unsubscribedAt, supp: people.suppressedAt })
    .from(attendees)
    .innerJoin(people, eq(people.id, attendees.personId))
    .where(eq(attendees.eventId, host.eventId))
    .all();
  const hostRow = all.find((r) => r.personId === host.personId);
  const hostCity = hostRow ? cityOf(hostRow.attributes, event.city) : event.city?.toLowerCase() ?? null;
  const hostPerson = db.select().from(people).where(eq(people.id, host.personId)).get()!;
  const out: OutboxRow[] = [];
  for (const guest of all) {
    if (guest.personId === host.personId || guest.unsub || guest.supp) continue;
    if (hostCity && cityOf(guest.attributes, event.city) !== hostCity) continue;
    const inv = db.insert(invitations).values({ commitmentId: host.id, personId: guest.personId }).onConflictDoNothing().returning().get();
    if (!inv) continue;
    const tz = zoneOf({ timezone: guest.timezone }, event);
    const slot = findSlot(db, deps.env, guest.personId, now, tz, false);
    const at = 'at' in slot ? slot.at : now;
    out.push(
      insertOutbox(db, deps, {
        personId: guest.personId,
        to: guest.email,
        template: 'invitation',
        payload: {
          firstName: firstName(guest.name),
          hostFirstName: firstName(hostPerson.name) ?? 'A neighbour',
          eventName: event.name,
          city: event.city,
          action: host.action,
          formatLabel: formatLabels[host.format] ?? host.format,
          dueText: dueText({ start: host.dueStart, end: host.dueEnd }),
          hasCalendar: !!host.dueEnd,
          calendar: host.dueEnd ? { start: host.dueStart ?? host.dueEnd, end: host.dueEnd, uid: `invitation-${host.id}@${deps.env.INBOUND_DOMAIN}` } : null,
          // Sent only while the host's plan is still on (see deliver).
          commitmentIds: [host.id],
        },
        context: 'invitation',
        refId: inv.id,
        sendAt: at,
        key: `invitation-${inv.id}`,
      }),
    );
  }
  return out;
}

/**
 * "I'm in": records the RSVP, tells the host (one message gathering everyone who joins within the
 * hour), and, when the event has a day, sends the guest the date again the day before.
 */
export function recordRsvp(db: Db, deps: PlanDeps & Pick<Deps, 'clock'>, invitationId: number, personId: number, messageId: number): OutboxRow[] {
  const inv = db.select().from(invitations).where(and(eq(invitations.id, invitationId), eq(invitations.personId, personId))).get();
  if (!inv || inv.status === 'joined') return [];
  const now = deps.clock.now();
  db.update(invitations).set({ status: 'joined', respondedAt: now, responseMessageId: messageId }).where(eq(invitations.id, inv.id)).run();
  const host = db.select().from(commitments).where(eq(commitments.id, inv.commitmentId)).get()!;
  const hostPerson = db.select().from(people).where(eq(people.id, host.personId)).get()!;
  const guest = db.select().from(people).where(eq(people.id, personId)).get()!;
  const event = host.eventId ? db.select().from(events).where(eq(events.id, host.eventId)).get() : undefined;
  const joined = db
    .select({ name: people.name, email: people.email })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.commitmentId, host.id), eq(invitations.status, 'joined')))
    .all();
  const guests = joined.map((g) => firstName(g.name) ?? 'Someone');
  const out: OutboxRow[] = [];

  const pendingNote = db
    .select()
    .from(outbox)
    .where(and(eq(outbox.personId, host.personId), eq(outbox.template, 'rsvp-host'), eq(outbox.status, 'scheduled'), eq(outbox.refId, host.id)))
    .get();
  const payload = { firstName: firstName(hostPerson.name), action: host.action, formatLabel: host.format ? formatLabels[host.format] : null, guests, count: guests.length };
  if (pendingNote) {
    db.update(outbox).set({ payload, subject: deps.renderer.subject('rsvp-host', payload) }).where(eq(outbox.id, pendingNote.id)).run();
  } else {
    const hostTz = zoneOf(hostPerson, event);
    out.push(
      insertOutbox(db, deps, {
        personId: host.personId,
        to: hostPerson.email,
        template: 'rsvp-host',
        payload,
        context: null,
        refId: host.id,
        sendAt: intoWindow(deps.env, new Date(now.getTime() + 60 * 60 * 1000), hostTz),
        key: `rsvp-host-${host.id}-${inv.id}`,
      }),
    );
  }

  // The date again, the day before: only when the event has one day (not "in March").
  if (host.dueStart && host.dueStart === host.dueEnd) {
    const tz = zoneOf(guest, event);
    const ymd = DateTime.fromISO(host.dueStart).minus({ days: 1 }).toISODate()!;
    const at = atFollowupHour(deps.env, ymd, tz);
    if (at.getTime() > now.getTime()) {
      out.push(
        insertOutbox(db, deps, {
          personId,
          to: guest.email,
          template: 'rsvp-reminder',
          payload: { firstName: firstName(guest.name), hostFirstName: firstName(hostPerson.name), action: host.action, whenText: dueText({ start: host.dueStart, end: host.dueEnd }), commitmentIds: [host.id] },
          context: null,
          refId: inv.id,
          sendAt: at,
          key: `rsvp-reminder-${inv.id}`,
        }),
      );
    }
  }
  return out;
}
