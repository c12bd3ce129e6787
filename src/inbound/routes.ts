// POST /inbound/raw: a raw RFC 5322 message, HMAC-signed; stored before the answer, then queued.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { readLimited, storeInbound, type StoreResult } from './store.ts';

export const signatureHeader = 'X-Followthrough-Signature';

export function signBody(secret: string, body: Buffer | string): string {
  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
}

export function verifySignature(secret: string, body: Buffer, header: string | undefined | null): boolean {
  if (!header) return false;
  const want = Buffer.from(signBody(secret, body));
  const got = Buffer.from(header.trim());
  return want.length === got.length && timingSafeEqual(want, got);
}

/** Stores, then queues; a queue that does not answer is logged, not fatal: the reconciler queues it later. */
export async function acceptRaw(deps: Deps, raw: Buffer, source = 'raw', providerId?: string | null): Promise<StoreResult> {
  const stored = storeInbound(deps.db, deps.clock, { raw, source, providerId });
  if (!stored.duplicate && deps.queues) {
    try {
      await deps.queues.enqueueInbound(stored.id);
    } catch (err) {
      deps.log.warn('inbound stored but not queued; the reconciler will queue it', { inboundId: stored.id, err: String(err) });
    }
  }
  return stored;
}

export function inboundRoutes(deps: Deps) {
  return new Hono().post('/raw', async (c) => {
    const raw = await readLimited(c.req.raw.body, deps.env.MAX_INBOUND_BYTES, c.req.header('content-length'));
    if (!verifySignature(deps.env.INBOUND_SECRET, raw, c.req.header(signatureHeader))) {
      throw new AppError('unauthorized', `missing or wrong ${signatureHeader}`);
    }
    const stored = await acceptRaw(deps, raw);
    return stored.duplicate ? c.json({ id: stored.id, duplicate: true }, 200) : c.json({ id: stored.id }, 202);
  });
}
