import { randomUUID } from 'node:crypto'
import { insertArticle, likeCount, membersOnlySentence, publishedSlugs, testDb } from './support/db'
import { expect, test } from './support/fixtures'

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

test('the member variants are reachable only through the session cookie', async ({ request }) => {
  for (const path of ['/m', `/m/articles/${slugs[0]}`]) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})
