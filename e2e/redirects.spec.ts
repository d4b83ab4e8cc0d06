import type { APIRequestContext, Page } from '@playwright/test'
import { baseURL } from '../playwright.config'
import { insertArticle, testDb } from './support/db'
import { expect, test } from './support/fixtures'
import { cookieHeader, createAccount, pageAs } from './support/staff'

// Old addresses keep working: a published article's old slugs answer one permanent redirect to where it is now.

const editorForm = (desk: Page) => desk.getByRole('form', { name: 'Article' })
function draft() {
  const article = insertArticle()
  testDb().prepare("update articles set status = 'draft' where id = ?").run(article.id)
  return article
}
const slugOf = (id: number) => (testDb().prepare('select slug from articles where id = ?').get(id) as { slug: string }).slug


/** Changes the article's slug in the editor and waits for the save. */
async function rename(desk: Page, id: number, slug: string) {
  await desk.goto(`/admin/articles/${id}`)
  await editorForm(desk).getByLabel('Slug').fill(slug)
  await editorForm(desk).getByRole('button', { name: /Save/ }).first().click()
  await expect.poll(() => slugOf(id)).toBe(slug)
}

/**
 * Where a request is sent: the status and the path of its Location, without following it. (A page rendered for the
 * request, rather than served from the cache, carries its Location header twice, with the same value: Next.js writes
 * it while rendering and again from the new cache entry. One address either way.)
 */
async function answer(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(path, { headers, maxRedirects: 0 })
  const locations = new Set(response.headersArray().filter((header) => header.name.toLowerCase() === 'location').map((header) => new URL(header.value, baseURL).pathname))
  expect(locations.size, `${path}: ${[...locations].join(', ')}`).toBeLessThan(2)
  return { status: response.status(), to: [...locations][0] }
}

/** The redirects an RSC payload carries: Next.js answers its router's requests with the redirect in the payload. */
async function rscRedirects(request: APIRequestContext, path: string, headers: Record<string, string>) {
  const payload = await (await request.get(path, { headers: { RSC: '1', ...headers } })).text()
  return [...new Set(payload.match(/NEXT_REDIRECT;[a-z]+;[^;]+;\d+;/g))]
}

test('renaming a published article twice: both old addresses answer one permanent redirect to the current one, from the cache, and the sitemap has only the current one', async ({
  browser,
  request,
}) => {
  const { id, slug: first } = insertArticle()
  const [second, third] = [`${first}-second`, `${first}-third`]
  // Cached under the old address before it moves: the rename must end that entry at once.
  expect((await request.get(`/articles/${first}`)).status()).toBe(200)
  const desk = await pageAs(browser, await createAccount('editor'))
  await rename(desk, id, second)
  await rename(desk, id, third)

  const member = await cookieHeader(await createAccount('reader'))
  const viewers: Record<string, string>[] = [{}, { cookie: member }]
  const rscRequests: Record<string, string>[] = [{}, { 'Next-Router-Prefetch': '1' }]
  for (const old of [first, second]) {
    for (const headers of viewers) {
      expect(await answer(request, `/articles/${old}`, headers), `${old} ${JSON.stringify(headers)}`).toEqual({ status: 308, to: `/articles/${third}` })
      // RSC: a navigation and a prefetch (served from the page's cache entry) by Next's client router.
      for (const rsc of rscRequests) {
        expect(await rscRedirects(request, `/articles/${old}`, { ...headers, ...rsc }), `${old} ${JSON.stringify({ ...headers, ...rsc })}`).toEqual([
          `NEXT_REDIRECT;replace;/articles/${third};308;`,
        ])
      }
    }
    for (const route of ['/og.png', '/calendar.ics', '/pdf']) {
      expect(await answer(request, `/articles/${old}${route}`), `${old}${route}`).toEqual({ status: 308, to: `/articles/${third}${route}` })
    }
  }
  // Served from the cache like a page: the second of two requests in a row.
  await request.get(`/articles/${second}`, { maxRedirects: 0 })
  const again = await request.get(`/articles/${second}`, { maxRedirects: 0 })
  expect(['HIT', 'STALE']).toContain(again.headers()['x-nextjs-cache'])
  expect(again.status()).toBe(308)
  // A browser follows it to the article, with its address in the bar.
  const reader = await browser.newPage()
  await reader.goto(`/articles/${second}`)
  await expect(reader).toHaveURL(`/articles/${third}`)
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible()

  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`/articles/${third}</loc>`)
  expect(sitemap).not.toContain(`/articles/${first}</loc>`)
  expect(sitemap).not.toContain(`/articles/${second}</loc>`)
})

test('a draft’s slug change leaves no redirect', async ({ browser, request }) => {
  const { id, slug } = draft()
  await rename(await pageAs(browser, await createAccount('editor')), id, `${slug}-renamed`)
  expect(await answer(request, `/articles/${slug}`)).toEqual({ status: 404, to: undefined })
  expect(testDb().prepare('select count(*) as n from article_redirects where article_id = ?').get(id)).toEqual({ n: 0 })
})

test('a new article takes another article’s old address only when the editor confirms it, and the redirect ends at once', async ({
  browser,
  request,
}) => {
  const { id, slug: old, title } = insertArticle()
  const desk = await pageAs(browser, await createAccount('editor'))
  await rename(desk, id, `${old}-moved`)
  expect(await answer(request, `/articles/${old}`)).toEqual({ status: 308, to: `/articles/${old}-moved` })

  await desk.goto('/admin/articles/new')
  const form = editorForm(desk)
  await form.getByLabel('Title').fill(`Newcomer at ${old}`)
  await form.getByLabel('Slug').fill(old)
  await form.getByLabel('Lede').fill('A new article at an old address.')
  await form.getByLabel('Body (Markdown)').fill('Its body.')
  await form.getByLabel('Section').selectOption({ label: 'Articles' })
  await form.getByLabel('Author', { exact: true }).selectOption({ index: 1 })
  await form.getByLabel('Publish date').fill('2001-02-03T10:00:00')
  await desk.getByRole('button', { name: 'Save draft' }).click()
  await expect(form.getByText(`This is an old address of “${title}”: it redirects there.`)).toBeVisible()
  expect(await answer(request, `/articles/${old}`)).toEqual({ status: 308, to: `/articles/${old}-moved` })

  await form.getByRole('checkbox', { name: 'Take this address anyway' }).check()
  await desk.getByRole('button', { name: 'Save draft' }).click()
  await desk.waitForURL(/\/admin\/articles\/\d+\?created=1$/)
  // A draft: the address answers nothing until it is published, and no longer redirects.
  expect(await answer(request, `/articles/${old}`)).toEqual({ status: 404, to: undefined })
  await desk.getByRole('button', { name: 'Publish' }).click()
  await expect(editorForm(desk).getByRole('status').getByText('Saved.')).toBeVisible()
  await expect.poll(async () => (await request.get(`/articles/${old}`)).text()).toContain(`Newcomer at ${old}`)
})
