// WAL checkpoints on a thread of their own, so a reply's commit never waits for one.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './client.ts';

/**
 * By default SQLite checkpoints inside the commit that takes the WAL past 1,000 pages: that commit
 * copies 4 MB back into the database and waits for two fsyncs (5–20 ms here, once every 40 replies
 * or so). The service checkpoints from a worker thread with its own connection instead, every
 * `intervalMs`; the connections that write keep an automatic checkpoint only as a backstop, at
 * `backstopPages`, for when this thread is not running (command-line runs) or falls behind.
 */
export interface Checkpointer {
  stop(): Promise<void>;
}

// Plain CommonJS run by the worker: no TypeScript loader is needed inside it.
const source = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (err) { parentPort.postMessage({ error: String(err) }); }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m === 'stop') { clearInterval(timer); checkpoint(); db.close(); parentPort.postMessage('stopped'); }
});
`;

export function startCheckpointer(db: Db, opts: { intervalMs?: number; backstopPages?: number; onError?: (message: string) => void } = {}): Checkpointer | null {
  const path = db.$client.name;
  if (!path || path === ':memory:' || db.$client.memory) return null;
  db.$client.pragma(`wal_autocheckpoint = ${opts.backstopPages ?? 20_000}`);
  const worker = new Worker(source, { eval: true, workerData: { path, intervalMs: opts.intervalMs ?? 200, driver: createRequire(import.meta.url).resolve('better-sqlite3') } });
  worker.unref();
  worker.on('message', (m: unknown) => {
    if (m && typeof m === 'object' && 'error' in m) opts.onError?.(String((m as { error: string }).error));
  });
  worker.on('error', (err) => opts.onError?.(String(err)));
  return {
    async stop() {
      const done = new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 2000);
        worker.once('message', () => (clearTimeout(t), resolve()));
        worker.once('exit', () => (clearTimeout(t), resolve()));
      });
      worker.postMessage('stop');
      await done;
      await worker.terminate();
    },
  };
}
