// `npm start` as an operator runs it: a real process, a private Redis started when none answers, /healthz, clean SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redisAnswers } from '../src/queues.ts';
import { freePort } from './helpers/private-redis.ts';
import { waitFor } from './helpers/harness.ts';
import { buildMail, signed } from './helpers/mail.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function start(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'ft-server-'));
  dirs.push(dir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'info', INBOUND_SECRET: 'server-test-secret-0123456789', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, dir, exited, stderr: () => stderr };
}

const stop = async (p: { child: ChildProcess; exited: Promise<number | null> }) => {
  p.child.kill('SIGTERM');
  return p.exited;
};

describe('the service process', () => {
  it('starts a private Redis when none answers, serves /healthz and stored mail, and stops cleanly on SIGTERM', async () => {
    const [port, redisPort] = [await freePort(), await freePort()];
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const p = start({ PORT: String(port), REDIS_URL: redisUrl, QUEUE_PREFIX: 'srv' });
    const base = `http://127.0.0.1:${port}`;
    // Listening comes before the Redis connection is ready: /healthz says 503 until both are.
    const health = await waitFor(() => fetch(`${base}/healthz`).then((r) => (r.status === 200 ? r : null), () => null), 45_000, 'the server to be healthy');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', db: 'ok', redis: 'ok' });
    expect(existsSync(join(p.dir, 'followthrough.db'))).toBe(true);
    expect(existsSync(join(p.dir, 'redis'))).toBe(true);

    const raw = await buildMail({ from: 'ana@example.org', to: 'x@followthrough.localhost', subject: 'hi', text: 'hello', messageId: '<srv-1@example.org>' });
    const res = await fetch(`${base}/inbound/raw`, { method: 'POST', body: raw, headers: signed('server-test-secret-0123456789', raw) });
    expect(res.status).toBe(202);

    expect(await stop(p)).toBe(0);
    // One JSON line per request and per job, on stderr.
    const lines = p.stderr().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.some((l) => l.msg === 'request' && l.path === '/inbound/raw' && l.status === 202)).toBe(true);
    expect(lines.some((l) => l.msg === 'job' && l.queue === 'inbound')).toBe(true);
    expect(lines.at(-1).msg).toBe('stopped');
    // The private Redis went with it.
    expect(await redisAnswers(redisUrl, 300)).toBe(false);
  }, 90_000);

  it('refuses to start with a bad setting, naming the variable', async () => {
    const p = start({ PORT: 'not-a-port' });
    expect(await p.exited).toBe(78);
    expect(p.stderr()).toMatch(/PORT/);
  });

  it('ROLE=worker runs no HTTP server', async () => {
    const port = await freePort();
    const p = start({ ROLE: 'worker', PORT: String(port), REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', QUEUE_PREFIX: 'srvw' });
    await waitFor(() => p.stderr().includes('"role":"worker"'), 45_000, 'the worker to start');
    await new Promise((r) => setTimeout(r, 300));
    const reached = await fetch(`http://127.0.0.1:${port}/healthz`).then(() => true, () => false);
    expect(reached).toBe(false);
    expect(await stop(p)).toBe(0);
  }, 90_000);
});
