import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startCheckpointer } from './checkpoint.ts';
import { openDb } from './client.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const waitFor = async (ok: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

it('copies the write-ahead log into the database from its own thread while the writer goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-ckpt-'));
  dirs.push(dir);
  const path = join(dir, 'c.db');
  const db = openDb(path);
  const errors: string[] = [];
  const cp = startCheckpointer(db, { intervalMs: 20, onError: (m) => errors.push(m) })!;
  // The writer's own automatic checkpoint is now only a backstop far above what is written here.
  expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(20_000);
  const before = statSync(path).size;
  const insert = db.$client.prepare('insert into people (email, name) values (?, ?)');
  for (let i = 0; i < 3000; i++) insert.run(`p${i}@example.org`, 'x'.repeat(500));
  // About 2 MB went to the WAL; only the checkpointer can have moved it into the database file.
  await waitFor(() => statSync(path).size > before + 1_000_000);
  await cp.stop();
  expect(errors).toEqual([]);
  expect((db.$client.prepare('select count(*) as n from people').get() as { n: number }).n).toBe(3000);
  db.$client.close();
});

it('is not started for a database in memory', () => {
  const db = openDb(':memory:');
  expect(startCheckpointer(db)).toBeNull();
  db.$client.close();
});
