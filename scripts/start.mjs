// `npm start`: a working site from a fresh clone. Generates AUTH_SECRET into .env.local when none is set,
// migrates and seeds the database, builds when no build exists, then serves on PORT (default 3000).
import { spawn } from 'node:child_process'
import { buildIfMissing, ensureAuthSecret, nextStartArgs, prepareDatabase } from './lib/build.mjs'

process.env.NEXT_TELEMETRY_DISABLED = '1'

ensureAuthSecret()
prepareDatabase()
buildIfMissing()

const port = process.env.PORT || '3000'
const server = spawn(process.execPath, nextStartArgs(port), {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
