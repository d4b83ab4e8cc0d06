// Steps shared by `npm start`, `npm run start:cluster`, the bench and Lighthouse.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'

const envFile = '.env.local'

/** Writes a random AUTH_SECRET into .env.local when none is set: a fresh clone starts with a secret of its own. */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return
  const current = existsSync(envFile) ? readFileSync(envFile, 'utf8') : ''
  if (/^AUTH_SECRET=/m.test(current)) return
  const separator = current === '' || current.endsWith('\n') ? '' : '\n'
  appendFileSync(envFile, `${separator}AUTH_SECRET=${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 })
  console.log(`Generated AUTH_SECRET into ${envFile}`)
}

export function runNode(args, env = {}) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** Applies the migrations and seeds an empty database (DATABASE_PATH, or data/insights.db). */
export function prepareDatabase(env = {}) {
  runNode(['node_modules/tsx/dist/cli.mjs', 'scripts/prepare-database.ts'], env)
}

/**
 * Builds when no build exists. Prerendering reads the database, so the default one is prepared first; what it
 * reads is not served (lib/config/cache-handler.cjs renders every page from the live database).
 */
export function buildIfMissing() {
  if (existsSync('.next/BUILD_ID')) return
  prepareDatabase()
  runNode(['node_modules/next/dist/bin/next', 'build'], { NEXT_TELEMETRY_DISABLED: '1' })
}

/**
 * The arguments for `node` that serve the build on `port`: `next start` with lib/config/client-address.cjs
 * preloaded, so that a client cannot choose the address its rate limits are counted under. Every launcher of the
 * server uses this (npm start, the tests, the bench, Lighthouse, the crash test).
 */
export function nextStartArgs(port) {
  return ['--require', './lib/config/client-address.cjs', 'node_modules/next/dist/bin/next', 'start', '--port', String(port)]
}
