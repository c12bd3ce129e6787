// Cloudflare Email Worker: forwards each raw message to POST /inbound/raw, HMAC-signed with Web Crypto (no Node imports: it runs on workerd).

/** The parts of Cloudflare's ForwardableEmailMessage this worker uses. */
export interface InboundEmailMessage {
  readonly from: string;
  readonly to: string;
  readonly raw: ReadableStream<Uint8Array>;
  readonly rawSize: number;
  setReject(reason: string): void;
}

export interface EdgeEnv {
  /** The service's raw endpoint, e.g. https://followthrough.example.org/inbound/raw */
  INBOUND_URL: string;
  /** The service's INBOUND_SECRET (a wrangler secret). */
  INBOUND_SECRET: string;
  /** Mirror of the service's MAX_INBOUND_BYTES, so oversize mail is refused before it is read. */
  MAX_INBOUND_BYTES?: string;
}

/** The same header and format as the service's signBody: "sha256=" + hex HMAC-SHA256 of the body. */
export async function signRaw(secret: string, body: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, body));
  let hex = '';
  for (const b of mac) hex += b.toString(16).padStart(2, '0');
  return `sha256=${hex}`;
}

/** A failure the sender should retry: thrown, which Cloudflare turns into a temporary (4xx) SMTP answer. */
export class TemporaryFailure extends Error {}

/**
 * Forwards one message. Permanent problems (too large, not mail) reject it, so the sender gets a
 * bounce; anything that may pass (service down, 5xx, 429, a secret being rotated) throws, so the
 * sending server keeps the message and tries again later.
 */
export async function forwardEmail(message: InboundEmailMessage, env: EdgeEnv, fetchImpl: typeof fetch = fetch): Promise<'delivered' | 'duplicate' | 'rejected'> {
  if (!env.INBOUND_URL || !env.INBOUND_SECRET) throw new TemporaryFailure('INBOUND_URL or INBOUND_SECRET is not set on the worker');
  const max = Number(env.MAX_INBOUND_BYTES || 25 * 1024 * 1024);
  if (message.rawSize > max) {
    message.setReject(`Message too large: ${message.rawSize} bytes, the limit is ${max}`);
    return 'rejected';
  }
  const body = new Uint8Array(await new Response(message.raw).arrayBuffer());
  let res: Response;
  try {
    res = await fetchImpl(env.INBOUND_URL, {
      method: 'POST',
      body,
      headers: { 'content-type': 'message/rfc822', 'x-followthrough-signature': await signRaw(env.INBOUND_SECRET, body) },
      signal: AbortSignal.timeout(25_000),
    });
  } catch (err) {
    throw new TemporaryFailure(`could not reach ${env.INBOUND_URL}: ${(err as Error).message}`);
  }
  if (res.status === 200) return 'duplicate';
  if (res.ok) return 'delivered';
  const detail = await res.text().catch(() => '');
  // 400 (not a mail message) and 413 (too large) will fail the same way every time.
  if (res.status === 400 || res.status === 413 || res.status === 415) {
    message.setReject(res.status === 413 ? 'Message too large' : 'Message not accepted: not a well-formed mail message');
    return 'rejected';
  }
  throw new TemporaryFailure(`${env.INBOUND_URL} answered ${res.status}: ${detail.slice(0, 200)}`);
}

export default {
  async email(message: InboundEmailMessage, env: EdgeEnv, _ctx: unknown): Promise<void> {
    await forwardEmail(message, env);
  },
};
