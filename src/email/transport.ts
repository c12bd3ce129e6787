// Transports that deliver an OutgoingMessage: an outbox folder of .eml files (default) and Resend.
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resend } from 'resend';
import { systemClock, type Clock } from '../clock.ts';
import { toEml, type OutgoingMessage } from './message.ts';

export type SendResult =
  | { ok: true; providerId: string }
  | { ok: false; error: string; retryable: boolean; rateLimited?: boolean; retryAfterMs?: number };

export interface Transport {
  kind: 'outbox' | 'resend';
  send(msg: OutgoingMessage, idempotencyKey: string): Promise<SendResult>;
}

/**
 * A file-name-safe form of an idempotency key. Keys that are already safe are kept readable;
 * anything changed by cleaning (or very long) gets a hash suffix, so two different keys never
 * share a file name after cleaning.
 */
export function safeKey(key: string): string {
  const clean = key.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  if (clean === key && clean.length <= 100) return clean;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return `${clean.slice(0, 80)}~${hash}`;
}

/** 2026-11-21T10:30:00.123Z → 20261121T103000123Z: sorts by time, and is safe in a file name everywhere. */
const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');
const OUTBOX_NAME = /^\d{8}T\d{9}Z-(.+)\.eml$/;

/**
 * Writes each message as `<dir>/<timestamp>-<key>.eml`, complete with headers, for development
 * and the admin view. Idempotent like a provider: a key already written (by this process or an
 * earlier one: we look in the folder) is not written again and gets the same providerId.
 */
export function createOutboxTransport(dir: string, opts: { clock?: Clock } = {}): Transport {
  const clock = opts.clock ?? systemClock;
  // Two sends with the same key at once (a retried job racing the first) must share one write.
  const inflight = new Map<string, Promise<SendResult>>();
  let ready: Promise<unknown> | undefined;

  // Keys already in the folder, read once; listing the folder for every send made each send cost as much
  // as the folder is long. Another process writing here (a second worker) changes the folder's mtime,
  // which sends us back to the listing. The one gap: a file another process renames in between our own
  // rename and the stat after it; a duplicate .eml at worst, as two listings racing could also give.
  let index: Map<string, string> | null = null;
  let seen = -1;
  const scan = async () => {
    const before = (await stat(dir)).mtimeMs;
    const next = new Map<string, string>();
    // Match the whole key after the timestamp: a suffix test would take `ts-a-b.eml` for key `b`.
    for (const f of (await readdir(dir)).sort()) {
      const k = OUTBOX_NAME.exec(f)?.[1];
      if (k && !next.has(k)) next.set(k, f);
    }
    index = next;
    seen = before;
  };
  const existing = async (key: string): Promise<string | undefined> => {
    if (!index) await scan();
    const hit = index!.get(key);
    if (hit) return hit;
    if ((await stat(dir)).mtimeMs === seen) return undefined;
    await scan();
    return index!.get(key);
  };

  const write = async (msg: OutgoingMessage, key: string): Promise<SendResult> => {
    try {
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      const found = await existing(key);
      if (found) return { ok: true, providerId: found };
      const now = clock.now();
      const name = `${stamp(now)}-${key}.eml`;
      const eml = await toEml(msg, { date: now });
      // Write then rename, so a reader (admin view, a crash mid-write) never sees half a message.
      const tmp = join(dir, `.${key}.${process.pid}.tmp`);
      await writeFile(tmp, eml);
      await rename(tmp, join(dir, name));
      index?.set(key, name);
      seen = (await stat(dir)).mtimeMs;
      return { ok: true, providerId: name };
    } catch (err) {
      // A full disk or a permissions problem may clear up; let the queue retry.
      return { ok: false, error: `outbox: ${(err as Error).message}`, retryable: true };
    }
  };

  return {
    kind: 'outbox',
    send(msg, idempotencyKey) {
      const key = safeKey(idempotencyKey);
      const pending = inflight.get(key);
      if (pending) return pending;
      const p = write(msg, key).finally(() => inflight.delete(key));
      inflight.set(key, p);
      return p;
    },
  };
}

/** Resend's error body: `{ statusCode, name, message }`; network failures come back with statusCode null. */
interface ResendError {
  statusCode?: number | null;
  name?: string;
  message?: string;
}

/** When an error body carries no status (older API shapes), infer it from the error name. */
const STATUS_BY_NAME: Record<string, number> = {
  rate_limit_exceeded: 429,
  daily_quota_exceeded: 429,
  monthly_quota_exceeded: 429,
  concurrent_idempotent_requests: 409,
  invalid_idempotent_request: 409,
  validation_error: 422,
  missing_required_field: 422,
  invalid_parameter: 422,
  invalid_from_address: 422,
  invalid_attachment: 422,
  missing_api_key: 401,
  restricted_api_key: 401,
  invalid_api_key: 403,
  not_found: 404,
  method_not_allowed: 405,
  internal_server_error: 500,
};

function retryAfterMs(headers: Record<string, string> | null | undefined): number | undefined {
  const v = headers?.['retry-after'];
  if (!v) return undefined;
  const secs = Number(v);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** Classify a Resend error: what the send worker should do next. */
export function classifyResendError(error: ResendError, headers?: Record<string, string> | null): SendResult & { ok: false } {
  const name = error.name ?? 'error';
  const status = typeof error.statusCode === 'number' ? error.statusCode : STATUS_BY_NAME[name];
  const text = `resend ${status ?? 'network'} ${name}: ${error.message ?? ''}`.trim();
  if (status === 429) {
    return { ok: false, error: text, retryable: true, rateLimited: true, retryAfterMs: retryAfterMs(headers) };
  }
  // 409 concurrent_idempotent_requests: the first attempt with this key is still in flight; asking again later is right.
  // 409 invalid_idempotent_request: same key, different body: a bug on our side that retrying cannot fix.
  if (status === 409) return { ok: false, error: text, retryable: name !== 'invalid_idempotent_request' };
  // No status at all means the request never got an answer (DNS, refused, reset): try again.
  if (status === undefined || status >= 500 || status === 408) return { ok: false, error: text, retryable: true };
  return { ok: false, error: text, retryable: false };
}

/**
 * Sends through the Resend SDK.
 *
 * Base URL, as read in resend 6.38 (node_modules/resend/dist/index.mjs, class Resend): the
 * constructor takes `options.baseUrl` and otherwise reads `process.env.RESEND_BASE_URL` at
 * construction time (not at import), defaulting to https://api.resend.com. So the URL is per
 * instance: we pass `opts.baseUrl` when given, and tests can point a transport at a local stub
 * either that way or by setting RESEND_BASE_URL before creating it, without mocking the SDK.
 *
 * The SDK never throws on HTTP or network errors: it resolves `{ data, error, headers }`, with the
 * parsed error body from the API, or `{ statusCode: null }` when fetch failed. `idempotencyKey`
 * becomes the Idempotency-Key header, so a retried job cannot send twice.
 */
export function createResendTransport(opts: { apiKey: string; baseUrl?: string }): Transport {
  const resend = new Resend(opts.apiKey, opts.baseUrl ? { baseUrl: opts.baseUrl.replace(/\/+$/, '') } : undefined);
  return {
    kind: 'resend',
    async send(msg, idempotencyKey) {
      const headers: Record<string, string> = { ...msg.headers, 'Message-ID': `<${msg.messageId.replace(/^<|>$/g, '')}>` };
      if (msg.inReplyTo) headers['In-Reply-To'] = `<${msg.inReplyTo.replace(/^<|>$/g, '')}>`;
      if (msg.references?.length) headers['References'] = msg.references.map((r) => `<${r.replace(/^<|>$/g, '')}>`).join(' ');
      try {
        const { data, error, headers: resHeaders } = await resend.emails.send(
          {
            from: msg.from,
            // Several recipients (an introduction) travel as one comma-separated string; Resend wants a list.
            to: msg.to.includes(',') ? msg.to.split(',').map((a) => a.trim()).filter(Boolean) : msg.to,
            replyTo: msg.replyTo,
            subject: msg.subject,
            html: msg.html,
            text: msg.text,
            headers,
            // The API wants base64 content; the SDK only encodes binary, so encode strings ourselves.
            attachments: msg.attachments?.map((a) => ({
              filename: a.filename,
              content: Buffer.isBuffer(a.content) ? a.content : Buffer.from(a.content, 'utf8'),
              contentType: a.contentType,
            })),
          },
          { idempotencyKey },
        );
        if (error) return classifyResendError(error as ResendError, resHeaders as Record<string, string> | null);
        if (!data?.id) return { ok: false, error: 'resend: answer without an id', retryable: true };
        return { ok: true, providerId: data.id };
      } catch (err) {
        // The SDK should not throw, but an aborted fetch or a bug in it must not lose the job.
        return { ok: false, error: `resend: ${(err as Error).message}`, retryable: true };
      }
    },
  };
}
