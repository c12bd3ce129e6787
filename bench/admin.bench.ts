// The admin's outcomes page at 100,000 commitments and 500,000 messages: server time (app.request) beside the bare SQL it runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db/client.ts';
import { inboundReviewQueueSql } from '../db/schema.ts';
import { sessionKey, signSession } from '../src/admin/auth.ts';
import { outcomeCountsSql, repliesByWeekSql } from '../src/admin/queries.ts';
import { createApp } from '../src/app.ts';
import { ManualClock } from '../src/clock.ts';
import type { Deps } from '../src/deps.ts';
import type { Renderer } from '../src/email/render.ts';
import type { Transport } from '../src/email/transport.ts';
import { parseEnv } from '../src/env.ts';
import { silentLogger } from '../src/log.ts';
import type { BenchResult } from './run.ts';

const EVENTS = 200;
const PEOPLE = 100_000; // one attendance and one commitment each
const MESSAGES = 500_000; // five per person: four replies and one auto-reply
const DAY = 86_400_000;

/** Mean ms per call after a warm-up, over at least `minMs` and `minIters`. */
async function timePerCall(fn: () => unknown, minMs: number, minIters: number) {
  for (let i = 0; i < 3; i++) await fn();
  let iters = 0;
  const t0 = performance.now();
  while (iters < minIters || performance.now() - t0 < minMs) {
    await fn();
    iters++;
  }
  return (performance.now() - t0) / iters;
}

/** Mean ms per call of a and of b, alternating one call of each, after a warm-up. */
async function interleaved(a: () => unknown, b: () => unknown, minMs: number, minIters: number) {
  for (let i = 0; i < 2; i++) (await a(), await b());
  let ta = 0;
  let tb = 0;
  let iters = 0;
  const t0 = performance.now();
  while (iters < minIters || performance.now() - t0 < minMs) {
    let t = performance.now();
    await a();
    ta += performance.now() - t;
    t = performance.now();
    await b();
    tb += performance.now() - t;
    iters++;
  }
  return { a: ta / iters, b: tb / iters };
}

/** One transaction of prepared inserts: the database as the admin would find it after a busy year. */
export function seed(db: ReturnType<typeof openDb>) {
  const c = db.$client;
  const cities = ['Toronto', 'Montréal', 'Waterloo', 'Vancouver', 'Halifax', 'Ottawa', 'Calgary', 'Winnipeg', 'Victoria', 'Québec'];
  const formats = ['coffee-klatch', 'kitchen-table-sprint', 'democamp', null, null];
  const states = ['pending', 'kept', 'kept', 'dropped', 'lapsed', 'pending', 'kept'];
  const base = Date.parse('2025-01-10T00:00:00Z');
  const insEvent = c.prepare('insert into events (name, city, date, timezone) values (?, ?, ?, ?)');
  const insPerson = c.prepare('insert into people (email, name) values (?, ?)');
  const insAtt = c.prepare('insert into attendees (event_id, person_id, asked_at, replied_at) values (?, ?, ?, ?)');
  const insCom = c.prepare('insert into commitments (person_id, event_id, sentence, action, format, due_start, due_end, state) values (?, ?, ?, ?, ?, ?, ?, ?)');
  const insMsg = c.prepare(
    "insert into inbound_messages (source, message_id, raw, size, received_at, status, kind, from_address, subject, person_id, attribution, visible_reply, review) values ('raw', ?, ?, 64, ?, 'processed', ?, ?, ?, ?, ?, ?, ?)",
  );
  const raw = Buffer.from('From: someone@example.org\r\nSubject: Re: Thanks\r\n\r\nI commit to host a coffee klatch.\r\n');
  const eventStart: number[] = [];
  c.transaction(() => {
    for (let e = 0; e < EVENTS; e++) {
      const start = base + e * 2 * DAY;
      eventStart.push(start);
      insEvent.run(`Drumbeat ${cities[e % cities.length]} #${e + 1}`, cities[e % cities.length], new Date(start).toISOString().slice(0, 10), 'America/Toronto');
    }
    let m = 0;
    for (let p = 1; p <= PEOPLE; p++) {
      const ev = (p % EVENTS) + 1;
      const start = eventStart[ev - 1]!;
      insPerson.run(`person${p}@example.org`, `Person ${p}`);
      insAtt.run(ev, p, start + DAY, start + 3 * DAY);
      const due = new Date(start + 40 * DAY).toISOString().slice(0, 10);
      insCom.run(p, ev, 'I commit to host a coffee klatch in March.', 'host a coffee klatch', formats[p % formats.length], due, due, states[p % states.length]);
      for (let k = 0; k < MESSAGES / PEOPLE; k++, m++) {
        const auto = k === 4;
        const at = start + (1 + ((p * 7 + k * 13) % 120)) * DAY;
        const unknown = m % 997 === 0;
        insMsg.run(`b${m}@example.org`, raw, at, auto ? 'auto-reply' : 'reply', `person${p}@example.org`, 'Re: Thanks', unknown ? null : p, unknown ? 'none' : 'token', 'I commit to host a coffee klatch.', unknown ? 'sender unknown' : null);
      }
    }
  })();
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-bench-admin-'));
  try {
    const env = parseEnv({ DATA_DIR: dir, NODE_ENV: 'test', ADMIN_PASSWORD: 'bench admin password', LOG_LEVEL: 'silent' });
    const db = openDb(join(dir, 'bench.db'));
    const t0 = performance.now();
    seed(db);
    const seedMs = performance.now() - t0;
    // The page never renders or sends mail: stand-ins keep the bench free of template compilation.
    const renderer = { render: () => ({ subject: '', html: '', text: '' }), subject: () => '', names: () => [] } as Renderer;
    const transport = { send: async () => ({ ok: true, providerId: 'x' }) } as unknown as Transport;
    const clock = new ManualClock(new Date('2026-01-01T00:00:00Z'));
    const deps: Deps = { env, db, clock, log: silentLogger, queues: null, renderer, transport };
    const app = createApp(deps);
    const cookie = `ft_admin=${signSession(sessionKey(env), { user: 'admin', expires: clock.now().getTime() + 3600_000, nonce: 'bench' })}`;

    let bytes = 0;
    const page = async (path: string) => {
      const res = await app.request(path, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`bench: ${path} answered ${res.status}`);
      bytes = (await res.text()).length;
    };
    // The ceiling: the same aggregates as bare prepared SQL, no rendering (counts, replies by week, the events list, the review count).
    const counts = outcomeCountsSql({});
    const replies = repliesByWeekSql({});
    const stmts = [
      [db.$client.prepare(counts.sql), counts.params],
      [db.$client.prepare(replies.sql), replies.params],
      [db.$client.prepare('select id, name, city, date from events'), {}],
      [db.$client.prepare(`select count(*) as n from inbound_messages where ${inboundReviewQueueSql}`), {}],
    ] as const;
    const bare = () => {
      for (const [s, p] of stmts) s.all(p);
    };

    // Interleaved, so a busy machine slows both sides alike.
    const { a: pageMs, b: bareMs } = await interleaved(() => page('/admin'), bare, 4000, 10);
    const pageBytes = bytes;
    const filteredMs = await timePerCall(() => page('/admin?city=Toronto&format=coffee-klatch'), 1500, 5);
    const eventMs = await timePerCall(() => page('/admin/events/7'), 1500, 5);
    const personMs = await timePerCall(() => page('/admin/people/4242'), 1000, 20);
    const reviewMs = await timePerCall(() => page('/admin/review?page=3'), 1000, 5);
    db.$client.close();
    return [
      {
        name: `admin outcomes page (${PEOPLE.toLocaleString('en')} commitments, ${MESSAGES.toLocaleString('en')} messages)`,
        value: pageMs,
        unit: 'ms/request',
        ceiling: bareMs,
        ceilingName: 'its bare SQL aggregates',
        ratio: pageMs / bareMs,
        // Rendering, filters and the shell may add a quarter on top of the queries, no more.
        target: { op: '<=', ratio: 1.25 },
        extra: {
          seedS: (seedMs / 1000).toFixed(1),
          htmlKB: (pageBytes / 1024).toFixed(0),
          filteredMs: filteredMs.toFixed(1),
          eventMs: eventMs.toFixed(1),
          personMs: personMs.toFixed(1),
          reviewMs: reviewMs.toFixed(1),
        },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
