import { randomUUID } from 'node:crypto'
import { insertArticle, insertGiftLink, likeCount, membersOnlySentence, publishedSlugs, testDb } from './support/db'
import { expect, test } from './support/fixtures'
import { createAccount } from './support/staff'

const slugs = publishedSlugs()

test('after a member has read an article, anonymous requests for it still get only the teaser', async ({
  readerPage,
  request,
}) => {
  const slug = slugs[8]
  const secret = membersOnlySentence(slug)
  const memberResponse = await readerPage.goto(`/articles/${slug}`)
  await expect(readerPage.getByText(secret)).toBeVisible()
  expect(memberResponse?.headers()['cache-control']).toBe('private, no-store')
  const memberRsc = await readerPage.request.get(`/articles/${slug}`, { headers: { RSC: '1' } })
  expect(memberRsc.headers()['cache-control']).toBe('private, no-store')

  const variants: { headers: Record<string, string>; query?: string }[] = [
    { headers: {} },
    { headers: { RSC: '1' } },
    { headers: { RSC: '1', 'Next-Router-Prefetch': '1' } },
    { headers: { RSC: '1' }, query: '?_rsc=abc12' },
  ]
  for (const variant of variants) {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(`/articles/${slug}${variant.query ?? ''}`, { headers: variant.headers })
      const body = await response.text()
      expect(body.includes(secret), JSON.stringify(variant)).toBe(false)
      expect(body).toContain('Sorry! You are not logged in.')
    }
  }
})

test('the static page is served from the cache, and a like shows up for the next anonymous request', async ({
  readerPage,
  request,
}) => {
  const { slug } = insertArticle()
  const path = `/articles/${slug}`
  await request.get(path)
  const cached = await request.get(path)
  // HIT, or STALE once the entry is past its minute and is being refreshed in the background: both from the cache.
  expect(['HIT', 'STALE']).toContain(cached.headers()['x-nextjs-cache'])
  expect(await cached.text()).toContain('Be the first to like this.')

  await readerPage.goto(path)
  await readerPage.getByRole('button', { name: 'Like' }).click()
  await expect(readerPage.getByText('You like this')).toBeVisible()
  await expect.poll(() => likeCount(slug)).toBe(1)
  await expect.poll(async () => (await (await request.get(path)).text()).includes('1 person likes this')).toBe(true)
})

test('the query string of the reader a shared page was rendered for never reaches the next reader', async ({ request }) => {
  // Pages no one has asked for yet, so the request carrying the query is the one that renders what the cache keeps:
  // a whole static page (an article) and a page with a shell and a per-request part (a tag's listing).
  const { id, slug } = insertArticle()
  const tagSlug = `e2e-tag-${randomUUID().slice(0, 8)}`
  const tagId = testDb().prepare('insert into tags (slug, name) values (?, ?)').run(tagSlug, tagSlug).lastInsertRowid
  testDb().prepare('insert into article_tags (article_id, tag_id) values (?, ?)').run(id, tagId)
  const variants: Record<string, string>[] = [{}, { RSC: '1' }, { RSC: '1', 'Next-Router-Prefetch': '1' }]

  for (const path of [`/articles/${slug}`, `/tags/${tagSlug}`]) {
    const marker = `token=${randomUUID()}`
    const first = await request.get(`${path}?${marker}`, { headers: { RSC: '1', 'Next-Router-Prefetch': '1' } })
    expect(first.status()).toBe(200)
    expect(await (await request.get(`${path}?${marker}`)).text()).toContain(slug)
    for (const headers of variants) {
      const later = await request.get(path, { headers })
      expect((await later.text()).includes(marker), `${path} ${JSON.stringify(headers)}`).toBe(false)
    }
  }
})

test('the member and gift variants are reachable only through proxy.ts', async ({ request }) => {
  for (const path of ['/m', `/m/articles/${slugs[0]}`, '/g', `/g/articles/${slugs[0]}`, `/g/articles/${slugs[0]}?gift=x`]) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})

test('a gifted page is for its reader only: private, noindex, and never what the next anonymous reader gets', async ({ request }) => {
  const { id, slug } = insertArticle()
  const secret = membersOnlySentence(slug)
  const gifted = `/articles/${slug}?gift=${insertGiftLink(id, (await createAccount('reader')).id)}`
  const variants: Record<string, string>[] = [{}, { RSC: '1' }, { RSC: '1', 'Next-Router-Prefetch': '1' }]
  for (const headers of variants) {
    const name = JSON.stringify(headers)
    // The gift first, twice, so a cache that kept it would have it to give.
    for (let i = 0; i < 2; i++) {
      const response = await request.get(gifted, { headers })
      expect(response.headers()['cache-control'], name).toBe('private, no-store')
      expect(response.headers()['x-robots-tag'], name).toBe('noindex, nofollow')
      const body = await response.text()
      if (headers['Next-Router-Prefetch']) {
        // A prefetch is the page's shell, kept in Next's cache like the member variant's: it holds no reader's part.
        expect(body.includes(secret), name).toBe(false)
      } else {
        expect(response.headers()['x-nextjs-cache'], name).toBeUndefined()
        expect(body, name).toContain(secret)
      }
    }
    for (const query of ['', '?_rsc=gift1', '?gift=', `?gift=${'A'.repeat(43)}`]) {
      const anonymous = await (await request.get(`/articles/${slug}${query}`, { headers })).text()
      expect(anonymous.includes(secret), `${name} ${query}`).toBe(false)
      if (!headers.RSC) expect(anonymous, `${name} ${query}`).toContain('Sorry! You are not logged in.')
    }
  }
  const html = await (await request.get(gifted)).text()
  expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>')
})
