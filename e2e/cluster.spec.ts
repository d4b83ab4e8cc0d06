import type { APIRequestContext } from '@playwright/test'
import { clusterPort, clusterURL, isRunning, startCluster, startRedis, type TestCluster, type TestRedis } from './support/cluster'
import { insertArticle, insertGiftLink, membersOnlySentence, testDb } from './support/db'
import { expect, test } from './support/fixtures'
import { sweepForLeaks } from './support/leak-sweep'
import { articleFormFields, callAction, cookieHeader, createAccount, pageAs } from './support/staff'

// The production set-up (npm run start:cluster): nginx in front of two workers that share one cache in Redis, run
// by this spec on ports of its own, on the e2e database. It runs last and alone (its own Playwright project).

test.describe.configure({ mode: 'serial' })

let redis: TestRedis
let cluster: TestCluster

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000)
  redis = await startRedis()
  cluster = await startCluster(redis.url)
})

test.afterAll(async () => {
  await cluster?.stop()
  await redis?.stop()
})

const workerURLs = () => [...cluster.workers.keys()].map((port) => `http://127.0.0.1:${port}`)
const wall = 'Sorry! You are not logged in.'
// nginx keeps an anonymous page for a second.
const microCacheLifetime = () => new Promise((resolve) => setTimeout(resolve, 1_100))

async function body(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers })
  return { status: response.status, text: await response.text(), cache: response.headers.get('x-cache') }
}

test('the leak sweep passes through nginx, before and after members have read every article', async ({ playwright, browser }) => {
  test.setTimeout(480_000)
  const request = await playwright.request.newContext({ baseURL: clusterURL })
  const reader = await pageAs(browser, await createAccount('reader'), clusterURL)
  const { responses, secrets } = await sweepForLeaks(request, reader)
  console.log(`Leak sweep through nginx: ${responses} anonymous responses checked twice against ${secrets} sentences.`)
})

test('behind nginx, a member right after anonymous readers gets the full body, and a reader right after a member the wall', async () => {
  const { slug } = insertArticle()
  const secret = membersOnlySentence(slug)
  const member = { cookie: await cookieHeader(await createAccount('reader')) }
  const url = `${clusterURL}/articles/${slug}`
  const parts = `${clusterURL}/api/articles/${slug}/reader`
  const variants: Record<string, string>[] = [{}, { RSC: '1' }, { RSC: '1', 'Next-Router-Prefetch': '1' }]
  for (const variant of variants) {
    const name = JSON.stringify(variant)
    for (let i = 0; i < 3; i++) {
      const anonymous = await body(url, variant)
      expect(anonymous.text.includes(secret), name).toBe(false)
      // The page itself is kept by the micro-cache; Next marks an anonymous RSC navigation private, so it is not.
      if (i > 0 && !variant.RSC) expect(anonymous.cache, name).toMatch(/HIT|UPDATING/)
    }
    // The member's page is the reader variant, public content only; the body comes in their own request.
    const forMember = await body(url, { ...variant, ...member })
    expect(forMember.cache, name).toBe('BYPASS')
    expect(forMember.text.includes(secret), name).toBe(false)
    const memberParts = await body(parts, member)
    expect(memberParts.cache, name).toBe('BYPASS')
    expect(memberParts.text, name).toContain(secret)
    const after = await body(url, variant)
    expect(after.text.includes(secret), name).toBe(false)
    if (!variant.RSC) expect(after.text, name).toContain(wall)
    for (let i = 0; i < 2; i++) {
      const anonymousParts = await body(parts)
      expect(anonymousParts.text.includes(secret), name).toBe(false)
      expect(JSON.parse(anonymousParts.text).body, name).toEqual({ access: 'wall' })
      expect(anonymousParts.cache, name).not.toMatch(/HIT|UPDATING|STALE/)
    }
  }
})

test('behind nginx, a gifted page is never kept: the plain address right after it shows the wall', async () => {
  const { id, slug } = insertArticle()
  const secret = membersOnlySentence(slug)
  const gifted = `${clusterURL}/articles/${slug}?gift=${insertGiftLink(id, (await createAccount('reader')).id)}`
  const plain = `${clusterURL}/articles/${slug}`
  for (const variant of [{}, { RSC: '1' }, { RSC: '1', 'Next-Router-Prefetch': '1' }] as Record<string, string>[]) {
    const name = JSON.stringify(variant)
    // Twice within nginx's second: the second is no more from the cache than the first.
    for (let i = 0; i < 2; i++) {
      const gift = await body(gifted, variant)
      expect(gift.cache, name).toBe('BYPASS')
      if (!variant['Next-Router-Prefetch']) expect(gift.text, name).toContain(secret)
    }
    const after = await body(plain, variant)
    expect(after.text.includes(secret), name).toBe(false)
    if (!variant.RSC) expect(after.text, name).toContain(wall)
  }
})

/** Saves the editor's form for a test article through one worker, as the browser would post it (from its current version). */
async function saveThrough(request: APIRequestContext, cookie: string, article: { id: number; slug: string }, changes: Record<string, string>) {
  const { version } = testDb().prepare('select version from articles where id = ?').get(article.id) as { version: number }
  const fields = articleFormFields(`Article ${article.slug}`, {
    id: String(article.id),
    version: String(version),
    slug: article.slug,
    publishedAt: '2001-01-01T12:00:00',
    ...changes,
  })
  const response = await callAction(request, 'saveArticleForm', { fields }, { cookie, path: `/admin/articles/${article.id}` })
  expect(await response.text()).toContain('Saved.')
}

test('an unpublish and an edit through one worker hold on every worker and through nginx at once; a like through one shows on the other, and an unlike goes through nginx', async ({
  playwright,
}) => {
  const [first, second] = workerURLs()
  const gone = insertArticle()
  const edited = insertArticle()
  const paths = [gone, edited].map(({ slug }) => `/articles/${slug}`)
  for (const origin of [first, second, clusterURL]) {
    for (const path of paths) expect((await body(`${origin}${path}`)).status, `${origin}${path}`).toBe(200)
  }

  const editor = await cookieHeader(await createAccount('editor'))
  const request = await playwright.request.newContext({ baseURL: first })
  await saveThrough(request, editor, gone, { intent: 'unpublish' })
  const newTitle = `Edited through one worker ${edited.slug}`
  await saveThrough(request, editor, edited, { title: newTitle, intent: 'save' })

  // nginx's copies end their second; the first request after that is answered from the old copy while it fetches the
  // new one in the background (proxy_cache_background_update), so it is sent, and answered, before the count.
  await microCacheLifetime()
  await expect.poll(async () => (await body(`${clusterURL}${paths[0]}`)).status).toBe(404)
  await expect.poll(async () => (await body(`${clusterURL}${paths[1]}`)).text.includes(newTitle)).toBe(true)
  const stale: string[] = []
  for (const origin of [first, second, clusterURL]) {
    const answers = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => [await body(`${origin}${paths[0]}`), await body(`${origin}${paths[1]}`, i % 2 ? { RSC: '1' } : {})]),
    )
    for (const [i, [unpublished, changed]] of answers.entries()) {
      if (unpublished.status !== 404) stale.push(`${origin}${paths[0]}: ${unpublished.status}`)
      if (!changed.text.includes(newTitle)) stale.push(`${origin}${paths[1]}${i % 2 ? ' (RSC)' : ''}: old title`)
    }
  }
  expect(stale).toEqual([])

  const liked = insertArticle()
  const reader = await cookieHeader(await createAccount('reader'))
  const like = await callAction(request, 'likeArticle', { args: [liked.id, true] }, { cookie: reader, path: `/articles/${liked.slug}` })
  expect(await like.text()).toContain('"ok":true')
  await expect.poll(async () => (await body(`${second}/articles/${liked.slug}`)).text.includes('1 person likes this')).toBe(true)
  // And the unlike through nginx, as a browser on the site's address posts it (its Origin names the port).
  const site = await playwright.request.newContext({ baseURL: clusterURL })
  const unlike = await callAction(site, 'likeArticle', { args: [liked.id, false] }, { cookie: reader, path: `/articles/${liked.slug}`, headers: { origin: clusterURL } })
  expect(await unlike.text()).toContain('"ok":true')
})

test('with Redis stopped, reads answer 200 and writes succeed; when it is back, the cache fills again', async ({ playwright }) => {
  const [first, second] = workerURLs()
  const { id, slug } = insertArticle()
  await redis.stop()
  for (const origin of [first, second, clusterURL]) {
    for (const path of ['/', `/articles/${slug}`, '/sections/articles']) {
      expect((await body(`${origin}${path}`)).status, `${origin}${path} without Redis`).toBe(200)
    }
  }
  const request = await playwright.request.newContext({ baseURL: second })
  const like = await callAction(request, 'likeArticle', { args: [id, true] }, {
    cookie: await cookieHeader(await createAccount('reader')),
    path: `/articles/${slug}`,
  })
  expect(await like.text()).toContain('"ok":true')
  // Logged once per worker, not once per request.
  expect(cluster.output().match(/Redis cache unavailable/g)?.length ?? 0).toBeLessThanOrEqual(2)

  await redis.start()
  await expect
    .poll(async () => {
      await body(`${first}/articles/${slug}`)
      return (await fetch(`${first}/articles/${slug}`)).headers.get('x-nextjs-cache')
    })
    .toBe('HIT')
  expect(await redis.keyCount()).toBeGreaterThan(0)
  expect((await body(`${second}/articles/${slug}`)).text).toContain('1 person likes this')
})

test('kill -9 of a worker under a read load: nginx sends the reads to the other, and start:cluster starts it again', async () => {
  const [port, pid] = [...cluster.workers.entries()][0]
  const { slug } = insertArticle()
  let sent = 0
  let failed = 0
  let running = true
  // Each request a different address, so that the micro-cache cannot answer it: every one reaches a worker.
  const reader = async (n: number) => {
    for (let i = 0; running; i++) {
      sent++
      const response = await fetch(`${clusterURL}/articles/${slug}?reader=${n}-${i}`).catch(() => null)
      if (response?.status !== 200) failed++
      await response?.text()
    }
  }
  const load = Promise.all(Array.from({ length: 8 }, (_, n) => reader(n)))
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  process.kill(pid, 'SIGKILL')
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  running = false
  await load
  console.log(`kill -9 of worker ${pid} under load: ${failed} of ${sent} requests failed (8 in flight at most).`)
  expect(failed).toBeLessThanOrEqual(8)
  const restarted = await cluster.restarted(port, pid)
  expect((await body(`http://127.0.0.1:${port}/articles/${slug}`)).status, `worker ${restarted}`).toBe(200)
})

test('SIGTERM stops nginx and the workers and leaves no process behind; nginx has freed its port', async () => {
  const pids = await cluster.stop()
  expect(pids.length).toBeGreaterThanOrEqual(4) // nginx, two workers, the restarted one
  for (const pid of pids) expect(isRunning(pid), `pid ${pid}`).toBe(false)
  await expect(fetch(`http://127.0.0.1:${clusterPort}/api/health`)).rejects.toThrow()
})
