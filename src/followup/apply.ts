// Turns one understood reply into records (commitments, items, states) and the emails it causes.
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { clientOf, prepared, type Db } from '../../db/client.ts';
import { attendeeById, eventById, latestAttendance, markReplied, personById } from '../../db/queries.ts';
import { commitments, events, inboundMessages, items, outbox } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import type { Attribution } from '../inbound/process.ts';
import type { ParsedMessage } from '../inbound/parse.ts';
import type { TokenContext } from '../inbound/reply-token.ts';
import type { DueRange, Understanding } from '../understand/types.ts';
import { iso, localDay, shiftDay } from '../understand/dates.ts';
import { planCommitment, planNotYet, planReschedule, unplan, zoneOf, type Entry } from './cadence.ts';
import { invitationEvent, recordRsvp, sendInvitations } from './invitations.ts';
import { answerIntroduction, indexItemWords, introductionEvent, proposeIntroductions } from './introductions.ts';
import { insertOutbox } from './outbox.ts';
import { dateText, dueText, firstName, formatLabels } from './text.ts';
import { unsubscribe } from './unsubscribe.ts';

type OutboxRow = typeof outbox.$inferSelect;
type CommitmentRow = typeof commitments.$inferSelect;
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

/** The commitments a reply is about: those of the follow-up it answers (token names the row), or of the message it confirms. */
function commitmentsAnswered(db: Db, personId: number, a: Attribution): CommitmentRow[] {
  if (!a.refId) return [];
  let ids: number[] = [];
  if (a.context === 'check-in' || a.context === 'reminder' || a.context === 'letter') {
    const row = db.select({ payload: outbox.payload, personId: outbox.personId }).from(outbox).where(eq(outbox.id, a.refId)).get();
    if (row?.personId === personId) ids = (row.payload.commitmentIds as number[] | undefined) ?? [];
  } else if (a.context === 'confirmation') {
    ids = db.select({ id: commitments.id }).from(commitments).where(and(eq(commitments.sourceMessageId, a.refId), eq(commitments.personId, personId))).all().map((r) => r.id);
  }
  if (!ids.length) return [];
  return db.select().from(commitments).where(and(inArray(commitments.id, ids), eq(commitments.personId, personId))).all();
}

/** The event a reply belongs to: from what it answers, else the person's latest event. */
function eventOf(db: Db, personId: number, a: Attribution): typeof events.$inferSelect | undefined {
  let eventId: number | null | undefined;
  if (a.context === 'ask' && a.refId) eventId = attendeeById(db, a.refId)?.eventId;
  else if (a.context === 'invitation' && a.refId) eventId = invitationEvent(db, a.refId);
  else if (a.context === 'introduction' && a.refId) eventId = introductionEvent(db, a.refId);
  else if (a.refId) eventId = commitmentsAnswered(db, personId, a)[0]?.eventId ?? db.select({ e: items.eventId }).from(items).where(eq(items.sourceMessageId, a.refId)).get()?.e;
  if (!eventId) return latestAttendance(db, personId)?.event;
  return eventById(db, eventId);
}

const words = (s: string) => new Set((s.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []).map((w) => w.replace(/(ing|ed|es|s)$/, '')));

/**
 * Which of several commitments a command is about: those whose words the reply repeats ("done with
 * the blog post"), else all of them ("done" to a check-in about two things means both).
 */
function targetsOf(list: CommitmentRow[], reply: string): { targets: CommitmentRow[]; guessed: boolean } {
  if (list.length <= 1) return { targets: list, guessed: false };
  const said = words(reply);
  const hit = list.filter((c) => [...words(c.action)].some((w) => said.has(w)));
  return hit.length ? { targets: hit, guessed: false } : { targets: list, guessed: true };
}

export function applyUnderstanding(db: Db, deps: Pick<Deps, 'env' | 'clock' | 'renderer'>, input: ApplyInput): ApplyResult {
  const { inbound, attribution: a, understanding: u } = input;
  const now = deps.clock.now();
  const person = personById(db, a.personId!)!;
  const event = eventOf(db, person.id, a);
  const timezone = zoneOf(person, event);
  const out: OutboxRow[] = [];
  const notes = [...u.notes];
  const reviews: string[] = [];
  const direct = (template: string, payload: Record<string, unknown>, key: string, context: TokenContext | null = null, refId: number | null = null) =>
    out.push(insertOutbox(db, deps, { personId: person.id, to: person.email, template, payload: { firstName: firstName(person.name), ...payload }, context, refId, sendAt: now, key, inReplyTo: input.parsed.messageId }));

  if (event) markReplied(db, person.id, event.id, now);

  if (u.command === 'stop') {
    unsubscribe(db, person.id, now, 'unsubscribed by reply');
    return { review: null, outbox: out };
  }

  // Answers about existing commitments: check-ins, reminders, letters.
  const answered = commitmentsAnswered(db, person.id, a).filter((c) => c.state === 'pending');
  const stateCommands = new Set(['done', 'drop', 'not-yet', 'reschedule']);
  if (u.command && stateCommands.has(u.command) && answered.length) {
    const { targets, guessed } = targetsOf(answered, u.reply);
    if (guessed) reviews.push(`"${u.command}" applied to all ${targets.length} commitments of that follow-up`);
    let ackDue: string | null = null;
    let nextCheckin: Date | null = null;
    for (const c of targets) {
      if (u.command === 'done' || u.command === 'drop') {
        const state = u.command === 'done' ? 'kept' : 'dropped';
        db.update(commitments).set({ state, stateChangedAt: now, stateMessageId: inbound.id, lapseAt: null }).where(eq(commitments.id, c.id)).run();
        unplan(db, deps, c);
      } else if (u.command === 'not-yet') {
        const r = planNotYet(db, deps, c);
        out.push(...r.rows);
        nextCheckin = r.nextAt;
      } else if (u.command === 'reschedule') {
        if (!u.due) {
          reviews.push('asked for a new date, but no date was understood');
          continue;
        }
        // "Push it back two weeks": two weeks after this commitment's own date while that is still ahead.
        const today = iso(localDay(now, timezone));
        const end = u.shift && c.dueEnd && c.dueEnd >= today ? shiftDay(c.dueEnd, u.shift) : null;
        const due = end ? { start: end, end } : u.due;
        out.push(...planReschedule(db, deps, c, due));
        ackDue = dueText(due);
      }
    }
    const outcome = { done: 'kept', drop: 'dropped', 'not-yet': 'not-yet', reschedule: 'rescheduled' }[u.command as 'done'];
    if (outcome !== 'rescheduled' || ackDue) {
      direct('checkin-ack', { outcome, actions: targets.map((c) => c.action), dueText: ackDue, nextCheckinText: nextCheckin ? dateText(nextCheckin, timezone) : null, eventName: event?.name ?? null }, `ack-${inbound.id}`);
    }
  } else if (u.command && stateCommands.has(u.command) && (a.context === 'check-in' || a.context === 'letter' || a.context === 'reminder')) {
    reviews.push(`"${u.command}" about commitments that are no longer pending`);
  }

  // Corrections to what the confirmation said ("no, April not March", "I meant a kitchen table sprint").
  const correction = (u as Understanding & { correction?: Correction }).correction;
  if (a.context === 'confirmation' && correction) {
    const confirmed = commitmentsAnswered(db, person.id, a).filter((c) => c.state === 'pending');
    const target = confirmed.length === 1 ? confirmed[0] : confirmed.find((c) => correction.replaces && c.action.toLowerCase().includes(correction.replaces.toLowerCase()));
    if (target) {
      const set: Partial<CommitmentRow> = {};
      if (correction.action) set.action = correction.action;
      if (correction.format !== undefined) set.format = correction.format;
      if (correction.due) {
        set.dueStart = correction.due.start;
        set.dueEnd = correction.due.end;
      }
      db.update(commitments).set(set).where(eq(commitments.id, target.id)).run();
      const fresh = db.select().from(commitments).where(eq(commitments.id, target.id)).get()!;
      if (correction.due) out.push(...planReschedule(db, deps, fresh, correction.due));
      direct('confirmation', confirmationPayload(deps, event, [fresh], { offers: [], needs: [], wishes: [] }, null, true), `correction-${inbound.id}`, 'confirmation', fresh.sourceMessageId);
    } else reviews.push('a correction, but not clear which commitment it is about');
  } else if (a.context === 'confirmation' && u.command === 'no') {
    reviews.push('says the confirmation is wrong, without saying what is right');
  }

  // "Yes, invite the others" to a confirmation that asked.
  if (a.context === 'confirmation' && u.command === 'yes') {
    const hosted = commitmentsAnswered(db, person.id, a).filter((c) => c.format && c.state === 'pending' && !c.invitationsSentAt);
    for (const c of hosted) out.push(...sendInvitations(db, deps, c));
  }
  if (a.context === 'invitation' && a.refId && (u.command === 'join' || u.command === 'yes')) out.push(...recordRsvp(db, deps, a.refId, person.id, inbound.id));
  if (a.context === 'introduction' && a.refId && (u.command === 'yes' || u.command === 'no')) out.push(...answerIntroduction(db, deps, a.refId, person.id, u.command));

  const created = recordItems(db, person.id, event?.id ?? null, inbound.id, u);
  const understoodSomething = created.commitments.length + created.items > 0 || u.command !== null || !!correction;

  if (!understoodSomething) {
    // Nothing to act on: a person reads it. Someone answering the ask hears that a person will (once a
    // day at most); a "thanks!" to a confirmation or a check-in needs no answer of its own.
    const answeredRecently = db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.personId, person.id), eq(outbox.template, 'unclear'), gte(outbox.sendAt, new Date(now.getTime() - 86400_000))))
      .get();
    if (a.context === 'ask' && !answeredRecently) direct('unclear', { eventName: event?.name ?? null }, `unclear-${inbound.id}`, 'ask', a.refId);
    return { review: 'nothing understood', outbox: out };
  }

  if (created.commitments.length + created.items > 0) {
    // One planning context for all of them: the person's mail is read once and kept current as rows are added.
    const ctx = { person, event, tz: timezone };
    const planned = created.commitments.flatMap((c) => planCommitment(db, deps, c, now, ctx));
    out.push(...planned);
    const letterAt = planned
      .filter((r) => ((r.payload.entries as Entry[] | undefined) ?? []).some((e) => e.kind === 'letter'))
      .map((r) => r.sendAt)
      .sort((x, y) => x.getTime() - y.getTime())[0];
    const byKind = (k: 'offers' | 'needs' | 'wishes') => u[k].map((i) => i.text);
    direct(
      'confirmation',
      confirmationPayload(deps, event, created.commitments, { offers: byKind('offers'), needs: byKind('needs'), wishes: byKind('wishes') }, letterAt ? dateText(letterAt, timezone) : null),
      `confirmation-${inbound.id}`,
      'confirmation',
      inbound.id,
    );
    // Wishes are never matched: only a reply that added an offer or a need can make an introduction.
    if ((u.offers.length || u.needs.length) && event) out.push(...proposeIntroductions(db, deps, event, person.id));
  }
  if (u.confidence < 0.6) reviews.push(`low confidence: ${notes.join('; ') || 'unsure reading'}`);
  return { review: reviews.length ? reviews.join('; ') : null, outbox: out };
}

interface Correction {
  due?: DueRange;
  format?: string | null;
  action?: string;
  replaces?: string;
}

function confirmationPayload(
  deps: Pick<Deps, 'env'>,
  event: typeof events.$inferSelect | undefined,
  list: CommitmentRow[],
  items: { offers: string[]; needs: string[]; wishes: string[] },
  letterDateText: string | null,
  corrected = false,
) {
  const hosted = list.find((c) => c.format && !c.invitationsSentAt);
  return {
    eventName: event?.name ?? deps.env.ORGANIZER_NAME,
    commitments: list.map((c) => ({ action: c.action, dueText: dueText({ start: c.dueStart, end: c.dueEnd }), formatLabel: c.format ? formatLabels[c.format] : null })),
    ...items,
    letterDateText,
    corrected,
    inviteQuestion: hosted && event ? { formatLabel: formatLabels[hosted.format!], city: event.city } : null,
    commitmentIds: list.map((c) => c.id),
  };
}

const ph = sql.placeholder;

function recordItems(db: Db, personId: number, eventId: number | null, sourceMessageId: number, u: Understanding) {
  // Plain SQL, as in insertOutbox: the row is put together from what was written and the defaults.
  const insertCommitment = prepared(db, 'commitments.insert', (d) =>
    clientOf(d).prepare(
      `insert into commitments (person_id, event_id, source_message_id, sentence, action, format, due_start, due_end)
       values (@personId, @eventId, @sourceMessageId, @sentence, @action, @format, @dueStart, @dueEnd)
       returning id, state, created_at as createdAt`,
    ),
  );
  const insertItem = prepared(db, 'items.insert', (d) =>
    d.insert(items).values({ personId: ph('personId'), eventId: ph('eventId'), sourceMessageId: ph('sourceMessageId'), kind: ph('kind'), text: ph('text'), sentence: ph('sentence') }).prepare(),
  );
  const made = u.commitments.map((c): CommitmentRow => {
    const row = { personId, eventId, sourceMessageId, sentence: c.sentence, action: c.action, format: c.format, dueStart: c.due?.start ?? null, dueEnd: c.due?.end ?? null };
    const r = insertCommitment.get(row) as { id: number; state: CommitmentRow['state']; createdAt: number };
    return { ...row, id: r.id, state: r.state, stateChangedAt: null, stateMessageId: null, lapseAt: null, invitationsSentAt: null, createdAt: new Date(r.createdAt) };
  });
  let n = 0;
  for (const [kind, list] of [
    ['offer', u.offers],
    ['need', u.needs],
    ['wish', u.wishes],
  ] as const) {
    for (const it of list) {
      const { lastInsertRowid } = insertItem.run({ personId, eventId, sourceMessageId, kind, text: it.text, sentence: it.sentence });
      indexItemWords(db, { id: Number(lastInsertRowid), eventId, personId, kind, text: it.text });
      n++;
    }
  }
  return { commitments: made, items: n };
}
