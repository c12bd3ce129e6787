// What every provider adapter shares: bounded body reading, form parsing that keeps bytes, basic auth, and provider-specific "stop retrying" answers.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Context } from 'hono';
import { AppError } from '../../errors.ts';
import { readLimited, type StoreResult } from '../store.ts';

/** Room for the form fields and JSON a provider sends beside the message itself. */
export const ENVELOPE_SLACK_BYTES = 1024 * 1024;

/** Constant-time string equality that does not leak the length either (both sides hashed first). */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

/** The user and password of an `Authorization: Basic` header, or null. */
export function basicAuth(header: string | undefined | null): { user: string; password: string } | null {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return null;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return null;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Reads the request body, refusing with 413 as soon as it passes `max` bytes. */
export function readBody(c: Context, max: number): Promise<Buffer> {
  return readLimited(c.req.raw.body, max, c.req.header('content-length'));
}

/**
 * Parses multipart/form-data or application/x-www-form-urlencoded into raw bytes per field.
 * Our own parser rather than Request.formData(): that decodes every text field as UTF-8, which
 * would corrupt an 8-bit message carried in `body-mime` or `email`.
 */
export function parseForm(body: Buffer, contentType: string | undefined | null): Map<string, Buffer> {
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
    if (!m) throw new AppError('bad_request', 'multipart body without a boundary');
    return parseMultipart(body, m[1] ?? m[2]);
  }
  if (type.startsWith('application/x-www-form-urlencoded')) return parseUrlencoded(body);
  throw new AppError('unsupported_media_type', `expected multipart/form-data or application/x-www-form-urlencoded, got ${contentType || 'nothing'}`);
}

function parseMultipart(body: Buffer, boundary: string): Map<string, Buffer> {
  const fields = new Map<string, Buffer>();
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  if (pos === -1) throw new AppError('bad_request', 'multipart body without its boundary');
  for (;;) {
    pos += delimiter.length;
    // "--" after a delimiter closes the body.
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break;
    const headStart = body.indexOf('\r\n', pos);
    if (headStart === -1) break;
    const headEnd = body.indexOf('\r\n\r\n', headStart);
    if (headEnd === -1) throw new AppError('bad_request', 'multipart part without a header end');
    const head = body.subarray(headStart + 2, headEnd).toString('utf8');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headEnd + 4);
    if (next === -1) throw new AppError('bad_request', 'multipart body is not closed');
    const name = /content-disposition:[^\r\n]*?[; ]name="([^"]*)"/i.exec(head)?.[1];
    if (name !== undefined && !fields.has(name)) fields.set(name, body.subarray(headEnd + 4, next));
    pos = next + 2;
  }
  return fields;
}

function parseUrlencoded(body: Buffer): Map<string, Buffer> {
  const fields = new Map<string, Buffer>();
  for (const pair of body.toString('latin1').split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const [k, v] = eq === -1 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    if (!fields.has(decodeBytes(k).toString('utf8'))) fields.set(decodeBytes(k).toString('utf8'), decodeBytes(v));
  }
  return fields;
}

/** Percent-decoding to bytes (not to a UTF-8 string), '+' as space. */
function decodeBytes(s: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 0x25 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(ch === 0x2b ? 0x20 : ch & 0xff);
  }
  return Buffer.from(out);
}

/** The message carried in a form field, within MAX_INBOUND_BYTES. */
export function messageField(fields: Map<string, Buffer>, name: string, max: number): Buffer {
  const raw = fields.get(name);
  if (!raw || raw.length === 0) throw new AppError('bad_request', `no ${name} field: is the provider set to post the raw message?`);
  if (raw.length > max) throw new AppError('payload_too_large', `message larger than ${max} bytes`);
  return raw;
}

/** The answer every adapter gives once the message is stored (providers want 200; 202 would read as a failure to some). */
export function stored(c: Context, r: StoreResult) {
  return c.json(r.duplicate ? { id: r.id, duplicate: true } : { id: r.id }, 200);
}

const permanentCodes = new Set(['bad_request', 'payload_too_large', 'unsupported_media_type']);

/**
 * Runs a handler; errors that retrying cannot fix (bad data, too large) are answered with the
 * status that makes this provider stop retrying, with the usual JSON error body. Auth failures and
 * outages keep their own status, which providers retry.
 */
export async function answering(c: Context, stopStatus: 400 | 403 | 406 | null, handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (err) {
    if (stopStatus && err instanceof AppError && permanentCodes.has(err.code)) return c.json(err.toJSON(), stopStatus);
    throw err;
  }
}

/** Unconfigured adapters answer 503, which every provider retries, so mail waits until the operator sets the secret. */
export function notConfigured(provider: string, variables: string): never {
  throw new AppError('unavailable', `${provider} inbound is not configured: set ${variables}`);
}
