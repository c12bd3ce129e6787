// Svix webhook signatures (Resend signs with Svix), verified by hand: HMAC-SHA256 over "id.timestamp.body".
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { AppError } from '../../errors.ts';
import { readLimited } from '../store.ts';

/** Svix refuses, and so do we, a timestamp more than five minutes away from now, either way. */
export const SVIX_TOLERANCE_SECONDS = 5 * 60;

export interface SvixHeaders {
  id: string | undefined | null;
  timestamp: string | undefined | null;
  signature: string | undefined | null;
}

export type SvixResult = { ok: true } | { ok: false; reason: string };

/** The signing key: the base64 after `whsec_`. */
function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
}

export function signSvix(secret: string, id: string, timestamp: number | string, body: Buffer | string): string {
  const mac = createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.`).update(body).digest('base64');
  return `v1,${mac}`;
}

/**
 * Checks the headers against the raw body. The signature header may list several space-separated
 * `v1,<base64>` entries (during a secret rotation); any one matching is enough.
 */
export function verifySvix(secret: string, headers: SvixHeaders, body: Buffer, now: Date): SvixResult {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return { ok: false, reason: 'missing svix-id, svix-timestamp or svix-signature' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'svix-timestamp is not a number of seconds' };
  const skew = Math.abs(now.getTime() / 1000 - Number(timestamp));
  if (skew > SVIX_TOLERANCE_SECONDS) return { ok: false, reason: 'svix-timestamp is more than 5 minutes away (replayed, or a clock is wrong)' };
  const want = createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.`).update(body).digest();
  for (const entry of signature.split(' ')) {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) continue;
    const got = Buffer.from(value, 'base64');
    if (got.length === want.length && timingSafeEqual(got, want)) return { ok: true };
  }
  return { ok: false, reason: 'no svix-signature matches' };
}

/**
 * Reads a Svix-signed request (Resend's webhooks) within `max` bytes and verifies it: 503 when no
 * secret is configured (the sender retries until one is), 401 on a bad signature. Svix also sends
 * the same values as webhook-* (Standard Webhooks) on some endpoints.
 */
export async function readSvixRequest(c: Context, secret: string | undefined, max: number, now: Date): Promise<{ body: Buffer; svixId: string }> {
  if (!secret) throw new AppError('unavailable', 'Resend webhooks are not configured: set RESEND_WEBHOOK_SECRET');
  const body = await readLimited(c.req.raw.body, max, c.req.header('content-length'));
  const header = (name: string) => c.req.header(`svix-${name}`) ?? c.req.header(`webhook-${name}`);
  const svixId = header('id');
  const verdict = verifySvix(secret, { id: svixId, timestamp: header('timestamp'), signature: header('signature') }, body, now);
  if (!verdict.ok) throw new AppError('unauthorized', verdict.reason);
  return { body, svixId: svixId! };
}
