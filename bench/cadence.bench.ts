// Scheduling follow-ups for 100,000 commitments (outbox rows + delayed jobs), beside BullMQ's own addBulk rate on the same Redis.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { sql } from 'drizzle-orm';
import { openDb } from '../db/client.ts';
import { commitments, events } from '../db/schema.ts';
import { systemClock } from '../src/clock.ts';
import type { Deps } from '../src/deps.ts';
import { createRenderer } from '../src/email/render.ts';
import { createOutboxTransport } from '../src/email/transport.ts';
import { parseEnv } from '../src/env.ts';
import { planCommitment } from '../src/followup/cadence.ts';
import { enqueueRows } from '../src/followup/outbox.ts';
import { silentLogger } from '../src/log.ts';
import { createQueues, producerConnection, redisAnswers } from '../src/queues.ts';
import type { BenchResult } from './run.ts';

const N = Number(process.env.CADENCE_BENCH_COMMITMENTS ?? 100_000);
const BATCH = 1_000;
const DAY = 86_400_000;

export async function run(): Promise<BenchResult[]> {
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (!(await redisAnswers(redisUrl))) throw new Error(`bench cadence: no Redis at ${redisUrl}`);
  const dir = mkdtempSync(join(tmpdir(), 'ft-bench-cadence-'));
  const prefix = `bench${randomBytes(4).toString('hex')}`;
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent', QUEUE_PREFIX: prefix });
  const queues = createQueues(redisUrl, prefix);
  const deps: Deps = {
    env,
    db: openDb(join(dir, 'bench.db')),
    clock: systemClock,
    log: silentLogger,
    queues,
    renderer: createRenderer(),
    transport: createOutboxTransport(join(dir, 'outbox')),
  };
  const ceilingQueue = new Queue('ceiling', { connection: producerConnection(redisUrl), prefix });
  try {
    // Seed: one event, N people, each with one commitment; a third dated, the rest not (different plans).
    const { db } = deps;
    const now = systemClock.now();
    const ev = db.insert(events).values({ name: 'Bench', city: 'Toronto', timezone: 'America/Toronto' }).returning().get();
    const ins = db.$client.transaction(() => {
      const p = db.$client.prepare('insert into people (email, name) values (?, ?)');
      const a = db.$client.prepare('insert into attendees (event_id, person_id, attributes) values (?, ?, ?)');
      const c = db.$client.prepare('insert into commitments (person_id, event_id, sentence, action, format, due_start, due_end) values (?, ?, ?, ?, ?, ?, ?)');
      for (let i = 0; i < N; i++) {
        const pid = Number(p.run(`p${i}@example.org`, `Person ${i}`).lastInsertRowid);
        a.run(ev.id, pid, '{}');
        const due = i % 3 === 0 ? new Date(now.getTime() + (30 + (i % 90)) * DAY).toISOString().slice(0, 10) : null;
        c.run(pid, ev.id, 'I will host a coffee klatch.', 'host a coffee klatch', 'coffee-klatch', due, due);
      }
    });
    ins();
    const all = db.select().from(commitments).all();

    // Ours: plan each commitment (letter, reminder, check-in rows under the per-person limits) and point delayed jobs at the rows.
    let rows = 0;
    let t = performance.now();
    for (let i = 0; i < all.length; i += BATCH) {
      const made = db.transaction(() => all.slice(i, i + BATCH).flatMap((c) => planCommitment(db, deps, c, now)));
      rows += made.length;
      await enqueueRows(deps, made);
    }
    const oursS = (performance.now() - t) / 1000;
    const jobsMade = await queues.send.getJobCountByTypes('delayed', 'waiting');

    // Ceiling: BullMQ's addBulk of the same number of delayed jobs, same options, same Redis.
    t = performance.now();
    for (let i = 0; i < rows; i += BATCH) {
      const n = Math.min(BATCH, rows - i);
      await ceilingQueue.addBulk(Array.from({ length: n }, (_, k) => ({ name: 'send', data: { outboxId: i + k + 1 }, opts: { jobId: `c-${i + k}`, delay: DAY, attempts: 8, removeOnComplete: true } })));
    }
    const ceilingS = (performance.now() - t) / 1000;
    const ours = N / oursS;
    const ceiling = N / ceilingS; // commitments' worth of jobs per second
    const check = db.select({ n: sql<number>`count(*)` }).from(sql`outbox`).get()!.n;
    if (check !== rows || jobsMade !== rows) throw new Error(`bench cadence: ${rows} rows planned, ${check} stored, ${jobsMade} jobs`);
    return [
      {
        name: `schedule follow-ups for ${N.toLocaleString('en')} commitments (${rows.toLocaleString('en')} outbox rows + delayed jobs)`,
        value: ours,
        unit: 'commitments/s',
        ceiling,
        ceilingName: `BullMQ addBulk of the same ${rows.toLocaleString('en')} delayed jobs`,
        ratio: ours / ceiling,
        target: { op: '>=', ratio: 0.1 },
        extra: { oursS: oursS.toFixed(1), ceilingS: ceilingS.toFixed(1), rowsPerCommitment: (rows / N).toFixed(2) },
      },
    ];
  } finally {
    await Promise.allSettled([queues.send.obliterate({ force: true }), ceilingQueue.obliterate({ force: true })]);
    await ceilingQueue.close();
    await queues.close();
    deps.db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
