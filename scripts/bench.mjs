// `npm run bench [-- --articles N] [-- --cluster]`: seeds a throwaway database with N articles (default 1,000) and
// measures with autocannon (20 connections, 10 s each):
// - by default one `next start` process (what `npm start` runs): a static file (the ceiling), the home page, an
//   anonymous article, a member's article (the page and the reader's parts it asks for, each alone and as a view of
//   both) and the like action;
// - with --cluster the production set-up (`npm run start:cluster`: nginx, a worker per core, Redis): nginx's own
//   static file of the size of the article page (the ceiling of that set-up), the same pages and action through
//   nginx, and the member's article with one worker against one per core.
// Prints the tables and writes them to bench/RESULTS.md, one section per kind of run and archive size.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { machine, measure, measureLikeAction, pageJsBytes, resultsTable, sessionCookie, writeResults } from './lib/measure.mjs'
import { startRedisServer } from './lib/redis-server.mjs'
import { sleep, spawnOwned, startServer } from './lib/server.mjs'

// Ctrl-C or a SIGTERM ends the run; the servers it started go with it (scripts/lib/server.mjs).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, cluster: { type: 'boolean', default: false } } })
const articleCount = Number(values.articles)
if (!Number.isInteger(articleCount) || articleCount < 20) {
  console.error('--articles must be a whole number of at least 20')
  process.exit(2)
}

const port = 3555
const origin = `http://localhost:${port}`
const secret = 'bench-only-secret-bench-only-secret-bench-only'
const databasePath = path.resolve(`data/bench/bench-${articleCount}.db`)
for (const suffix of ['', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true })
mkdirSync(path.dirname(databasePath), { recursive: true })
// Publications' PDFs, seeded beside the throwaway database.
const documentsDir = path.join(path.dirname(databasePath), 'documents')
const serverEnv = { DATABASE_PATH: databasePath, DOCUMENTS_DIR: documentsDir, AUTH_SECRET: secret, SITE_URL: origin }

console.log(`Seeding ${articleCount} articles into ${databasePath}…`)
const seedOutput = execFileSync(
  process.execPath,
  ['node_modules/tsx/dist/cli.mjs', 'bench/seed.ts', '--articles', String(articleCount)],
  { env: { ...process.env, ...serverEnv }, encoding: 'utf8' },
)
const { member, article } = JSON.parse(seedOutput.trim().split('\n').at(-1))
const memberCookie = await sessionCookie(member, secret)
const articlePath = `/articles/${article.slug}`
const readerPartsPath = `/api/articles/${article.slug}/reader`
const asMember = { headers: { cookie: memberCookie } }
const archive = `${articleCount.toLocaleString('en')} articles`
const howMeasured = 'autocannon, 20 connections, 10 s per row after a 2 s warm-up'

function smallestPublicFile() {
  const files = readdirSync('public')
    .map((name) => ({ name, size: statSync(path.join('public', name)).size }))
    .sort((a, b) => a.size - b.size)
  return `/${files[0].name}`
}

/**
 * A member's view of the article: the page (the same cached reader variant for every member) and then the reader's
 * parts, which the page asks for. Each connection asks for one, then the other; a view is two requests, so views/s
 * is half the requests/s (the latencies are per request).
 */
async function measureMemberView(title) {
  const result = await measure(origin, title, { path: articlePath, request: { ...asMember, requests: [{ path: articlePath }, { path: readerPartsPath }] } })
  return { ...result, path: `${articlePath} + ${readerPartsPath}`, rps: result.rps / 2 }
}

/** The pages and the action every run measures, after its own ceiling. */
async function pagesAndAction() {
  return [
    await measure(origin, 'Home, anonymous', { path: '/' }),
    await measure(origin, 'Article, anonymous', { path: articlePath }),
    await measure(origin, 'Article, member: the page alone', { path: articlePath, request: asMember }),
    await measure(origin, 'Article, member: the reader\'s parts alone', { path: readerPartsPath, request: asMember }),
    await measureMemberView('Article, member: views/s (page + parts)'),
    ...(await measureLikeAction(origin, articlePath, article, memberCookie)),
  ]
}

async function benchOneProcess() {
  const server = await startServer({ port, env: serverEnv })
  try {
    const staticFile = () => measure(origin, 'Static file (ceiling)', { path: smallestPublicFile() })
    const before = await staticFile()
    const rows = await pagesAndAction()
    const after = await staticFile()
    // The better of a measurement before the pages and one after: one taken while the machine was busy or the
    // server cold would flatter every share of it.
    const results = [before.rps >= after.rps ? before : after, ...rows]
    const js = await pageJsBytes(origin, articlePath)
    return [
      `## ${archive}`,
      '',
      `Run ${new Date().toISOString()} on ${machine()}; one \`next start\` process; ${howMeasured}.`,
      '',
      ...resultsTable(results),
      '',
      `Article page JavaScript: ${js.files} files, ${(js.gzipped / 1024).toFixed(1)} KiB gzipped.`,
    ].join('\n')
  } finally {
    await server.stop()
  }
}

/** `npm run start:cluster` with `workers` workers on the bench database; resolves once nginx answers. */
async function startCluster(workers, redisUrl) {
  const cluster = spawnOwned(process.execPath, ['scripts/start-cluster.mjs'], {
    env: {
      ...process.env,
      ...serverEnv,
      PORT: String(port),
      WORKERS: String(workers),
      CLUSTER_DIR: path.resolve('data/bench/cluster'),
      REDIS_URL: redisUrl,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  cluster.stdout.on('data', (chunk) => (output += chunk))
  const exited = new Promise((resolve) => cluster.once('exit', resolve))
  for (;;) {
    if (cluster.exitCode !== null) throw new Error(`start:cluster exited with ${cluster.exitCode}`)
    const up = output.split('\n').filter((line) => line.startsWith('worker ')).length >= workers
    if (up && (await fetch(`${origin}/api/health`).then((r) => r.ok, () => false))) break
    await sleep(250)
  }
  return {
    async stop() {
      cluster.kill('SIGTERM')
      await exited
    },
  }
}

async function benchCluster() {
  const cores = os.availableParallelism()
  // One Redis for both runs, so that 1 worker and N differ in the number of workers alone (start:cluster would
  // keep one worker's cache in its memory).
  const redisDir = path.resolve('data/bench/redis')
  rmSync(redisDir, { recursive: true, force: true })
  mkdirSync(redisDir, { recursive: true })
  const redis = await startRedisServer(redisDir)
  let cluster = await startCluster(cores, redis.url)
  // nginx's ceiling: a file in public/ as large as the anonymous article page, served by nginx from disk.
  const pageBytes = Buffer.byteLength(await (await fetch(`${origin}${articlePath}`)).text())
  const ceilingFile = path.join('public', 'bench-ceiling.html')
  writeFileSync(ceilingFile, `<!doctype html><p>${'x'.repeat(Math.max(0, pageBytes - 20))}</p>`)
  let results
  let oneWorker
  try {
    results = [
      await measure(origin, `nginx: static file of ${(pageBytes / 1024).toFixed(1)} KB (ceiling)`, { path: '/bench-ceiling.html' }),
      ...(await pagesAndAction()),
    ]
    await cluster.stop()
    cluster = await startCluster(1, redis.url)
    oneWorker = await measureMemberView('Article, member, 1 worker: views/s (page + parts)')
  } finally {
    rmSync(ceilingFile, { force: true })
    await cluster.stop()
    await redis.stop()
  }
  const member = results.find((r) => r.title === 'Article, member: views/s (page + parts)')
  return [
    `## ${archive}, cluster`,
    '',
    `Run ${new Date().toISOString()} on ${machine()}; \`npm run start:cluster\`: nginx in front of ${cores} workers sharing Redis, measured through nginx; ${howMeasured}.`,
    '',
    ...resultsTable(results),
    '',
    `Member article with 1 worker (the same Redis): ${Math.round(oneWorker.rps)} views/s (p50 ${oneWorker.p50} ms); with ${cores}: ` +
      `${Math.round(member.rps)} views/s, ${(member.rps / oneWorker.rps).toFixed(2)} ×.`,
  ].join('\n')
}

const section = values.cluster ? await benchCluster() : await benchOneProcess()
console.log(`\n${section}\n`)
writeResults(section)
