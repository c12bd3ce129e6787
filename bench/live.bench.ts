// The service as it runs: `src/server.ts` in its own process (HTTP server, BullMQ on Redis, workers, the
// outbox transport), replies posted over HTTP by eight clients at once, timed until every one is processed
// (stored → queued → parsed → understood → records and confirmation row). bench/inbound.bench.ts measures the
// same work in one process without the network, the queue or the sends; this is what they add.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db/client.ts';
import { createRenderer } from '../src/email/render.ts';
import { parseEnv } from '../src/env.ts';
import { signBody, signatureHeader } from '../src/inbound/routes.ts';
import { importSheet } from '../src/intake/import.ts';
import { parseSheet } from '../src/intake/sheet.ts';
import { bare, messages } from './inbound.bench.ts';
import type { BenchResult } from './run.ts';

const WARM = 200;
const N = 400;
const CLIENTS = 8;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });

const cpuMs = (pid: number) => {
  // utime + stime, in clock ticks of 10 ms (Linux).
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-bench-live-'));
  const port = await freePort();
  const vars = { ...process.env, DATA_DIR: dir, HOST: '127.0.0.1', PORT: String(port), QUEUE_PREFIX: `bench${process.pid}`, LOG_LEVEL: 'warn' };
  const env = parseEnv(vars);
  const db = openDb(join(dir, 'followthrough.db'));
  let server: ChildProcess | null = null;
  try {
    const csv = 'name,email\n' + Array.from({ length: WARM + N }, (_, i) => `Person ${i},p${i}@example.org`).join('\n');
    importSheet(db, { name: 'Drumbeat Toronto', timezone: 'America/Toronto' }, parseSheet(csv));
    const renderer = createRenderer();
    const s = { env, deps: { db } } as unknown as Parameters<typeof messages>[0];
    const warm = await messages(s, renderer, 0, WARM);
    const measured = await messages(s, renderer, WARM, WARM + N);

    server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env: vars, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    server.stderr!.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-4000)));
    const up = Date.now();
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server stopped: ${stderr}`);
      if (Date.now() - up > 60_000) throw new Error(`the server did not answer /healthz in 60 s: ${stderr}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    const processed = db.$client.prepare("select count(*) as n from inbound_messages where status = 'processed'");
    const post = async (raws: Buffer[]) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (next < raws.length) {
            const raw = raws[next++]!;
            const res = await fetch(`http://127.0.0.1:${port}/inbound/raw`, { method: 'POST', body: raw, headers: { [signatureHeader]: signBody(env.INBOUND_SECRET, raw) } });
            if (res.status !== 202) throw new Error(`POST /inbound/raw answered ${res.status}: ${await res.text()}`);
          }
        }),
      );
    };
    const until = async (n: number) => {
      const t = Date.now();
      while ((processed.get() as { n: number }).n < n) {
        if (Date.now() - t > 120_000) throw new Error(`only ${(processed.get() as { n: number }).n} of ${n} replies processed after 120 s`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };

    await bare(warm);
    await post(warm);
    await until(WARM);
    const b1 = await bare(measured);
    const cpu0 = cpuMs(server.pid!);
    const t0 = performance.now();
    await post(measured);
    await until(WARM + N);
    const seconds = (performance.now() - t0) / 1000;
    const serverCpu = cpuMs(server.pid!) - cpu0;
    const b2 = await bare(measured);
    const ceiling = Math.max(b1, b2);
    const rate = N / seconds;
    return [
      {
        name: `inbound, the service as it runs (${N} replies over HTTP, ${CLIENTS} clients; own process, BullMQ on Redis, workers sending)`,
        value: rate,
        unit: 'replies/s',
        ceiling,
        ceilingName: 'bare simpleParser',
        ratio: rate / ceiling,
        // Reported, not a target: the target is read on bench/inbound.bench.ts's first line.
        target: { op: '>=', ratio: 0 },
        extra: { serverCpuMsPerReply: (serverCpu / N).toFixed(2) },
      },
    ];
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
