// Starts the production server for a measurement (bench, Lighthouse) and stops exactly that process.
import { spawn } from 'node:child_process'
import { buildIfMissing } from './build.mjs'

export async function startServer({ port, env }) {
  buildIfMissing()
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`)
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM')
      throw new Error('the server did not answer /api/health within 60 s')
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    async stop() {
      child.kill('SIGTERM')
      await exited
    },
  }
}
