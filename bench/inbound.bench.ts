// Inbound replies per second end to end (webhook → stored → understood → confirmation in the outbox), beside bare simpleParser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { openDb } from '../db/client.ts';
import { createApp } from '../src/app.ts';
import { systemClock } from '../src/clock.ts';
import type { Deps } from '../src/deps.ts';
import { createRenderer } from '../src/email/render.ts';
import { createOutboxTransport } from '../src/email/transport.ts';
import { parseEnv } from '../src/env.ts';
import { processInbound } from '../src/inbound/process.ts';
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
  'My wish: every library teaching kids to make web pages.\nMy one thing: write a blog post about the event this week.\n\nSent from my iPhone',
  "Here's what I'll do:\n- host a coffee klatch in February\n- write up notes from the speed geeking session by Friday\n",
];
const quote = '\n\nOn Mon, Nov 23, 2026 at 9:00 AM Drumbeat Toronto <followup@followthrough.localhost> wrote:\n> Thanks for coming! What is one small thing you will do next?\n> Just hit reply.\n';

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-bench-inbound-'));
  try {
    const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' });
    const deps: Deps = {
      env,
      db: openDb(join(dir, 'bench.db')),
      clock: systemClock,
      log: silentLogger,
      // Redis is measured elsewhere; here the pipeline's own work: HTTP, HMAC, storage, parsing, understanding, records.
      queues: null,
      renderer: createRenderer(),
      transport: createOutboxTransport(join(dir, 'outbox')),
    };
    const app = createApp(deps);
    const csv = 'name,email\n' + Array.from({ length: N }, (_, i) => `Person ${i},p${i}@example.org`).join('\n');
    importSheet(deps.db, { name: 'Drumbeat Toronto', timezone: 'America/Toronto' }, parseSheet(csv));
    const attendees = deps.db.query.attendees.findMany().sync();
    const raws: Buffer[] = [];
    for (let i = 0; i < N; i++) {
      const a = attendees[i];
      const to = replyAddress(env.TOKEN_SECRET, env.INBOUND_DOMAIN, { context: 'ask', refId: a.id, personId: a.personId });
      raws.push(
        await new MailComposer({ from: `Person ${i} <p${i}@example.org>`, to, subject: 'Re: Thanks for coming', messageId: `<bench-${i}@example.org>`, date: new Date('2026-11-23T15:00:00Z'), text: bodies[i % bodies.length] + quote })
          .compile()
          .build(),
      );
    }

    // Ceiling: bare mailparser on the same messages, the cost no pipeline can avoid.
    let t = performance.now();
    for (const raw of raws) await simpleParser(raw);
    const bare = N / ((performance.now() - t) / 1000);

    t = performance.now();
    let confirmations = 0;
    for (const raw of raws) {
      const res = await app.request('/inbound/raw', { method: 'POST', body: raw, headers: { [signatureHeader]: signBody(env.INBOUND_SECRET, raw) } });
      const { id } = (await res.json()) as { id: number };
      await processInbound(deps, id);
      confirmations++;
    }
    const e2e = N / ((performance.now() - t) / 1000);
    const made = deps.db.query.outbox.findMany({ where: (o, { eq }) => eq(o.template, 'confirmation') }).sync().length;
    deps.db.$client.close();
    return [
      {
        name: `inbound end to end (${N} replies: webhook → stored → understood → confirmation row)`,
        value: e2e,
        unit: 'replies/s',
        ceiling: bare,
        ceilingName: 'bare simpleParser',
        ratio: e2e / bare,
        target: { op: '>=', ratio: 0.5 },
        extra: { confirmations: made, processed: confirmations },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
