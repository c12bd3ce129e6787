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

export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  cacheStatements(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder });
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

const preparedCache = new WeakMap<Database.Database, Map<string, unknown>>();

/**
 * Drizzle builds a query's SQL on every call (about 0.1 ms, more than running it); a query on a
 * hot path is built once per database with placeholders and reused. Statements run on the
 * connection, so they take part in whatever transaction is open on it.
 */
export function prepared<T>(db: Db, key: string, build: (db: Db) => T): T {
  // A drizzle transaction object has no $client of its own: its session holds the same connection.
  const client = db.$client ?? (db as unknown as { session: { client: Database.Database } }).session.client;
  let m = preparedCache.get(client);
  if (!m) preparedCache.set(client, (m = new Map()));
  let q = m.get(key) as T | undefined;
  if (q === undefined) m.set(key, (q = build(db)));
  return q;
}

export function dbHealthy(db: Db): boolean {
  try {
    return db.$client.prepare('select 1 as ok').get() !== undefined;
  } catch {
    return false;
  }
}

export { schema };
