// A redis-server of our own, for the cluster and the bench: on a socket in `dir`, keeping nothing on disk (it is a
// cache), in a process group of its own (scripts/lib/server.mjs), so it never outlives the script that started it.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { sleep, spawnOwned } from './server.mjs'

/** The full path of `program` on PATH (or in the sbin folders, where Debian puts nginx), or null. */
export function which(program) {
  for (const dir of (process.env.PATH ?? '').split(':').concat('/usr/sbin', '/sbin')) {
    if (existsSync(path.join(dir, program))) return path.join(dir, program)
  }
  return null
}

/** Starts redis-server on a socket in `dir`; resolves once it listens, with its URL, its pid and how to stop it. */
export async function startRedisServer(dir) {
  const socket = path.join(dir, 'redis.sock')
  const child = spawnOwned(which('redis-server'), ['--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  while (!existsSync(socket)) {
    if (child.exitCode !== null) throw new Error('redis-server did not start.')
    await sleep(50)
  }
  return {
    url: `unix://${socket}`,
    pid: child.pid,
    stop() {
      child.kill('SIGTERM')
      return new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()))
    },
  }
}
