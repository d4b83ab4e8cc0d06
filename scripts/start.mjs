// `npm start`: a working site from a fresh clone. Generates AUTH_SECRET into .env.local when none is set,
// migrates and seeds the database, builds when no build exists, then serves on PORT (default 3000).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { buildIfMissing, nextStartArgs, prepareDatabase } from './lib/build.mjs'

process.env.NEXT_TELEMETRY_DISABLED = '1'
const envFile = '.env.local'

function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return
  const current = existsSync(envFile) ? readFileSync(envFile, 'utf8') : ''
  if (/^AUTH_SECRET=/m.test(current)) return
  const separator = current === '' || current.endsWith('\n') ? '' : '\n'
  appendFileSync(envFile, `${separator}AUTH_SECRET=${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 })
  console.log(`Generated AUTH_SECRET into ${envFile}`)
}

ensureAuthSecret()
prepareDatabase()
buildIfMissing()

const port = process.env.PORT || '3000'
const server = spawn(process.execPath, nextStartArgs(port), {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
