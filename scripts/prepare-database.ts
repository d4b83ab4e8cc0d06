// Brings the database up to date before the server starts: applies migrations, then seeds an empty database.
import path from 'node:path'
import { loadEnvConfig } from '@next/env'

loadEnvConfig(process.cwd())

async function main() {
  // Imported after the env files are loaded: the client reads DATABASE_PATH when it opens.
  const { migrate } = await import('drizzle-orm/better-sqlite3/migrator')
  const { databasePath, db, sqlite } = await import('../db/client')
  const { seedIfEmpty } = await import('./seed')
  migrate(db, { migrationsFolder: path.resolve('db/migrations') })
  const seeded = await seedIfEmpty(db)
  console.log(seeded ? `Seeded demo content into ${databasePath}` : `Database ready at ${databasePath}`)
  sqlite.close()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
