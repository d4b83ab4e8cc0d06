// `npm run start:cluster`: the production set-up on one machine. Builds when needed (as `npm start` does), starts
// one `next start` worker per core (WORKERS overrides) on ports of their own, one shared cache in Redis (REDIS_URL,
// or a redis-server of its own when that is unset), and nginx in front on PORT with the project's config
// (deploy/nginx/insights.conf). A worker that dies is started again. SIGTERM or Ctrl-C stops everything it started.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildIfMissing, ensureAuthSecret, prepareDatabase } from './lib/build.mjs'
import { startRedisServer, which } from './lib/redis-server.mjs'
import { sleep, spawnOwned, startServer } from './lib/server.mjs'

process.env.NEXT_TELEMETRY_DISABLED = '1'
const port = Number(process.env.PORT || 3000)
const workerCount = Number(process.env.WORKERS || os.availableParallelism())
// Workers listen on the ports after nginx's: 3001, 3002, … for PORT=3000.
const workerPorts = Array.from({ length: workerCount }, (_, i) => port + 1 + i)
const runDir = path.resolve(process.env.CLUSTER_DIR || 'data/cluster')
const appDir = process.cwd()

function fail(message) {
  console.error(message)
  process.exit(1)
}

if (!Number.isInteger(workerCount) || workerCount < 1 || workerCount > 64) fail('WORKERS must be a whole number from 1 to 64.')
const nginx = which('nginx')
if (!nginx) fail('npm run start:cluster needs nginx. On Debian or Ubuntu: sudo apt-get install nginx-light (or nginx).')
if (!process.env.REDIS_URL && workerCount > 1 && !which('redis-server')) {
  fail(
    'With more than one worker the page cache must be shared: set REDIS_URL, or install redis-server ' +
      '(Debian or Ubuntu: sudo apt-get install redis-server) and this starts one of its own.',
  )
}

ensureAuthSecret()
prepareDatabase()
buildIfMissing()
rmSync(runDir, { recursive: true, force: true })
mkdirSync(path.join(runDir, 'cache'), { recursive: true })

let stopping = false
const stops = []

/** A redis-server of the cluster's own, on a socket in the run folder. */
async function startRedis() {
  const redis = await startRedisServer(runDir).catch((error) => fail(error.message))
  console.log(`redis-server: ${redis.url} (pid ${redis.pid})`)
  stops.push(() => redis.stop())
  return redis.url
}

const redisUrl = process.env.REDIS_URL || (workerCount > 1 ? await startRedis() : '')
// nginx is the one proxy in front of the workers, and the site's address is nginx's.
const workerEnv = {
  PORT: String(port),
  TRUSTED_PROXY_HOPS: '1',
  ...(redisUrl && { REDIS_URL: redisUrl }),
}

/** The running worker on each port. */
const workers = new Map()
stops.push(() => Promise.all([...workers.values()].map((worker) => worker.stop())))

/** Keeps a worker running: started again whenever it exits, until the cluster stops. */
async function superviseWorker(index) {
  const workerPort = workerPorts[index]
  for (;;) {
    const worker = await startServer({ port: workerPort, env: workerEnv })
    workers.set(workerPort, worker)
    console.log(`worker ${index + 1}: http://127.0.0.1:${workerPort} (pid ${worker.pid})`)
    const ended = await worker.exited
    if (stopping) return
    console.error(`worker ${index + 1} (pid ${worker.pid}) ended (${ended}); starting it again`)
    await sleep(500)
  }
}

function writeNginxConfig() {
  const site = readFileSync(path.join(appDir, 'deploy/nginx/insights.conf'), 'utf8')
  const values = {
    APP_DIR: appDir,
    PORT: String(port),
    CACHE_DIR: path.join(runDir, 'cache'),
    WORKERS: workerPorts.map((workerPort) => `server 127.0.0.1:${workerPort} max_fails=1 fail_timeout=2s;`).join('\n    '),
  }
  writeFileSync(path.join(runDir, 'insights.conf'), site.replace(/\$\{(APP_DIR|PORT|CACHE_DIR|WORKERS)\}/g, (_, name) => values[name]))
  // What a server's /etc/nginx/nginx.conf provides, with every path in the run folder.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${path.join(runDir, kind)};`)
  writeFileSync(
    path.join(runDir, 'nginx.conf'),
    [
      'worker_processes auto;',
      `pid ${path.join(runDir, 'nginx.pid')};`,
      'error_log stderr warn;',
      'events { worker_connections 4096; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  ${temp.join('\n  ')}`,
      `  include ${path.join(runDir, 'insights.conf')};`,
      '}',
      '',
    ].join('\n'),
  )
}

async function stopAll(code) {
  if (stopping) return
  stopping = true
  console.log('Stopping the cluster…')
  await Promise.all(stops.map((stop) => stop()))
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0))

const supervisors = workerPorts.map((_, index) => superviseWorker(index))
writeNginxConfig()
execFileSync(nginx, ['-t', '-q', '-p', runDir, '-c', path.join(runDir, 'nginx.conf')], { stdio: 'inherit' })
const proxy = spawnOwned(nginx, ['-p', runDir, '-c', path.join(runDir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' })
stops.push(() => {
  proxy.kill('SIGQUIT') // finish the requests in flight
  return new Promise((resolve) => (proxy.exitCode === null ? proxy.once('exit', resolve) : resolve()))
})
proxy.once('exit', (code) => {
  if (stopping) return
  console.error(`nginx ended (${code}); stopping the cluster`)
  stopAll(1)
})
console.log(
  `Insights on http://localhost:${port}: nginx in front of ${workerCount} ${workerCount === 1 ? 'worker' : 'workers'}` +
    `${redisUrl ? `, sharing the cache in Redis (${redisUrl})` : ''}.`,
)
await Promise.all(supervisors)
