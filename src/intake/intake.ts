// Organizer intake by email: a forwarded sign-up sheet becomes an event and a summary; replies steer the import.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { attendees, events, imports, inboundMessages, organizers, people } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { intakeAddress } from '../env.ts';
import { enqueueRows, insertOutbox } from '../followup/outbox.ts';
import type { Attribution } from '../inbound/process.ts';
import type { ParsedMessage } from '../inbound/parse.ts';
import { htmlToText, visibleReply } from '../understand/visible-reply.ts';
import { normalizeEmail } from './address.ts';
import { checkSenderAuth } from './auth.ts';
import { eventBlock, eventNameFromSubject, parseEventDate, parseLetterAfter, parseTimezone, type EventBlock } from './body.ts';
import { attachmentSources, bodySources, MAX_SHEET_BYTES, type SheetSource, type SourceProblem } from './extract.ts';
import { addAttendees, formatEventDate, queueAsks } from './import.ts';
import type { SheetRow } from './sheet.ts';

type InboundRow = typeof inboundMessages.$inferSelect;
type EventRow = typeof events.$inferSelect;
type ImportRow = typeof imports.$inferSelect;
type OutboxRow = ReturnType<typeof insertOutbox>;

/** Skipped rows and first rows shown in one summary mail; the full list stays in imports.skipped. */
const SHOW_FIRST_ROWS = 10;
const SHOW_SKIPPED = 300;

/** True when the message is addressed to the intake address (To, Cc or the envelope's Delivered-To). */
export function isIntakeMessage(deps: Pick<Deps, 'env'>, m: ParsedMessage): boolean {
  const intake = intakeAddress(deps.env);
  return [...m.to, ...m.cc, ...m.deliveredTo].some((a) => a.toLowerCase() === intake);
}

/** ORGANIZERS setting or the organizers table. */
export function isOrganizer(deps: Pick<Deps, 'env' | 'db'>, email: string): boolean {
  if (deps.env.ORGANIZERS.some((o) => normalizeEmail(o) === email)) return true;
  return !!deps.db.select({ id: organizers.id }).from(organizers).where(eq(organizers.email, email)).get();
}

/** Who may steer intake: an organizer whose mail passed DMARC, aligned DKIM or SPF (or anyone trusted locally). */
export function authorizeOrganizer(deps: Pick<Deps, 'env' | 'db'>, m: ParsedMessage): { ok: boolean; email: string | null; reason: string } {
  const email = m.from?.address ? normalizeEmail(m.from.address) : null;
  if (!email) return { ok: false, email: null, reason: 'no sender address' };
  if (!isOrganizer(deps, email)) return { ok: false, email, reason: `${email} is not an organizer` };
  if (deps.env.TRUST_UNAUTHENTICATED_INTAKE) return { ok: true, email, reason: 'TRUST_UNAUTHENTICATED_INTAKE' };
  const auth = checkSenderAuth(m);
  return { ok: auth.ok, email, reason: auth.ok ? auth.reason : `claims to be organizer ${email} but ${auth.reason}` };
}

/** Marks the inbound row processed with everything the admin view shows for it. */
function finishRow(db: Db, deps: Pick<Deps, 'clock'>, row: InboundRow, m: ParsedMessage, set: Partial<InboundRow>) {
  db.update(inboundMessages)
    .set({
      status: 'processed',
      kind: 'reply',
      fromAddress: m.from?.address ?? row.fromAddress,
      subject: m.subject || row.subject,
      attempts: row.attempts + 1,
      processedAt: deps.clock.now(),
      error: null,
      context: 'intake',
      ...set,
    })
    .where(eq(inboundMessages.id, row.id))
    .run();
}

/** Runs fn in a transaction unless the row was processed meanwhile (a job that ran twice). */
function onceForRow<T>(deps: Deps, row: InboundRow, fn: (tx: Db) => T): T | null {
  return deps.db.transaction((tx) => {
    const fresh = tx.select({ status: inboundMessages.status }).from(inboundMessages).where(eq(inboundMessages.id, row.id)).get();
    if (fresh?.status === 'processed') return null;
    return fn(tx as unknown as Db);
  });
}

function organizerPerson(db: Db, email: string, name: string | null) {
  const found = db.select().from(people).where(eq(people.email, email)).get();
  if (found) return found;
  return db.insert(people).values({ email, name: name || null }).returning().get();
}

const firstName = (name: string | null | undefined) => (name ?? '').trim().split(/\s+/)[0] || null;

// --- event details ---------------------------------------------------------------------------------

interface EventDetails {
  name: string;
  city: string | null;
  date: string | null;
  dateGiven: boolean;
  timezone: string;
  letterAfterDays: number | null;
  notes: string[];
}

/** The event as the organizer means it: their block first, then the subject, the mail's date, their previous events. */
function eventDetails(db: Db, deps: Deps, organizer: string, block: EventBlock, m: ParsedMessage, received: Date): EventDetails {
  const notes: string[] = [];
  const previous = db.select().from(events).where(eq(events.organizerEmail, organizer)).orderBy(desc(events.id)).get();
  let timezone: string | null = null;
  if (block.timezone) {
    timezone = parseTimezone(block.timezone);
    if (!timezone) notes.push(`Timezone "${block.timezone}" is not one we know (use a name like America/Toronto).`);
  }
  if (!timezone && block.city) timezone = parseTimezone(block.city);
  if (!timezone && previous) {
    timezone = previous.timezone;
    notes.push(`Timezone: taken from your previous event, ${previous.name}.`);
  }
  timezone ??= 'UTC';
  let date: string | null = null;
  if (block.date) {
    date = parseEventDate(block.date, received);
    if (!date) notes.push(`Date "${block.date}" was not understood; we used the day you sent this.`);
  }
  const dateGiven = !!date;
  date ??= localDate(m.date ?? received, timezone);
  let letterAfterDays: number | null = null;
  if (block.letterAfter) {
    letterAfterDays = parseLetterAfter(block.letterAfter);
    if (!letterAfterDays) notes.push(`"Letter after: ${block.letterAfter}" was not understood; we use ${deps.env.LETTER_AFTER_DAYS} days.`);
  }
  const name = block.name?.trim() || eventNameFromSubject(m.subject) || `Event of ${date}`;
  return { name, city: block.city?.trim() || null, date, dateGiven, timezone, letterAfterDays, notes };
}

function localDate(d: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/**
 * The organizer's event of that name (and date, when they gave one): a second sheet for the same
 * event adds to it. Otherwise a new event.
 */
function findOrCreateEvent(db: Db, organizer: string, d: EventDetails): { event: EventRow; created: boolean } {
  const same = db
    .select()
    .from(events)
    .where(and(sql`lower(${events.name}) = lower(${d.name})`, eq(events.organizerEmail, organizer), d.dateGiven ? eq(events.date, d.date!) : undefined))
    .orderBy(desc(events.id))
    .get();
  if (same) return { event: same, created: false };
  const event = db
    .insert(events)
    .values({ name: d.name, city: d.city, date: d.date, timezone: d.timezone, organizerEmail: organizer, letterAfterDays: d.letterAfterDays })
    .returning()
    .get();
  return { event, created: true };
}

// --- forwards --------------------------------------------------------------------------------------

const PROBLEM_TEXT: Record<SourceProblem, string> = {
  'too-big': 'the file is too big',
  'too-many-rows': 'too many rows',
  'no-email-column': 'no column of email addresses',
  unreadable: 'we could not open it (is it a real .xlsx file?)',
  unsupported: 'a format we cannot read (old .xls, .ods or Numbers): save it as .xlsx or .csv and forward it again',
};

interface Skipped {
  source: string;
  row: number;
  reason: string;
  value?: string;
}

/** Processes a message sent to the intake address. Everything it writes happens in one transaction with the row's status. */
export async function processIntake(deps: Deps, row: InboundRow, m: ParsedMessage): Promise<void> {
  const who = authorizeOrganizer(deps, m);
  if (!who.ok) {
    // No email back: answering would confirm the address to whoever forged it, and could start a loop.
    onceForRow(deps, row, (tx) => {
      const imp = tx
        .insert(imports)
        .values({ inboundId: row.id, organizerEmail: who.email ?? '(none)', status: 'rejected', problem: who.reason })
        .onConflictDoNothing()
        .returning({ id: imports.id })
        .get();
      finishRow(tx, deps, row, m, { kindReason: 'intake: rejected', refId: imp?.id ?? null, attribution: 'none', review: `intake rejected: ${who.reason}` });
    });
    deps.log.warn('intake rejected', { inboundId: row.id, reason: who.reason });
    return;
  }
  const organizer = who.email!;
  const received = m.date ?? row.receivedAt;
  const text = m.text || (m.html ? htmlToText(m.html) : '');
  const { block, rest } = eventBlock(text);
  const own = (e: string) => e === organizer || e === intakeAddress(deps.env) || e.endsWith('@' + deps.env.INBOUND_DOMAIN.toLowerCase());
  const opts = { maxRows: deps.env.MAX_SHEET_ROWS, maxBytes: MAX_SHEET_BYTES, notPeople: own };
  const attached = await attachmentSources(m.attachments, opts);
  // The body is read only when nothing sheet-like is attached: then it is the forward's wrapping.
  const sources: SheetSource[] = attached.length ? attached : bodySources(rest, attached.length ? null : m.html, opts);

  const rows = onceForRow(deps, row, (tx) => {
    const person = organizerPerson(tx, organizer, m.from?.name ?? null);
    const usable = sources.filter((s) => s.result);
    const blocking = sources.filter((s) => s.problem === 'too-many-rows' || s.problem === 'too-big');
    const total = usable.reduce((n, s) => n + s.result!.rows.length, 0);
    const tooManyInAll = total > deps.env.MAX_SHEET_ROWS;

    if (!usable.length || blocking.length || tooManyInAll) {
      const problems = sources.filter((s) => s.problem).map((s) => ({ label: s.label, reason: PROBLEM_TEXT[s.problem!] }));
      if (tooManyInAll && !blocking.length) problems.push({ label: 'all sheets together', reason: `${total} people, more than ${deps.env.MAX_SHEET_ROWS}` });
      const problem = problems.map((p) => `${p.label}: ${p.reason}`).join('; ') || 'no sign-up sheet found';
      const imp = tx
        .insert(imports)
        .values({ inboundId: row.id, organizerEmail: organizer, personId: person.id, status: 'refused', problem, sources: sources.map(sourceInfo) })
        .returning()
        .get();
      const noColumn = sources.find((s) => s.problem === 'no-email-column');
      const out = insertOutbox(tx, deps, {
        personId: person.id,
        to: person.email,
        template: 'intake-problem',
        payload: {
          organizerName: firstName(m.from?.name || person.name),
          subject: m.subject,
          what: sources.length === 1 ? sources[0]!.label : null,
          problems,
          headers: noColumn?.headers ?? [],
          noSheet: sources.length === 0,
          showExample: sources.length === 0 || !!noColumn,
          tooMany: sources.some((s) => s.problem === 'too-many-rows') || tooManyInAll,
          tooBig: sources.some((s) => s.problem === 'too-big'),
          maxRows: deps.env.MAX_SHEET_ROWS.toLocaleString('en-US'),
          maxMegabytes: Math.round(MAX_SHEET_BYTES / 1024 / 1024),
          intakeAddress: intakeAddress(deps.env),
        },
        context: 'intake',
        refId: imp.id,
        sendAt: deps.clock.now(),
        key: `intake-${row.id}`,
        inReplyTo: m.messageId,
      });
      finishRow(tx, deps, row, m, { kindReason: 'intake: refused', personId: person.id, attribution: 'sender', refId: imp.id, review: null });
      return [out];
    }

    const details = eventDetails(tx, deps, organizer, block, m, received);
    const { event, created } = findOrCreateEvent(tx, organizer, details);
    const imp = tx
      .insert(imports)
      .values({ inboundId: row.id, eventId: event.id, createdEvent: created, organizerEmail: organizer, personId: person.id, status: 'pending', sources: sources.map(sourceInfo) })
      .returning()
      .get();

    // One person per address across every sheet of the message: the first sheet that names them wins.
    const seen = new Set<string>();
    const rowsToAdd: (SheetRow & { source: string })[] = [];
    const skipped: Skipped[] = [];
    for (const s of usable) {
      for (const sk of s.result!.skipped) skipped.push({ source: s.label, row: sk.row, reason: sk.reason, value: sk.raw?.slice(0, 120) });
      for (const r of s.result!.rows) {
        if (seen.has(r.email)) skipped.push({ source: s.label, row: r.row, reason: 'duplicate', value: r.email });
        else {
          seen.add(r.email);
          rowsToAdd.push({ ...r, source: s.label });
        }
      }
    }
    const added = addAttendees(tx, event.id, rowsToAdd, imp.id);
    const bySourceRow = new Map(rowsToAdd.map((r) => [`${r.row}\u0000${r.email}`, r.source]));
    for (const sk of added.skipped) skipped.push({ source: bySourceRow.get(`${sk.row}\u0000${sk.email}`) ?? '', row: sk.row, reason: sk.reason, value: sk.email });
    tx.update(imports).set({ imported: added.imported, existing: added.existing, skipped }).where(eq(imports.id, imp.id)).run();

    const notRead = sources.filter((s) => s.problem).map((s) => ({ label: s.label, reason: PROBLEM_TEXT[s.problem!] }));
    const firstRows = added.added.slice(0, SHOW_FIRST_ROWS).map((r) => ({
      name: r.name,
      email: r.email,
      extra: Object.entries(r.attributes)
        .slice(0, 3)
        .map(([k, v]) => `${k}: ${v.slice(0, 60)}`)
        .join(', '),
    }));
    const payload = {
      ...summaryBase(event, { ...imp, imported: added.imported, existing: added.existing, skipped }, details.notes, firstName(m.from?.name || person.name), deps),
      pending: true,
      sources: usable.map((s) => ({ label: s.label, rows: s.result!.rows.length })),
      notRead,
      firstRows,
      moreRows: Math.max(0, added.added.length - firstRows.length),
    };
    const out = insertOutbox(tx, deps, {
      personId: person.id,
      to: person.email,
      template: 'intake-summary',
      payload,
      context: 'intake',
      refId: imp.id,
      sendAt: deps.clock.now(),
      key: `intake-${row.id}`,
      inReplyTo: m.messageId,
    });
    finishRow(tx, deps, row, m, { kindReason: 'intake: sheet imported, waiting for send', personId: person.id, attribution: 'sender', refId: imp.id, review: null });
    return [out];
  });
  if (rows) await enqueueRows(deps, rows);
}

function sourceInfo(s: SheetSource) {
  return { label: s.label, kind: s.kind, problem: s.problem ?? null, rows: s.result?.rows.length ?? 0, columns: s.result?.columns ?? null };
}

/** Fields every intake-summary mail shows: the event as stored now and the import's counts. */
function summaryBase(event: EventRow, imp: Pick<ImportRow, 'imported' | 'existing' | 'skipped'>, notes: string[], organizerName: string | null, deps: Pick<Deps, 'env'>) {
  const skipped = imp.skipped as Skipped[];
  const letterDays = event.letterAfterDays ?? deps.env.LETTER_AFTER_DAYS;
  return {
    organizerName,
    event: {
      name: event.name,
      city: event.city,
      date: formatEventDate(event.date),
      timezone: event.timezone,
      letterAfter: letterDays % 7 === 0 ? `${letterDays / 7} week${letterDays === 7 ? '' : 's'}` : `${letterDays} days`,
    },
    notes,
    imported: imp.imported,
    existing: imp.existing,
    skippedCount: skipped.length,
    skipped: skipped
      .slice()
      .sort((a, b) => a.source.localeCompare(b.source) || a.row - b.row)
      .slice(0, SHOW_SKIPPED)
      .map((s) => ({ where: s.source ? `${s.source} row ${s.row}` : `row ${s.row}`, reason: s.reason, value: s.value ?? '' })),
    moreSkipped: Math.max(0, skipped.length - SHOW_SKIPPED),
    sources: [] as { label: string; rows: number }[],
    notRead: [] as { label: string; reason: string }[],
    firstRows: [] as unknown[],
    moreRows: 0,
    asked: 0,
    intakeAddress: intakeAddress(deps.env),
  };
}

// --- replies to a summary --------------------------------------------------------------------------

const SEND = /^\s*(?:please\s+|yes[,!.]?\s+|ok[,!.]?\s+|okay[,!.]?\s+)?(send|send it|go|go ahead|approve|approved|yes|ok|okay)\b[\s!.]*/i;
const CANCEL = /^\s*(?:please\s+)?(cancel|discard|delete|abort|don'?t send|do not send|no)\b[\s!.]*/i;

/** Reads "send", "cancel" and corrected event lines from an organizer's reply to an intake summary. */
export function readIntakeReply(text: string, full = text): { command: 'send' | 'cancel' | null; block: EventBlock; corrected: boolean } {
  const { rest } = eventBlock(text);
  // The event lines are read from the top of the whole text: the visible-reply cut can take a run
  // of "Key: value" lines at the end of a reply for a quoted header block.
  const { block, found } = eventBlock(full);
  const firstLine = rest.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const command = CANCEL.test(firstLine) ? 'cancel' : SEND.test(firstLine) ? 'send' : null;
  return { command, block, corrected: found };
}

export async function processIntakeReply(deps: Deps, row: InboundRow, m: ParsedMessage, who: Attribution): Promise<void> {
  const imp = who.refId ? deps.db.select().from(imports).where(eq(imports.id, who.refId)).get() : undefined;
  const reply = visibleReply(m.text, m.html);
  const base = { personId: who.personId, attribution: who.how, refId: who.refId, visibleReply: reply };
  if (!imp || imp.personId !== who.personId) {
    onceForRow(deps, row, (tx) => finishRow(tx, deps, row, m, { ...base, kindReason: 'intake reply', review: 'reply to an intake summary that does not match its import' }));
    return;
  }
  // The token proves the mail reached the organizer's inbox; without it the From line must be authenticated.
  if (who.how !== 'token') {
    const auth = authorizeOrganizer(deps, m);
    if (!auth.ok) {
      onceForRow(deps, row, (tx) => finishRow(tx, deps, row, m, { ...base, kindReason: 'intake reply', review: `intake reply rejected: ${auth.reason}` }));
      return;
    }
  }
  // A reply carrying a new sheet is a new forward for the same organizer.
  if ((await attachmentSources(m.attachments, { maxRows: deps.env.MAX_SHEET_ROWS, maxBytes: MAX_SHEET_BYTES, notPeople: () => false })).length) {
    return processIntake(deps, row, m);
  }

  const { command, block, corrected } = readIntakeReply(reply, m.text || (m.html ? htmlToText(m.html) : ''));
  const rows = onceForRow(deps, row, (tx) => {
    const current = tx.select().from(imports).where(eq(imports.id, imp.id)).get()!;
    let event = current.eventId ? tx.select().from(events).where(eq(events.id, current.eventId)).get() : undefined;
    const out: OutboxRow[] = [];
    const notes: string[] = [];
    let state: 'updated' | 'sent' | 'cancelled' | 'unclear' | 'closed' = 'unclear';
    let alreadyClosed: string | null = null;
    let asked = 0;

    if (current.status !== 'pending' || !event) {
      state = 'closed';
      alreadyClosed = current.status === 'sent' ? 'sent' : current.status === 'cancelled' ? 'cancelled' : 'refused';
    } else {
      if (corrected) {
        const set: Partial<EventRow> = {};
        if (block.name?.trim()) set.name = block.name.trim();
        if (block.city !== undefined) set.city = block.city.trim() || null;
        if (block.date) {
          const d = parseEventDate(block.date, m.date ?? row.receivedAt);
          if (d) set.date = d;
          else notes.push(`Date "${block.date}" was not understood; it is unchanged.`);
        }
        if (block.timezone) {
          const tz = parseTimezone(block.timezone);
          if (tz) set.timezone = tz;
          else notes.push(`Timezone "${block.timezone}" is not one we know; it is unchanged.`);
        }
        if (block.letterAfter) {
          const days = parseLetterAfter(block.letterAfter);
          if (days) set.letterAfterDays = days;
          else notes.push(`"Letter after: ${block.letterAfter}" was not understood; it is unchanged.`);
        }
        if (Object.keys(set).length) event = tx.update(events).set(set).where(eq(events.id, event.id)).returning().get();
        state = 'updated';
      }
      if (command === 'send') {
        const asks = queueAsks(tx, deps, event.id, current.id);
        asked = asks.length;
        out.push(...asks);
        tx.update(imports).set({ status: 'sent', asked, decidedAt: deps.clock.now(), decidedBy: row.id }).where(eq(imports.id, current.id)).run();
        state = 'sent';
      } else if (command === 'cancel') {
        // Those this import added and nobody has asked yet go; people asked through another import stay.
        tx.delete(attendees).where(and(eq(attendees.importId, current.id), isNull(attendees.askedAt))).run();
        tx.update(imports).set({ status: 'cancelled', decidedAt: deps.clock.now(), decidedBy: row.id }).where(eq(imports.id, current.id)).run();
        state = 'cancelled';
      }
    }
    const person = tx.select().from(people).where(eq(people.id, current.personId!)).get()!;
    const payload = {
      ...summaryBase(
        event ?? ({ name: 'your sign-up sheet', city: null, date: null, timezone: 'UTC', letterAfterDays: null } as unknown as EventRow),
        current,
        notes,
        firstName(m.from?.name || person.name),
        deps,
      ),
      pending: state === 'updated' || state === 'unclear',
      updated: state === 'updated',
      unclear: state === 'unclear',
      sent: state === 'sent',
      cancelled: state === 'cancelled',
      alreadyClosed,
      asked,
    };
    out.push(
      insertOutbox(tx, deps, {
        personId: person.id,
        to: person.email,
        template: 'intake-summary',
        payload,
        context: 'intake',
        refId: current.id,
        sendAt: deps.clock.now(),
        key: `intake-${row.id}`,
        inReplyTo: m.messageId,
      }),
    );
    finishRow(tx, deps, row, m, {
      ...base,
      kindReason: `intake reply: ${command ?? (corrected ? 'corrections' : 'not understood')}`,
      review: state === 'unclear' ? 'intake reply not understood (answered with send/cancel instructions)' : null,
    });
    return out;
  });
  if (rows) await enqueueRows(deps, rows);
}
