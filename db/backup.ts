// `npm run backup [file]`: a consistent copy of the live database, made with SQLite's online backup API while the
// site keeps serving. Without a file name, it goes to data/backups/insights-<time>.db.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { loadEnvConfig } from '@next/env'

loadEnvConfig(process.cwd())

async function main() {
  const { databasePath, sqlite } = await import('./client')
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const target = path.resolve(process.argv[2] ?? `data/backups/insights-${stamp}.db`)
  mkdirSync(path.dirname(target), { recursive: true })
  const { totalPages } = await sqlite.backup(target)
  sqlite.close()
  console.log(`Backed up ${databasePath} to ${target} (${totalPages} pages)`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
