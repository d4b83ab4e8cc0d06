import { randomUUID } from 'node:crypto'
import { insertArticle, insertGiftLink, likeCount, membersOnlySentence, publishedSlugs, testDb } from './support/db'
import { expect, test } from './support/fixtures'
import { cookieHeader, createAccount } from './support/staff'

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

test('a member gets the same cached page as every member, and the members-only part only from their own private request', async ({
  request,
}) => {
  const { slug } = insertArticle()
  const secret = membersOnlySentence(slug)
  const member = { cookie: await cookieHeader(await createAccount('reader')) }
  const path = `/articles/${slug}`
  const variants: Record<string, string>[] = [{}, { RSC: '1' }, { RSC: '1', 'Next-Router-Prefetch': '1' }]
  for (const headers of variants) {
    const name = JSON.stringify(headers)
    for (let i = 0; i < 2; i++) {
      const page = await request.get(path, { headers: { ...headers, ...member } })
      // Next writes its own policy on RSC payloads: private for a navigation ("private, no-cache, no-store, …"),
      // public for a prefetch, which is the page's public shell; a cache in front may keep that only per Cookie.
      if (headers['Next-Router-Prefetch']) expect(page.headers().vary, name).toContain('Cookie')
      else expect(page.headers()['cache-control'], name).toMatch(/^private, (.* )?no-store/)
      expect((await page.text()).includes(secret), name).toBe(false)
      // Kept whole by Next: no part of it is rendered for this member.
      if (i > 0 && !headers.RSC) expect(['HIT', 'STALE'], name).toContain(page.headers()['x-nextjs-cache'])
    }
  }

  const parts = `/api/articles/${slug}/reader`
  const forMember = await request.get(parts, { headers: member })
  expect(forMember.headers()['cache-control']).toBe('private, no-store')
  const mine = await forMember.json()
  expect(mine.body.access).toBe('full')
  expect(mine.body.bodyHtml).toContain(secret)
  expect(mine.viewer.name).toBe('Test reader')
  // Without a session, with a forged or a cut one: the wall, however often a member asked before.
  for (const cookie of ['', 'authjs.session-token=forged', member.cookie.slice(0, -10)]) {
    const response = await request.get(parts, { headers: { cookie } })
    expect(response.headers()['cache-control'], cookie).toBe('private, no-store')
    const text = await response.text()
    expect(text.includes(secret), cookie).toBe(false)
    expect(JSON.parse(text), cookie).toMatchObject({ viewer: null, body: { access: 'wall' } })
  }
  for (const bad of ['no-such-article', '%E2%80%AE', 'x'.repeat(300)]) {
    const response = await request.get(`/api/articles/${bad}/reader`, { headers: member })
    expect(response.status(), bad).toBe(404)
    expect(await response.json(), bad).toEqual({ message: 'There is no such article.' })
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

test('the member, reader and gift variants are reachable only through proxy.ts', async ({ request }) => {
  for (const path of ['/m', '/r', `/r/articles/${slugs[0]}`, '/g', `/g/articles/${slugs[0]}`, `/g/articles/${slugs[0]}?gift=x`]) {
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
