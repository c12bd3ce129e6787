// The admin's reads: outcome counts, event, person, review queue and outbox pages. Query functions take db first; lists are paged.
import type { Db } from '../../db/client.ts';
import { inboundReviewQueueSql, type CommitmentState } from '../../db/schema.ts';
import { outcomes, outcomeCountsSql, keptRate, states, totalOf, type Counts, type EventOutcome, type OutcomeFilter } from '../followup/outcomes.ts';

export { outcomes, outcomeCountsSql, keptRate, states, totalOf, type Counts, type EventOutcome, type OutcomeFilter };

export const PAGE_SIZE = 50;
export const formats = ['coffee-klatch', 'kitchen-table-sprint', 'democamp'] as const;

/** A page of rows: one more row than shown is read, so "next" needs no count over a big table. */
export interface Page<T> {
  rows: T[];
  page: number;
  hasNext: boolean;
}

export function pageOf<T>(rows: T[], page: number, size = PAGE_SIZE): Page<T> {
  return { rows: rows.slice(0, size), page, hasNext: rows.length > size };
}
const limits = (page: number, size = PAGE_SIZE) => ({ limit: size + 1, offset: (Math.max(1, page) - 1) * size });

/**
 * Replies (messages understood as replies) from each event's attendees, by week since the event day.
 * The events' start times are computed once (a materialized CTE) rather than parsed per message;
 * each attendee is then one range read of the covering (person_id, kind, received_at) index.
 */
export function repliesByWeekSql(f: Pick<OutcomeFilter, 'eventId' | 'city'>, weeks = 12) {
  const where = ['date is not null'];
  const params: Record<string, unknown> = { weeks };
  if (f.eventId !== undefined) (where.push('id = @eventId'), (params.eventId = f.eventId));
  if (f.city !== undefined) (where.push('city = @city'), (params.city = f.city));
  // Weeks past the last bar are counted in it ("later"); replies before the event day are not replies to it.
  return {
    sql: `with ev as materialized (select id, unixepoch(date) * 1000 as t0 from events where ${where.join(' and ')})
      select min(@weeks, (m.received_at - ev.t0) / 604800000) as week, count(*) as n
      from ev join attendees a on a.event_id = ev.id
      join inbound_messages m on m.person_id = a.person_id and m.kind = 'reply' and m.received_at >= ev.t0
      group by 1 order by 1`,
    params,
  };
}

export function repliesByWeek(db: Db, f: Pick<OutcomeFilter, 'eventId' | 'city'>, weeks = 12): number[] {
  const q = repliesByWeekSql(f, weeks);
  const out = new Array<number>(weeks + 1).fill(0);
  for (const r of db.$client.prepare(q.sql).all(q.params) as { week: number; n: number }[]) out[r.week] = r.n;
  return out;
}

export const eventList = (db: Db) =>
  db.$client.prepare('select id, name, city, date from events order by date desc, id desc').all() as { id: number; name: string; city: string | null; date: string | null }[];
export const cityList = (db: Db) =>
  (db.$client.prepare('select distinct city from events where city is not null order by city').all() as { city: string }[]).map((r) => r.city);

// ---- Event ----

export function eventSummary(db: Db, eventId: number) {
  return db.$client
    .prepare(
      `select count(*) as attendees, count(asked_at) as asked, count(replied_at) as replied from attendees where event_id = ?`,
    )
    .get(eventId) as { attendees: number; asked: number; replied: number };
}

export interface AttendeeRow {
  personId: number;
  name: string | null;
  email: string;
  askedAt: number | null;
  repliedAt: number | null;
  commitments: number;
  unsubscribedAt: number | null;
  suppressedAt: number | null;
}

export function eventAttendees(db: Db, eventId: number, page: number, filter: { replied?: boolean } = {}): Page<AttendeeRow> {
  const { limit, offset } = limits(page);
  const replied = filter.replied === undefined ? '' : filter.replied ? 'and a.replied_at is not null' : 'and a.replied_at is null';
  const rows = db.$client
    .prepare(
      `select p.id as personId, p.name, p.email, a.asked_at as askedAt, a.replied_at as repliedAt, p.unsubscribed_at as unsubscribedAt, p.suppressed_at as suppressedAt,
        (select count(*) from commitments c where c.person_id = p.id and c.event_id = a.event_id) as commitments
       from attendees a join people p on p.id = a.person_id where a.event_id = ? ${replied} order by p.name collate nocase, p.email limit ? offset ?`,
    )
    .all(eventId, limit, offset) as AttendeeRow[];
  return pageOf(rows, page);
}

export interface CommitmentRow {
  id: number;
  personId: number;
  name: string | null;
  email: string;
  eventId: number | null;
  eventName: string | null;
  sentence: string;
  action: string;
  format: string | null;
  dueStart: string | null;
  dueEnd: string | null;
  state: CommitmentState;
  stateChangedAt: number | null;
  createdAt: number;
  sourceMessageId: number | null;
}

const commitmentSelect = `select c.id, c.person_id as personId, p.name, p.email, c.event_id as eventId, e.name as eventName, c.sentence, c.action, c.format,
  c.due_start as dueStart, c.due_end as dueEnd, c.state, c.state_changed_at as stateChangedAt, c.created_at as createdAt, c.source_message_id as sourceMessageId
  from commitments c join people p on p.id = c.person_id left join events e on e.id = c.event_id`;

export function eventCommitments(db: Db, eventId: number, page: number, state?: CommitmentState): Page<CommitmentRow> {
  const { limit, offset } = limits(page);
  const rows = db.$client
    .prepare(`${commitmentSelect} where c.event_id = @eventId ${state ? 'and c.state = @state' : ''} order by c.due_end is null, c.due_end, c.id limit @limit offset @offset`)
    .all({ eventId, state, limit, offset }) as CommitmentRow[];
  return pageOf(rows, page);
}

export interface ItemRow {
  id: number;
  personId: number;
  name: string | null;
  email: string;
  kind: 'offer' | 'need' | 'wish';
  text: string;
}

export function eventItems(db: Db, eventId: number, kind: 'offer' | 'need' | 'wish', page: number): Page<ItemRow> {
  const { limit, offset } = limits(page);
  const rows = db.$client
    .prepare(
      `select i.id, i.person_id as personId, p.name, p.email, i.kind, i.text from items i join people p on p.id = i.person_id where i.event_id = ? and i.kind = ? order by i.id limit ? offset ?`,
    )
    .all(eventId, kind, limit, offset) as ItemRow[];
  return pageOf(rows, page);
}

export function eventInvitations(db: Db, eventId: number, page: number) {
  const { limit, offset } = limits(page);
  const rows = db.$client
    .prepare(
      `select v.id, v.status, v.responded_at as respondedAt, c.id as commitmentId, c.action, c.due_end as dueEnd,
        h.id as hostId, coalesce(h.name, h.email) as host, g.id as guestId, coalesce(g.name, g.email) as guest
       from invitations v join commitments c on c.id = v.commitment_id join people h on h.id = c.person_id join people g on g.id = v.person_id
       where c.event_id = ? order by c.id, v.id limit ? offset ?`,
    )
    .all(eventId, limit, offset) as {
    id: number;
    status: string;
    respondedAt: number | null;
    commitmentId: number;
    action: string;
    dueEnd: string | null;
    hostId: number;
    host: string;
    guestId: number;
    guest: string;
  }[];
  return pageOf(rows, page);
}

export function eventIntroductions(db: Db, eventId: number, page: number) {
  const { limit, offset } = limits(page);
  const rows = db.$client
    .prepare(
      `select t.id, t.status, t.reason, t.need_answer as needAnswer, t.offer_answer as offerAnswer, t.introduced_at as introducedAt,
        n.id as needPersonId, coalesce(n.name, n.email) as needPerson, ni.text as need,
        o.id as offerPersonId, coalesce(o.name, o.email) as offerPerson, oi.text as offer
       from introductions t join people n on n.id = t.need_person_id join people o on o.id = t.offer_person_id
       join items ni on ni.id = t.need_item_id join items oi on oi.id = t.offer_item_id
       where t.event_id = ? order by t.id limit ? offset ?`,
    )
    .all(eventId, limit, offset) as {
    id: number;
    status: string;
    reason: string;
    needAnswer: string | null;
    offerAnswer: string | null;
    introducedAt: number | null;
    needPersonId: number;
    needPerson: string;
    need: string;
    offerPersonId: number;
    offerPerson: string;
    offer: string;
  }[];
  return pageOf(rows, page);
}

/** Every attendee with each of their commitments, offers, needs and wishes: one CSV row each (a row alone when they said nothing). */
export function eventExportRows(db: Db, eventId: number) {
  return db.$client
    .prepare(
      `select p.name, p.email, a.asked_at as askedAt, a.replied_at as repliedAt, x.kind, x.text, x.format, x.due, x.state
       from attendees a join people p on p.id = a.person_id
       left join (
         select person_id, 'commitment' as kind, action as text, format, due_end as due, state, id as ord from commitments where event_id = @eventId
         union all select person_id, kind, text, null, null, null, id + 1e12 from items where event_id = @eventId
       ) x on x.person_id = a.person_id
       where a.event_id = @eventId order by p.email, x.ord`,
    )
    .iterate({ eventId }) as IterableIterator<{
    name: string | null;
    email: string;
    askedAt: number | null;
    repliedAt: number | null;
    kind: string | null;
    text: string | null;
    format: string | null;
    due: string | null;
    state: string | null;
  }>;
}

// ---- Person ----

export function personEvents(db: Db, personId: number) {
  return db.$client
    .prepare(
      `select e.id, e.name, e.city, e.date, a.asked_at as askedAt, a.replied_at as repliedAt from attendees a join events e on e.id = a.event_id where a.person_id = ? order by e.date desc, e.id desc`,
    )
    .all(personId) as { id: number; name: string; city: string | null; date: string | null; askedAt: number | null; repliedAt: number | null }[];
}

export function personCommitments(db: Db, personId: number): CommitmentRow[] {
  return db.$client.prepare(`${commitmentSelect} where c.person_id = ? order by c.id desc limit 200`).all(personId) as CommitmentRow[];
}

export function personItems(db: Db, personId: number) {
  return db.$client.prepare(`select id, kind, text, event_id as eventId from items where person_id = ? order by id desc limit 200`).all(personId) as {
    id: number;
    kind: string;
    text: string;
    eventId: number | null;
  }[];
}

export interface TimelineRow {
  dir: 'in' | 'out';
  id: number;
  at: number;
  subject: string | null;
  what: string | null;
  status: string;
  detail: string | null;
}

/** Messages in and out, newest first, as one paged list (each side reads through its person index). */
export function personTimeline(db: Db, personId: number, page: number): Page<TimelineRow> {
  const { limit, offset } = limits(page);
  const rows = db.$client
    .prepare(
      `select * from (
        select 'in' as dir, id, received_at as at, subject, coalesce(kind, '') as what, status, coalesce(visible_reply, review, error) as detail from inbound_messages where person_id = @personId
        union all
        select 'out', id, coalesce(sent_at, send_at), subject, template, status, coalesce(status_reason, last_error) from outbox where person_id = @personId
      ) order by at desc, id desc limit @limit offset @offset`,
    )
    .all({ personId, limit, offset }) as TimelineRow[];
  return pageOf(rows, page);
}

/** Why the address gets no mail: the admin's note, else what the skipped mail recorded. */
export function unsubscribeReason(db: Db, personId: number): string | null {
  const a = db.$client.prepare(`select note from admin_actions where person_id = ? and action = 'unsubscribe' order by at desc limit 1`).get(personId) as { note: string | null } | undefined;
  if (a) return a.note ? `by an organizer: ${a.note}` : 'by an organizer';
  const o = db.$client
    .prepare(`select status_reason as r from outbox where person_id = ? and status = 'skipped' and status_reason like '%unsubscri%' order by id desc limit 1`)
    .get(personId) as { r: string } | undefined;
  return o?.r ?? null;
}

export function personActions(db: Db, personId: number) {
  return db.$client.prepare(`select at, user, action, note from admin_actions where person_id = ? order by at desc, id desc limit 50`).all(personId) as {
    at: number;
    user: string;
    action: string;
    note: string | null;
  }[];
}

export function personDeliveryEvents(db: Db, personId: number) {
  return db.$client.prepare(`select type, kind, detail, received_at as at from delivery_events where person_id = ? order by received_at desc limit 20`).all(personId) as {
    type: string;
    kind: string;
    detail: string | null;
    at: number;
  }[];
}

/** People whose address starts with the query, or whose name contains it (a short list). */
export function findPeople(db: Db, q: string, page: number) {
  const { limit, offset } = limits(page);
  const lower = q.trim().toLowerCase();
  const rows = db.$client
    .prepare(
      `select id, name, email, unsubscribed_at as unsubscribedAt, suppressed_at as suppressedAt from people
       where (email >= @lower and email < @upper) or name like @like escape '\\' order by email limit @limit offset @offset`,
    )
    .all({ lower, upper: lower + '\uffff', like: '%' + q.trim().replace(/[\\%_]/g, '\\$&') + '%', limit, offset }) as {
    id: number;
    name: string | null;
    email: string;
    unsubscribedAt: number | null;
    suppressedAt: number | null;
  }[];
  return pageOf(rows, page);
}

// ---- Review ----

export interface ReviewRow {
  id: number;
  receivedAt: number;
  fromAddress: string | null;
  subject: string | null;
  status: string;
  kind: string | null;
  kindReason: string | null;
  error: string | null;
  personId: number | null;
  personEmail: string | null;
  attribution: string | null;
  context: string | null;
  review: string | null;
  visibleReply: string | null;
  understanding: string | null;
}

/** The review queue, newest first; its WHERE is the partial index's own, so SQLite reads just the queue. */
export function reviewQueue(db: Db, page: number): Page<ReviewRow> {
  const { limit, offset } = limits(page);
  const rows = db.$client
    .prepare(
      `select m.id, m.received_at as receivedAt, m.from_address as fromAddress, m.subject, m.status, m.kind, m.kind_reason as kindReason, m.error,
        m.person_id as personId, p.email as personEmail, m.attribution, m.context, m.review, m.visible_reply as visibleReply, m.understanding
       from (select * from inbound_messages where ${inboundReviewQueueSql} order by received_at desc limit ? offset ?) m
       left join people p on p.id = m.person_id order by m.received_at desc`,
    )
    .all(limit, offset) as ReviewRow[];
  return pageOf(rows, page);
}

export const reviewCount = (db: Db) => (db.$client.prepare(`select count(*) as n from inbound_messages where ${inboundReviewQueueSql}`).get() as { n: number }).n;

export const commitmentsFromMessage = (db: Db, inboundId: number) =>
  db.$client.prepare(`${commitmentSelect} where c.source_message_id = ? order by c.id`).all(inboundId) as CommitmentRow[];

// ---- Mail ----

export interface OutboxRowView {
  id: number;
  personId: number | null;
  toAddress: string;
  template: string;
  subject: string;
  sendAt: number;
  status: string;
  statusReason: string | null;
  attempts: number;
  lastError: string | null;
  sentAt: number | null;
}

export function outboxPage(db: Db, page: number, status?: string): Page<OutboxRowView> {
  const { limit, offset } = limits(page);
  const cols = `id, person_id as personId, to_address as toAddress, template, subject, send_at as sendAt, status, status_reason as statusReason, attempts, last_error as lastError, sent_at as sentAt`;
  const rows = (
    status
      ? db.$client.prepare(`select ${cols} from outbox where status = ? order by send_at desc, id desc limit ? offset ?`).all(status, limit, offset)
      : db.$client.prepare(`select ${cols} from outbox order by id desc limit ? offset ?`).all(limit, offset)
  ) as OutboxRowView[];
  return pageOf(rows, page);
}

export const outboxStatusCounts = (db: Db) =>
  Object.fromEntries((db.$client.prepare(`select status, count(*) as n from outbox group by status`).all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
