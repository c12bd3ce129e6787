// Opens the SQLite database (WAL) and applies the committed migrations.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Several processes may open a new database at once (a Postfix pipe delivering a few messages in
 * parallel, a web and a worker process starting together). Each reads "nothing applied yet" and
 * the later ones fail on tables the first created; by then the first has committed, so trying
 * again finds the migrations applied and does nothing.
 */
function migrateWithRetry(db: Db, attempts = 8) {
  for (let i = 1; ; i++) {
    try {
      migrate(db, { migrationsFolder });
      return;
    } catch (err) {
      if (i >= attempts) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50 * i);
    }
  }
}

export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // The busy timeout first: switching a new file to WAL, or migrating it, while another process
  // does the same must wait for the lock rather than fail with "database is locked".
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  cacheStatements(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  migrateWithRetry(db);
  return db;
}

/**
 * better-sqlite3 compiles every statement it is asked to prepare, and drizzle asks on every
 * query; the same SQL text always gets the same compiled statement back instead. Drizzle runs a
 * given SQL text the same way each time (raw rows for selects), and never iterates, so a cached
 * statement is never shared by two runs at once.
 */
function cacheStatements(sqlite: Database.Database, max = 500) {
  const original = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (!stmt) {
      stmt = original(source);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      cache.set(source, stmt);
    }
    return stmt;
  }) as typeof sqlite.prepare;
}

/** The better-sqlite3 connection under `db`, also when `db` is a drizzle transaction object (its session holds the same connection). */
export const clientOf = (db: Db): Database.Database => db.$client ?? (db as unknown as { session: { client: Database.Database } }).session.client;

const preparedCache = new WeakMap<Database.Database, Map<string, unknown>>();

/**
 * Drizzle builds a query's SQL on every call (about 0.1 ms, more than running it); a query on a
 * hot path is built once per database with placeholders and reused. Statements run on the
 * connection, so they take part in whatever transaction is open on it.
 */
export function prepared<T>(db: Db, key: string, build: (db: Db) => T): T {
  const client = clientOf(db);
  let m = preparedCache.get(client);
  if (!m) preparedCache.set(client, (m = new Map()));
  let q = m.get(key) as T | undefined;
  if (q === undefined) m.set(key, (q = build(db)));
  return q;
}

/**
 * Runs `fn` in one write transaction with better-sqlite3's own wrapper (a nested call becomes a
 * savepoint). Drizzle's `db.transaction` builds a transaction object, with a query builder for every
 * table, on each call; on hot paths the statements simply run on `db`, which is the same connection.
 * BEGIN IMMEDIATE takes the write lock first (waiting up to the busy timeout): a deferred transaction
 * that read before another process committed could not write at all (SQLITE_BUSY_SNAPSHOT).
 */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return clientOf(db).transaction(fn).immediate();
}

export function dbHealthy(db: Db): boolean {
  try {
    return db.$client.prepare('select 1 as ok').get() !== undefined;
  } catch {
    return false;
  }
}

export { schema };
