// Starts the production server for the cluster, a measurement or a test (bench, Lighthouse, the crash test) and
// stops exactly that process: `next start` run directly (not through npm or npx), so the child is the next-server
// process itself, in its own process group, so nothing it starts outlives it, whatever way this script ends.
import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { buildIfMissing, nextStartArgs } from './build.mjs'

const running = new Set()

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

// However this script ends, nothing it started outlives it.
process.on('exit', () => {
  for (const child of running) killGroup(child)
})

/** Spawns `command` in a process group of its own, killed (with all it started) when this script exits. */
export function spawnOwned(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true })
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

export const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds))

/** Starts `next start` on `port` and waits for /api/health. `log`: a file for its output (otherwise stderr shows). */
export async function startServer({ port, env = {}, log }) {
  buildIfMissing()
  const out = log ? openSync(log, 'a') : 'ignore'
  const child = spawnOwned(process.execPath, nextStartArgs(port), {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', out, log ? out : 'inherit'],
  })
  if (log) closeSync(out)
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)))
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}${log ? ` (see ${log})` : ''}`)
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      killGroup(child)
      throw new Error('the server did not answer /api/health within 60 s')
    }
    await sleep(250)
  }
  return {
    pid: child.pid,
    /** Resolves with the signal or exit code the server ended with. */
    exited,
    /** kill -9 of the server and anything it started. */
    kill() {
      killGroup(child)
    },
    /** SIGTERM, then kill -9 after 10 s. */
    async stop() {
      child.kill('SIGTERM')
      const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])
      if (!stopped) killGroup(child)
      await exited
    },
  }
}
