// Finds a Redis at REDIS_URL or, on a machine with redis-server installed, starts a private one under DATA_DIR.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from './log.ts';
import { redisAnswers } from './queues.ts';

export class RedisUnavailable extends Error {}

export interface RedisHandle {
  url: string;
  /** The private server we started, if any; stopped on close. */
  child: ChildProcess | null;
  stop(): Promise<void>;
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function ensureRedis(url: string, opts: { dataDir: string; autostart: boolean; log: Logger }): Promise<RedisHandle> {
  if (await redisAnswers(url)) return { url, child: null, stop: async () => {} };
  const u = new URL(url);
  const local = ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(u.hostname);
  if (!opts.autostart || !local) throw new RedisUnavailable(`Redis does not answer at ${url}; start it or set REDIS_URL`);
  if (!redisServerInstalled()) {
    throw new RedisUnavailable(`Redis does not answer at ${url} and redis-server is not installed: run 'apt-get install redis-server' (or set REDIS_URL to a running Redis)`);
  }
  const dir = resolve(opts.dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = u.port || '6379';
  const child = spawn('redis-server', ['--port', port, '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction'], {
    stdio: 'ignore',
  });
  opts.log.info('started a private redis-server', { port, dir });
  for (let i = 0; i < 100; i++) {
    if (await redisAnswers(url, 300)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!(await redisAnswers(url))) {
    child.kill();
    throw new RedisUnavailable(`started redis-server on port ${port} but it does not answer`);
  }
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((res) => {
        if (child.exitCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  };
}
