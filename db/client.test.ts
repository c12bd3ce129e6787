import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { inTransaction, openDb } from './client.ts';

const dir = mkdtempSync(join(tmpdir(), 'ft-client-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a transaction that reads first can still write when another process writes meanwhile', () => {
  const path = join(dir, 'c.db');
  const db = openDb(path);
  // Another process (the web role storing a message, say), failing at once instead of waiting.
  const other = new Database(path);
  other.pragma('busy_timeout = 0');
  let otherError: unknown = null;
  const n = inTransaction(db, () => {
    const before = (db.$client.prepare('select count(*) as n from people').get() as { n: number }).n;
    try {
      other.prepare("insert into people (email) values ('other@example.org')").run();
    } catch (err) {
      otherError = err;
    }
    // With a deferred BEGIN the other write would have gone in and this one failed (SQLITE_BUSY_SNAPSHOT).
    db.$client.prepare("insert into people (email) values ('mine@example.org')").run();
    return before;
  });
  expect(n).toBe(0);
  expect(String(otherError)).toMatch(/locked|busy/i);
  expect(db.$client.prepare('select email from people').all()).toEqual([{ email: 'mine@example.org' }]);
  other.close();
  db.$client.close();
});

it('nested calls become savepoints: an inner failure caught inside leaves the outer work', () => {
  const db = openDb(join(dir, 'n.db'));
  inTransaction(db, () => {
    db.$client.prepare("insert into people (email) values ('a@example.org')").run();
    try {
      inTransaction(db, () => {
        db.$client.prepare("insert into people (email) values ('b@example.org')").run();
        throw new Error('inner');
      });
    } catch {
      // the inner work is rolled back to its savepoint
    }
  });
  expect(db.$client.prepare('select email from people').all()).toEqual([{ email: 'a@example.org' }]);
  db.$client.close();
});
