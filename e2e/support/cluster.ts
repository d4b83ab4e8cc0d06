// The production set-up under test: a redis-server and `npm run start:cluster` (nginx and two workers) of the test's
// own, on the ports just above E2E_PORT and in a folder of its own, on the e2e database. Both are stopped by PID.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createClient } from '@redis/client'
import { e2ePort, e2eServerEnv } from '../../playwright.config'

const folder = path.resolve('data/e2e/cluster')
export const clusterPort = e2ePort + 10
export const clusterURL = `http://localhost:${clusterPort}`
const redisPort = e2ePort + 20

function exited(child: ChildProcess) {
  return new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, seconds = 120) {
  const deadline = Date.now() + seconds * 1000
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${what}: not ready within ${seconds} s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export type TestRedis = { url: string; stop(): Promise<void>; start(): Promise<void>; keyCount(): Promise<number> }

/** A redis-server on its own port, keeping nothing on disk; `stop` and `start` again, as an outage would. */
export async function startRedis(): Promise<TestRedis> {
  const dir = path.join(folder, 'redis')
  mkdirSync(dir, { recursive: true })
  const url = `redis://127.0.0.1:${redisPort}`
  let server: ChildProcess | undefined
  const ping = async () => {
    const client = createClient({ url, socket: { reconnectStrategy: false } })
    client.on('error', () => {})
    try {
      await client.connect()
      return (await client.ping()) === 'PONG'
    } catch {
      return false
    } finally {
      if (client.isOpen) await client.close()
    }
  }
  const redis: TestRedis = {
    url,
    async start() {
      server = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
        stdio: 'ignore',
      })
      await waitFor('redis-server', ping)
    },
    async stop() {
      if (!server) return
      server.kill('SIGKILL')
      await exited(server)
      server = undefined
    },
    async keyCount() {
      const client = createClient({ url })
      await client.connect()
      const count = (await client.keys('insights:*')).length
      await client.close()
      return count
    },
  }
  await redis.start()
  return redis
}

export type TestCluster = {
  /** The workers' ports and current PIDs, as start:cluster last reported them. */
  workers: Map<number, number>
  /** Everything start:cluster printed, its errors included. */
  output(): string
  /** Waits until the worker on `port` runs under another PID than `pid`. */
  restarted(port: number, pid: number): Promise<number>
  /** SIGTERM to start:cluster; resolves with the PIDs it had started, once it has exited. */
  stop(): Promise<number[]>
}

/** `npm run start:cluster` with two workers, the test's Redis, and the e2e database. */
export async function startCluster(redisUrl: string): Promise<TestCluster> {
  const dir = path.join(folder, 'run')
  rmSync(dir, { recursive: true, force: true })
  let output = ''
  const workers = new Map<number, number>()
  const started = new Set<number>()
  const child = spawn(process.execPath, ['scripts/start-cluster.mjs'], {
    env: {
      ...process.env,
      ...e2eServerEnv,
      PORT: String(clusterPort),
      SITE_URL: clusterURL,
      WORKERS: '2',
      REDIS_URL: redisUrl,
      CLUSTER_DIR: dir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const read = (chunk: Buffer) => {
    output += chunk.toString()
    for (const [, port, pid] of output.matchAll(/worker \d+: http:\/\/127\.0\.0\.1:(\d+) \(pid (\d+)\)/g)) {
      workers.set(Number(port), Number(pid))
      started.add(Number(pid))
    }
  }
  child.stdout!.on('data', read)
  child.stderr!.on('data', read)
  const health = async () => {
    try {
      return (await fetch(`${clusterURL}/api/health`)).ok && workers.size === 2
    } catch {
      return false
    }
  }
  await waitFor('npm run start:cluster', async () => {
    if (child.exitCode !== null) throw new Error(`start:cluster exited (${child.exitCode}):\n${output}`)
    return health()
  })
  const pidFile = path.join(dir, 'nginx.pid')
  const nginx = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : undefined
  return {
    workers,
    output: () => output,
    async restarted(port, pid) {
      await waitFor(`the worker on ${port}`, async () => workers.get(port) !== pid && (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)))
      return workers.get(port)!
    },
    async stop() {
      child.kill('SIGTERM')
      await exited(child)
      return [...started, ...(nginx ? [nginx] : [])]
    },
  }
}

/** True while a process with that PID exists. */
export function isRunning(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
