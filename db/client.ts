import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import * as schema from './schema'

// The one setting db/ reads itself (db/ may not import lib/core/env.ts); everything else is parsed in lib/core/env.ts.
export const databasePath = path.resolve(/* turbopackIgnore: true */ process.env.DATABASE_PATH || 'data/insights.db')

function openDatabase() {
  mkdirSync(path.dirname(databasePath), { recursive: true })
  const sqlite = new Database(databasePath)
  sqlite.pragma('journal_mode = WAL')
  // FULL: a write that was acknowledged survives a power cut, not only a process crash.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('foreign_keys = ON')
  return sqlite
}

// One connection per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { insightsSqlite?: Database.Database }
export const sqlite = (globalForDb.insightsSqlite ??= openDatabase())
export const db = drizzle(sqlite, { schema })
export type Db = typeof db
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/**
 * A drizzle prepared statement (`.prepare()`, with `sql.placeholder`s for its values), prepared on first use and
 * reused after: for the reads every request makes, where building the SQL and SQLite's prepare cost more than the
 * query. Not at import, which may come before the migrations have made its tables.
 */
export function preparedOnce<Statement>(prepare: () => Statement): () => Statement {
  let statement: Statement | undefined
  return () => (statement ??= prepare())
}

/**
 * A transaction that takes the write lock when it begins. A deferred one (SQLite's default) that reads and then
 * writes fails at once with SQLITE_BUSY when another connection (a script, a second process) committed in between;
 * taking the lock first makes it wait its turn instead (busy_timeout).
 */
export function writeTransaction<T>(work: (tx: Tx) => T): T {
  return db.transaction(work, { behavior: 'immediate' })
}
