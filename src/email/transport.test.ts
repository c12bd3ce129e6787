// Outbox transport against a real folder, Resend transport through the real SDK against the local stub.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startResendStub, type ResendStub } from '../../test/helpers/resend-stub.ts';
import { ManualClock } from '../clock.ts';
import { sampleMessage } from './test-fixtures.ts';
import { classifyResendError, createOutboxTransport, createResendTransport, safeKey } from './transport.ts';

describe('outbox transport', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'ft-outbox-'));

  it('writes a complete, parseable .eml named <timestamp>-<key>.eml', async () => {
    const d = dir();
    const clock = new ManualClock(new Date('2026-11-22T15:04:05.678Z'));
    const t = createOutboxTransport(d, { clock });
    expect(t.kind).toBe('outbox');
    const res = await t.send(sampleMessage(), 'outbox-7');
    expect(res).toEqual({ ok: true, providerId: '20261122T150405678Z-outbox-7.eml' });
    expect(readdirSync(d)).toEqual(['20261122T150405678Z-outbox-7.eml']);

    const parsed = await simpleParser(readFileSync(join(d, '20261122T150405678Z-outbox-7.eml')));
    expect(parsed.messageId).toBe('<confirmation.42.x1@followthrough.example>');
    expect(parsed.date?.toISOString()).toBe('2026-11-22T15:04:05.000Z');
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(parsed.headerLines.map((h) => h.line)).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(readFileSync(join(d, res.ok ? res.providerId : ''), 'utf8')).toMatch(/^List-Unsubscribe: <https:\/\/followthrough\.example\/u\/tok123>/m);
    expect(parsed.replyTo?.text).toBe('reply+tok.abc@in.followthrough.example');
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value[0]?.address : '').toBe('ana@example.com');
  });

  it('is idempotent: same key twice (also concurrently, also from a new instance) writes once, same providerId', async () => {
    const d = dir();
    const clock = new ManualClock(new Date('2026-11-22T15:00:00Z'));
    const t = createOutboxTransport(d, { clock });
    const [a, b] = await Promise.all([t.send(sampleMessage(), 'k1'), t.send(sampleMessage(), 'k1')]);
    clock.advance(60_000);
    const c = await t.send(sampleMessage(), 'k1');
    const fresh = await createOutboxTransport(d, { clock }).send(sampleMessage(), 'k1');
    expect(new Set([a, b, c, fresh].map((r) => (r.ok ? r.providerId : r.error))).size).toBe(1);
    expect(readdirSync(d)).toHaveLength(1);
    // A different key whose file name ends the same way is a different message.
    await t.send(sampleMessage(), 'x-k1');
    expect(readdirSync(d)).toHaveLength(2);
  });

  it('sees what another process wrote into the folder after it first looked (two workers, one outbox)', async () => {
    const d = dir();
    const clock = new ManualClock(new Date('2026-11-22T15:00:00Z'));
    const one = createOutboxTransport(d, { clock });
    const two = createOutboxTransport(d, { clock });
    await one.send(sampleMessage(), 'a'); // `one` has listed the folder now
    clock.advance(1000);
    const byTwo = await two.send(sampleMessage(), 'b');
    clock.advance(1000);
    const byOne = await one.send(sampleMessage(), 'b');
    expect(byOne).toEqual(byTwo);
    expect(readdirSync(d).sort()).toEqual(['20261122T150000000Z-a.eml', '20261122T150001000Z-b.eml']);
    // And its own writes need no new listing to be found again.
    expect(await one.send(sampleMessage(), 'a')).toEqual({ ok: true, providerId: '20261122T150000000Z-a.eml' });
  });

  it('makes any key safe as a file name without collisions', async () => {
    expect(safeKey('send-12-ask')).toBe('send-12-ask');
    expect(safeKey('../../etc/passwd')).not.toMatch(/\//);
    expect(safeKey('a/b')).not.toBe(safeKey('a:b'));
    const d = dir();
    const res = await createOutboxTransport(d).send(sampleMessage(), '../escape');
    expect(res.ok).toBe(true);
    expect(readdirSync(d)).toHaveLength(1);
  });
});

describe('resend transport (real SDK, local stub)', () => {
  let stub: ResendStub;
  const savedEnv = process.env.RESEND_BASE_URL;
  beforeAll(async () => {
    stub = await startResendStub();
  });
  afterAll(async () => {
    await stub.close();
  });
  afterEach(() => {
    if (savedEnv === undefined) delete process.env.RESEND_BASE_URL;
    else process.env.RESEND_BASE_URL = savedEnv;
  });
  const transport = () => createResendTransport({ apiKey: 're_test_123', baseUrl: stub.url });

  it('sends with our headers, Message-ID, reply_to and the idempotency key', async () => {
    const before = stub.emails.length;
    const res = await transport().send(
      sampleMessage({ attachments: [{ filename: 'note.txt', content: 'hello', contentType: 'text/plain' }] }),
      'send-1',
    );
    expect(res.ok).toBe(true);
    expect(stub.emails).toHaveLength(before + 1);
    const { body, headers } = stub.emails.at(-1)!;
    expect(headers['idempotency-key']).toBe('send-1');
    expect(headers['authorization']).toBe('Bearer re_test_123');
    expect(body.to).toBe('Ana Lima <ana@example.com>');
    expect(body.reply_to).toBe('reply+tok.abc@in.followthrough.example');
    expect(body.text).toBe('Hi Ana, thanks\n');
    expect(body.headers).toMatchObject({
      'Message-ID': '<confirmation.42.x1@followthrough.example>',
      'In-Reply-To': '<CAF=abc@mail.gmail.com>',
      References: '<ask.41.x0@followthrough.example> <CAF=abc@mail.gmail.com>',
      'Auto-Submitted': 'auto-generated',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(body.attachments).toEqual([{ filename: 'note.txt', content: Buffer.from('hello').toString('base64'), content_type: 'text/plain' }]);
  });

  it('finds the stub through RESEND_BASE_URL when no baseUrl is given (read per instance)', async () => {
    process.env.RESEND_BASE_URL = stub.url;
    const t = createResendTransport({ apiKey: 're_test_123' });
    delete process.env.RESEND_BASE_URL; // already captured by the instance
    const before = stub.emails.length;
    expect((await t.send(sampleMessage(), 'send-env')).ok).toBe(true);
    expect(stub.emails).toHaveLength(before + 1);
  });

  it('a retry with the same key gets the same id and sends nothing new', async () => {
    const t = transport();
    const first = await t.send(sampleMessage(), 'send-2');
    const count = stub.emails.length;
    const again = await t.send(sampleMessage(), 'send-2');
    expect(again).toEqual(first);
    expect(stub.emails).toHaveLength(count);
  });

  it('429 is a rate limit: retryable, with the Retry-After', async () => {
    stub.failNext(429);
    const res = await transport().send(sampleMessage(), 'send-3');
    expect(res).toMatchObject({ ok: false, retryable: true, rateLimited: true, retryAfterMs: 1000 });
    // The next attempt with the same key goes through.
    expect((await transport().send(sampleMessage(), 'send-3')).ok).toBe(true);
  });

  it('500 is retryable, not a rate limit', async () => {
    stub.failNext(500);
    const res = await transport().send(sampleMessage(), 'send-4');
    expect(res).toMatchObject({ ok: false, retryable: true });
    expect(res.ok === false && res.rateLimited).toBeFalsy();
  });

  it('422 (validation) is not retryable', async () => {
    const res = await transport().send(sampleMessage({ to: '' }), 'send-5');
    expect(res).toMatchObject({ ok: false, retryable: false });
    expect(res.ok === false && res.error).toMatch(/422/);
  });

  it('an unreachable API is retryable', async () => {
    const res = await createResendTransport({ apiKey: 're_test_123', baseUrl: 'http://127.0.0.1:1' }).send(sampleMessage(), 'send-6');
    expect(res).toMatchObject({ ok: false, retryable: true });
  });

  it('classifies error bodies without a status by their name', () => {
    expect(classifyResendError({ name: 'rate_limit_exceeded', message: 'slow down' })).toMatchObject({ retryable: true, rateLimited: true });
    expect(classifyResendError({ name: 'invalid_idempotent_request', statusCode: 409 })).toMatchObject({ retryable: false });
    expect(classifyResendError({ name: 'concurrent_idempotent_requests', statusCode: 409 })).toMatchObject({ retryable: true });
    expect(classifyResendError({ name: 'invalid_api_key', statusCode: 403 })).toMatchObject({ retryable: false });
  });
});
