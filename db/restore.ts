// `npm run restore <file>`: puts a backup in place of the database at DATABASE_PATH. Stop the server first. The
// backup is checked (a SQLite file of this app, `PRAGMA integrity_check` ok) before anything is touched; the next
// `npm start` applies any migrations newer than the backup.
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { loadEnvConfig } from '@next/env'

loadEnvConfig(process.cwd())

async function main() {
  const file = process.argv[2]
  if (!file || !existsSync(file)) throw new Error('Usage: npm run restore <backup file>')
  const backup = new Database(file, { readonly: true, fileMustExist: true })
  const integrity = backup.pragma('integrity_check', { simple: true })
  if (integrity !== 'ok') throw new Error(`${file} is damaged: ${integrity}`)
  const isOurs = backup.prepare("select 1 from sqlite_master where type = 'table' and name = 'articles'").get()
  if (!isOurs) throw new Error(`${file} is not an Insights database`)

  const target = path.resolve(process.env.DATABASE_PATH || 'data/insights.db')
  // A WAL file left beside the old database would be replayed into the restored one.
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
  await backup.backup(target)
  backup.close()
  console.log(`Restored ${path.resolve(file)} to ${target}`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
