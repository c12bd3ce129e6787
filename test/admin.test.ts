// The admin view over app.request: login, CSRF, escaping of mail, CSV neutralization, pagination, actions, retry of a failed send.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminActions, attendees, commitments, events, inboundMessages, items, outbox, people } from '../db/schema.ts';
import { adminAccess, checkLogin, credentials, hashPassword, verifyPassword } from '../src/admin/auth.ts';
import { neutralize } from '../src/admin/csv.ts';
import { seedDemo, type DemoSeed } from '../src/admin/demo-seed.ts';
import { parseEnv } from '../src/env.ts';
import { jobIds } from '../src/queues.ts';
import { createHarness, waitFor, type Harness } from './helpers/harness.ts';

const PASSWORD = 'correct horse battery staple';

let h: Harness;
let seed: DemoSeed;

beforeAll(async () => {
  h = await createHarness({ env: { ADMIN_PASSWORD: PASSWORD } });
  seed = seedDemo(h.deps.db, h.clock.now());
});
afterAll(async () => {
  await h?.close();
});

/** A signed-in browser, reduced to its cookie jar: logs in through the form like a person would. */
async function login(password = PASSWORD) {
  const jar = new Map<string, string>();
  const take = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const v = pair!.slice(i + 1);
      if (v === '' || /Max-Age=0/i.test(c)) jar.delete(pair!.slice(0, i));
      else jar.set(pair!.slice(0, i), v);
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const form = await h.app.request('/admin/login');
  take(form);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const res = await h.app.request('/admin/login', { method: 'POST', headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: token, password, next: '/admin' }) });
  take(res);
  const get = async (path: string) => {
    const r = await h.app.request(path, { headers: { cookie: cookie() } });
    take(r);
    return r;
  };
  const csrf = async () => /name="_csrf" value="([^"]+)"/.exec(await (await get('/admin')).text())![1]!;
  const post = async (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) => {
    const r = await h.app.request(path, { method: 'POST', headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields) });
    take(r);
    return r;
  };
  return { res, jar, get, post, csrf };
}

describe('settings and passwords', () => {
  it('is off without a password, open only in development on a loopback address', () => {
    const env = (e: Record<string, string>) => parseEnv({ TOKEN_SECRET: 'x'.repeat(20), ...e });
    expect(adminAccess(env({ NODE_ENV: 'production', HOST: '0.0.0.0', INBOUND_SECRET: 'y'.repeat(20) })).mode).toBe('off');
    expect(adminAccess(env({ NODE_ENV: 'development', HOST: '0.0.0.0' })).mode).toBe('off');
    expect(adminAccess(env({ NODE_ENV: 'test', HOST: '127.0.0.1' })).mode).toBe('off');
    expect(adminAccess(env({ NODE_ENV: 'development', HOST: '127.0.0.1' })).mode).toBe('open');
    expect(adminAccess(env({ NODE_ENV: 'development', HOST: '::1' })).mode).toBe('open');
    expect(adminAccess(env({ NODE_ENV: 'production', HOST: '0.0.0.0', ADMIN_PASSWORD: 'long enough pw', INBOUND_SECRET: 'y'.repeat(20) })).mode).toBe('login');
  });

  it('checks scrypt hashes from ADMIN_USERS and refuses malformed entries', () => {
    const hash = hashPassword('s3cret-pass');
    expect(verifyPassword('s3cret-pass', hash)).toBe(true);
    expect(verifyPassword('s3cret-Pass', hash)).toBe(false);
    const env = parseEnv({ ADMIN_USERS: `ana:${hash}, bob:${hashPassword('other-pass')}` });
    const creds = credentials(env);
    expect(checkLogin(creds, 'Ana', 's3cret-pass')).toBe('ana');
    expect(checkLogin(creds, 'bob', 's3cret-pass')).toBeNull();
    expect(checkLogin(creds, 'nobody', 's3cret-pass')).toBeNull();
    expect(() => parseEnv({ ADMIN_USERS: 'ana:plaintext' })).toThrow(/ADMIN_USERS/);
    expect(() => parseEnv({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('answers 503 naming the setting when the admin is off', async () => {
    const off = await createHarness({ redisUrl: null });
    try {
      const res = await off.app.request('/admin');
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('ADMIN_PASSWORD');
    } finally {
      await off.close();
    }
  });
});

describe('login', () => {
  it('sends a visitor without a session to the login page, and refuses their POSTs', async () => {
    const res = await h.app.request('/admin/people/1');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Fpeople%2F1');
    const post = await h.app.request('/admin/commitments/1/state', { method: 'POST', body: new URLSearchParams({ state: 'kept' }) });
    expect(post.status).toBe(401);
    const forged = await h.app.request('/admin', { headers: { cookie: 'ft_admin=admin|99999999999999|abc|forged' } });
    expect(forged.status).toBe(303);
  });

  it('refuses a wrong password, and slows down after a few', async () => {
    const bad = await login('wrong password!');
    expect(bad.res.status).toBe(401);
    expect(await bad.res.text()).toContain('Wrong name or password');
    expect(bad.jar.has('ft_admin')).toBe(false);
    for (let i = 0; i < 4; i++) await login('still wrong!!');
    const limited = await login(PASSWORD);
    expect(limited.res.status).toBe(429);
    expect(limited.res.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('signed in', () => {
  let s: Awaited<ReturnType<typeof login>>;
  beforeAll(async () => {
    // A fresh harness: the limiter above remembers this test file's failed attempts.
    await h.close();
    h = await createHarness({ env: { ADMIN_PASSWORD: PASSWORD } });
    seed = seedDemo(h.deps.db, h.clock.now());
    s = await login();
  });

  it('sets a signed, HttpOnly, SameSite=Lax session cookie and shows the outcomes', async () => {
    expect(s.res.status).toBe(303);
    expect(s.res.headers.get('location')).toBe('/admin');
    const set = s.res.headers.getSetCookie().find((c) => c.startsWith('ft_admin='))!;
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Lax/);
    expect(set).toMatch(/Path=\/admin/);
    const page = await s.get('/admin');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('Outcomes');
    expect(html).toContain('Drumbeat Toronto');
    expect(html).toContain('<svg');
    const total = h.deps.db.select().from(commitments).all().length;
    expect(html).toContain(`commitments<b>${total}</b>`);
  });

  it('filters outcomes by event, city, format and state', async () => {
    const kept = h.deps.db.select().from(commitments).where(eq(commitments.state, 'kept')).all();
    const html = await (await s.get('/admin?state=kept')).text();
    expect(html).toContain(`kept<b>${kept.length}</b>`);
    expect(html).toContain(`pending<b>0</b>`);
    const toronto = await (await s.get('/admin?city=Toronto')).text();
    expect(toronto).toContain('Drumbeat Toronto');
    expect(toronto).not.toContain('>DemoCamp Waterloo</a>');
    const klatch = h.deps.db.select().from(commitments).where(eq(commitments.format, 'coffee-klatch')).all().length;
    expect(await (await s.get('/admin?format=coffee-klatch')).text()).toContain(`commitments<b>${klatch}</b>`);
    const ev = seed.eventIds[2]!;
    const one = h.deps.db.select().from(commitments).where(eq(commitments.eventId, ev)).all().length;
    expect(await (await s.get(`/admin?event=${ev}`)).text()).toContain(`commitments<b>${one}</b>`);
  });

  it('refuses a POST without the CSRF token, with a wrong one, or from another site', async () => {
    const id = seed.commitmentIds[0]!;
    const before = h.deps.db.select().from(commitments).where(eq(commitments.id, id)).get()!.state;
    expect((await s.post(`/admin/commitments/${id}/state`, { state: 'dropped' })).status).toBe(403);
    expect((await s.post(`/admin/commitments/${id}/state`, { state: 'dropped', _csrf: 'nope' })).status).toBe(403);
    const token = await s.csrf();
    expect((await s.post(`/admin/commitments/${id}/state`, { state: 'dropped', _csrf: token }, { origin: 'https://evil.example' })).status).toBe(403);
    expect(h.deps.db.select().from(commitments).where(eq(commitments.id, id)).get()!.state).toBe(before);
    // Another session's token does not fit this one.
    const other = await login();
    const theirs = await other.csrf();
    expect(theirs).not.toBe(token);
    expect((await s.post(`/admin/commitments/${id}/state`, { state: 'dropped', _csrf: theirs })).status).toBe(403);
  });

  it('marks a commitment kept and records who did it', async () => {
    const id = seed.commitmentIds.find((c) => h.deps.db.select().from(commitments).where(eq(commitments.id, c)).get()!.state === 'pending')!;
    const row = h.deps.db.select().from(commitments).where(eq(commitments.id, id)).get()!;
    const res = await s.post(`/admin/commitments/${id}/state`, { state: 'kept', _csrf: await s.csrf(), back: `/admin/people/${row.personId}` });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/admin/people/${row.personId}?ok=kept`);
    const after = h.deps.db.select().from(commitments).where(eq(commitments.id, id)).get()!;
    expect(after.state).toBe('kept');
    expect(after.stateChangedAt).toBeInstanceOf(Date);
    expect(h.deps.db.select().from(adminActions).where(eq(adminActions.commitmentId, id)).get()).toMatchObject({ user: 'admin', action: 'mark-kept' });
    expect(await (await s.get(res.headers.get('location')!)).text()).toContain('Marked kept.');
    // A back link to another site is not followed.
    const away = await s.post(`/admin/commitments/${id}/state`, { state: 'pending', _csrf: await s.csrf(), back: '//evil.example/admin' });
    expect(away.headers.get('location')).toBe(`/admin/people/${row.personId}?ok=pending`);
  });

  it('escapes everything that came from mail', async () => {
    const review = await (await s.get('/admin/review')).text();
    expect(review).toContain('&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt; hello');
    expect(review).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(review).not.toMatch(/<script/i);
    expect(review).not.toContain('<img src=x');
    // And in a person's timeline.
    const p = h.deps.db.insert(people).values({ email: 'eve@example.org', name: '<b>Eve</b>' }).returning().get();
    h.deps.db
      .insert(inboundMessages)
      .values({ raw: Buffer.from('x'), size: 1, receivedAt: new Date(), status: 'processed', kind: 'reply', personId: p.id, subject: '<script>alert(2)</script>', visibleReply: '</pre><script>alert(3)</script>' })
      .run();
    const person = await (await s.get(`/admin/people/${p.id}`)).text();
    expect(person).not.toMatch(/<script/i);
    expect(person).toContain('&lt;/pre&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(person).toContain('&lt;b&gt;Eve&lt;/b&gt;');
  });

  it('exports an event as CSV with formula cells neutralized', async () => {
    expect(neutralize('=1+1')).toBe("'=1+1");
    expect(neutralize('\t=cmd')).toBe("'\t=cmd");
    expect(neutralize('plain')).toBe('plain');
    const ev = seed.eventIds[0]!;
    const p = h.deps.db.insert(people).values({ email: 'formula@example.org', name: '=HYPERLINK("http://evil.example","click")' }).returning().get();
    h.deps.db.insert(attendees).values({ eventId: ev, personId: p.id }).run();
    for (const text of ['+1 555 0100', '-2 cups of sugar', '@SUM(A1:A9)', '\rcarriage', 'a "quoted", comma']) h.deps.db.insert(items).values({ personId: p.id, eventId: ev, kind: 'offer', text }).run();
    const res = await s.get(`/admin/events/${ev}/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="drumbeat-toronto-\d+\.csv"/);
    const csv = await res.text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")",formula@example.org`);
    expect(csv).toContain(",offer,'+1 555 0100,");
    expect(csv).toContain(",offer,'-2 cups of sugar,");
    expect(csv).toContain(",offer,'@SUM(A1:A9),");
    expect(csv).toContain(`,offer,"'\rcarriage",`);
    expect(csv).toContain(',offer,"a ""quoted"", comma",');
    for (const line of csv.replace(/^\ufeff/, '').split('\r\n').filter(Boolean)) expect(line).not.toMatch(/(^|,)[=+\-@]/);
  });

  it('pages long lists', async () => {
    const ev = h.deps.db.insert(events).values({ name: 'Big Night', city: 'Toronto', date: '2026-10-01' }).returning().get();
    for (let i = 0; i < 120; i++) {
      const p = h.deps.db.insert(people).values({ email: `big${String(i).padStart(3, '0')}@example.org`, name: `Big ${String(i).padStart(3, '0')}` }).returning().get();
      h.deps.db.insert(attendees).values({ eventId: ev.id, personId: p.id }).run();
    }
    const first = await (await s.get(`/admin/events/${ev.id}`)).text();
    expect(first.match(/big\d{3}@example\.org/g)).toHaveLength(50);
    expect(first).toContain(`href="/admin/events/${ev.id}?ap=2"`);
    const third = await (await s.get(`/admin/events/${ev.id}?ap=3`)).text();
    expect(third.match(/big\d{3}@example\.org/g)).toHaveLength(20);
    expect(third).toContain('big119@example.org');
    expect(third).not.toContain('?ap=4');
    const mail = await (await s.get('/admin/mail')).text();
    expect(mail).toContain('href="/admin/mail?page=2"');
  });

  it('shows a rendered message only inside a sandboxed frame', async () => {
    const row = h.deps.db.select().from(outbox).where(eq(outbox.template, 'confirmation')).get()!;
    const page = await (await s.get(`/admin/mail/${row.id}`)).text();
    expect(page).toContain(`<iframe class="preview" sandbox="" src="/admin/mail/${row.id}/preview"`);
    const preview = await s.get(`/admin/mail/${row.id}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'; img-src data: https:/);
    expect(await preview.text()).toContain('<html');
  });

  it('unsubscribes and resubscribes a person with a note', async () => {
    const pid = seed.personIds[2]!;
    expect((await s.post(`/admin/people/${pid}/unsubscribe`, { _csrf: await s.csrf(), note: 'asked by phone' })).status).toBe(303);
    expect(h.deps.db.select().from(people).where(eq(people.id, pid)).get()!.unsubscribedAt).toBeInstanceOf(Date);
    expect(await (await s.get(`/admin/people/${pid}`)).text()).toContain('by an organizer: asked by phone');
    const noNote = await s.post(`/admin/people/${pid}/resubscribe`, { _csrf: await s.csrf() });
    expect(noNote.headers.get('location')).toContain('err=note-needed');
    expect(h.deps.db.select().from(people).where(eq(people.id, pid)).get()!.unsubscribedAt).toBeInstanceOf(Date);
    await s.post(`/admin/people/${pid}/resubscribe`, { _csrf: await s.csrf(), note: 'changed their mind at the next meetup' });
    expect(h.deps.db.select().from(people).where(eq(people.id, pid)).get()!.unsubscribedAt).toBeNull();
    expect(await (await s.get(`/admin/people/${pid}`)).text()).toContain('resubscribe — changed their mind at the next meetup');
  });

  it('attaches an unattributed reply to a person without sending anything unless asked', async () => {
    const mid = seed.reviewIds[0]!;
    const target = h.deps.db.select().from(people).where(eq(people.id, seed.personIds[3]!)).get()!;
    const before = h.deps.db.select().from(commitments).where(eq(commitments.personId, target.id)).all().length;
    const res = await s.post(`/admin/review/${mid}/attach`, { _csrf: await s.csrf(), person: target.email });
    expect(res.headers.get('location')).toBe('/admin/review?ok=attached&n=0');
    const made = h.deps.db.select().from(commitments).where(eq(commitments.personId, target.id)).all();
    expect(made.length).toBe(before + 1);
    expect(made.at(-1)!.action).toMatch(/coffee klatch/);
    const mail = h.deps.db.select().from(outbox).where(eq(outbox.personId, target.id)).all().filter((o) => o.idempotencyKey.endsWith(`-${mid}`));
    expect(mail.length).toBeGreaterThan(0);
    expect(mail.every((o) => o.status === 'cancelled')).toBe(true);
    const msg = h.deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, mid)).get()!;
    expect(msg).toMatchObject({ personId: target.id, attribution: 'admin', reviewedBy: 'admin' });
    expect(await (await s.get('/admin/review')).text()).not.toContain(`id="m${mid}"`);
    // Twice is refused.
    expect((await s.post(`/admin/review/${mid}/attach`, { _csrf: await s.csrf(), person: target.email })).headers.get('location')).toContain('err=already-reviewed');
  });

  it('adds a commitment by hand from a review and dismisses it', async () => {
    const mid = seed.reviewIds[2]!;
    const msg = h.deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, mid)).get()!;
    const person = h.deps.db.select().from(people).where(eq(people.id, msg.personId!)).get()!;
    const res = await s.post('/admin/commitments', { _csrf: await s.csrf(), person: person.email, action: 'host a spring coffee klatch', due: '2027-04-30', format: 'coffee-klatch', inbound: String(mid), back: '/admin/review' });
    expect(res.headers.get('location')).toBe('/admin/review?ok=created');
    const c = h.deps.db.select().from(commitments).where(eq(commitments.sourceMessageId, mid)).get()!;
    expect(c).toMatchObject({ personId: person.id, action: 'host a spring coffee klatch', dueEnd: '2027-04-30', format: 'coffee-klatch', state: 'pending' });
    await s.post(`/admin/review/${mid}/dismiss`, { _csrf: await s.csrf(), note: 'added by hand' });
    expect(h.deps.db.select().from(inboundMessages).where(eq(inboundMessages.id, mid)).get()!.reviewedAt).toBeInstanceOf(Date);
  });

  it('sends the ask for an event from the button', async () => {
    const ev = h.deps.db.insert(events).values({ name: 'Ask Night', date: '2026-11-01' }).returning().get();
    const p = h.deps.db.insert(people).values({ email: 'asked@example.org', name: 'Asked Person' }).returning().get();
    h.deps.db.insert(attendees).values({ eventId: ev.id, personId: p.id }).run();
    const res = await s.post(`/admin/events/${ev.id}/send-ask`, { _csrf: await s.csrf() });
    expect(res.headers.get('location')).toBe(`/admin/events/${ev.id}?ok=asked&n=1`);
    expect(h.deps.db.select().from(outbox).where(eq(outbox.personId, p.id)).get()).toMatchObject({ template: 'ask', status: 'scheduled' });
  });

  it('retries a failed send: back to scheduled, queued, and sent by the worker', async () => {
    const id = seed.failedOutboxId;
    expect(h.deps.db.select().from(outbox).where(eq(outbox.id, id)).get()!.status).toBe('failed');
    // The failed job BullMQ still remembers under the same id must not swallow the retry.
    const old = await h.deps.queues!.send.add('send', { outboxId: id }, { jobId: jobIds.send(id) });
    await old.moveToFailed(new Error('simulated'), '0', false).catch(() => {});
    const list = await (await s.get('/admin/mail?status=failed')).text();
    expect(list).toContain(`action="/admin/mail/${id}/retry"`);
    const res = await s.post(`/admin/mail/${id}/retry`, { _csrf: await s.csrf(), back: '/admin/mail?status=failed' });
    expect(res.headers.get('location')).toBe('/admin/mail?status=failed&ok=retried');
    expect(h.deps.db.select().from(outbox).where(eq(outbox.id, id)).get()!.status).toBe('scheduled');
    await h.startWorkers();
    const sent = await waitFor(() => {
      const r = h.deps.db.select().from(outbox).where(eq(outbox.id, id)).get()!;
      return r.status === 'sent' ? r : null;
    }, 10_000, 'the retried send');
    expect(sent.sentAt).toBeInstanceOf(Date);
    // Only failed sends can be retried.
    expect((await s.post(`/admin/mail/${id}/retry`, { _csrf: await s.csrf() })).headers.get('location')).toContain('err=not-failed');
    const mail = await (await s.get('/admin/mail')).text();
    expect(mail).toContain('<td>send</td>');
  });

  it('logs out', async () => {
    const res = await s.post('/admin/logout', { _csrf: await s.csrf() });
    expect(res.headers.get('location')).toBe('/admin/login');
    expect(s.jar.has('ft_admin')).toBe(false);
    expect((await s.get('/admin')).status).toBe(303);
  });
});
