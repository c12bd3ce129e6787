// Stores raw inbound mail before anything else happens, deduplicated by Message-ID (or provider id).
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { inTransaction, prepared, type Db } from '../../db/client.ts';
import { inboundMessages } from '../../db/schema.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';

/** Reads the header block (up to the first empty line), unfolded, names lower-cased; null when it is not a header block. */
export function readHeaderBlock(raw: Buffer): Record<string, string> | null {
  // Headers are ASCII; 256 KiB is far more than any real header block.
  const head = raw.subarray(0, 256 * 1024).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const block = end === -1 ? head : head.slice(0, end);
  const lines = block.split(/\r?\n/);
  // An mbox "From sender date" line (as some MTAs' pipes deliver) is not a header.
  if (lines[0]?.startsWith('From ')) lines.shift();
  const headers: Record<string, string> = {};
  let current: string | null = null;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && current) {
      headers[current] += ' ' + line.trim();
      continue;
    }
    const m = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (!m) return null; // a line that is neither a header nor a continuation: not RFC 5322
    current = m[1].toLowerCase();
    headers[current] = headers[current] === undefined ? m[2] : headers[current];
  }
  return headers;
}

export function messageIdOf(headers: Record<string, string>): string | null {
  const m = /<([^<>\s]+)>/.exec(headers['message-id'] ?? '') ?? /^\s*([^<>\s]+@[^<>\s]+)\s*$/.exec(headers['message-id'] ?? '');
  return m ? m[1] : null;
}

/** Checks that the bytes look like a mail message; throws a 400 otherwise. */
export function assertMime(raw: Buffer): Record<string, string> {
  if (raw.length === 0) throw new AppError('bad_request', 'empty body: expected a raw RFC 5322 message');
  const headers = readHeaderBlock(raw);
  if (!headers || Object.keys(headers).length === 0) throw new AppError('bad_request', 'not a mail message: the body must start with RFC 5322 headers');
  if (!headers['from'] && !headers['message-id'] && !headers['received']) {
    throw new AppError('bad_request', 'not a mail message: no From, Message-ID or Received header');
  }
  return headers;
}

export interface StoreResult {
  id: number;
  duplicate: boolean;
}

export interface StoreInput {
  raw: Buffer;
  source?: string;
  providerId?: string | null;
}

const ph = sql.placeholder;
const q = {
  byMessageId: (db: Db) =>
    prepared(db, 'inbound.byMessageId', (d) => d.select({ id: inboundMessages.id }).from(inboundMessages).where(eq(inboundMessages.messageId, ph('messageId'))).prepare()),
  byProvider: (db: Db) =>
    prepared(db, 'inbound.byProvider', (d) =>
      d
        .select({ id: inboundMessages.id })
        .from(inboundMessages)
        .where(and(eq(inboundMessages.source, ph('source')), eq(inboundMessages.providerId, ph('providerId'))))
        .prepare(),
    ),
  insert: (db: Db) =>
    prepared(db, 'inbound.insert', (d) =>
      d
        .insert(inboundMessages)
        .values({
          source: ph('source'),
          providerId: ph('providerId'),
          messageId: ph('messageId'),
          raw: ph('raw'),
          headers: ph('headers'),
          size: ph('size'),
          receivedAt: ph('receivedAt'),
          fromAddress: ph('fromAddress'),
          subject: ph('subject'),
        })
        .returning({ id: inboundMessages.id })
        .prepare(),
    ),
};

const keptHeaders = ['from', 'to', 'cc', 'subject', 'date', 'message-id', 'in-reply-to', 'references', 'delivered-to', 'auto-submitted', 'content-type'];

/** Stores one raw message; the same Message-ID (or the same provider id) again returns the first row. */
export function storeInbound(db: Db, clock: Clock, input: StoreInput): StoreResult {
  const headers = assertMime(input.raw);
  const source = input.source ?? 'raw';
  // Without a Message-ID, identical bytes are the same delivery.
  const messageId = messageIdOf(headers) ?? `sha256-${createHash('sha256').update(input.raw).digest('hex')}@no-message-id`;
  return inTransaction(db, () => {
    const dup = (input.providerId ? q.byProvider(db).get({ source, providerId: input.providerId }) : undefined) ?? q.byMessageId(db).get({ messageId });
    if (dup) return { id: dup.id, duplicate: true };
    const row = q.insert(db).get({
      source,
      providerId: input.providerId ?? null,
      messageId,
      raw: input.raw,
      headers: Object.fromEntries(keptHeaders.filter((k) => headers[k] !== undefined).map((k) => [k, headers[k].slice(0, 2000)])),
      size: input.raw.length,
      receivedAt: clock.now(),
      fromAddress: (/<([^<>]+)>/.exec(headers['from'] ?? '')?.[1] ?? headers['from'] ?? '').trim().toLowerCase().slice(0, 320) || null,
      subject: headers['subject']?.slice(0, 500) ?? null,
    })!;
    return { id: row.id, duplicate: false };
  });
}

/** Reads a request body, failing with 413 as soon as it passes `max` bytes (never holding more than that). */
export async function readLimited(body: ReadableStream<Uint8Array> | null, max: number, declaredLength?: string | null): Promise<Buffer> {
  if (declaredLength && Number(declaredLength) > max) {
    await body?.cancel().catch(() => {});
    throw new AppError('payload_too_large', `message larger than ${max} bytes`);
  }
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      throw new AppError('payload_too_large', `message larger than ${max} bytes`);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}
