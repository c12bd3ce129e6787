// The rhythm of follow-ups: letters, reminders, check-ins and nudges, placed in the person's day, merged and rate-limited.
import { and, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { prepared, type Db } from '../../db/client.ts';
import { commitmentById, eventById, outboxById, personById } from '../../db/queries.ts';
import { commitments, events, outbox, people } from '../../db/schema.ts';
import { DAY_MS } from '../clock.ts';
import type { Deps } from '../deps.ts';
import type { Env } from '../env.ts';
import { insertOutbox } from './outbox.ts';
import { atLocalHour, endOfLocalDay, sameDayAt } from './zone.ts';
import { dateText, dueText, firstName } from './text.ts';

type OutboxRow = typeof outbox.$inferSelect;
type CommitmentRow = typeof commitments.$inferSelect;
type PersonRow = typeof people.$inferSelect;

export type EntryKind = 'letter' | 'reminder' | 'check-in';

/** One follow-up about one commitment; a follow-up email carries one or more of them. */
export interface Entry {
  kind: EntryKind;
  commitmentId: number;
  nudge?: boolean;
}

/** Templates that carry entries; which one a row uses follows from its entries. */
export const followupTemplates = new Set(['letter', 'reminder', 'check-in', 'followup']);

/**
 * Mail that counts against the per-person limits. Direct answers to something the person just
 * wrote (confirmations, acknowledgements), mail they asked for (the introduction itself), and the
 * day-before reminder of an event they joined are not limited: holding them back would be worse.
 */
export const limitedTemplates = new Set(['letter', 'reminder', 'check-in', 'followup', 'invitation', 'intro-ask', 'ask']);

export const templateFor = (entries: Entry[]): string => {
  const kinds = new Set(entries.map((e) => e.kind));
  return kinds.size === 1 ? [...kinds][0] : 'followup';
};

export interface PlanDeps {
  env: Env;
  renderer: Deps['renderer'];
  clock: Deps['clock'];
}

export const zoneOf = (person: Pick<PersonRow, 'timezone'> | undefined, event: { timezone: string } | undefined | null) =>
  validZone(person?.timezone) ?? validZone(event?.timezone) ?? 'UTC';

const zoneValid = new Map<string, boolean>();
function validZone(tz: string | null | undefined): string | null {
  if (!tz) return null;
  let ok = zoneValid.get(tz);
  if (ok === undefined) zoneValid.set(tz, (ok = DateTime.now().setZone(tz).isValid));
  return ok ? tz : null;
}

/** Moves an instant into the sending window of its local day (or to the next day's start). */
export function intoWindow(env: Env, at: Date, tz: string): Date {
  const start = sameDayAt(at, tz, env.SEND_WINDOW_START_HOUR);
  if (at < start) return start;
  const end = env.SEND_WINDOW_END_HOUR === 24 ? sameDayAt(at, tz, 23, 59) : sameDayAt(at, tz, env.SEND_WINDOW_END_HOUR);
  if (at >= end) return sameDayAt(at, tz, env.SEND_WINDOW_START_HOUR, 0, 1);
  return at;
}

/** FOLLOWUP_HOUR on a local calendar day. */
export function atFollowupHour(env: Env, ymd: string, tz: string): Date {
  return atLocalHour(ymd, env.FOLLOWUP_HOUR, tz);
}

// Day arithmetic runs in loops over weeks of days: plain UTC dates and cached Intl formatters, not luxon objects.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** The local calendar day (YYYY-MM-DD) of an instant in a timezone. */
export const localDay = (at: Date, tz: string) => {
  let f = dayFormats.get(tz);
  if (!f) dayFormats.set(tz, (f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f.format(at);
};
const dayNumber = (ymd: string) => Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10))) / DAY_MS;
const plusDays = (ymd: string, n: number) => {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

export interface BusyRow {
  id: number;
  template: string;
  status: string;
  sendAt: Date;
}

const busyQuery = (db: Db) =>
  prepared(db, 'cadence.busyDays', (d) =>
    d
      .select({ id: outbox.id, template: outbox.template, status: outbox.status, sendAt: outbox.sendAt })
      .from(outbox)
      .where(
        and(
          eq(outbox.personId, sql.placeholder('personId')),
          inArray(outbox.status, ['scheduled', 'sending', 'sent']),
          inArray(outbox.template, [...limitedTemplates]),
          gte(outbox.sendAt, sql.placeholder('from')),
          lte(outbox.sendAt, sql.placeholder('to')),
        ),
      )
      .prepare(),
  );

/**
 * A person's limited mail from a week before `from` on, read once and kept up to date by the caller
 * while it plans several follow-ups for the same reply (each would otherwise read it again).
 */
export interface BusyCache {
  from: number;
  rows: BusyRow[];
}

export function loadBusy(db: Db, personId: number, from: Date): BusyCache {
  const since = from.getTime() - 8 * DAY_MS;
  // Placeholders in comparisons are bound as they are: timestamps as the milliseconds the column stores.
  return { from: since, rows: busyQuery(db).all({ personId, from: since, to: 8.64e15 }) };
}

/** The limited rows of a person around a time, as local days. */
function busyDays(db: Db, personId: number, from: Date, to: Date, tz: string, cache?: BusyCache) {
  const rows =
    cache && cache.from <= from.getTime()
      ? cache.rows.filter((r) => r.sendAt.getTime() >= from.getTime() && r.sendAt.getTime() <= to.getTime())
      : busyQuery(db).all({ personId, from: from.getTime(), to: to.getTime() });
  return rows.map((r) => ({ ...r, day: localDay(r.sendAt, tz) }));
}

export type Slot = { merge: OutboxRow } | { at: Date };

/**
 * The first moment at or after `desired` when one more limited email may go to this person: at most
 * MAX_EMAILS_PER_DAY on a local day and MAX_EMAILS_PER_WEEK in any seven days. With `mergeable`, a
 * follow-up already scheduled that day is returned to merge into instead.
 */
export function findSlot(db: Db, env: Env, personId: number, desired: Date, tz: string, mergeable: boolean, cache?: BusyCache): Slot {
  const start = intoWindow(env, desired, tz);
  const horizonDays = 120;
  const rows = busyDays(db, personId, new Date(start.getTime() - 8 * DAY_MS), new Date(start.getTime() + (horizonDays + 8) * DAY_MS), tz, cache);
  // Local days as day numbers (days since 1970-01-01 of the YYYY-MM-DD), so the search below adds integers, not date strings.
  const perDay = new Map<number, typeof rows>();
  for (const r of rows) {
    const k = dayNumber(r.day);
    const list = perDay.get(k);
    if (list) list.push(r);
    else perDay.set(k, [r]);
  }
  const firstDay = localDay(start, tz);
  const first = dayNumber(firstDay);
  const n = (i: number) => perDay.get(first + i)?.length ?? 0;
  for (let i = 0; i <= horizonDays; i++) {
    const onDay = perDay.get(first + i) ?? [];
    if (mergeable) {
      const target = onDay.find((r) => r.status === 'scheduled' && followupTemplates.has(r.template));
      if (target) return { merge: outboxById(db, target.id)! };
    }
    if (onDay.length >= env.MAX_EMAILS_PER_DAY) continue;
    // Every seven-day window that contains this day must stay within the weekly limit with one more.
    let weekOk = true;
    for (let s = i - 6; s <= i && weekOk; s++) {
      let total = 1;
      for (let k = s; k < s + 7; k++) total += n(k);
      if (total > env.MAX_EMAILS_PER_WEEK) weekOk = false;
    }
    if (!weekOk) continue;
    return { at: i === 0 ? start : atFollowupHour(env, plusDays(firstDay, i), tz) };
  }
  // Nothing free for months: send on the desired day rather than never.
  return { at: start };
}

/** Render data of a follow-up row, built from the commitments as they are now (actions and dates may have changed). */
export function followupData(db: Db, entries: Entry[], base: Record<string, unknown>, known?: CommitmentRow) {
  const ids = [...new Set(entries.map((e) => e.commitmentId))];
  // A commitment the caller has just written (and holds) need not be read back.
  const rows = ids.map((id) => (known?.id === id ? known : commitmentById(db, id))).filter((c) => c !== undefined);
  const byId = new Map(rows.map((c) => [c.id, c]));
  const pending = (e: Entry) => byId.get(e.commitmentId)?.state === 'pending';
  const view = (e: Entry) => {
    const c = byId.get(e.commitmentId)!;
    return { action: c.action, sentence: c.sentence, dueText: dueText({ start: c.dueStart, end: c.dueEnd }) };
  };
  const live = entries.filter(pending);
  const of = (k: EntryKind) => live.filter((e) => e.kind === k).map(view);
  const letters = of('letter');
  const reminders = of('reminder');
  const checkins = of('check-in');
  const template = templateFor(live.length ? live : entries);
  const commitmentsView = template === 'letter' ? letters : template === 'reminder' ? reminders : checkins;
  return {
    ...base,
    entries,
    commitmentIds: ids,
    letters,
    reminders,
    checkins,
    commitments: commitmentsView,
    nudge: live.some((e) => e.kind === 'check-in' && e.nudge),
    live: live.length,
  };
}

export interface PlanContext {
  person: PersonRow;
  event: typeof events.$inferSelect | undefined;
  tz: string;
  /** The person's limited mail, once read; addEntry keeps it current. */
  busy?: BusyCache;
}

function contextOf(db: Db, personId: number, eventId: number | null): PlanContext {
  const person = personById(db, personId)!;
  const event = eventId ? eventById(db, eventId) : undefined;
  return { person, event, tz: zoneOf(person, event) };
}



/**
 * Adds one entry at (or near) `desired`: merged into that day's follow-up, or a new row in a free slot.
 * `known` is the entry's commitment as it is in the database, when the caller has it.
 */
export function addEntry(db: Db, deps: PlanDeps, ctx: PlanContext, entry: Entry, desired: Date, repliedAt?: Date, known?: CommitmentRow): OutboxRow {
  const { env } = deps;
  // From now on: every follow-up planned is due after that (findSlot reads the database itself for anything earlier).
  ctx.busy ??= loadBusy(db, ctx.person.id, deps.clock.now());
  const slot = findSlot(db, env, ctx.person.id, desired, ctx.tz, true, ctx.busy);
  const base = {
    firstName: firstName(ctx.person.name),
    eventName: ctx.event?.name ?? env.ORGANIZER_NAME,
    repliedOnText: repliedAt ? dateText(repliedAt, ctx.tz) : null,
  };
  if ('merge' in slot) {
    const row = slot.merge;
    const entries = [...((row.payload.entries as Entry[] | undefined) ?? []), entry];
    const payload = followupData(db, entries, { ...row.payload, ...base, repliedOnText: row.payload.repliedOnText ?? base.repliedOnText }, known);
    const template = templateFor(entries);
    const cached = ctx.busy?.rows.find((r) => r.id === row.id);
    if (cached) cached.template = template;
    // Prepared: drizzle building this UPDATE took longer than running it.
    return prepared(db, 'cadence.merge', (d) =>
      d
        .update(outbox)
        .set({ payload: sql.placeholder('payload') as unknown as Record<string, unknown>, template: sql.placeholder('template') as unknown as string, subject: sql.placeholder('subject') as unknown as string, context: 'check-in', refId: null })
        .where(eq(outbox.id, sql.placeholder('id')))
        .returning()
        .prepare(),
    ).get({ id: row.id, payload, template, subject: deps.renderer.subject(template, payload) })!;
  }
  const ymd = localDay(slot.at, ctx.tz).replace(/-/g, '');
  // A range over the unique index (LIKE would scan the table): how many follow-up keys this person has for the day.
  const prefix = `fu-${ctx.person.id}-${ymd}-`;
  const taken = prepared(db, 'cadence.keysOfDay', (d) =>
    d
      .select({ n: sql<number>`count(*)` })
      .from(outbox)
      .where(and(gte(outbox.idempotencyKey, sql.placeholder('from')), lt(outbox.idempotencyKey, sql.placeholder('to'))))
      .prepare(),
  ).get({ from: prefix, to: prefix.slice(0, -1) + '.' })!.n;
  const payload = followupData(db, [entry], base, known);
  const inserted = insertOutbox(db, deps, {
    personId: ctx.person.id,
    to: ctx.person.email,
    template: templateFor([entry]),
    payload,
    // Replies to any follow-up are read as answers about its commitments; the token names the row.
    context: 'check-in',
    refId: null,
    sendAt: slot.at,
    key: `fu-${ctx.person.id}-${ymd}-${taken + 1}`,
  });
  if (ctx.busy && !ctx.busy.rows.some((r) => r.id === inserted.id)) ctx.busy.rows.push({ id: inserted.id, template: inserted.template, status: inserted.status, sendAt: inserted.sendAt });
  return inserted;
}

/** Removes a commitment's entries (of some kinds) from follow-ups not yet sent; a row left empty is cancelled. */
export function unplan(db: Db, deps: PlanDeps, c: Pick<CommitmentRow, 'id' | 'personId'>, kinds: EntryKind[] = ['letter', 'reminder', 'check-in']) {
  const rows = db
    .select()
    .from(outbox)
    .where(and(eq(outbox.personId, c.personId), eq(outbox.status, 'scheduled'), inArray(outbox.template, [...followupTemplates])))
    .all();
  for (const row of rows) {
    const entries = (row.payload.entries as Entry[] | undefined) ?? [];
    const kept = entries.filter((e) => !(e.commitmentId === c.id && kinds.includes(e.kind)));
    if (kept.length === entries.length) continue;
    if (kept.length === 0) {
      db.update(outbox).set({ status: 'cancelled', statusReason: 'no follow-up left in it' }).where(eq(outbox.id, row.id)).run();
      continue;
    }
    const payload = followupData(db, kept, row.payload);
    const template = templateFor(kept);
    db.update(outbox).set({ payload, template, subject: deps.renderer.subject(template, payload) }).where(eq(outbox.id, row.id)).run();
  }
}

const endOfDue = endOfLocalDay;

/**
 * Plans the letter, reminder and check-in of a new commitment:
 * letter LETTER_AFTER_DAYS after the reply, or halfway to the due date when that is sooner;
 * reminder REMINDER_DAYS_BEFORE the due date, unless the letter comes within a few days of it;
 * check-in the day after the due date, or CHECKIN_WITHOUT_DATE_DAYS after the reply.
 */
export function planCommitment(db: Db, deps: PlanDeps, c: CommitmentRow, repliedAt: Date, given?: PlanContext): OutboxRow[] {
  const { env } = deps;
  // The caller (the reply being applied) usually holds the person and event already.
  const ctx = given && given.person.id === c.personId && (given.event?.id ?? null) === c.eventId ? given : contextOf(db, c.personId, c.eventId);
  const letterDays = ctx.event?.letterAfterDays ?? env.LETTER_AFTER_DAYS;
  let letterAt = new Date(repliedAt.getTime() + letterDays * DAY_MS);
  const due = c.dueEnd ? endOfDue(c.dueEnd, ctx.tz) : null;
  if (due && due.getTime() > repliedAt.getTime()) {
    const halfway = new Date(repliedAt.getTime() + (due.getTime() - repliedAt.getTime()) / 2);
    if (halfway < letterAt) letterAt = halfway;
  }
  const rows: OutboxRow[] = [];
  const letterRow = addEntry(db, deps, ctx, { kind: 'letter', commitmentId: c.id }, letterAt, repliedAt, c);
  rows.push(letterRow);
  rows.push(...planDue(db, deps, ctx, c, repliedAt, letterRow.sendAt, c));
  return dedupe(rows);
}

/** Reminder and check-in for a commitment's current due date (or the undated check-in). */
function planDue(db: Db, deps: PlanDeps, ctx: PlanContext, c: Pick<CommitmentRow, 'id' | 'dueEnd'>, from: Date, letterAt: Date | null, known?: CommitmentRow): OutboxRow[] {
  const { env } = deps;
  const now = deps.clock.now();
  const rows: OutboxRow[] = [];
  if (c.dueEnd) {
    const reminderAt = atFollowupHour(env, plusDays(c.dueEnd, -env.REMINDER_DAYS_BEFORE), ctx.tz);
    const nearLetter = letterAt && Math.abs(reminderAt.getTime() - letterAt.getTime()) <= env.REMINDER_SKIP_NEAR_LETTER_DAYS * DAY_MS;
    if (reminderAt > now && !nearLetter) rows.push(addEntry(db, deps, ctx, { kind: 'reminder', commitmentId: c.id }, reminderAt, undefined, known));
    const checkinAt = atFollowupHour(env, plusDays(c.dueEnd, 1), ctx.tz);
    rows.push(addEntry(db, deps, ctx, { kind: 'check-in', commitmentId: c.id }, checkinAt > now ? checkinAt : now, undefined, known));
  } else {
    rows.push(addEntry(db, deps, ctx, { kind: 'check-in', commitmentId: c.id }, new Date(from.getTime() + env.CHECKIN_WITHOUT_DATE_DAYS * DAY_MS), undefined, known));
  }
  return rows;
}

const dedupe = (rows: OutboxRow[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

/** After "not yet": the next check-in in NOT_YET_DAYS; pending nudges and lapses are off. */
export function planNotYet(db: Db, deps: PlanDeps, c: CommitmentRow): { rows: OutboxRow[]; nextAt: Date } {
  unplan(db, deps, c, ['check-in']);
  db.update(commitments).set({ lapseAt: null }).where(eq(commitments.id, c.id)).run();
  const ctx = contextOf(db, c.personId, c.eventId);
  const row = addEntry(db, deps, ctx, { kind: 'check-in', commitmentId: c.id }, new Date(deps.clock.now().getTime() + deps.env.NOT_YET_DAYS * DAY_MS));
  return { rows: [row], nextAt: row.sendAt };
}

/** After a new date: reminder and check-in move to it; the letter stays as planned. */
export function planReschedule(db: Db, deps: PlanDeps, c: CommitmentRow, due: { start: string; end: string }): OutboxRow[] {
  unplan(db, deps, c, ['reminder', 'check-in']);
  db.update(commitments).set({ dueStart: due.start, dueEnd: due.end, lapseAt: null }).where(eq(commitments.id, c.id)).run();
  const ctx = contextOf(db, c.personId, c.eventId);
  return dedupe(planDue(db, deps, ctx, { id: c.id, dueEnd: due.end }, deps.clock.now(), null));
}

/**
 * After a follow-up went out: each check-in in it gets one nudge NUDGE_AFTER_DAYS later; a nudge
 * sets the commitment to lapse LAPSE_AFTER_NUDGE_DAYS later if nobody answers.
 */
export function afterFollowupSent(db: Db, deps: PlanDeps, row: OutboxRow): OutboxRow[] {
  const entries = ((row.payload.entries as Entry[] | undefined) ?? []).filter((e) => e.kind === 'check-in');
  if (!entries.length) return [];
  const sentAt = row.sentAt ?? deps.clock.now();
  const out: OutboxRow[] = [];
  for (const e of entries) {
    const c = db.select().from(commitments).where(eq(commitments.id, e.commitmentId)).get();
    if (!c || c.state !== 'pending') continue;
    if (e.nudge) {
      db.update(commitments).set({ lapseAt: new Date(sentAt.getTime() + deps.env.LAPSE_AFTER_NUDGE_DAYS * DAY_MS) }).where(eq(commitments.id, c.id)).run();
    } else {
      const ctx = contextOf(db, c.personId, c.eventId);
      out.push(addEntry(db, deps, ctx, { kind: 'check-in', commitmentId: c.id, nudge: true }, new Date(sentAt.getTime() + deps.env.NUDGE_AFTER_DAYS * DAY_MS)));
    }
  }
  return dedupe(out);
}

/** Commitments nobody answered about after the nudge become lapsed, and nothing more is sent about them. */
export function lapseOverdue(db: Db, deps: PlanDeps): number {
  const now = deps.clock.now();
  const due = db
    .select()
    .from(commitments)
    .where(and(eq(commitments.state, 'pending'), lte(commitments.lapseAt, now)))
    .all();
  for (const c of due) {
    db.update(commitments).set({ state: 'lapsed', stateChangedAt: now, lapseAt: null }).where(eq(commitments.id, c.id)).run();
    unplan(db, deps, c);
  }
  return due.length;
}
