import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { toLocalDateTimeInput } from '../lib/core/dates'
import { testDb } from './support/db'
import { expect, test } from './support/fixtures'
import { callAction, cookieHeader, createAccount, pageAs } from './support/staff'

// The article editor's journeys. Articles published here are dated 2001 (unless the test is about timing), so they sort after
// the seeded articles that other tests pick by position.

const unique = () => Math.random().toString(36).slice(2, 10)

// A 1×1 PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
/** The PNG with a marker after its end, so this test can find its own file among the uploads of tests running beside it. */
const markedPng = (marker: string) => Buffer.concat([png, Buffer.from(marker)])
const uploadsDir = path.resolve('data/e2e/uploads')
function uploadsContaining(marker: string): string[] {
  if (!existsSync(uploadsDir)) return []
  return readdirSync(uploadsDir).filter((name) => readFileSync(path.join(uploadsDir, name)).includes(marker))
}
const articlesTitled = (title: string) =>
  (testDb().prepare('select count(*) as n from articles where title = ?').get(title) as { n: number }).n
const articleBySlug = (slug: string) =>
  testDb().prepare('select id, status, created_by_id, cover_image_path from articles where slug = ?').get(slug) as
    | { id: number; status: string; created_by_id: number; cover_image_path: string | null }
    | undefined

/** Fills the fields every article needs; the body is the caller's. */
async function fillArticle(desk: Page, title: string, markdown: string) {
  const form = editorForm(desk)
  await form.getByLabel('Title').fill(title)
  await form.getByLabel('Lede').fill('A lede written on the desk.')
  await form.getByLabel('Body (Markdown)').fill(markdown)
  await form.getByLabel('Section').selectOption({ label: 'Articles' })
  await form.getByLabel('Author', { exact: true }).selectOption({ index: 1 })
}

// By role, so the page a client-side navigation left hidden in the DOM is not matched.
const editorForm = (desk: Page) => desk.getByRole('form', { name: 'Article' })
const saved = (desk: Page) => editorForm(desk).getByRole('status').getByText('Saved.')

test('an editor writes an article with a divider, previews it and publishes it: readers get the teaser and the wall, members all of it', async ({
  browser,
  request,
  readerPage,
}) => {
  const id = unique()
  const desk = await pageAs(browser, await createAccount('editor', 'Eda Editor'))
  await desk.goto('/admin/articles/new')
  await fillArticle(desk, `Desk journey ${id}`, `Public paragraph ${id}.\n\n--- members only ---\n\nMembers paragraph ${id}.`)
  const preview = desk.getByRole('region', { name: 'Live preview' })
  await expect(preview.getByText('Members only from here')).toBeVisible()
  await expect(preview.getByText(`Members paragraph ${id}.`)).toBeVisible()
  const authorSelect = editorForm(desk).getByLabel('Author', { exact: true })
  const [lead, coauthor] = await Promise.all([1, 2].map((i) => authorSelect.locator('option').nth(i).innerText()))
  await editorForm(desk).getByRole('checkbox', { name: coauthor }).check()
  await desk.getByLabel('Tags').fill(`Desk ${id}, Growth`)
  await desk.getByLabel('Publish date').fill('2001-02-03T10:00:00')
  await desk.getByRole('button', { name: 'Save draft' }).click()
  await desk.waitForURL(/\/admin\/articles\/\d+\?created=1$/)
  const slug = `desk-journey-${id}`
  expect(articleBySlug(slug)?.status).toBe('draft')
  expect((await request.get(`/articles/${slug}`)).status()).toBe(404)

  await desk.getByRole('link', { name: 'Preview' }).click()
  await expect(desk.getByRole('heading', { level: 1, name: `Desk journey ${id}` })).toBeVisible()
  await expect(desk.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expect(desk.getByRole('article').getByText(`Public paragraph ${id}.`)).toBeVisible()
  await expect(desk.getByRole('article').getByText(`Members paragraph ${id}.`)).toBeVisible()
  await desk.getByRole('link', { name: 'Back to the editor' }).click()
  await desk.getByRole('button', { name: 'Publish' }).click()
  await expect(saved(desk)).toBeVisible()
  expect(articleBySlug(slug)?.status).toBe('published')

  const anonymous = await request.get(`/articles/${slug}`)
  expect(anonymous.status()).toBe(200)
  const html = await anonymous.text()
  expect(html).toContain(`Public paragraph ${id}.`)
  expect(html).toContain('Sorry! You are not logged in.')
  expect(html).not.toContain(`Members paragraph ${id}`)

  await readerPage.goto(`/articles/${slug}`)
  await expect(readerPage.getByText(`Public paragraph ${id}.`)).toBeVisible()
  await expect(readerPage.getByText(`Members paragraph ${id}.`)).toBeVisible()
  await expect(readerPage.getByRole('link', { name: `Desk ${id}` })).toBeVisible()
  await expect(readerPage.getByText(`By: ${lead} and ${coauthor}`)).toBeVisible()

  const admin = await pageAs(browser, await createAccount('admin'))
  await admin.goto('/admin/audit')
  const entry = admin.getByRole('row').filter({ hasText: `Desk journey ${id}` })
  await expect(entry).toContainText('article.published')
  await expect(entry).toContainText('Eda Editor')
})

test('an author can save a draft but not publish it', async ({ browser }) => {
  const id = unique()
  const author = await createAccount('author')
  const desk = await pageAs(browser, author)
  await desk.goto('/admin')
  await expect(desk).toHaveURL('/admin/articles')
  await desk.getByRole('link', { name: 'New article' }).click()
  await fillArticle(desk, `Author draft ${id}`, `Draft text ${id}.`)
  await expect(desk.getByRole('button', { name: 'Publish' })).toHaveCount(0)
  await desk.getByRole('button', { name: 'Save draft' }).click()
  await desk.waitForURL(/\/admin\/articles\/\d+\?created=1$/)
  expect(articleBySlug(`author-draft-${id}`)).toMatchObject({ status: 'draft', created_by_id: author.id })
  await expect(desk.getByRole('button', { name: 'Publish' })).toHaveCount(0)
  await expect(desk.getByRole('button', { name: 'Archive' })).toHaveCount(0)
})

test('a scheduled article is off home and a 404 for readers until its time, then it appears', async ({ browser, request }) => {
  const id = unique()
  const title = `Scheduled ${id}`
  const slug = `scheduled-${id}`
  const desk = await pageAs(browser, await createAccount('editor'))
  await desk.goto('/admin/articles/new')
  await fillArticle(desk, title, `Scheduled teaser ${id}.`)
  // The publication's own clock decides; 20 seconds ahead is "later" without slowing the suite much.
  const publishAt = new Date(Date.now() + 20_000)
  await desk.getByLabel('Publish date').fill(toLocalDateTimeInput(publishAt))
  await desk.getByRole('button', { name: 'Schedule' }).click()
  await desk.waitForURL(/\/admin\/articles\/\d+\?created=1$/)
  expect(articleBySlug(slug)?.status).toBe('scheduled')

  expect((await request.get(`/articles/${slug}`)).status()).toBe(404)
  expect(await (await request.get('/')).text()).not.toContain(title)
  expect(Date.now()).toBeLessThan(publishAt.getTime())

  // Cached pages end their life at the scheduled time, so the article is there within a request or two of it.
  // (Without that, the cached 404 would stay for up to the cache's usual minute.)
  const poll = { timeout: publishAt.getTime() - Date.now() + 8_000, intervals: [1_000] }
  await expect.poll(async () => (await request.get(`/articles/${slug}`)).status(), poll).toBe(200)
  await expect.poll(async () => (await (await request.get('/')).text()).includes(title), poll).toBe(true)
})

test('Markdown with <script>, onerror= and javascript: links renders without running anything', async ({
  browser,
  readerPage,
}) => {
  const id = unique()
  const dialogs: string[] = []
  const desk = await pageAs(browser, await createAccount('editor'))
  for (const page of [desk, readerPage]) {
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
  }
  await desk.goto('/admin/articles/new')
  await fillArticle(
    desk,
    `Hostile markdown ${id}`,
    [
      `Teaser ${id}.`,
      `<script>alert('script')</script>`,
      `<img src="/missing.png" onerror="alert('onerror')">`,
      `[click me](javascript:alert('link'))`,
      '--- members only ---',
      `<p onmouseover="alert('hover')">Members ${id}.</p><script>alert('body')</script>`,
    ].join('\n\n'),
  )
  await expect(desk.getByRole('region', { name: 'Live preview' }).getByText(`Members ${id}.`)).toBeVisible()
  await desk.getByLabel('Publish date').fill('2001-02-03T10:00:00')
  await desk.getByRole('button', { name: 'Save draft' }).click()
  await desk.waitForURL(/created=1$/)
  await desk.getByRole('button', { name: 'Publish' }).click()
  await expect(saved(desk)).toBeVisible()

  await readerPage.goto(`/articles/hostile-markdown-${id}`)
  await expect(readerPage.getByText(`Members ${id}.`)).toBeVisible()
  await readerPage.getByText('click me').click()
  await readerPage.getByText(`Members ${id}.`).hover()
  // The rendered Markdown: the teaser and the members-only part.
  const articleHtml = (await readerPage.locator('.article-html').evaluateAll((parts) => parts.map((part) => part.innerHTML))).join('')
  expect(articleHtml).toContain(`Members ${id}.`)
  for (const needle of ['<script', 'onerror', 'onmouseover', 'javascript:', 'alert(']) {
    expect(articleHtml).not.toContain(needle)
  }
  expect(dialogs).toEqual([])
})

test('bad input in the editor gets a message at the field, keeps what was typed, and saves nothing', async ({ browser }) => {
  const id = unique()
  const desk = await pageAs(browser, await createAccount('editor'))
  await desk.goto('/admin/articles/new')
  const save = () => desk.getByRole('button', { name: 'Save draft' }).click()

  await save()
  await expect(desk.getByText('Enter a title.')).toBeVisible()
  await expect(desk.getByText('Write the article.')).toBeVisible()
  await expect(desk.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true')

  // A good image with a slug already in use: the article is refused, and the image it brought is not kept.
  const taken = testDb().prepare("select slug, title from articles where status = 'published' limit 1").get() as { slug: string; title: string }
  await fillArticle(desk, `Bad input ${id}`, 'Body.')
  await desk.getByLabel('Slug').fill(taken.slug)
  await desk.getByLabel('Image file').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: markedPng(id) })
  await desk.getByLabel('Image description (alt text)').fill('A cover')
  await save()
  await expect(desk.getByText(`“${taken.title}” already uses this slug.`)).toBeVisible()
  await expect(desk.getByLabel('Title')).toHaveValue(`Bad input ${id}`)
  expect(uploadsContaining(id)).toEqual([])

  await desk.getByLabel('Slug').fill('')
  await desk.getByLabel('Section').evaluate((select: HTMLSelectElement) => {
    select.add(new Option('Forged section', '999999'))
    select.value = '999999'
  })
  await save()
  await expect(desk.getByText('Choose a section from the list.')).toBeVisible()
  expect(uploadsContaining(id)).toEqual([])
  await desk.getByLabel('Section').selectOption({ label: 'Articles' })

  const cover = desk.getByLabel('Image file')
  await cover.setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)">') })
  await save()
  await expect(desk.getByText('Upload a JPEG, PNG or WebP image.')).toBeVisible()

  await cover.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(5 * 1024 * 1024 + 1) })
  await save()
  await expect(desk.getByText('The image is larger than 5 MB.')).toBeVisible()

  expect(articlesTitled(`Bad input ${id}`)).toBe(0)
})

test('the server refuses an oversized image itself, not only the browser', async ({ request }) => {
  const id = unique()
  const editor = await createAccount('editor')
  const fields = {
    id: '',
    title: `Raw oversize ${id}`,
    slug: '',
    lede: 'Lede.',
    language: 'en',
    sectionId: String((testDb().prepare('select min(id) as id from sections').get() as { id: number }).id),
    authorId: String((testDb().prepare('select min(id) as id from authors').get() as { id: number }).id),
    tagNames: '',
    markdown: 'Body.',
    metaDescription: '',
    canonicalUrl: '',
    publishedAt: '',
    coverImageAlt: 'Big',
    intent: 'save',
    cover: new File([png, Buffer.alloc(5 * 1024 * 1024)], 'big.png', { type: 'image/png' }),
  }
  const response = await callAction(request, 'saveArticleForm', { fields }, { cookie: await cookieHeader(editor), path: '/admin/articles/new' })
  expect(response.status()).toBe(200)
  expect(await response.text()).toContain('The image is larger than 5 MB.')
  expect(articlesTitled(`Raw oversize ${id}`)).toBe(0)
})

test('a cover image is checked, stored under data/uploads and shown with next/image', async ({ browser, request }) => {
  const id = unique()
  const desk = await pageAs(browser, await createAccount('editor'))
  await desk.goto('/admin/articles/new')
  await fillArticle(desk, `Covered ${id}`, 'Body.')
  await desk.getByLabel('Image file').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: png })
  await desk.getByLabel('Image description (alt text)').fill(`A red dot ${id}`)
  await desk.getByLabel('Publish date').fill('2001-02-03T10:00:00')
  await desk.getByRole('button', { name: 'Save draft' }).click()
  await desk.waitForURL(/created=1$/)
  await desk.getByRole('button', { name: 'Publish' }).click()
  await expect(saved(desk)).toBeVisible()
  const stored = articleBySlug(`covered-${id}`)!.cover_image_path!
  expect(stored).toMatch(/^[0-9a-f]{32}\.png$/)

  const page = await browser.newPage()
  await page.goto(`/articles/covered-${id}`)
  const image = page.getByRole('img', { name: `A red dot ${id}` })
  await expect(image).toBeVisible()
  expect(await image.getAttribute('src')).toContain(`/_next/image?url=%2Fuploads%2F${stored}`)
  const original = await request.get(`/uploads/${stored}`)
  expect(original.headers()['content-type']).toBe('image/png')
  expect(Buffer.from(await original.body()).equals(png)).toBe(true)
  expect((await request.get('/uploads/..%2F..%2Finsights-e2e.db')).status()).toBe(404)
})

test('unsaved changes are not lost silently', async ({ browser }) => {
  const desk = await pageAs(browser, await createAccount('editor'))
  await desk.goto('/admin/articles/new')
  await desk.getByLabel('Title').fill('Half-written')
  const dialog = desk.waitForEvent('dialog')
  const click = desk.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Articles' }).click()
  const warning = await dialog
  expect(warning.message()).toContain('unsaved changes')
  await warning.dismiss()
  await click
  await expect(desk).toHaveURL('/admin/articles/new')
  await expect(desk.getByLabel('Title')).toHaveValue('Half-written')

  const leaving = desk.waitForEvent('dialog')
  await desk.close({ runBeforeUnload: true })
  expect((await leaving).type()).toBe('beforeunload')
})

