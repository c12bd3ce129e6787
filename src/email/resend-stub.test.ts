// The Resend stub itself, spoken to over plain HTTP: shapes the SDK and our transport rely on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startResendStub, type ResendStub } from '../../test/helpers/resend-stub.ts';

describe('startResendStub', () => {
  let stub: ResendStub;
  beforeAll(async () => {
    stub = await startResendStub();
  });
  afterAll(() => stub.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${stub.url}/emails`, {
      method: 'POST',
      headers: { authorization: 'Bearer re_x', 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const mail = { from: 'a@x.example', to: 'b@y.example', subject: 'hi', text: 'hello' };

  it('listens on 127.0.0.1 and answers POST /emails with an id', async () => {
    expect(stub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await post(mail);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stub.emails.at(-1)!.body).toEqual(mail);
  });

  it('honours Idempotency-Key: same id, recorded once; a different body under the same key is a 409', async () => {
    const n = stub.emails.length;
    const a = (await (await post(mail, { 'idempotency-key': 'k' })).json()) as { id: string };
    const b = (await (await post(mail, { 'idempotency-key': 'k' })).json()) as { id: string };
    expect(b.id).toBe(a.id);
    expect(stub.emails).toHaveLength(n + 1);
    const c = await post({ ...mail, subject: 'other' }, { 'idempotency-key': 'k' });
    expect(c.status).toBe(409);
  });

  it('422 for a missing field, 401 without a key, 404 elsewhere', async () => {
    const res = await post({ from: 'a@x.example', subject: 'hi', text: 'x' });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ statusCode: 422, name: 'missing_required_field' });
    expect((await fetch(`${stub.url}/emails`, { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await fetch(`${stub.url}/domains`)).status).toBe(404);
  });

  it('failNext injects Resend-shaped errors, the given number of times', async () => {
    stub.failNext(429, 2);
    stub.failNext(500);
    const r1 = await post(mail);
    expect(r1.status).toBe(429);
    expect(r1.headers.get('retry-after')).toBe('1');
    expect(await r1.json()).toMatchObject({ statusCode: 429, name: 'rate_limit_exceeded' });
    expect((await post(mail)).status).toBe(429);
    const r3 = await post(mail);
    expect(r3.status).toBe(500);
    expect(await r3.json()).toMatchObject({ statusCode: 500, name: 'internal_server_error' });
    expect((await post(mail)).status).toBe(200);
  });
});
