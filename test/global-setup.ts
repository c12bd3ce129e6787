// Vitest global setup: make sure a real Redis answers for the integration tests.
// Uses REDIS_URL when it answers; otherwise starts a private redis-server on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redisAnswers as ping } from '../src/queues.ts';
import { freePort } from './helpers/private-redis.ts';

let child: ChildProcess | undefined;

export async function setup() {
  const wanted = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await ping(wanted)) {
    process.env.TEST_REDIS_URL = wanted;
    return;
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ft-redis-'));
  child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  child.on('error', (e) => {
    throw new Error(`no Redis answers at ${wanted} and redis-server could not start (${e.message}); install it: apt-get install redis-server`);
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && !(await ping(url)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!(await ping(url))) throw new Error(`redis-server started on ${port} but does not answer`);
  process.env.TEST_REDIS_URL = url;
}

export async function teardown() {
  child?.kill('SIGTERM');
}
