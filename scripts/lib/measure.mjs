// What `npm run bench` measures with, for one process and for the production set-up alike.
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { encode } from 'next-auth/jwt'

/** A session cookie for `member`, signed the way Auth.js signs the ones it issues at login. */
export async function sessionCookie(member, secret) {
  const cookieName = 'authjs.session-token'
  const token = await encode({ token: { sub: String(member.id), uid: member.id, sv: member.sessionVersion, sid: randomUUID() }, secret, salt: cookieName })
  return `${cookieName}=${token}`
}

/** Requests/s and latency of `path` at 20 connections for 10 s, after a 2 s warm-up that fills caches and the JIT. */
export async function measure(origin, title, options) {
  await autocannon({ url: `${origin}${options.path}`, connections: 20, duration: 2, ...options.request })
  const result = await autocannon({ url: `${origin}${options.path}`, connections: 20, duration: 10, ...options.request })
  const errors = result.errors + result.timeouts + result.non2xx
  return { title, path: options.path, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors }
}

function likeActionId() {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8'))
  const entry = Object.entries(manifest.node).find(([, value]) => value.exportedName === 'likeArticle')
  if (!entry) throw new Error('likeArticle not found in the server action manifest')
  return entry[0]
}

/** The like action (like, unlike, …) at 20 connections, and at 1, which shows its latency without queueing. */
export async function measureLikeAction(origin, articlePath, article, cookie) {
  const request = {
    method: 'POST',
    headers: {
      cookie,
      'next-action': likeActionId(),
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin,
    },
    // Each connection likes, then unlikes, and so on.
    requests: [{ body: JSON.stringify([article.id, true]) }, { body: JSON.stringify([article.id, false]) }],
  }
  return [
    await measure(origin, 'Like action', { path: articlePath, request }),
    await measure(origin, 'Like action, 1 connection', { path: articlePath, request: { ...request, connections: 1 } }),
  ]
}

/** How many script files the page loads, and their size gzipped. */
export async function pageJsBytes(origin, pagePath) {
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

/** The table of `results`, each also as a share of the first row's rate (the ceiling). */
export function resultsTable(results) {
  const ceiling = results[0].rps
  return [
    '| What | Path | Requests/s | p50 ms | p99 ms | × ceiling | Errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) => `| ${r.title} | \`${r.path}\` | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.rps / ceiling).toFixed(2)} | ${r.errors} |`,
    ),
  ]
}

export const machine = () => `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}`

/**
 * Writes `section` (starting `## <title>`) into bench/RESULTS.md in place of the earlier section of that title, the
 * sections kept in order of their titles.
 */
export function writeResults(section) {
  const resultsFile = 'bench/RESULTS.md'
  const header = '# Benchmark results\n\nWritten by `npm run bench`; each section is the latest run of its kind.\n\n'
  const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : ''
  const sections = new Map(
    previous
      .split(/^(?=## )/m)
      .filter((text) => text.startsWith('## '))
      .map((text) => [text.split('\n')[0], text.trimEnd()]),
  )
  sections.set(section.split('\n')[0], section.trimEnd())
  const order = (title) => [title.includes('cluster') ? 1 : 0, parseInt(title.slice(3).replace(/,/g, ''), 10) || 0]
  const ordered = [...sections].sort(([a], [b]) => {
    const [x, y] = [order(a), order(b)]
    return x[0] - y[0] || x[1] - y[1]
  })
  writeFileSync(resultsFile, `${header}${ordered.map(([, text]) => text).join('\n\n')}\n`)
  console.log(`Written to ${resultsFile}`)
}
