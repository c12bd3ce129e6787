// The admin view at /admin: sign-in, outcomes, events, people, the review queue and the mail; every change a POST with a CSRF token.
import { and, eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { raw } from 'hono/html';
import { Queue } from 'bullmq';
import { inboundById, personByEmail, personById, eventById, latestAttendance } from '../../db/queries.ts';
import { adminActions, commitments, inboundMessages, outbox, people, type CommitmentState } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { applyUnderstanding } from '../followup/apply.ts';
import { enqueueRows } from '../followup/outbox.ts';
import { unsubscribe } from '../followup/unsubscribe.ts';
import type { Attribution } from '../inbound/process.ts';
import { parseRaw, type ParsedMessage } from '../inbound/parse.ts';
import type { TokenContext } from '../inbound/reply-token.ts';
import { normalizeEmail } from '../intake/address.ts';
import { sendAsks } from '../intake/import.ts';
import { jobIds, withTimeout } from '../queues.ts';
import { understand } from '../understand/understand.ts';
import type { Understanding } from '../understand/types.ts';
import { adminAccess, checkLogin, createLoginLimiter, credentials, csrfToken, csrfValid, newNonce, readSession, sessionKey, signSession } from './auth.ts';
import { csvLine } from './csv.ts';
import {
  cityList,
  commitmentsFromMessage,
  eventAttendees,
  eventCommitments,
  eventExportRows,
  eventIntroductions,
  eventInvitations,
  eventItems,
  eventList,
  eventSummary,
  findPeople,
  formats,
  outboxPage,
  outboxStatusCounts,
  outcomes,
  PAGE_SIZE,
  pageOf,
  personActions,
  personCommitments,
  personDeliveryEvents,
  personEvents,
  personItems,
  personTimeline,
  repliesByWeek,
  reviewCount,
  reviewQueue,
  states,
  totalOf,
  unsubscribeReason,
  type CommitmentRow,
  type EventOutcome,
  type OutcomeFilter,
} from './queries.ts';
import { Badge, BarChart, Empty, fmtDay, fmtTime, Layout, Pager, pct, Post, StateChart, stateColor, Table, WeeksChart, type Shell } from './views.tsx';

type Env = { Variables: { user: string; csrf: string; form: Record<string, unknown> } };

const COOKIE = 'ft_admin';
const PRE_COOKIE = 'ft_admin_login';

// No script anywhere in the admin: the policy says so, and mail shows only inside the sandboxed preview.
const pageCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const previewCsp = "sandbox; default-src 'none'; img-src data: https:; style-src 'unsafe-inline'; frame-ancestors 'self'";

/** Fixed messages shown after a redirect: the query names one, so nothing a visitor types is echoed as a notice. */
const flashes: Record<string, (n: string | undefined) => string> = {
  asked: (n) => (n === '0' ? 'Everyone reachable had already been asked.' : `The ask is on its way to ${n} attendee${n === '1' ? '' : 's'}.`),
  kept: () => 'Marked kept.',
  dropped: () => 'Marked dropped.',
  pending: () => 'Back to pending.',
  saved: () => 'Saved.',
  created: () => 'Commitment added.',
  unsubscribed: () => 'Unsubscribed: nothing more will be sent to this address.',
  resubscribed: () => 'Resubscribed. Mail skipped while unsubscribed stays skipped.',
  unsuppressed: () => 'Suppression lifted.',
  attached: (n) => `Attached and applied${n && n !== '0' ? `; ${n} email${n === '1' ? '' : 's'} scheduled` : '; nothing was sent'}.`,
  dismissed: () => 'Dismissed.',
  retried: () => 'Queued again.',
};
const errors: Record<string, string> = {
  'no-person': 'No person has that address.',
  'note-needed': 'Write a note saying why.',
  'not-failed': 'Only a failed send can be retried.',
  'cannot-parse': 'The message cannot be parsed, so it cannot be applied: add a commitment by hand or dismiss it.',
  'already-attributed': 'This message already belongs to a person and was applied; fix its commitments instead.',
  'already-reviewed': 'Someone already dealt with this message.',
  'bad-input': 'Some of that was not valid.',
};

const intParam = (v: string | undefined) => (v && /^\d{1,12}$/.test(v) ? Number(v) : undefined);
const pageParam = (v: string | undefined) => Math.min(10_000, Math.max(1, intParam(v) ?? 1));
const str = (form: Record<string, unknown>, k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : '');

/** Only paths inside the admin are followed after a form: never another site. */
const safeBack = (v: string, fallback: string) => (/^\/admin(\/[^\\]*)?$/.test(v.split('?')[0]!) && !v.startsWith('//') && !/[\r\n]/.test(v) ? v : fallback);
const withFlash = (path: string, key: string, value: string, n?: number) => {
  const [p, q] = path.split('#')[0]!.split('?') as [string, string | undefined];
  const sp = new URLSearchParams(q);
  sp.delete('ok');
  sp.delete('err');
  sp.delete('n');
  sp.set(key, value);
  if (n !== undefined) sp.set('n', String(n));
  return `${p}?${sp}`;
};

export function adminRoutes(deps: Deps) {
  const { db, clock, log } = deps;
  const app = new Hono<Env>();
  const access = adminAccess(deps.env);
  if (access.mode === 'off') {
    log.warn('admin off', { reason: access.reason });
    app.all('*', (c) => c.json(new AppError('unavailable', access.reason).toJSON(), 503));
    return app;
  }
  const open = access.mode === 'open';
  if (open) log.warn('admin open without a password (development on a loopback address)');
  const key = sessionKey(deps.env);
  const creds = credentials(deps.env);
  const limiter = createLoginLimiter();
  const secure = deps.env.PUBLIC_URL.startsWith('https:');
  const openNonce = newNonce();
  const hours = deps.env.ADMIN_SESSION_HOURS;

  app.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    if (!c.res.headers.has('Content-Security-Policy')) {
      c.header('Content-Security-Policy', pageCsp);
      c.header('X-Frame-Options', 'DENY');
    }
  });

  const clientKey = (c: Context) => (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress ?? 'local';

  // A form POSTed from another site is refused even before the token is checked (browsers send Origin on POST).
  const foreignOrigin = (c: Context) => {
    const origin = c.req.header('origin');
    if (!origin || origin === 'null') return origin === 'null';
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return true;
    }
    return host !== c.req.header('host') && origin !== new URL(deps.env.PUBLIC_URL).origin;
  };

  const loginPage = (c: Context, opts: { error?: string; status?: 200 | 401 | 429; next?: string }) => {
    const nonce = newNonce();
    setCookie(c, PRE_COOKIE, nonce, { httpOnly: true, sameSite: 'Lax', path: '/admin', secure, maxAge: 3600 });
    const multi = creds.users.size > 1 || !creds.users.has('admin');
    return c.html(
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Log in · Followthrough admin</title>
          <LoginStyle />
        </head>
        <body>
          <main class="login">
            <h1>Followthrough admin</h1>
            {opts.error && <p class="flash err">{opts.error}</p>}
            <form method="post" action="/admin/login">
              <input type="hidden" name="_csrf" value={csrfToken(key, 'login|' + nonce)} />
              <input type="hidden" name="next" value={opts.next ?? '/admin'} />
              {multi && (
                <label>
                  Name
                  <input name="user" autocomplete="username" required />
                </label>
              )}
              <label>
                Password
                <input type="password" name="password" autocomplete="current-password" required autofocus />
              </label>
              <button class="primary" type="submit">
                Log in
              </button>
            </form>
          </main>
        </body>
      </html>,
      opts.status ?? 200,
    );
  };

  app.get('/login', (c) => (open ? c.redirect('/admin') : loginPage(c, { next: safeBack(c.req.query('next') ?? '', '/admin') })));

  app.post('/login', async (c) => {
    if (open) return c.redirect('/admin', 303);
    if (foreignOrigin(c)) throw new AppError('forbidden', 'cross-site request refused');
    const form = await c.req.parseBody();
    const pre = getCookie(c, PRE_COOKIE);
    if (!pre || !csrfValid(key, 'login|' + pre, form['_csrf'])) return loginPage(c, { error: 'The form expired; try again.', status: 401 });
    const who = clientKey(c);
    const now = clock.now().getTime();
    const wait = limiter.blockedFor(who, now);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      return loginPage(c, { error: `Too many failed attempts; try again in ${Math.ceil(wait / 60_000)} minutes.`, status: 429 });
    }
    const user = checkLogin(creds, str(form, 'user'), typeof form['password'] === 'string' ? form['password'] : '');
    if (!user) {
      limiter.fail(who, now);
      log.warn('admin login failed', { client: who });
      return loginPage(c, { error: 'Wrong name or password.', status: 401, next: str(form, 'next') });
    }
    limiter.succeed(who);
    const session = signSession(key, { user, expires: now + hours * 3600_000, nonce: newNonce() });
    setCookie(c, COOKIE, session, { httpOnly: true, sameSite: 'Lax', path: '/admin', secure, maxAge: Math.round(hours * 3600) });
    deleteCookie(c, PRE_COOKIE, { path: '/admin', secure });
    log.info('admin login', { user });
    return c.redirect(safeBack(str(form, 'next'), '/admin'), 303);
  });

  // Everything below needs a session; every POST also needs the session's CSRF token.
  app.use(async (c, next) => {
    let user: string;
    let nonce: string;
    if (open) {
      user = 'developer';
      nonce = openNonce;
    } else {
      const s = readSession(key, getCookie(c, COOKIE), clock.now());
      if (!s) {
        if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.redirect(`/admin/login?next=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`, 303);
        throw new AppError('unauthorized', 'log in first');
      }
      user = s.user;
      nonce = s.nonce;
    }
    c.set('user', user);
    c.set('csrf', csrfToken(key, nonce));
    if (c.req.method === 'POST') {
      if (foreignOrigin(c)) throw new AppError('forbidden', 'cross-site request refused');
      const form = await c.req.parseBody();
      if (!csrfValid(key, nonce, form['_csrf'])) throw new AppError('forbidden', 'missing or wrong CSRF token: reload the page and try again');
      c.set('form', form);
    }
    await next();
  });

  app.post('/logout', (c) => {
    deleteCookie(c, COOKIE, { path: '/admin', secure });
    return c.redirect('/admin/login', 303);
  });

  const shell = (c: Context<Env>): Shell => ({ user: c.var.user, csrf: c.var.csrf, open, reviewCount: reviewCount(db) });
  const flashOf = (c: Context) => {
    const ok = c.req.query('ok');
    const err = c.req.query('err');
    if (ok && flashes[ok]) return { text: flashes[ok]!(c.req.query('n')) };
    if (err && errors[err]) return { text: errors[err]!, error: true };
    return null;
  };
  const audit = (user: string, action: string, ids: { personId?: number | null; eventId?: number | null; commitmentId?: number | null; inboundId?: number | null; outboxId?: number | null }, note?: string | null) =>
    db.insert(adminActions).values({ at: clock.now(), user, action, note: note || null, ...ids }).run();

  // ---- Outcomes ----

  app.get('/', (c) => {
    const q = c.req.query();
    const filter: OutcomeFilter = {};
    const eventId = intParam(q.event);
    if (eventId !== undefined) filter.eventId = eventId;
    if (q.city) filter.city = q.city;
    if (q.format && (q.format === 'none' || (formats as readonly string[]).includes(q.format))) filter.format = q.format;
    if (q.state && (states as readonly string[]).includes(q.state)) filter.state = q.state as CommitmentState;
    const list = outcomes(db, filter);
    const evs = eventList(db);
    // Events nobody has committed at yet still belong in the table (unless a commitment filter is on).
    if (!filter.format && !filter.state) {
      const seen = new Set(list.map((o) => o.eventId));
      for (const e of evs) {
        if (seen.has(e.id) || (filter.eventId !== undefined && e.id !== filter.eventId) || (filter.city !== undefined && e.city !== filter.city)) continue;
        list.push({ eventId: e.id, eventName: e.name, city: e.city, date: e.date, counts: { pending: 0, kept: 0, dropped: 0, lapsed: 0 }, total: 0, keptRate: null, byFormat: {} });
      }
    }
    const total = totalOf(list);
    const weeks = repliesByWeek(db, { eventId: filter.eventId, city: filter.city });
    const page = pageParam(q.page);
    const shown = pageOf(list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE + 1), page);
    const rated = list.filter((o) => o.keptRate !== null).sort((a, b) => b.total - a.total).slice(0, 10);
    const formatBars = Object.entries(total.byFormat)
      .map(([f, cnt]) => ({ f, n: states.reduce((s, k) => s + cnt[k], 0) }))
      .sort((a, b) => b.n - a.n);
    const url = new URL(c.req.url);
    return c.html(
      <Layout title="Outcomes" shell={shell(c)} active="outcomes" flash={flashOf(c)}>
        <form class="filters" method="get" action="/admin">
          <label>
            Event
            <select name="event">
              <option value="">all events</option>
              {evs.map((e) => (
                <option value={String(e.id)} selected={filter.eventId === e.id}>
                  {`${e.name}${e.date ? ` (${e.date})` : ''}`}
                </option>
              ))}
            </select>
          </label>
          <label>
            City
            <select name="city">
              <option value="">all cities</option>
              {cityList(db).map((city) => (
                <option selected={filter.city === city}>{city}</option>
              ))}
            </select>
          </label>
          <label>
            Format
            <select name="format">
              <option value="">any format</option>
              {[...formats, 'none'].map((f) => (
                <option value={f} selected={filter.format === f}>
                  {f === 'none' ? 'no format' : f}
                </option>
              ))}
            </select>
          </label>
          <label>
            State
            <select name="state">
              <option value="">any state</option>
              {states.map((s) => (
                <option selected={filter.state === s}>{s}</option>
              ))}
            </select>
          </label>
          <button type="submit" class="primary">
            Filter
          </button>
          <a href="/admin" class="small">
            clear
          </a>
        </form>
        <div class="cards">
          <div class="card">
            commitments<b>{String(total.total)}</b>
          </div>
          {states.map((s) => (
            <div class="card" data-stat={s} style={`border-top:4px solid ${stateColor(s)}`}>
              {s}
              <b>{String(total.counts[s])}</b>
            </div>
          ))}
          <div class="card" title="kept ÷ (kept + dropped + lapsed)">
            kept rate<b>{pct(total.keptRate)}</b>
          </div>
        </div>
        <div class="charts">
          <section class="chart">
            <h3>Commitments by state</h3>
            <StateChart counts={total.counts} />
          </section>
          <section class="chart">
            <h3>Kept rate by event</h3>
            {rated.length ? (
              <BarChart label="kept rate by event" max={1} bars={rated.map((o) => ({ label: o.eventName, value: o.keptRate ?? 0, text: pct(o.keptRate), color: stateColor('kept') }))} />
            ) : (
              <Empty>No commitment has an outcome yet.</Empty>
            )}
          </section>
          <section class="chart">
            <h3>Formats chosen</h3>
            {formatBars.length ? (
              <BarChart label="commitments by format" bars={formatBars.map((b) => ({ label: b.f === 'none' ? 'no format' : b.f, value: b.n, text: String(b.n) }))} />
            ) : (
              <Empty>No commitments yet.</Empty>
            )}
          </section>
          <section class="chart">
            <h3>Replies over time since the event</h3>
            <WeeksChart weeks={weeks} />
          </section>
        </div>
        <h2>By event</h2>
        {shown.rows.length ? (
          <OutcomeTable rows={shown.rows} />
        ) : (
          <Empty>No events match.</Empty>
        )}
        <Pager page={shown.page} hasNext={shown.hasNext} url={url} />
        <p class="muted small">Kept rate: kept ÷ (kept + dropped + lapsed). Replies follow the event and city filters.</p>
      </Layout>,
    );
  });

  // ---- Event ----

  const loadEvent = (c: Context) => {
    const id = intParam(c.req.param('id'));
    const ev = id === undefined ? undefined : eventById(db, id);
    if (!ev) throw new AppError('not_found', 'no such event');
    return ev;
  };

  app.get('/events/:id', (c) => {
    const ev = loadEvent(c);
    const q = c.req.query();
    const url = new URL(c.req.url);
    const sum = eventSummary(db, ev.id);
    const counts = outcomes(db, { eventId: ev.id })[0];
    const repliedFilter = q.replied === 'yes' ? true : q.replied === 'no' ? false : undefined;
    const att = eventAttendees(db, ev.id, pageParam(q.ap), { replied: repliedFilter });
    const stateFilter = (states as readonly string[]).includes(q.state ?? '') ? (q.state as CommitmentState) : undefined;
    const coms = eventCommitments(db, ev.id, pageParam(q.cp), stateFilter);
    const offers = eventItems(db, ev.id, 'offer', pageParam(q.op));
    const needs = eventItems(db, ev.id, 'need', pageParam(q.np));
    const wishes = eventItems(db, ev.id, 'wish', pageParam(q.wp));
    const inv = eventInvitations(db, ev.id, pageParam(q.ip));
    const intro = eventIntroductions(db, ev.id, pageParam(q.tp));
    const notAsked = sum.attendees - sum.asked;
    const here = url.pathname + url.search;
    return c.html(
      <Layout title={ev.name} shell={shell(c)} active="outcomes" flash={flashOf(c)}>
        <p class="muted">{[ev.city, ev.date, ev.timezone, ev.organizerEmail && `organizer ${ev.organizerEmail}`].filter(Boolean).join(' · ')}</p>
        <div class="cards">
          <div class="card">
            attendees<b>{String(sum.attendees)}</b>
          </div>
          <div class="card">
            asked<b>{String(sum.asked)}</b>
          </div>
          <div class="card">
            replied<b>{String(sum.replied)}</b>
          </div>
          {states.map((s) => (
            <div class="card" style={`border-top:4px solid ${stateColor(s)}`}>
              {s}
              <b>{String(counts?.counts[s] ?? 0)}</b>
            </div>
          ))}
        </div>
        <div class="actions">
          <Post action={`/admin/events/${ev.id}/send-ask`} csrf={c.var.csrf}>
            <button type="submit" class="primary" disabled={notAsked === 0}>
              {notAsked ? `Send the ask (${notAsked} not asked yet)` : 'Everyone has been asked'}
            </button>
          </Post>
          <a class="button" href={`/admin/events/${ev.id}/export.csv`}>
            Export CSV
          </a>
          <a class="button" href={`/admin?event=${ev.id}`}>
            Outcomes chart
          </a>
        </div>

        <h2 id="attendees">Attendees</h2>
        <p class="small">
          Show: <a href={`/admin/events/${ev.id}#attendees`}>all</a> · <a href={`/admin/events/${ev.id}?replied=yes#attendees`}>replied</a> ·{' '}
          <a href={`/admin/events/${ev.id}?replied=no#attendees`}>not replied</a>
        </p>
        {att.rows.length ? (
          <Table head={['name', 'email', 'asked', 'replied', ['commitments', 'num'], 'mail']}>
            {att.rows.map((a) => (
              <tr>
                <td>
                  <a href={`/admin/people/${a.personId}`}>{a.name || '(no name)'}</a>
                </td>
                <td>{a.email}</td>
                <td>{fmtDay(a.askedAt)}</td>
                <td>{a.repliedAt ? fmtDay(a.repliedAt) : <span class="muted">no</span>}</td>
                <td class="num">{String(a.commitments)}</td>
                <td>{a.suppressedAt ? <Badge v="failed" /> : a.unsubscribedAt ? <span class="badge dropped">unsubscribed</span> : ''}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <Empty>No attendees{repliedFilter === undefined ? '' : ' match'}.</Empty>
        )}
        <Pager page={att.page} hasNext={att.hasNext} url={url} param="ap" />

        <h2 id="commitments">Commitments</h2>
        <p class="small">
          State: <a href={`/admin/events/${ev.id}#commitments`}>all</a>
          {states.map((s) => (
            <>
              {' · '}
              <a href={`/admin/events/${ev.id}?state=${s}#commitments`}>{s}</a>
            </>
          ))}
        </p>
        <CommitmentTable rows={coms.rows} csrf={c.var.csrf} back={here} showPerson />
        <Pager page={coms.page} hasNext={coms.hasNext} url={url} param="cp" />

        <div class="grid2">
          {(
            [
              ['Offers', offers, 'op'],
              ['Needs', needs, 'np'],
              ['Wishes', wishes, 'wp'],
            ] as const
          ).map(([title, list, param]) => (
            <section>
              <h2>{title}</h2>
              {list.rows.length ? (
                <ul>
                  {list.rows.map((i) => (
                    <li>
                      {i.text} <span class="muted small">— <a href={`/admin/people/${i.personId}`}>{i.name || i.email}</a></span>
                    </li>
                  ))}
                </ul>
              ) : (
                <Empty>None yet.</Empty>
              )}
              <Pager page={list.page} hasNext={list.hasNext} url={url} param={param} />
            </section>
          ))}
        </div>

        <h2>Invitations and RSVPs</h2>
        {inv.rows.length ? (
          <Table head={['host', 'what', 'guest', 'RSVP', 'answered']}>
            {inv.rows.map((v) => (
              <tr>
                <td>
                  <a href={`/admin/people/${v.hostId}`}>{v.host}</a>
                </td>
                <td>{v.action}</td>
                <td>
                  <a href={`/admin/people/${v.guestId}`}>{v.guest}</a>
                </td>
                <td>
                  <Badge v={v.status} />
                </td>
                <td>{fmtDay(v.respondedAt)}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <Empty>No invitations yet.</Empty>
        )}
        <Pager page={inv.page} hasNext={inv.hasNext} url={url} param="ip" />

        <h2>Introductions</h2>
        {intro.rows.length ? (
          <Table head={['needs', 'offers', 'why', 'status']}>
            {intro.rows.map((t) => (
              <tr>
                <td>
                  <a href={`/admin/people/${t.needPersonId}`}>{t.needPerson}</a>: {t.need}
                </td>
                <td>
                  <a href={`/admin/people/${t.offerPersonId}`}>{t.offerPerson}</a>: {t.offer}
                </td>
                <td>{t.reason}</td>
                <td>
                  <Badge v={t.status} />
                </td>
              </tr>
            ))}
          </Table>
        ) : (
          <Empty>No introductions yet.</Empty>
        )}
        <Pager page={intro.page} hasNext={intro.hasNext} url={url} param="tp" />
      </Layout>,
    );
  });

  app.post('/events/:id/send-ask', async (c) => {
    const ev = loadEvent(c);
    const n = await sendAsks(deps, ev.id);
    audit(c.var.user, 'send-ask', { eventId: ev.id }, `${n} asked`);
    return c.redirect(withFlash(`/admin/events/${ev.id}`, 'ok', 'asked', n), 303);
  });

  app.get('/events/:id/export.csv', (c) => {
    const ev = loadEvent(c);
    let out = csvLine(['name', 'email', 'asked', 'replied', 'kind', 'text', 'format', 'due', 'state']);
    for (const r of eventExportRows(db, ev.id)) out += csvLine([r.name, r.email, fmtDay(r.askedAt), fmtDay(r.repliedAt), r.kind, r.text, r.format, r.due, r.state]);
    const file = `${ev.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'event'}-${ev.id}.csv`;
    return c.body('\ufeff' + out, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${file}"` });
  });

  // ---- People ----

  app.get('/people', (c) => {
    const q = c.req.query('q') ?? '';
    const url = new URL(c.req.url);
    const found = q.trim() ? findPeople(db, q, pageParam(c.req.query('page'))) : null;
    return c.html(
      <Layout title="People" shell={shell(c)} active="people" flash={flashOf(c)}>
        <form class="filters" method="get" action="/admin/people">
          <label>
            Address or name
            <input name="q" value={q} type="search" placeholder="ana@example.org" />
          </label>
          <button type="submit" class="primary">
            Find
          </button>
        </form>
        {found &&
          (found.rows.length ? (
            <Table head={['name', 'email', 'mail']}>
              {found.rows.map((p) => (
                <tr>
                  <td>
                    <a href={`/admin/people/${p.id}`}>{p.name || '(no name)'}</a>
                  </td>
                  <td>{p.email}</td>
                  <td>{p.suppressedAt ? 'suppressed' : p.unsubscribedAt ? 'unsubscribed' : ''}</td>
                </tr>
              ))}
            </Table>
          ) : (
            <Empty>Nobody matches.</Empty>
          ))}
        {found && <Pager page={found.page} hasNext={found.hasNext} url={url} />}
      </Layout>,
    );
  });

  const loadPerson = (c: Context) => {
    const id = intParam(c.req.param('id'));
    const p = id === undefined ? undefined : personById(db, id);
    if (!p) throw new AppError('not_found', 'no such person');
    return p;
  };

  app.get('/people/:id', (c) => {
    const p = loadPerson(c);
    const url = new URL(c.req.url);
    const here = url.pathname + url.search;
    const evs = personEvents(db, p.id);
    const coms = personCommitments(db, p.id);
    const its = personItems(db, p.id);
    const tl = personTimeline(db, p.id, pageParam(c.req.query('page')));
    const dels = personDeliveryEvents(db, p.id);
    const acts = personActions(db, p.id);
    const csrf = c.var.csrf;
    return c.html(
      <Layout title={p.name || p.email} shell={shell(c)} active="people" flash={flashOf(c)}>
        <p>
          {p.email}
          {p.timezone ? <span class="muted"> · {p.timezone}</span> : null}
        </p>
        <section class="card">
          <b class="small" style="font-size:1rem">
            {p.suppressedAt ? 'Suppressed' : p.unsubscribedAt ? 'Unsubscribed' : 'Receiving mail'}
          </b>
          {p.suppressedAt && (
            <p class="small">
              Since {fmtTime(p.suppressedAt.getTime())}: {p.suppressionReason || 'bounced'}.
            </p>
          )}
          {p.unsubscribedAt && (
            <p class="small">
              Unsubscribed {fmtTime(p.unsubscribedAt.getTime())}: {unsubscribeReason(db, p.id) ?? 'reason not recorded'}.
            </p>
          )}
          {p.softBounces > 0 && <p class="small muted">{`${p.softBounces} soft bounce${p.softBounces === 1 ? '' : 's'}`}</p>}
          <div class="actions">
            {!p.unsubscribedAt ? (
              <Post action={`/admin/people/${p.id}/unsubscribe`} csrf={csrf} class="actions">
                <input name="note" placeholder="why (optional)" aria-label="why" />
                <button type="submit" class="danger">
                  Unsubscribe
                </button>
              </Post>
            ) : (
              <Post action={`/admin/people/${p.id}/resubscribe`} csrf={csrf} class="actions">
                <input name="note" placeholder="why (required)" aria-label="why" required />
                <button type="submit">Resubscribe</button>
              </Post>
            )}
            {p.suppressedAt && (
              <Post action={`/admin/people/${p.id}/unsuppress`} csrf={csrf} class="actions">
                <input name="note" placeholder="why (required)" aria-label="why" required />
                <button type="submit">Lift suppression</button>
              </Post>
            )}
          </div>
        </section>

        <h2>Events</h2>
        {evs.length ? (
          <ul>
            {evs.map((e) => (
              <li>
                <a href={`/admin/events/${e.id}`}>{e.name}</a> <span class="muted small">{[e.city, e.date].filter(Boolean).join(', ')}</span>
                {e.repliedAt ? <span class="small"> · replied {fmtDay(e.repliedAt)}</span> : e.askedAt ? <span class="small muted"> · asked, no reply</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>Not at any event.</Empty>
        )}

        <h2>Commitments</h2>
        <CommitmentTable rows={coms} csrf={csrf} back={here} editable />
        <details>
          <summary class="small">Add a commitment by hand</summary>
          <NewCommitment csrf={csrf} back={here} personEmail={p.email} />
        </details>

        {its.length > 0 && (
          <>
            <h2>Offers, needs and wishes</h2>
            <ul>
              {its.map((i) => (
                <li>
                  <span class="muted small">{i.kind}:</span> {i.text}
                </li>
              ))}
            </ul>
          </>
        )}

        <h2 id="timeline">Messages in and out</h2>
        {tl.rows.length ? (
          <Table head={['when', '', 'subject', 'what', 'status']} stack>
            {tl.rows.map((m) => (
              <tr>
                <td class="small">{fmtTime(m.at)}</td>
                <td>{m.dir === 'in' ? '← in' : '→ out'}</td>
                <td>
                  {m.dir === 'out' ? <a href={`/admin/mail/${m.id}`}>{m.subject || '(no subject)'}</a> : m.subject || '(no subject)'}
                  {m.detail && m.dir === 'in' && <pre class="mail">{m.detail.length > 600 ? m.detail.slice(0, 600) + '…' : m.detail}</pre>}
                </td>
                <td class="small">{m.what}</td>
                <td>
                  <Badge v={m.status} />
                  {m.detail && m.dir === 'out' && <div class="small muted">{m.detail}</div>}
                </td>
              </tr>
            ))}
          </Table>
        ) : (
          <Empty>No messages yet.</Empty>
        )}
        <Pager page={tl.page} hasNext={tl.hasNext} url={url} />

        {dels.length > 0 && (
          <>
            <h2>Delivery reports</h2>
            <ul class="small">
              {dels.map((d) => (
                <li>
                  {fmtTime(d.at)} {d.kind} ({d.type}){d.detail ? `: ${d.detail}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
        {acts.length > 0 && (
          <>
            <h2>Organizer actions</h2>
            <ul class="small">
              {acts.map((a) => (
                <li>
                  {fmtTime(a.at)} {a.user}: {a.action}
                  {a.note ? ` — ${a.note}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </Layout>,
    );
  });

  app.post('/people/:id/unsubscribe', (c) => {
    const p = loadPerson(c);
    const note = str(c.var.form, 'note');
    db.transaction(() => {
      unsubscribe(db, p.id, clock.now(), `unsubscribed by an organizer${note ? `: ${note}` : ''}`);
      audit(c.var.user, 'unsubscribe', { personId: p.id }, note);
    });
    return c.redirect(withFlash(`/admin/people/${p.id}`, 'ok', 'unsubscribed'), 303);
  });

  app.post('/people/:id/resubscribe', (c) => {
    const p = loadPerson(c);
    const note = str(c.var.form, 'note');
    if (!note) return c.redirect(withFlash(`/admin/people/${p.id}`, 'err', 'note-needed'), 303);
    db.transaction(() => {
      db.update(people).set({ unsubscribedAt: null }).where(eq(people.id, p.id)).run();
      audit(c.var.user, 'resubscribe', { personId: p.id }, note);
    });
    return c.redirect(withFlash(`/admin/people/${p.id}`, 'ok', 'resubscribed'), 303);
  });

  app.post('/people/:id/unsuppress', (c) => {
    const p = loadPerson(c);
    const note = str(c.var.form, 'note');
    if (!note) return c.redirect(withFlash(`/admin/people/${p.id}`, 'err', 'note-needed'), 303);
    db.transaction(() => {
      db.update(people).set({ suppressedAt: null, suppressionReason: null, softBounces: 0 }).where(eq(people.id, p.id)).run();
      audit(c.var.user, 'unsuppress', { personId: p.id }, note);
    });
    return c.redirect(withFlash(`/admin/people/${p.id}`, 'ok', 'unsuppressed'), 303);
  });

  // ---- Commitments (by hand) ----

  const commitmentFields = (form: Record<string, unknown>) => {
    const action = str(form, 'action').slice(0, 500);
    const format = str(form, 'format');
    const due = str(form, 'due');
    if (!action || (format && !(formats as readonly string[]).includes(format)) || (due && !/^\d{4}-\d{2}-\d{2}$/.test(due))) return null;
    return { action, format: format || null, dueStart: due || null, dueEnd: due || null };
  };

  app.post('/commitments', (c) => {
    const form = c.var.form;
    const back = safeBack(str(form, 'back'), '/admin');
    const fields = commitmentFields(form);
    if (!fields) return c.redirect(withFlash(back, 'err', 'bad-input'), 303);
    const email = normalizeEmail(str(form, 'person'));
    const p = email ? personByEmail(db, email) : undefined;
    if (!p) return c.redirect(withFlash(back, 'err', 'no-person'), 303);
    const inboundId = intParam(str(form, 'inbound'));
    const src = inboundId === undefined ? undefined : inboundById(db, inboundId);
    const eventId = latestAttendance(db, p.id)?.event.id ?? null;
    db.transaction(() => {
      const made = db
        .insert(commitments)
        .values({ personId: p.id, eventId, sourceMessageId: src?.id ?? null, sentence: str(form, 'sentence') || fields.action, ...fields })
        .returning({ id: commitments.id })
        .get();
      audit(c.var.user, 'add-commitment', { personId: p.id, eventId, commitmentId: made.id, inboundId: src?.id ?? null }, fields.action);
    });
    return c.redirect(withFlash(back, 'ok', 'created'), 303);
  });

  const loadCommitment = (c: Context) => {
    const id = intParam(c.req.param('id'));
    const row = id === undefined ? undefined : db.select().from(commitments).where(eq(commitments.id, id)).get();
    if (!row) throw new AppError('not_found', 'no such commitment');
    return row;
  };

  app.post('/commitments/:id', (c) => {
    const row = loadCommitment(c);
    const back = safeBack(str(c.var.form, 'back'), `/admin/people/${row.personId}`);
    const fields = commitmentFields(c.var.form);
    if (!fields) return c.redirect(withFlash(back, 'err', 'bad-input'), 303);
    db.transaction(() => {
      db.update(commitments).set(fields).where(eq(commitments.id, row.id)).run();
      audit(c.var.user, 'fix-commitment', { personId: row.personId, commitmentId: row.id }, `${row.action} → ${fields.action}${fields.dueEnd ? ` (due ${fields.dueEnd})` : ''}`);
    });
    return c.redirect(withFlash(back, 'ok', 'saved'), 303);
  });

  app.post('/commitments/:id/state', (c) => {
    const row = loadCommitment(c);
    const state = str(c.var.form, 'state');
    const back = safeBack(str(c.var.form, 'back'), `/admin/people/${row.personId}`);
    if (state !== 'kept' && state !== 'dropped' && state !== 'pending') return c.redirect(withFlash(back, 'err', 'bad-input'), 303);
    db.transaction(() => {
      // No message changed it: stateMessageId stays null, and the action log says who did.
      db.update(commitments).set({ state, stateChangedAt: clock.now(), stateMessageId: null }).where(eq(commitments.id, row.id)).run();
      audit(c.var.user, `mark-${state}`, { personId: row.personId, commitmentId: row.id }, str(c.var.form, 'note'));
    });
    return c.redirect(withFlash(back, 'ok', state), 303);
  });

  // ---- Review ----

  app.get('/review', (c) => {
    const url = new URL(c.req.url);
    const here = url.pathname + url.search;
    const list = reviewQueue(db, pageParam(c.req.query('page')));
    const csrf = c.var.csrf;
    return c.html(
      <Layout title="Review" shell={shell(c)} active="review" flash={flashOf(c)}>
        <p class="muted small">Messages the service did not understand, could not attribute, failed on, or read with low confidence. Nothing is sent to anyone from here unless you tick the box that says so.</p>
        {list.rows.length === 0 && <Empty>Nothing to review.</Empty>}
        {list.rows.map((m) => {
          const u = understandingOf(m.understanding);
          const canAttach = m.status === 'processed' && m.kind === 'reply' && (m.personId === null || m.attribution === 'none' || m.attribution === 'forward');
          const made = commitmentsFromMessage(db, m.id);
          return (
            <article class="review" id={`m${m.id}`}>
              <h3>{m.subject || '(no subject)'}</h3>
              <p class="small muted">
                {fmtTime(m.receivedAt)} · from {m.fromAddress || 'unknown'}
                {m.personId ? (
                  <>
                    {' · '}
                    <a href={`/admin/people/${m.personId}`}>{m.personEmail}</a>
                  </>
                ) : null}
                {` · ${m.status}${m.kind ? ` / ${m.kind}` : ''}${m.attribution ? ` / attribution ${m.attribution}` : ''}`}
              </p>
              <p>
                <b>Why: </b>
                {reasonOf(m)}
              </p>
              {m.visibleReply ? <pre class="mail">{m.visibleReply}</pre> : <p class="muted small">No visible reply text.</p>}
              {u && (
                <details>
                  <summary class="small">What the service read</summary>
                  <ul class="small">
                    {u.command && <li>command: {u.command}</li>}
                    {u.commitments.map((k) => (
                      <li>
                        commitment: {k.action}
                        {k.due ? ` (due ${k.due.end})` : ''}
                        {k.format ? ` [${k.format}]` : ''}
                      </li>
                    ))}
                    {u.offers.map((i) => (
                      <li>offer: {i.text}</li>
                    ))}
                    {u.needs.map((i) => (
                      <li>need: {i.text}</li>
                    ))}
                    {u.wishes.map((i) => (
                      <li>wish: {i.text}</li>
                    ))}
                    <li>confidence {u.confidence.toFixed(2)}{u.notes.length ? `: ${u.notes.join('; ')}` : ''}</li>
                  </ul>
                </details>
              )}
              {made.length > 0 && (
                <>
                  <p class="small">
                    <b>Commitments made from it</b> (fix them here):
                  </p>
                  <CommitmentTable rows={made} csrf={csrf} back={here} editable />
                </>
              )}
              <div class="grid2">
                {canAttach && (
                  <Post action={`/admin/review/${m.id}/attach`} csrf={csrf}>
                    <label>
                      Attach to the person with address
                      <input name="person" type="email" required value={m.personEmail ?? m.fromAddress ?? ''} />
                    </label>
                    <label class="inline small">
                      <input type="checkbox" name="send" value="yes" /> send them the usual confirmation (and later the letter)
                    </label>
                    <button type="submit" class="primary">
                      Attach and apply
                    </button>
                  </Post>
                )}
                <details>
                  <summary class="small">Add a commitment by hand</summary>
                  <NewCommitment csrf={csrf} back={here} personEmail={m.personEmail ?? m.fromAddress ?? ''} inboundId={m.id} />
                </details>
                <Post action={`/admin/review/${m.id}/dismiss`} csrf={csrf} class="actions">
                  <input name="note" placeholder="note (optional)" aria-label="note" />
                  <button type="submit">Dismiss</button>
                </Post>
              </div>
            </article>
          );
        })}
        <Pager page={list.page} hasNext={list.hasNext} url={url} />
      </Layout>,
    );
  });

  const loadInbound = (c: Context) => {
    const id = intParam(c.req.param('id'));
    const row = id === undefined ? undefined : inboundById(db, id);
    if (!row) throw new AppError('not_found', 'no such message');
    return row;
  };

  app.post('/review/:id/dismiss', (c) => {
    const row = loadInbound(c);
    const note = str(c.var.form, 'note');
    db.transaction(() => {
      db.update(inboundMessages).set({ reviewedAt: clock.now(), reviewedBy: c.var.user, reviewNote: note || 'dismissed' }).where(eq(inboundMessages.id, row.id)).run();
      audit(c.var.user, 'dismiss', { inboundId: row.id, personId: row.personId }, note);
    });
    return c.redirect(withFlash('/admin/review', 'ok', 'dismissed'), 303);
  });

  /**
   * Attach: the pipeline's own apply step, run for the person the organizer names. The mail it
   * would cause goes out only when the organizer ticked "send"; otherwise those rows are cancelled.
   */
  app.post('/review/:id/attach', async (c) => {
    const row = loadInbound(c);
    const form = c.var.form;
    if (row.reviewedAt) return c.redirect(withFlash('/admin/review', 'err', 'already-reviewed'), 303);
    if (row.personId !== null && row.attribution !== 'none' && row.attribution !== 'forward') return c.redirect(withFlash('/admin/review', 'err', 'already-attributed'), 303);
    const email = normalizeEmail(str(form, 'person'));
    const p = email ? personByEmail(db, email) : undefined;
    if (!p) return c.redirect(withFlash('/admin/review', 'err', 'no-person'), 303);
    let parsed: ParsedMessage;
    try {
      parsed = await (deps.parseMail ?? parseRaw)(row.raw);
    } catch {
      return c.redirect(withFlash('/admin/review', 'err', 'cannot-parse'), 303);
    }
    const a: Attribution = { how: 'sender', personId: p.id, context: (row.context as TokenContext | null) ?? null, refId: row.refId };
    const u =
      understandingOf(row.understanding) ??
      understand({ text: parsed.text, html: parsed.html, received: parsed.date ?? row.receivedAt, timezone: p.timezone ?? 'UTC', context: 'ask' });
    const send = form['send'] === 'yes';
    const now = clock.now();
    const rows = db.transaction(() => {
      const fresh = inboundById(db, row.id);
      if (!fresh || fresh.reviewedAt) return null;
      const result = applyUnderstanding(db, deps, { inbound: fresh, parsed, attribution: a, understanding: u });
      db.update(inboundMessages)
        .set({ personId: p.id, attribution: 'admin', understanding: u, visibleReply: fresh.visibleReply ?? u.reply, reviewedAt: now, reviewedBy: c.var.user, reviewNote: `attached to ${p.email}` })
        .where(eq(inboundMessages.id, row.id))
        .run();
      if (!send) {
        for (const o of result.outbox) {
          db.update(outbox)
            .set({ status: 'cancelled', statusReason: 'attached in the admin without sending' })
            .where(and(eq(outbox.id, o.id), eq(outbox.status, 'scheduled')))
            .run();
        }
      }
      audit(c.var.user, 'attach', { inboundId: row.id, personId: p.id }, send ? 'with mail' : 'without mail');
      return send ? result.outbox : [];
    });
    if (rows === null) return c.redirect(withFlash('/admin/review', 'err', 'already-reviewed'), 303);
    await enqueueRows(deps, rows);
    return c.redirect(withFlash('/admin/review', 'ok', 'attached', rows.length), 303);
  });

  // ---- Mail ----

  app.get('/mail', async (c) => {
    const url = new URL(c.req.url);
    const status = c.req.query('status');
    const valid = ['scheduled', 'sending', 'sent', 'skipped', 'failed', 'cancelled'];
    const st = status && valid.includes(status) ? status : undefined;
    const list = outboxPage(db, pageParam(c.req.query('page')), st);
    const counts = outboxStatusCounts(db);
    const health = await queueHealth(deps);
    return c.html(
      <Layout title="Mail" shell={shell(c)} active="mail" flash={flashOf(c)}>
        <p class="small">
          <a href="/admin/mail">all</a>
          {valid.map((s) => (
            <>
              {' · '}
              {s === st ? <b>{s}</b> : <a href={`/admin/mail?status=${s}`}>{s}</a>} <span class="muted">{String(counts[s] ?? 0)}</span>
            </>
          ))}
        </p>
        {list.rows.length ? (
          <Table head={['send at', 'to', 'subject', 'template', 'status', '']} stack>
            {list.rows.map((o) => (
              <tr>
                <td class="small">{fmtTime(o.sentAt ?? o.sendAt)}</td>
                <td>{o.personId ? <a href={`/admin/people/${o.personId}`}>{o.toAddress}</a> : o.toAddress}</td>
                <td>
                  <a href={`/admin/mail/${o.id}`}>{o.subject}</a>
                </td>
                <td class="small">{o.template}</td>
                <td>
                  <Badge v={o.status} />
                  {(o.statusReason || o.lastError) && <div class="small muted">{o.statusReason || o.lastError}</div>}
                </td>
                <td>
                  {o.status === 'failed' && (
                    <Post action={`/admin/mail/${o.id}/retry`} csrf={c.var.csrf}>
                      <input type="hidden" name="back" value={url.pathname + url.search} />
                      <button type="submit">Retry</button>
                    </Post>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        ) : (
          <Empty>No mail{st ? ` ${st}` : ''}.</Empty>
        )}
        <Pager page={list.page} hasNext={list.hasNext} url={url} />
        <h2>Queues</h2>
        {health === null ? (
          <Empty>No Redis in this process: scheduled rows are queued by the reconciler when workers start.</Empty>
        ) : (
          <Table head={['queue', ['waiting', 'num'], ['active', 'num'], ['delayed', 'num'], ['failed', 'num'], ['completed', 'num'], ['paused', 'num']]}>
            {health.map((q) => (
              <tr>
                <td>{q.name}</td>
                {q.error ? (
                  <td colspan={6} class="muted">
                    {q.error}
                  </td>
                ) : (
                  (['waiting', 'active', 'delayed', 'failed', 'completed', 'paused'] as const).map((k) => <td class="num">{String(q.counts?.[k] ?? 0)}</td>)
                )}
              </tr>
            ))}
          </Table>
        )}
      </Layout>,
    );
  });

  const loadOutbox = (c: Context) => {
    const id = intParam(c.req.param('id'));
    const row = id === undefined ? undefined : db.select().from(outbox).where(eq(outbox.id, id)).get();
    if (!row) throw new AppError('not_found', 'no such mail');
    return row;
  };

  const renderRow = (row: typeof outbox.$inferSelect) => {
    try {
      // The preview's unsubscribe link goes nowhere: a click inside the frame must never unsubscribe anyone.
      return deps.renderer.render(row.template, { ...row.payload, unsubscribeUrl: `${deps.env.PUBLIC_URL.replace(/\/$/, '')}/u/preview`, publicUrl: deps.env.PUBLIC_URL });
    } catch (err) {
      return { subject: row.subject, html: '', text: `(cannot render: ${(err as Error).message})` };
    }
  };

  app.get('/mail/:id', (c) => {
    const row = loadOutbox(c);
    const r = renderRow(row);
    return c.html(
      <Layout title={row.subject} shell={shell(c)} active="mail" flash={flashOf(c)}>
        <p class="small">
          to {row.personId ? <a href={`/admin/people/${row.personId}`}>{row.toAddress}</a> : row.toAddress} · {row.template} · send at {fmtTime(row.sendAt.getTime())}
          {row.sentAt && ` · sent ${fmtTime(row.sentAt.getTime())}`} · <Badge v={row.status} /> · {`${row.attempts} attempt${row.attempts === 1 ? '' : 's'}`}
        </p>
        {(row.statusReason || row.lastError) && <p class="small muted">{[row.statusReason, row.lastError].filter(Boolean).join(' · ')}</p>}
        {row.status === 'failed' && (
          <Post action={`/admin/mail/${row.id}/retry`} csrf={c.var.csrf}>
            <input type="hidden" name="back" value={`/admin/mail/${row.id}`} />
            <button type="submit" class="primary">
              Retry this send
            </button>
          </Post>
        )}
        <h2>As it reads</h2>
        <iframe class="preview" sandbox="" src={`/admin/mail/${row.id}/preview`} title="the rendered message" referrerpolicy="no-referrer"></iframe>
        <details>
          <summary class="small">Plain-text version</summary>
          <pre class="mail">{r.text}</pre>
        </details>
      </Layout>,
    );
  });

  // The message's own HTML, served alone under a sandbox policy: no script, no forms, no requests but images.
  app.get('/mail/:id/preview', (c) => {
    const row = loadOutbox(c);
    const r = renderRow(row);
    c.header('Content-Security-Policy', previewCsp);
    c.header('X-Frame-Options', 'SAMEORIGIN');
    return c.body(r.html || '<p>(no HTML version)</p>', 200, { 'Content-Type': 'text/html; charset=utf-8' });
  });

  app.post('/mail/:id/retry', async (c) => {
    const row = loadOutbox(c);
    const back = safeBack(str(c.var.form, 'back'), `/admin/mail/${row.id}`);
    if (row.status !== 'failed') return c.redirect(withFlash(back, 'err', 'not-failed'), 303);
    const updated = db
      .update(outbox)
      .set({ status: 'scheduled', sendAt: clock.now(), statusReason: `retried by ${c.var.user}` })
      .where(and(eq(outbox.id, row.id), eq(outbox.status, 'failed')))
      .returning()
      .get();
    if (!updated) return c.redirect(withFlash(back, 'err', 'not-failed'), 303);
    audit(c.var.user, 'retry', { outboxId: row.id, personId: row.personId }, row.lastError);
    // The failed job keeps its id in BullMQ for a while; adding the same id again would be a no-op.
    if (deps.queues) {
      try {
        const job = await withTimeout(deps.queues.send.getJob(jobIds.send(row.id)), 1_000);
        if (job) {
          const state = await withTimeout(job.getState(), 1_000);
          if (state === 'failed' || state === 'completed') await withTimeout(job.remove(), 1_000);
        }
      } catch (err) {
        log.warn('could not clear the old send job; the reconciler will queue the row', { outboxId: row.id, err: String(err) });
      }
    }
    await enqueueRows(deps, [updated]);
    return c.redirect(withFlash(back, 'ok', 'retried'), 303);
  });

  return app;
}

const LoginStyle = () => (
  <style>{raw(`body{margin:0;font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Noto Sans","Liberation Sans","DejaVu Sans",Arial,sans-serif;color:#1d2128}
.login{max-width:22rem;margin:10vh auto;padding:1.2rem;border:1px solid #dde1e6;border-radius:10px}
.login h1{font-size:1.3rem;margin:0 0 1rem}.login form{display:flex;flex-direction:column;gap:.8rem}
label{display:flex;flex-direction:column;font-size:.9rem;gap:.2rem}
input{font:inherit;padding:.45rem .5rem;border:1px solid #b9c0ca;border-radius:5px}
button{font:inherit;padding:.5rem;border-radius:5px;border:1px solid #1f5fbf;background:#1f5fbf;color:#fff;cursor:pointer}
.flash.err{padding:.5rem .7rem;border-radius:6px;background:#fbeaea;border:1px solid #eab8b6}`)}</style>
);

const OutcomeTable = ({ rows }: { rows: EventOutcome[] }) => (
  <Table head={['event', 'city', 'date', ['total', 'num'], ['kept', 'num'], ['pending', 'num'], ['dropped', 'num'], ['lapsed', 'num'], ['kept rate', 'num']]}>
    {rows.map((o) => (
      <tr>
        <td>{o.eventId === null ? o.eventName : <a href={`/admin/events/${o.eventId}`}>{o.eventName}</a>}</td>
        <td>{o.city ?? ''}</td>
        <td class="small">{o.date ?? ''}</td>
        <td class="num">{String(o.total)}</td>
        <td class="num">{String(o.counts.kept)}</td>
        <td class="num">{String(o.counts.pending)}</td>
        <td class="num">{String(o.counts.dropped)}</td>
        <td class="num">{String(o.counts.lapsed)}</td>
        <td class="num">{pct(o.keptRate)}</td>
      </tr>
    ))}
  </Table>
);

const CommitmentTable = ({ rows, csrf, back, showPerson, editable }: { rows: CommitmentRow[]; csrf: string; back: string; showPerson?: boolean; editable?: boolean }) =>
  rows.length ? (
    <Table head={[...(showPerson ? ['who'] : []), 'commitment', 'due', 'state', '']} stack>
      {rows.map((k) => (
        <tr id={`c${k.id}`}>
          {showPerson && (
            <td>
              <a href={`/admin/people/${k.personId}`}>{k.name || k.email}</a>
            </td>
          )}
          <td>
            {k.action}
            {k.format && <span class="muted small"> [{k.format}]</span>}
            {k.sentence !== k.action && <div class="small muted">“{k.sentence}”</div>}
            {!showPerson && k.eventName && <div class="small muted">{k.eventName}</div>}
            {editable && (
              <details>
                <summary class="small">fix</summary>
                <Post action={`/admin/commitments/${k.id}`} csrf={csrf} class="filters">
                  <input type="hidden" name="back" value={back} />
                  <label>
                    What
                    <input name="action" value={k.action} required />
                  </label>
                  <label>
                    Due
                    <input name="due" type="date" value={k.dueEnd ?? ''} />
                  </label>
                  <FormatSelect value={k.format} />
                  <button type="submit">Save</button>
                </Post>
              </details>
            )}
          </td>
          <td class="small">{k.dueEnd ? (k.dueStart && k.dueStart !== k.dueEnd ? `${k.dueStart} – ${k.dueEnd}` : k.dueEnd) : <span class="muted">no date</span>}</td>
          <td>
            <Badge v={k.state} />
            {k.stateChangedAt && <div class="small muted">{fmtDay(k.stateChangedAt)}</div>}
          </td>
          <td>
            <div class="actions">
              {(['kept', 'dropped'] as const)
                .filter((s) => s !== k.state)
                .map((s) => (
                  <Post action={`/admin/commitments/${k.id}/state`} csrf={csrf}>
                    <input type="hidden" name="state" value={s} />
                    <input type="hidden" name="back" value={back} />
                    <button type="submit" aria-label={`mark ${s}: ${k.action}`}>{`Mark ${s}`}</button>
                  </Post>
                ))}
              {k.state !== 'pending' && (
                <Post action={`/admin/commitments/${k.id}/state`} csrf={csrf}>
                  <input type="hidden" name="state" value="pending" />
                  <input type="hidden" name="back" value={back} />
                  <button type="submit">Reopen</button>
                </Post>
              )}
            </div>
          </td>
        </tr>
      ))}
    </Table>
  ) : (
    <Empty>No commitments.</Empty>
  );

const FormatSelect = ({ value }: { value?: string | null }) => (
  <label>
    Format
    <select name="format">
      <option value="">none</option>
      {formats.map((f) => (
        <option selected={value === f}>{f}</option>
      ))}
    </select>
  </label>
);

const NewCommitment = ({ csrf, back, personEmail, inboundId }: { csrf: string; back: string; personEmail: string; inboundId?: number }) => (
  <Post action="/admin/commitments" csrf={csrf} class="filters">
    <input type="hidden" name="back" value={back} />
    {inboundId !== undefined && <input type="hidden" name="inbound" value={String(inboundId)} />}
    <label>
      Person's address
      <input name="person" type="email" value={personEmail} required />
    </label>
    <label>
      What they will do
      <input name="action" required placeholder="host a coffee klatch" />
    </label>
    <label>
      Due
      <input name="due" type="date" />
    </label>
    <FormatSelect />
    <button type="submit">Add</button>
  </Post>
);

/** Why a message is in the review queue, in words. */
function reasonOf(m: { status: string; error: string | null; kind: string | null; kindReason: string | null; attribution: string | null; review: string | null }) {
  if (m.status === 'failed') return `processing failed: ${m.error ?? 'unknown error'}`;
  if (m.review) return m.review;
  if (m.attribution === 'none') return 'sender unknown';
  if (m.attribution === 'forward') return 'a reply address of one person used by another sender';
  if (m.kind === 'unknown') return `could not tell what kind of mail this is${m.kindReason ? `: ${m.kindReason}` : ''}`;
  return 'needs a look';
}

function understandingOf(v: unknown): Understanding | null {
  const u = typeof v === 'string' ? safeJson(v) : v;
  return u && typeof u === 'object' && Array.isArray((u as Understanding).commitments) ? (u as Understanding) : null;
}
const safeJson = (s: string) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
};

type JobCounts = Record<'waiting' | 'active' | 'delayed' | 'failed' | 'completed' | 'paused', number>;

/** Counts per BullMQ queue; a Redis that does not answer within a second shows as such, never hangs the page. */
async function queueHealth(deps: Deps): Promise<{ name: string; counts?: JobCounts; error?: string }[] | null> {
  if (!deps.queues) return null;
  const qs = Object.values(deps.queues).filter((v): v is Queue => v instanceof Queue);
  return Promise.all(
    qs.map(async (q) => {
      try {
        const counts = (await withTimeout(q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'paused'), 1_000)) as JobCounts;
        return { name: q.name, counts };
      } catch (err) {
        return { name: q.name, error: `Redis not answering (${(err as Error).message})` };
      }
    }),
  );
}

