// Inbound replies per second end to end (webhook → stored → understood → confirmation in the outbox), beside bare simpleParser.
//
// The messages are what the service receives: replies to our own ask, as Gmail, Apple Mail, Outlook and a
// plain-text client send them (the first three quote the ask's HTML, as those clients do). Both sides are
// warmed up on other messages first, and the ceiling is the faster of two bare runs around the measured one,
// so neither side is measured while the JIT is still compiling it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { startCheckpointer, type Checkpointer } from '../db/checkpoint.ts';
import { openDb } from '../db/client.ts';
import { createApp } from '../src/app.ts';
import { systemClock } from '../src/clock.ts';
import type { Deps } from '../src/deps.ts';
import { createRenderer, type Renderer } from '../src/email/render.ts';
import { createOutboxTransport } from '../src/email/transport.ts';
import { parseEnv, type Env } from '../src/env.ts';
import { processInbound } from '../src/inbound/process.ts';
import { parseRaw } from '../src/inbound/parse.ts';
import { storeInbound } from '../src/inbound/store.ts';
import { inboundById } from '../db/queries.ts';
import { inTransaction } from '../db/client.ts';
import { insertOutbox } from '../src/followup/outbox.ts';
import { understand } from '../src/understand/understand.ts';
import { replyAddress } from '../src/inbound/reply-token.ts';
import { signBody, signatureHeader } from '../src/inbound/routes.ts';
import { importSheet } from '../src/intake/import.ts';
import { parseSheet } from '../src/intake/sheet.ts';
import { silentLogger } from '../src/log.ts';
import type { BenchResult } from './run.ts';

const N = 400;

const bodies = [
  'I commit to host a coffee klatch in March.\n\nThanks!\nAna',
  "I'll run a kitchen table sprint on our wiki docs by the end of January.\nI can offer a meeting room on weekday evenings.\nI need a designer for our flyers.",
  'My wish: every library teaching kids to make web pages.\nMy one thing: write a blog post about the event this week.',
  "Here's what I'll do:\n- host a coffee klatch in February\n- write up notes from the speed geeking session by Friday\n",
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlOf = (text: string) => text.split('\n').map((l) => `<div>${l ? esc(l) : '<br>'}</div>`).join('');
const quoted = (text: string) => text.split('\n').map((l) => (l ? '> ' + l : '>')).join('\n');

type Client = 'gmail' | 'apple' | 'outlook' | 'plain';
const clients: Client[] = ['gmail', 'apple', 'outlook', 'plain'];

/** A reply as `client` writes it, quoting the ask it answers. */
function reply(client: Client, body: string, ask: { html: string; text: string }, from: string): { text: string; html?: string } {
  const sender = 'Drumbeat Toronto <followup@followthrough.localhost>';
  switch (client) {
    case 'gmail':
      return {
        text: `${body}\n\nOn Mon, Nov 23, 2026 at 9:00 AM ${sender} wrote:\n\n${quoted(ask.text)}\n`,
        html: `<div dir="ltr">${htmlOf(body)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 23, 2026 at 9:00 AM ${esc(sender)} wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${ask.html}</blockquote></div>`,
      };
    case 'apple':
      return {
        text: `${body}\n\nSent from my iPhone\n\n> On Nov 23, 2026, at 9:00 AM, ${sender} wrote:\n>\n${quoted(ask.text)}\n`,
        html: `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">${htmlOf(body)}<div><br></div><div>Sent from my iPhone</div><div dir="ltr"><br><blockquote type="cite">On Nov 23, 2026, at 9:00 AM, ${esc(sender)} wrote:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">${ask.html}</div></blockquote></body></html>`,
      };
    case 'outlook':
      return {
        text: `${body}\n\n________________________________\nFrom: ${sender}\nSent: Monday, November 23, 2026 9:00 AM\nTo: ${from}\nSubject: Thanks for coming to Drumbeat Toronto\n\n${ask.text}\n`,
        html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">${htmlOf(body)}</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> ${esc(sender)}<br><b>Sent:</b> Monday, November 23, 2026 9:00 AM<br><b>To:</b> ${esc(from)}<br><b>Subject:</b> Thanks for coming to Drumbeat Toronto</font><div>&nbsp;</div></div>${ask.html}</body></html>`,
      };
    case 'plain':
      return { text: `${body}\n\nOn 23/11/2026 09:00, Drumbeat Toronto wrote:\n${quoted(ask.text)}\n` };
  }
}

interface Setup {
  env: Env;
  deps: Deps;
  dir: string;
  checkpointer: Checkpointer | null;
}

export function setup(renderer: Renderer, people: number): Setup {
  const dir = mkdtempSync(join(tmpdir(), 'ft-bench-inbound-'));
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' });
  const deps: Deps = {
    env,
    db: openDb(join(dir, 'bench.db')),
    clock: systemClock,
    log: silentLogger,
    // The pipeline's own work here: HTTP, HMAC, storage, parsing, understanding, records. The queue, the network and
    // the sends are in bench/live.bench.ts, which runs the service in its own process.
    queues: null,
    renderer,
    transport: createOutboxTransport(join(dir, 'outbox')),
  };
  const csv = 'name,email\n' + Array.from({ length: people }, (_, i) => `Person ${i},p${i}@example.org`).join('\n');
  importSheet(deps.db, { name: 'Drumbeat Toronto', timezone: 'America/Toronto' }, parseSheet(csv));
  // As the service runs: WAL checkpoints on their own thread (src/server.ts).
  const checkpointer = startCheckpointer(deps.db, { intervalMs: env.CHECKPOINT_INTERVAL_MS });
  return { env, deps, dir, checkpointer };
}

/** One reply from each attendee in [from, to), each answering its own ask. */
export async function messages(s: Setup, renderer: Renderer, from: number, to: number, only?: Client): Promise<Buffer[]> {
  const attendees = s.deps.db.query.attendees.findMany({ orderBy: (a, { asc }) => asc(a.id) }).sync();
  const out: Buffer[] = [];
  for (let i = from; i < to; i++) {
    const a = attendees[i]!;
    const address = `p${i}@example.org`;
    const ask = renderer.render('ask', { firstName: `Person`, eventName: 'Drumbeat Toronto', eventDate: '2026-11-21', city: 'Toronto', organizerName: 'Drumbeat', unsubscribeUrl: `http://localhost:3000/u/x${i}`, publicUrl: 'http://localhost:3000' });
    const client = only ?? clients[i % clients.length]!;
    const r = reply(client, bodies[Math.floor(i / clients.length) % bodies.length]!, ask, address);
    const to = replyAddress(s.env.TOKEN_SECRET, s.env.INBOUND_DOMAIN, { context: 'ask', refId: a.id, personId: a.personId });
    out.push(
      await new MailComposer({ from: `Person ${i} <${address}>`, to, subject: 'Re: Thanks for coming to Drumbeat Toronto', messageId: `<bench-${i}@example.org>`, date: new Date('2026-11-23T15:00:00Z'), ...r })
        .compile()
        .build(),
    );
  }
  return out;
}

export async function bare(raws: Buffer[]): Promise<number> {
  const t = performance.now();
  for (const raw of raws) await simpleParser(raw);
  return raws.length / ((performance.now() - t) / 1000);
}

async function endToEnd(s: Setup, app: ReturnType<typeof createApp>, raws: Buffer[]): Promise<number> {
  const t = performance.now();
  for (const raw of raws) {
    const res = await app.request('/inbound/raw', { method: 'POST', body: raw, headers: { [signatureHeader]: signBody(s.env.INBOUND_SECRET, raw) } });
    const { id } = (await res.json()) as { id: number };
    await processInbound(s.deps, id);
  }
  return raws.length / ((performance.now() - t) / 1000);
}

/**
 * The least any design could do for the figure the target names: store the message, parse it, understand
 * it and write one confirmation row, with the service's own functions and nothing else (no HTTP or
 * signature, no classification, no attribution, no records, no letter). Reported beside the target to
 * show how much of the allowance parsing and understanding alone take.
 */
async function floor(s: Setup, raws: Buffer[]): Promise<number> {
  const { db, clock } = s.deps;
  const done = db.$client.prepare("update inbound_messages set status = 'processed', visible_reply = ?, understanding = ? where id = ?");
  const t = performance.now();
  for (const raw of raws) {
    const { id } = storeInbound(db, clock, { raw });
    const row = inboundById(db, id)!;
    const p = await parseRaw(row.raw);
    const u = understand({ text: p.text, html: p.html, received: p.date ?? row.receivedAt, timezone: 'America/Toronto', context: 'ask' });
    inTransaction(db, () => {
      insertOutbox(db, s.deps, { personId: 1, to: p.from?.address ?? 'x@example.org', template: 'confirmation', payload: { eventName: 'Drumbeat Toronto', commitments: u.commitments, offers: u.offers, needs: u.needs, wishes: u.wishes }, context: 'confirmation', refId: id, sendAt: clock.now(), key: `floor-${id}` });
      done.run(u.reply, JSON.stringify(u), id);
    });
  }
  return raws.length / ((performance.now() - t) / 1000);
}

/** Warm-up on the first N attendees' replies, then measures bare, end to end, bare on the next N. */
async function measure(renderer: Renderer, only?: Client): Promise<{ e2e: number; ceiling: number; floor: number; confirmations: number; bytes: number }> {
  const s = setup(renderer, 2 * N);
  const f = setup(renderer, 1);
  try {
    const app = createApp(s.deps);
    const warm = await messages(s, renderer, 0, N, only);
    const measured = await messages(s, renderer, N, 2 * N, only);
    await bare(warm);
    await endToEnd(s, app, warm);
    await floor(f, warm);
    const b1 = await bare(measured);
    const e2e = await endToEnd(s, app, measured);
    const least = await floor(f, measured);
    const b2 = await bare(measured);
    const confirmations = s.deps.db.query.outbox.findMany({ where: (o, { eq }) => eq(o.template, 'confirmation') }).sync().length;
    await s.checkpointer?.stop();
    await f.checkpointer?.stop();
    s.deps.db.$client.close();
    f.deps.db.$client.close();
    return { e2e, ceiling: Math.max(b1, b2), floor: least, confirmations, bytes: Math.round(measured.reduce((n, m) => n + m.length, 0) / measured.length) };
  } finally {
    rmSync(s.dir, { recursive: true, force: true });
    rmSync(f.dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const renderer = createRenderer();
  const mixed = await measure(renderer);
  // Short plain-text replies with no HTML: the case where parsing is cheapest and the pipeline's fixed costs weigh most.
  const plain = await measure(renderer, 'plain');
  const result = (name: string, m: typeof mixed, target: number): BenchResult => ({
    name,
    value: m.e2e,
    unit: 'replies/s',
    ceiling: m.ceiling,
    ceilingName: 'bare simpleParser',
    ratio: m.e2e / m.ceiling,
    target: { op: '>=', ratio: target },
    extra: { confirmations: m.confirmations, avgBytes: m.bytes },
  });
  return [
    result(`inbound end to end (${N} replies from Gmail, Apple Mail, Outlook and plain text: webhook → stored → understood → confirmation row)`, mixed, 0.5),
    // Reported, not a target: what a reply costs beyond parsing when it is small and plain.
    result(`inbound end to end, small plain-text replies only (${N})`, plain, 0),
    // Reported, not a target: the same replies through store, parse, understand and one confirmation row, nothing else.
    { ...result(`inbound floor, the mixed replies through only store → parse → understand → one confirmation row (${N})`, mixed, 0), value: mixed.floor, ratio: mixed.floor / mixed.ceiling },
  ];
}
