// A local HTTP stand-in for the Resend API (POST /emails, GET /emails/receiving/:id and its raw download), reached through RESEND_BASE_URL so tests use the real SDK.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubEmail {
  body: any;
  headers: Record<string, string>;
}

export interface ResendStub {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  /** Every email accepted, once per idempotency key, in order. */
  emails: StubEmail[];
  /** Answer the next `times` (default 1) POST /emails with this status and a Resend-shaped error. */
  failNext(status: number, times?: number): void;
  /** Makes a received email known, as Resend would after accepting it; returns its id (the webhook's data.email_id). */
  addReceived(raw: Buffer, meta?: { from?: string; to?: string[]; subject?: string; messageId?: string }): string;
  /** Answer the next `times` GET /emails/receiving/:id with this status. */
  failReceivingNext(status: number, times?: number): void;
  /** Calls made to the received-email API and to the raw downloads, in order. */
  receivingCalls: string[];
  close(): Promise<void>;
}

/** Error bodies as Resend sends them, so the SDK and our classification see the real shapes. */
const ERRORS: Record<number, { name: string; message: string }> = {
  400: { name: 'validation_error', message: 'Invalid request.' },
  401: { name: 'missing_api_key', message: 'Missing API key in the authorization header.' },
  403: { name: 'invalid_api_key', message: 'API key is invalid.' },
  409: { name: 'concurrent_idempotent_requests', message: 'Same idempotency key used while original request is still in progress.' },
  422: { name: 'validation_error', message: 'Invalid `to` field.' },
  429: { name: 'rate_limit_exceeded', message: 'Too many requests. You can only make 2 requests per second.' },
  500: { name: 'internal_server_error', message: 'An unexpected error occurred.' },
  503: { name: 'internal_server_error', message: 'Service unavailable.' },
};

const errorBody = (statusCode: number, name?: string, message?: string) => {
  const known = ERRORS[statusCode] ?? { name: 'application_error', message: 'Something went wrong.' };
  return { statusCode, name: name ?? known.name, message: message ?? known.message };
};

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const flatHeaders = (req: IncomingMessage) =>
  Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));

export async function startResendStub(): Promise<ResendStub> {
  const emails: StubEmail[] = [];
  const failures: number[] = [];
  // Idempotency-Key → the id we answered and the body it was for (Resend answers 409 on a different body).
  const seen = new Map<string, { id: string; body: string }>();
  const received = new Map<string, { raw: Buffer; meta: { from?: string; to?: string[]; subject?: string; messageId?: string }; createdAt: string }>();
  const receivingFailures: number[] = [];
  const receivingCalls: string[] = [];
  let baseUrl = '';

  const server = createServer(async (req, res) => {
    try {
      const [path, query = ''] = (req.url ?? '/').split('?');
      const receiving = /^\/emails\/receiving\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && receiving) {
        receivingCalls.push(`get ${receiving[1]}`);
        if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) return send(res, 401, errorBody(401));
        const injected = receivingFailures.shift();
        if (injected !== undefined) return send(res, injected, errorBody(injected));
        const email = received.get(receiving[1]);
        if (!email) return send(res, 404, errorBody(404, 'not_found', 'Email not found'));
        // The documented shape: metadata, parsed bodies, and a signed URL to the original message.
        return send(res, 200, {
          object: 'email',
          id: receiving[1],
          to: email.meta.to ?? [],
          from: email.meta.from ?? '',
          created_at: email.createdAt,
          subject: email.meta.subject ?? '',
          bcc: null,
          cc: null,
          reply_to: null,
          received_for: email.meta.to ?? [],
          html: null,
          text: null,
          headers: null,
          message_id: email.meta.messageId ?? '',
          raw: { download_url: `${baseUrl}/raw/${receiving[1]}?signature=stub-${receiving[1]}`, expires_at: new Date(Date.now() + 3_600_000).toISOString() },
          attachments: [],
        });
      }
      const download = /^\/raw\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && download) {
        receivingCalls.push(`raw ${download[1]}`);
        const email = received.get(download[1]);
        // Like a signed CDN URL: no API key, but the signature must be the one handed out.
        if (!email || query !== `signature=stub-${download[1]}`) return send(res, 403, { message: 'Access denied' });
        res.writeHead(200, { 'content-type': 'message/rfc822', 'content-length': String(email.raw.length) });
        return res.end(email.raw);
      }
      if (req.method !== 'POST' || path !== '/emails') {
        return send(res, 404, errorBody(404, 'not_found', 'The requested endpoint does not exist.'));
      }
      const raw = await readBody(req);
      const headers = flatHeaders(req);
      if (!/^Bearer \S+/.test(headers['authorization'] ?? '')) return send(res, 401, errorBody(401));

      const injected = failures.shift();
      if (injected !== undefined) {
        return send(res, injected, errorBody(injected), injected === 429 ? { 'retry-after': '1' } : {});
      }

      let body: any;
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, errorBody(400, 'validation_error', 'Invalid JSON body.'));
      }
      for (const field of ['from', 'to', 'subject'] as const) {
        if (!body?.[field]) return send(res, 422, errorBody(422, 'missing_required_field', `Missing \`${field}\` field.`));
      }
      if (!body.html && !body.text) return send(res, 422, errorBody(422, 'validation_error', 'Missing `html` or `text` field.'));

      const key = headers['idempotency-key'];
      if (key) {
        const prior = seen.get(key);
        if (prior && prior.body !== raw) {
          return send(res, 409, errorBody(409, 'invalid_idempotent_request', 'Same idempotency key used with a different request payload.'));
        }
        if (prior) return send(res, 200, { id: prior.id });
      }
      const id = randomUUID();
      if (key) seen.set(key, { id, body: raw });
      emails.push({ body, headers });
      return send(res, 200, { id });
    } catch (err) {
      send(res, 500, errorBody(500, 'internal_server_error', (err as Error).message));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: `http://127.0.0.1:${port}`,
    emails,
    failNext(status, times = 1) {
      for (let i = 0; i < times; i++) failures.push(status);
    },
    addReceived(raw, meta = {}) {
      const id = randomUUID();
      received.set(id, { raw, meta, createdAt: new Date().toISOString() });
      return id;
    },
    failReceivingNext(status, times = 1) {
      for (let i = 0; i < times; i++) receivingFailures.push(status);
    },
    receivingCalls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // fetch keeps connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
