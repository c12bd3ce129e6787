// The inbound pipeline: parse → classify → attribute → understand → record → answer (outbox rows).
import { eq, inArray, sql } from 'drizzle-orm';
import { inTransaction, prepared, type Db } from '../../db/client.ts';
import { inboundById, inboundStatus, lastSent, latestAttendance, personByEmail, personById } from '../../db/queries.ts';
import { inboundMessages, outbox, people, type InboundKind } from '../../db/schema.ts';
import { suppress } from '../email/delivery-events.ts';
import { failedRecipients } from './dsn.ts';
import type { Deps } from '../deps.ts';
import { applyUnderstanding } from '../followup/apply.ts';
import { enqueueRows } from '../followup/outbox.ts';
import { isIntakeMessage, processIntake, processIntakeReply } from '../intake/intake.ts';
import { looksAutomatic, understand } from '../understand/understand.ts';
import type { ReplyContext, Understanding } from '../understand/types.ts';
import { classifyMessage } from './classify.ts';
import { parseRaw, type ParsedMessage } from './parse.ts';
import { findToken, type TokenContext } from './reply-token.ts';

export interface Attribution {
  how: 'token' | 'thread' | 'sender' | 'forward' | 'none';
  personId: number | null;
  context: TokenContext | null;
  refId: number | null;
}

type InboundRow = typeof inboundMessages.$inferSelect;

const addressOf = (s: string) => (/<([^<>]+)>/.exec(s)?.[1] ?? s).trim().toLowerCase();

/** Mail from our own sending address or our inbound domain is never answered: that is how loops start. */
export function isOwnAddress(deps: Pick<Deps, 'env'>, address: string | undefined | null): boolean {
  if (!address) return false;
  const a = address.toLowerCase();
  return a === addressOf(deps.env.FROM_ADDRESS) || a.endsWith('@' + deps.env.INBOUND_DOMAIN.toLowerCase());
}

/** Finds who wrote and what they answer: token first, then the thread, then the sender's address. */
export function attribute(deps: Pick<Deps, 'env' | 'db'>, m: ParsedMessage): Attribution {
  const { db, env } = deps;
  const sender = m.from?.address ?? null;
  const token = findToken(env.TOKEN_SECRET, env.INBOUND_DOMAIN, [...m.to, ...m.cc, ...m.deliveredTo]);
  if (token) {
    const p = personById(db, token.personId);
    if (p && sender === p.email) return { how: 'token', personId: p.id, context: token.context, refId: token.refId };
    // A valid token from another address: a forward or a shared mailbox; kept for a person to look at.
    if (p) return { how: 'forward', personId: p.id, context: token.context, refId: token.refId };
  }
  const ids = [m.inReplyTo, ...m.references.slice().reverse()].filter((x): x is string => !!x);
  if (ids.length) {
    const row = db
      .select({ id: outbox.id, personId: outbox.personId, context: outbox.context, refId: outbox.refId, messageId: outbox.messageId })
      .from(outbox)
      .where(inArray(outbox.messageId, ids.slice(0, 50)))
      .all()
      .sort((a, b) => ids.indexOf(a.messageId) - ids.indexOf(b.messageId))[0];
    if (row?.personId) {
      const p = personById(db, row.personId);
      // Rows without a reference of their own (follow-ups) are named by their id, as their tokens are.
      const refId = row.refId ?? row.id;
      if (p && sender === p.email) return { how: 'thread', personId: p.id, context: row.context as TokenContext | null, refId };
      if (p) return { how: 'forward', personId: p.id, context: row.context as TokenContext | null, refId };
    }
  }
  if (sender) {
    const p = personByEmail(db, sender);
    if (p) {
      // The last mail we sent them that expects an answer says what they most likely answer.
      const last = lastSent(db, p.id).find((r) => r.context);
      if (last) return { how: 'sender', personId: p.id, context: last.context as TokenContext, refId: last.refId };
      const att = latestAttendance(db, p.id)?.attendee;
      return { how: 'sender', personId: p.id, context: att ? 'ask' : null, refId: att?.id ?? null };
    }
  }
  return { how: 'none', personId: null, context: null, refId: null };
}

const finishFields = ['status', 'kind', 'kindReason', 'error', 'fromAddress', 'subject', 'personId', 'attribution', 'context', 'refId', 'visibleReply', 'understanding', 'review', 'attempts', 'processedAt'] as const;
type FinishFields = Pick<InboundRow, (typeof finishFields)[number]>;

/** Records the outcome of processing; every field is written, so one prepared statement serves every path. */
function finishInbound(db: Db, id: number, set: Partial<FinishFields>) {
  const stmt = prepared(db, 'inbound.finish', (d) =>
    d
      .update(inboundMessages)
      .set(Object.fromEntries(finishFields.map((f) => [f, sql.placeholder(f)])) as unknown as Partial<InboundRow>)
      .where(eq(inboundMessages.id, sql.placeholder('id')))
      .prepare(),
  );
  stmt.run({ id, ...Object.fromEntries(finishFields.map((f) => [f, set[f] ?? null])) });
}

function noteBounces(deps: Deps, m: ParsedMessage) {
  const now = deps.clock.now();
  for (const f of failedRecipients(m)) {
    const p = personByEmail(deps.db, f.address);
    if (!p || p.suppressedAt) continue;
    if (f.permanent) suppress(deps.db, p.id, now, `bounced (${f.status || 'permanent failure'})`);
    else {
      const n = p.softBounces + 1;
      deps.db.update(people).set({ softBounces: n }).where(eq(people.id, p.id)).run();
      if (n >= deps.env.SOFT_BOUNCES_TO_SUPPRESS) suppress(deps.db, p.id, now, `${n} soft bounces`);
    }
  }
}

/** Maps what a mail asked to how its reply is read. */
export function replyContextOf(context: TokenContext | null): ReplyContext {
  switch (context) {
    // A follow-up (letter, reminder, check-in) is answered with done, not yet, a new date or drop.
    case 'check-in':
    case 'reminder':
    case 'letter':
      return 'check-in';
    case 'invitation':
      return 'invitation';
    // Both are answered yes or no.
    case 'confirmation':
    case 'introduction':
      return 'confirmation';
    default:
      return 'ask';
  }
}

export type ProcessOutcome = 'processed' | 'duplicate' | 'failed' | 'missing';

/**
 * Processes one stored inbound message. Safe to run twice: the row's status is checked and set in
 * the same transaction as every effect, and every email it causes has a business key.
 */
export async function processInbound(deps: Deps, inboundId: number): Promise<ProcessOutcome> {
  const { db, clock, log } = deps;
  const row = inboundById(db, inboundId);
  if (!row) return 'missing';
  if (row.status === 'processed') return 'duplicate';

  let parsed: ParsedMessage;
  try {
    parsed = await (deps.parseMail ?? parseRaw)(row.raw);
  } catch (err) {
    db.update(inboundMessages)
      .set({ status: 'failed', error: `could not parse: ${(err as Error).message}`, attempts: row.attempts + 1, processedAt: clock.now() })
      .where(eq(inboundMessages.id, row.id))
      .run();
    log.warn('inbound message failed to parse', { inboundId, err: String(err) });
    return 'failed';
  }

  const base = {
    fromAddress: parsed.from?.address ?? row.fromAddress,
    subject: parsed.subject || row.subject,
    attempts: row.attempts + 1,
    processedAt: clock.now(),
    status: 'processed' as const,
    error: null,
  };
  const finish = (set: Partial<InboundRow>) => finishInbound(db, row.id, { ...base, ...set });

  if (isOwnAddress(deps, parsed.from?.address)) {
    finish({ kind: 'own', kindReason: 'sent from our own address' });
    return 'processed';
  }
  const cls = classifyMessage(parsed);
  if (cls.kind !== 'reply') {
    const who = attribute(deps, parsed);
    inTransaction(db, () => {
      // A bounce of our mail says which address failed: a permanent failure stops mail to it, as a provider's webhook would.
      if (cls.kind === 'bounce') noteBounces(deps, parsed);
      finish({ kind: cls.kind as InboundKind, kindReason: cls.reason, personId: who.personId, attribution: who.how });
    });
    return 'processed';
  }

  // Organizers forward sign-up sheets to the intake address, and steer an import by replying to its summary.
  if (isIntakeMessage(deps, parsed)) {
    await processIntake(deps, row, parsed);
    return 'processed';
  }
  const who = attribute(deps, parsed);
  if (who.context === 'intake' && who.how !== 'forward') {
    await processIntakeReply(deps, row, parsed, who);
    return 'processed';
  }
  const context = replyContextOf(who.context);
  const u: Understanding = understand({
    text: parsed.text,
    html: parsed.html,
    received: parsed.date ?? row.receivedAt,
    timezone: timezoneFor(db, who.personId),
    context,
  });
  // Text-level automation ("I am out of the office until …") sent without automation headers.
  if (looksAutomatic(u.reply)) {
    finish({ kind: 'auto-reply', kindReason: 'the text reads as an automatic answer', personId: who.personId, attribution: who.how, visibleReply: u.reply });
    return 'processed';
  }

  const common = { kind: 'reply' as const, kindReason: cls.reason, personId: who.personId, attribution: who.how, context: who.context, refId: who.refId, visibleReply: u.reply, understanding: u };
  if (who.how === 'none' || who.how === 'forward' || who.personId === null) {
    finish({ ...common, review: who.how === 'forward' ? 'a reply address of one person used by another sender' : 'sender unknown: no reply token and no known address' });
    return 'processed';
  }

  const rows = inTransaction(db, () => {
    // Statements run on the one connection, so plain `db` calls below are inside this transaction.
    if (inboundStatus(db, row.id) === 'processed') return null;
    const result = applyUnderstanding(db, deps, { inbound: row, parsed, attribution: who, understanding: u });
    finish({ ...common, review: result.review });
    return result.outbox;
  });
  if (rows === null) return 'duplicate';
  await enqueueRows(deps, rows);
  return 'processed';
}

function timezoneFor(db: Db, personId: number | null): string {
  if (!personId) return 'UTC';
  return personById(db, personId)?.timezone ?? latestAttendance(db, personId)?.event.timezone ?? 'UTC';
}
