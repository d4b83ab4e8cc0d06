// `npm run bench [-- --articles N]`: seeds a throwaway database with N articles (default 1,000), starts the
// production server on it and measures, with autocannon (20 connections, 10 s each), a static file (the ceiling),
// the home page, an anonymous article, a member's article and the like action. Prints a table and writes it to
// bench/RESULTS.md, one section per archive size.
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { encode } from 'next-auth/jwt'
import { startServer } from './lib/server.mjs'

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } })
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

console.log(`Seeding ${articleCount} articles into ${databasePath}…`)
const seedOutput = execFileSync(
  process.execPath,
  ['node_modules/tsx/dist/cli.mjs', 'bench/seed.ts', '--articles', String(articleCount)],
  { env: { ...process.env, DATABASE_PATH: databasePath, DOCUMENTS_DIR: documentsDir }, encoding: 'utf8' },
)
const { member, article } = JSON.parse(seedOutput.trim().split('\n').at(-1))

const server = await startServer({ port, env: { DATABASE_PATH: databasePath, DOCUMENTS_DIR: documentsDir, AUTH_SECRET: secret, SITE_URL: origin } })

// A real session cookie, signed the way Auth.js signs the ones it issues at login.
const cookieName = 'authjs.session-token'
const sessionToken = await encode({
  token: { sub: String(member.id), uid: member.id, sv: member.sessionVersion, sid: randomUUID() },
  secret,
  salt: cookieName,
})
const memberCookie = `${cookieName}=${sessionToken}`

function smallestPublicFile() {
  const files = readdirSync('public')
    .map((name) => ({ name, size: statSync(path.join('public', name)).size }))
    .sort((a, b) => a.size - b.size)
  return `/${files[0].name}`
}

function likeActionId() {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8'))
  const entry = Object.entries(manifest.node).find(([, value]) => value.exportedName === 'likeArticle')
  if (!entry) throw new Error('likeArticle not found in the server action manifest')
  return entry[0]
}

async function measure(title, options) {
  // A short warm-up fills caches and JIT, then the measured run.
  await autocannon({ url: `${origin}${options.path}`, connections: 20, duration: 2, ...options.request })
  const result = await autocannon({ url: `${origin}${options.path}`, connections: 20, duration: 10, ...options.request })
  const errors = result.errors + result.timeouts + result.non2xx
  return { title, path: options.path, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors }
}

async function pageJsBytes(pagePath) {
  const html = await (await fetch(`${origin}${pagePath}`)).text()
  // Modern browsers skip the noModule polyfill script, so it is not counted.
  const tags = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1]).filter((attrs) => !/noModule/i.test(attrs))
  const scripts = [...new Set(tags.map((attrs) => /src="([^"]+)"/.exec(attrs)?.[1]).filter(Boolean))]
  let gzipped = 0
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer())
    gzipped += gzipSync(body, { level: 9 }).length
  }
  return { files: scripts.length, gzipped }
}

/** The like action (like, unlike, …) at 20 connections, and at 1, which shows its latency without queueing behind the others. */
async function measureLikeAction(articlePath) {
  const request = {
    method: 'POST',
    headers: {
      cookie: memberCookie,
      'next-action': likeActionId(),
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin,
    },
    // Each connection likes, then unlikes, and so on.
    requests: [{ body: JSON.stringify([article.id, true]) }, { body: JSON.stringify([article.id, false]) }],
  }
  return [
    await measure('Like action', { path: articlePath, request }),
    await measure('Like action, 1 connection', { path: articlePath, request: { ...request, connections: 1 } }),
  ]
}

try {
  const articlePath = `/articles/${article.slug}`
  const memberHeaders = { cookie: memberCookie }
  const results = [
    await measure('Static file (ceiling)', { path: smallestPublicFile() }),
    await measure('Home, anonymous', { path: '/' }),
    await measure('Article, anonymous', { path: articlePath }),
    await measure('Article, member', { path: articlePath, request: { headers: memberHeaders } }),
    ...(await measureLikeAction(articlePath)),
  ]
  const js = await pageJsBytes(articlePath)
  const ceiling = results[0].rps
  const rows = results.map(
    (r) =>
      `| ${r.title} | \`${r.path}\` | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.rps / ceiling).toFixed(2)} | ${r.errors} |`,
  )
  const section = [
    `## ${articleCount.toLocaleString('en')} articles`,
    '',
    `Run ${new Date().toISOString()} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}; autocannon, 20 connections, 10 s per row after a 2 s warm-up.`,
    '',
    '| What | Path | Requests/s | p50 ms | p99 ms | × ceiling | Errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Article page JavaScript: ${js.files} files, ${(js.gzipped / 1024).toFixed(1)} KiB gzipped.`,
    '',
  ].join('\n')
  console.log(`\n${section}`)

  const resultsFile = 'bench/RESULTS.md'
  const header = '# Benchmark results\n\nWritten by `npm run bench`; each section is the latest run for that archive size.\n\n'
  const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : ''
  const sections = new Map(
    previous
      .split(/^(?=## )/m)
      .filter((text) => text.startsWith('## '))
      .map((text) => [parseInt(text.slice(3).replace(/,/g, ''), 10), text.trimEnd()]),
  )
  sections.set(articleCount, section.trimEnd())
  const ordered = [...sections].sort(([a], [b]) => a - b).map(([, text]) => text)
  writeFileSync(resultsFile, `${header}${ordered.join('\n\n')}\n`)
  console.log(`Written to ${resultsFile}`)
} finally {
  await server.stop()
}
