// Each unit-test file gets its own throwaway SQLite file, migrated before the tests import the DAL.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

process.env.DATABASE_PATH = path.join(mkdtempSync(path.join(tmpdir(), 'insights-unit-')), 'test.db')
process.env.AUTH_SECRET ??= 'unit-test-secret-unit-test-secret-0123456789'

const { migrate } = await import('drizzle-orm/better-sqlite3/migrator')
const { db } = await import('@/db/client')
migrate(db, { migrationsFolder: path.resolve('db/migrations') })
