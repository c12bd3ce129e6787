// The Cloudflare Email Worker, run in Node with a constructed message against the real service listening on loopback.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessages } from '../db/schema.ts';
import worker, { forwardEmail, signRaw, TemporaryFailure, type EdgeEnv, type InboundEmailMessage } from '../src/edge/email-worker.ts';
import { signBody } from '../src/inbound/routes.ts';
import { createHarness, type Harness } from './helpers/harness.ts';
import { buildMail, uniqueId } from './helpers/mail.ts';

let h: Harness;
let server: ServerType;
let url: string;
beforeAll(async () => {
  h = await createHarness({ env: { MAX_INBOUND_BYTES: '200000' } });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: h.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/inbound/raw`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await h.close();
});

/** A message shaped like Cloudflare's ForwardableEmailMessage: a raw stream read once, and setReject. */
function message(raw: Buffer, opts: { rawSize?: number } = {}) {
  const rejected: string[] = [];
  let chunks = 0;
  const msg: InboundEmailMessage = {
    from: 'ana@example.org',
    to: 'reply@in.followthrough.test',
    rawSize: opts.rawSize ?? raw.length,
    // Delivered in small chunks, as a stream from the SMTP side would be.
    raw: new ReadableStream<Uint8Array>({
      pull(ctrl) {
        const part = raw.subarray(chunks * 4096, (chunks + 1) * 4096);
        chunks++;
        if (part.length === 0) ctrl.close();
        else ctrl.enqueue(new Uint8Array(part));
      },
    }),
    setReject: (reason) => void rejected.push(reason),
  };
  return { msg, rejected };
}

const env = (over: Partial<EdgeEnv> = {}): EdgeEnv => ({ INBOUND_URL: url, INBOUND_SECRET: h.env.INBOUND_SECRET, MAX_INBOUND_BYTES: '200000', ...over });
const mail = (tag: string, text = 'I will host a coffee klatch in March.') => buildMail({ from: 'Ana <ana@example.org>', to: 'reply@in.followthrough.test', subject: 'Re: hello', text, messageId: uniqueId(tag) });
const count = () => h.deps.db.select().from(inboundMessages).all().length;

describe('Cloudflare Email Worker', () => {
  it('signs exactly as the service does', async () => {
    const body = Buffer.from('From: a@example.org\r\n\r\nhi\r\n');
    expect(await signRaw('test-inbound-secret-0123456789', new Uint8Array(body))).toBe(signBody('test-inbound-secret-0123456789', body));
  });

  it('forwards the raw message through the default export, stored byte for byte', async () => {
    const raw = await mail('edge');
    const { msg, rejected } = message(raw);
    const before = count();
    await worker.email(msg, env(), {});
    expect(rejected).toEqual([]);
    expect(count()).toBe(before + 1);
    const row = h.deps.db.select().from(inboundMessages).all().at(-1)!;
    expect(Buffer.compare(row.raw, raw)).toBe(0);
    // Cloudflare may run the worker again for the same message: the service answers duplicate.
    expect(await forwardEmail(message(raw).msg, env())).toBe('duplicate');
    expect(count()).toBe(before + 1);
  });

  it('throws (a temporary SMTP failure, so the sender retries) on a wrong secret, and nothing is stored', async () => {
    const { msg, rejected } = message(await mail('edge-secret'));
    const before = count();
    await expect(forwardEmail(msg, env({ INBOUND_SECRET: 'a-different-secret-0123456789' }))).rejects.toThrow(/answered 401/);
    expect(rejected).toEqual([]);
    expect(count()).toBe(before);
  });

  it('throws when the service is unreachable or answers 5xx', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/inbound/raw`;
    await new Promise((r) => closed.close(r));
    await expect(forwardEmail(message(await mail('edge-down')).msg, env({ INBOUND_URL: deadUrl }))).rejects.toBeInstanceOf(TemporaryFailure);

    const failing: Server = createServer((_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"unavailable","message":"down"}}');
    });
    await new Promise<void>((r) => failing.listen(0, '127.0.0.1', () => r()));
    try {
      const { msg, rejected } = message(await mail('edge-503'));
      await expect(forwardEmail(msg, env({ INBOUND_URL: `http://127.0.0.1:${(failing.address() as AddressInfo).port}/inbound/raw` }))).rejects.toThrow(/answered 503/);
      expect(rejected).toEqual([]);
    } finally {
      await new Promise((r) => failing.close(r));
    }
  });

  it('rejects for good what can never pass: too large (before reading it, or per the service) and not mail', async () => {
    const big = message(await mail('edge-big'), { rawSize: 300_000 });
    expect(await forwardEmail(big.msg, env())).toBe('rejected');
    expect(big.rejected[0]).toMatch(/too large/);

    // The worker allows more than the service: the service's 413 decides.
    const large = message(await mail('edge-large', 'x'.repeat(250_000)));
    expect(await forwardEmail(large.msg, env({ MAX_INBOUND_BYTES: '10000000' }))).toBe('rejected');
    expect(large.rejected[0]).toMatch(/too large/);

    const junk = message(Buffer.from('this is not a mail message\njust text\n'));
    expect(await forwardEmail(junk.msg, env())).toBe('rejected');
    expect(junk.rejected[0]).toMatch(/not a well-formed mail message/);
  });

  it('imports nothing, and type-checks with Web and Worker types only (no Node)', async () => {
    const path = fileURLToPath(new URL('../src/edge/email-worker.ts', import.meta.url));
    const source = readFileSync(path, 'utf8');
    expect(source).not.toMatch(/^\s*import\s[^'"]*['"]/m);
    expect(source).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b/);
    const dir = mkdtempSync(join(tmpdir(), 'ft-edge-'));
    try {
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['ES2023', 'WebWorker'] }, files: [path] }),
      );
      const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
      const run = await promisify(execFile)(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')]).then(
        () => '',
        (err: { stdout?: string }) => err.stdout ?? String(err),
      );
      expect(run).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
