// The leak sweep: every anonymous output, searched for a sentence from each members-only part. Run once cold, and
// again after a member has read every article, when a cache keyed on the wrong thing would have something to give
// away. e2e/leak-sweep.spec.ts runs it against the test server, e2e/cluster.spec.ts through nginx.
import { XMLParser } from 'fast-xml-parser'
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { parseVideoUrl } from '../../lib/articles/video'
import { insertGiftLink, membersOnlySentence, testDb } from './db'
import { createAccount } from './staff'

function walledSlugs(): string[] {
  const rows = testDb()
    .prepare(
      `select slug from articles
       where status in ('published', 'scheduled') and published_at <= unixepoch() and body_html <> '' and slug not like 'e2e-%'`,
    )
    .all() as { slug: string }[]
  return rows.map((row) => row.slug)
}

function talkVideoIds(): string[] {
  const rows = testDb().prepare('select video_url from talks').all() as { video_url: string }[]
  return rows.map((row) => parseVideoUrl(row.video_url)!.id)
}

function pdfFiles(): string[] {
  return (testDb().prepare('select pdf_file from publications').all() as { pdf_file: string }[]).map((row) => row.pdf_file)
}

// The articles other tests add as they run (slugs `e2e-…`) are of kinds the seed already has.
const addedByTests = /^\/articles\/e2e-/

/** The page's path when only its return address (`callbackUrl`) sets it apart: login and registration. */
function withReturnAddress(link: string) {
  const { pathname, searchParams } = new URL(link, 'http://site')
  return [...searchParams.keys()].join() === 'callbackUrl' ? pathname : undefined
}

/**
 * The sitemap's pages, every same-site page they link to (one login and one registration page, whatever their return
 * address), the feeds, the API's route handlers and the 404 page.
 */
async function anonymousUrls(request: APIRequestContext): Promise<string[]> {
  const sitemap = new XMLParser().parse(await (await request.get('/sitemap.xml')).text())
  const listed = [sitemap.urlset.url].flat().map((entry: { loc: string }) => new URL(entry.loc).pathname)
  const pages = listed.filter((path) => !addedByTests.test(path))
  const urls = new Set<string>(pages)
  const returnAddressPages = new Set<string>()
  for (const path of pages) {
    const html = await (await request.get(path)).text()
    for (const [, href] of html.matchAll(/href="(\/[^"#]*)"/g)) {
      const link = href.replaceAll('&amp;', '&')
      if (link.startsWith('/_next/') || link.startsWith('/admin') || link.startsWith('/account') || addedByTests.test(link)) continue
      const returnAddressPage = withReturnAddress(link)
      if (returnAddressPage && returnAddressPages.has(returnAddressPage)) continue
      if (returnAddressPage) returnAddressPages.add(returnAddressPage)
      urls.add(link)
    }
  }
  for (const extra of ['/feed.xml', '/robots.txt', '/api/health', '/api/auth/session', '/api/auth/csrf', '/api/auth/providers', '/no-such-page', '/articles/no-such-article']) {
    urls.add(extra)
  }
  return [...urls]
}

const variants: { name: string; headers: Record<string, string>; query: string }[] = [
  { name: 'HTML', headers: {}, query: '' },
  { name: 'RSC', headers: { RSC: '1' }, query: '' },
  { name: 'RSC prefetch', headers: { RSC: '1', 'Next-Router-Prefetch': '1' }, query: '' },
  { name: '?_rsc', headers: {}, query: '_rsc=leak1' },
]

async function sweep(request: APIRequestContext, urls: string[], secrets: string[]) {
  // A search page echoes its own query (in the box and the heading), so for a search for one sentence that sentence
  // is looked for only in the results list; every other sentence, everywhere.
  const searches = secrets.map((secret) => ({ url: `/search?q=${encodeURIComponent(secret)}`, echoes: secret }))
  const requests = [...urls.map((url) => ({ url, echoes: '' })), ...searches].flatMap(({ url, echoes }) =>
    variants.map((variant) => ({ variant, echoes, target: variant.query ? `${url}${url.includes('?') ? '&' : '?'}${variant.query}` : url })),
  )
  // Every leak is listed, and the list checked once at the end: an expect() per sentence and response would be 30,000
  // of them, which cost the test process more than the server's answers.
  const leaks: string[] = []
  // A few at a time, as several readers would.
  const queue = [...requests]
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { variant, echoes, target } = next
      const body = await (await request.get(target, { headers: variant.headers })).text()
      for (const secret of secrets) {
        if (secret !== echoes && body.includes(secret)) leaks.push(`${variant.name} ${target}: ${secret}`)
      }
      if (echoes && variant.name === 'HTML') {
        const results = /<ol[^>]*>([\s\S]*?)<\/ol>/.exec(body)?.[1] ?? ''
        if (results.includes(echoes)) leaks.push(`results of ${target}: ${echoes}`)
      }
    }
  }
  await Promise.all(Array.from({ length: 6 }, worker))
  expect(leaks).toEqual([])
  return requests.length
}

/**
 * Sweeps the anonymous outputs `request` reaches, has the member of `readerPage` read every walled article (page,
 * RSC payload and the reader's parts) and a reader without a session open each through a gift link (page, RSC
 * payload and prefetch), and sweeps again. Returns how many responses each round checked, against how many secrets.
 */
export async function sweepForLeaks(request: APIRequestContext, readerPage: Page) {
  const slugs = walledSlugs()
  // A sentence of each members-only part, and the other members-only things: talks' videos and the PDFs' files.
  const secrets = [...slugs.map(membersOnlySentence), ...talkVideoIds(), ...pdfFiles()]
  expect(secrets.length).toBeGreaterThanOrEqual(16)

  // One list for both rounds (tests running beside this one add pages as it goes), with the reader's parts of each
  // walled article as a request without a session asks for them.
  const urls = [...(await anonymousUrls(request)), ...slugs.map((slug) => `/api/articles/${slug}/reader`)]
  expect(urls.length).toBeGreaterThan(30)
  const cold = await sweep(request, urls, secrets)

  for (const slug of slugs) {
    await readerPage.goto(`/articles/${slug}`)
    await expect(readerPage.getByText(membersOnlySentence(slug))).toBeVisible()
    await readerPage.request.get(`/articles/${slug}`, { headers: { RSC: '1' } })
    await readerPage.request.get(`/api/articles/${slug}/reader`)
  }
  const giver = await createAccount('reader', 'Sweep Giver')
  for (const slug of slugs) {
    const { id } = testDb().prepare('select id from articles where slug = ?').get(slug) as { id: number }
    const gifted = `/articles/${slug}?gift=${insertGiftLink(id, giver.id)}`
    const page = await request.get(gifted)
    expect(page.headers()['cache-control'], gifted).toBe('private, no-store')
    expect(await page.text(), gifted).toContain(membersOnlySentence(slug))
    for (const headers of [{ RSC: '1' }, { RSC: '1', 'Next-Router-Prefetch': '1' }] as Record<string, string>[]) await request.get(gifted, { headers })
  }

  await sweep(request, urls, secrets)
  return { responses: cold, secrets: secrets.length }
}
