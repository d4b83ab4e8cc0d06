import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { APIRequestContext } from '@playwright/test'
import { baseURL } from '../playwright.config'
import { membersOnlySentence, publishedSlugs, testDb } from './support/db'
import { expect, test } from './support/fixtures'
import { expectNotFoundPage } from './support/not-found'

// Articles that must stay out of the sitemap and feeds, plus one free article (no members-only part). They are
// dated 2001 so they sort after the seeded articles that other specs pick by position.
const hidden = {
  draft: { status: 'draft', publishedAt: '2001-01-01', noindex: 0 },
  scheduled: { status: 'scheduled', publishedAt: '2099-01-01', noindex: 0 },
  archived: { status: 'archived', publishedAt: '2001-01-01', noindex: 0 },
  noindex: { status: 'published', publishedAt: '2001-01-01', noindex: 1 },
} as const
const freeSlug = 'e2e-free-article'

test.beforeAll(() => {
  const insert = testDb().prepare(`
    insert or ignore into articles (slug, title, lede, section_id, author_id, status, noindex, published_at,
      source_markdown, teaser_html, body_html, teaser_text, body_text)
    values (?, ?, 'A lede.', (select min(id) from sections), (select min(id) from authors), ?, ?, ?, '', '<p>Teaser.</p>', ?, 'Teaser.', ?)`)
  for (const [name, article] of Object.entries(hidden)) {
    const seconds = Date.parse(article.publishedAt) / 1000
    insert.run(`e2e-${name}-article`, `The ${name} article`, article.status, article.noindex, seconds, '<p>Body.</p>', 'Body.')
  }
  insert.run(freeSlug, 'A free article', 'published', 0, Date.parse('2001-01-01') / 1000, '', '')
  testDb().prepare("insert or ignore into tags (slug, name) values ('e2e-empty-tag', 'Empty tag')").run()
  testDb().prepare("insert or ignore into tags (slug, name) values ('e2e-paged-tag', 'Paged tag')").run()
  for (let i = 1; i <= 13; i++) {
    insert.run(`e2e-paged-${i}`, `Paged article ${i}`, 'published', 0, Date.parse('2001-01-01') / 1000 + i, '', '')
    testDb()
      .prepare(`insert or ignore into article_tags (article_id, tag_id)
        select a.id, t.id from articles a, tags t where a.slug = ? and t.slug = 'e2e-paged-tag'`)
      .run(`e2e-paged-${i}`)
  }
})

const walledSlugs = publishedSlugs()
  .filter((slug) => !slug.startsWith('e2e-'))
  .slice(0, 14)

async function getText(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  return response.text()
}

function jsonLdOf(html: string) {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
  return blocks.map((block) => JSON.parse(block[1])).find((data) => data['@type'] === 'NewsArticle')
}

test('a walled article describes itself as NewsArticle with the paywall marked, and no articleBody', async ({
  request,
}) => {
  // An article of an `article` section (seminars, talks and papers have their own types: e2e/programme.spec.ts).
  const slug = 'first-party-data-is-not-a-strategy'
  const article = testDb()
    .prepare(
      `select a.title, a.lede, a.language, au.name as author, au.slug as authorSlug from articles a
       join authors au on au.id = a.author_id where a.slug = ?`,
    )
    .get(slug) as { title: string; lede: string; language: string; author: string; authorSlug: string }
  const html = await getText(request, `/articles/${slug}`)
  const data = jsonLdOf(html)
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lede,
    image: [`${baseURL}/articles/${slug}/og.png`],
    inLanguage: article.language,
    author: [{ '@type': 'Person', name: article.author, url: `${baseURL}/authors/${article.authorSlug}` }],
    publisher: {
      '@type': 'Organization',
      name: 'Insights on Marketing & Technology',
      logo: { '@type': 'ImageObject', url: `${baseURL}/logo.png` },
    },
    isAccessibleForFree: false,
    hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' },
  })
  expect(Date.parse(data.datePublished)).not.toBeNaN()
  expect(Date.parse(data.dateModified)).not.toBeNaN()
  expect(data).not.toHaveProperty('articleBody')
  expect(JSON.stringify(data)).not.toContain(membersOnlySentence(slug))
  expect((await request.get('/logo.png')).headers()['content-type']).toBe('image/png')
})

test('every walled page of every kind marks its wall on a CreativeWork, as Google reads paywalled content', async ({ request }) => {
  const onePerKind = ['first-party-data-is-not-a-strategy', 'talk-brand-is-a-memory-not-a-mood-board', 'seminar-measuring-brand-without-a-survey-budget', 'paper-search-traffic-after-ai-answers']
  const creativeWorks = ['NewsArticle', 'VideoObject', 'Report', 'WebPage']
  for (const slug of onePerKind) {
    const html = await getText(request, `/articles/${slug}`)
    const nodes = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
      .map((block) => JSON.parse(block[1]))
      .flatMap((data) => data['@graph'] ?? [data])
    expect(nodes.filter((node) => creativeWorks.includes(node['@type'])), slug).toContainEqual(
      expect.objectContaining({ isAccessibleForFree: false, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' } }),
    )
    expect(nodes.filter((node) => node.isAccessibleForFree === true), slug).toEqual([])
    expect(html.match(/class="paywall[ "]/g), slug).toHaveLength(1)
  }
})

test('.paywall holds the wall for anonymous readers and the members-only part for members', async ({
  browser,
  readerPage,
}) => {
  const slug = walledSlugs[0]
  const page = await (await browser.newContext()).newPage()
  await page.goto(`/articles/${slug}`)
  await expect(page.locator('.paywall')).toHaveCount(1)
  await expect(page.locator('.paywall')).toContainText('Sorry! You are not logged in.')
  await readerPage.goto(`/articles/${slug}`)
  await expect(readerPage.locator('.paywall')).toHaveCount(1)
  await expect(readerPage.locator('.paywall')).toContainText(membersOnlySentence(slug))
})

test('a free article says it is free, with no paywall part and no wall', async ({ page, request }) => {
  const data = jsonLdOf(await getText(request, `/articles/${freeSlug}`))
  expect(data.isAccessibleForFree).toBe(true)
  expect(data).not.toHaveProperty('hasPart')
  expect(data).not.toHaveProperty('articleBody')
  await page.goto(`/articles/${freeSlug}`)
  await expect(page.getByText('Sorry! You are not logged in.')).toHaveCount(0)
})

test('article pages carry canonical, Open Graph and Twitter metadata from the public parts only', async ({ page }) => {
  const slug = walledSlugs[1]
  await page.goto(`/articles/${slug}`)
  const meta = (selector: string) => page.locator(selector).first()
  await expect(page).toHaveTitle(/ · Insights on Marketing & Technology$/)
  await expect(meta('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/articles/${slug}`)
  await expect(meta('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(meta('meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}/articles/${slug}/og.png`)
  await expect(meta('meta[property="article:published_time"]')).toHaveAttribute('content', /^\d{4}-/)
  await expect(meta('meta[property="article:modified_time"]')).toHaveAttribute('content', /^\d{4}-/)
  await expect(meta('meta[property="article:author"]')).toHaveAttribute('content', new RegExp(`^${baseURL}/authors/`))
  await expect(meta('meta[property="article:section"]')).toHaveAttribute('content', /.+/)
  await expect(meta('meta[property="article:tag"]')).toHaveAttribute('content', /.+/)
  await expect(meta('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  const secret = membersOnlySentence(slug)
  for (const content of await page.locator('head meta').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content') ?? ''))) {
    expect(content).not.toContain(secret)
  }
})

test('the Open Graph image is a PNG', async ({ request }) => {
  const response = await request.get(`/articles/${walledSlugs[0]}/og.png`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  expect((await response.body()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect((await request.get('/articles/no-such-article/og.png')).status()).toBe(404)
})

test('the sitemap parses, lists only public indexable articles, and each of its URLs answers 200', async ({
  request,
}) => {
  const xml = await getText(request, '/sitemap.xml')
  expect(XMLValidator.validate(xml)).toBe(true)
  const parsed = new XMLParser().parse(xml)
  const locs: string[] = parsed.urlset.url.map((entry: { loc: string }) => entry.loc)
  for (const slug of walledSlugs) expect(locs).toContain(`${baseURL}/articles/${slug}`)
  for (const name of Object.keys(hidden)) expect(locs).not.toContain(`${baseURL}/articles/e2e-${name}-article`)
  expect(locs).toContain(`${baseURL}/sections/articles`)
  expect(locs.some((loc) => loc.startsWith(`${baseURL}/authors/`))).toBe(true)
  expect(locs.some((loc) => loc.startsWith(`${baseURL}/tags/`))).toBe(true)
  for (const loc of locs) {
    expect((await request.get(loc.replace(baseURL, ''))).status(), loc).toBe(200)
  }
  for (const slug of walledSlugs) expect(xml).not.toContain(membersOnlySentence(slug))
})

test('robots.txt keeps crawlers out of admin, account and api, and points to the sitemap', async ({ request }) => {
  const robots = await getText(request, '/robots.txt')
  for (const path of ['/admin', '/account', '/api']) expect(robots).toContain(`Disallow: ${path}`)
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
})

test('the RSS feeds parse and carry teasers with links, never the members-only part', async ({ request }) => {
  for (const path of ['/feed.xml', '/sections/articles/feed.xml', '/sections/talks/feed.xml']) {
    const response = await request.get(path)
    expect(response.headers()['content-type']).toContain('application/rss+xml')
    const xml = await response.text()
    expect(XMLValidator.validate(xml), path).toBe(true)
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss
    expect(rss['@_version']).toBe('2.0')
    const items = [rss.channel.item].flat()
    expect(items.length, path).toBeGreaterThan(0)
    for (const item of items) {
      expect(item.link).toMatch(new RegExp(`^${baseURL}/articles/`))
      expect(item.title).toBeTruthy()
    }
    for (const name of Object.keys(hidden)) expect(xml).not.toContain(`e2e-${name}-article`)
    for (const slug of walledSlugs) expect(xml, `${path} leaks ${slug}`).not.toContain(membersOnlySentence(slug))
  }
  expect((await request.get('/sections/no-such-section/feed.xml')).status()).toBe(404)
})

test('anonymous search never finds or quotes a members-only sentence; a member finds it quoted', async ({
  request,
  readerPage,
}) => {
  for (const slug of walledSlugs) {
    const secret = membersOnlySentence(slug)
    const html = await getText(request, `/search?q=${encodeURIComponent(secret)}`)
    // The page echoes the query in the search box and heading; the results list must hold nothing of it.
    const results = /<ol[^>]*>([\s\S]*?)<\/ol>/.exec(html)![1]
    expect(results.includes(secret), slug).toBe(false)
    expect(results.includes(`/articles/${slug}"`), slug).toBe(false)
  }
  const slug = walledSlugs[2]
  const secret = membersOnlySentence(slug)
  await readerPage.goto(`/search?q=${encodeURIComponent(secret)}`)
  const result = readerPage.getByRole('listitem').filter({ has: readerPage.locator(`a[href="/articles/${slug}"]`) })
  await expect(result).toHaveCount(1)
  const snippet = (await result.locator('.search-snippet').innerText()).replace(/\s+/g, ' ')
  const words = secret.split(/\s+/)
  const windows = words.slice(0, -3).map((_, i) => words.slice(i, i + 4).join(' '))
  expect(windows.some((window) => snippet.includes(window)), snippet).toBe(true)
  await expect(result.locator('mark').first()).toBeVisible()
})

test('search finds åbning for aabning and highlights it', async ({ page }) => {
  await page.goto('/search?q=aabning')
  await expect(page.getByRole('heading', { name: /results? for “aabning”/ })).toBeVisible()
  await expect(page.locator('mark').filter({ hasText: /^åbning$/i }).first()).toBeVisible()
})

test('hostile search strings get a page, not an error', async ({ request }) => {
  const queries = ['"', '"unbalanced', '*', 'a*', 'NEAR(a b)', 'NEAR', '-x', 'a -b', '(((', ')', 'a OR', 'AND',
    '{title}: x', 'x'.repeat(2000), "'; drop table articles; --", '\u0000\u0001', '%', '😀', 'ae oe aa']
  for (const q of queries) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`)
    expect(response.status(), q).toBe(200)
    // The page streams, so the status alone would not show an error: the results heading must be there instead.
    const html = await response.text()
    expect(html, q).toMatch(/id="results-heading"[^>]*>(No results for|\d+ results? for)/)
    expect(html, q).not.toContain('Something went wrong')
  }
  for (const page of ['0', '-1', 'abc', '1e9']) {
    await expectNotFoundPage(await request.get(`/search?q=brand&page=${page}`))
  }
})

test('sections, tags and authors list their articles, with stable pagination and empty states', async ({ page, request }) => {
  await page.goto('/sections/talks')
  await expect(page.getByRole('heading', { level: 1, name: 'Talks' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
  expect((await request.get('/sections/talks?page=1')).status()).toBe(200)
  await expectNotFoundPage(await request.get('/sections/talks?page=99'))
  await expectNotFoundPage(await request.get('/sections/talks?page=abc'))

  const { slug: tagSlug, name: tagName } = testDb()
    .prepare('select t.slug, t.name from tags t join article_tags at on at.tag_id = t.id limit 1')
    .get() as { slug: string; name: string }
  await page.goto(`/tags/${tagSlug}`)
  await expect(page.getByRole('heading', { level: 1, name: tagName })).toBeVisible()
  await page.goto('/tags/e2e-paged-tag')
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await expect(pagination).toContainText('Page 1 of 2')
  await expect(page.locator('main article')).toHaveCount(12)
  await pagination.getByRole('link', { name: 'Older →' }).click()
  await expect(page).toHaveURL('/tags/e2e-paged-tag?page=2')
  await expect(page.locator('main article')).toHaveCount(1)
  await expect(page.getByRole('link', { name: 'Paged article 1', exact: true })).toBeVisible()
  await expect(pagination.getByRole('link', { name: '← Newer' })).toHaveAttribute('href', '/tags/e2e-paged-tag')
  await page.goto('/tags/e2e-empty-tag')
  await expect(page.getByText('Nothing tagged Empty tag has been published yet.')).toBeVisible()

  const article = walledSlugs[3]
  await page.goto(`/articles/${article}`)
  await page.getByText(/^By:/).getByRole('link').first().click() // the lead author
  await expect(page).toHaveURL(/\/authors\//)
  await expect(page.getByRole('heading', { name: /^Articles by / })).toBeVisible()
  await expect(page.locator(`a[href="/articles/${article}"]`)).toBeVisible()
  await expectNotFoundPage(await request.get('/authors/nobody-by-that-name'))
  await expectNotFoundPage(await request.get('/tags/nothing-by-that-name'))
})

test('the 404 page offers search and the latest articles, and leaks nothing', async ({ page }) => {
  const response = await page.goto('/articles/not-here-at-all')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('search')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Latest articles' })).toBeVisible()
  const html = await page.content()
  for (const slug of walledSlugs) expect(html).not.toContain(membersOnlySentence(slug))
})
