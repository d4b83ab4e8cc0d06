import type { Page } from '@playwright/test'
import { insertArticle, testDb } from './support/db'
import { expect, test } from './support/fixtures'
import { articleFormFields, callAction, cookieHeader, createAccount, pageAs } from './support/staff'

// The desk loses nothing: two people saving the same article are never overwritten unawares, they see who else has
// it open, and leaving the editor with unsaved changes asks first.

const editorForm = (desk: Page) => desk.getByRole('form', { name: 'Article' })
const saved = (desk: Page) => editorForm(desk).getByRole('status').getByText('Saved.')
/** The article's stored fields, its Markdown with LF line breaks (a browser sends a textarea's as CRLF). */
function stored(id: number) {
  const row = testDb().prepare('select title, lede, source_markdown as markdown, version from articles where id = ?').get(id) as {
    title: string
    lede: string
    markdown: string
    version: number
  }
  return { ...row, markdown: row.markdown.replace(/\r\n/g, '\n') }
}


/** Two editors with the article open, each in their own browser. */
async function twoEditors(browser: Parameters<typeof pageAs>[0], id: number) {
  const anna = await pageAs(browser, await createAccount('editor', 'Anna Editor'))
  const ben = await pageAs(browser, await createAccount('editor', 'Ben Editor'))
  for (const desk of [anna, ben]) {
    await desk.goto(`/admin/articles/${id}`)
    await expect(editorForm(desk).getByLabel('Lede')).toHaveValue('An article for the tests.')
  }
  return { anna, ben }
}

test('two editors save the same article: the second is told who saved, keeps what they typed, and then saves both changes', async ({ browser }) => {
  const { id } = insertArticle()
  const { markdown } = stored(id)
  const { anna, ben } = await twoEditors(browser, id)

  await editorForm(anna).getByLabel('Lede').fill('Anna’s new lede.')
  await anna.getByRole('button', { name: 'Save changes' }).click()
  await expect(saved(anna)).toBeVisible()

  await editorForm(ben).getByLabel('Body (Markdown)').fill('Ben’s new body.')
  await ben.getByRole('button', { name: 'Save changes' }).click()
  await expect(editorForm(ben).getByRole('alert')).toContainText(/^Anna Editor saved this article at \d{4}-\d\d-\d\d \d\d:\d\d \(Copenhagen time\), after you opened it\. Nothing was saved/)
  await expect(editorForm(ben).getByLabel('Body (Markdown)', { exact: true })).toHaveValue('Ben’s new body.')
  // The lede Ben did not touch now shows Anna's, so his next save does not carry the old one back.
  await expect(editorForm(ben).getByLabel('Lede', { exact: true })).toHaveValue('Anna’s new lede.')
  const review = ben.getByRole('region', { name: 'Saved elsewhere while you were editing' })
  await expect(review).toContainText('Their changes are now in the form: Lede.')
  expect(stored(id)).toMatchObject({ lede: 'Anna’s new lede.', markdown })

  const [savedVersion] = await Promise.all([ben.waitForEvent('popup'), review.getByRole('link', { name: 'See the saved version' }).click()])
  await expect(savedVersion.getByText('Anna’s new lede.')).toBeVisible()
  await savedVersion.close()

  await ben.getByRole('button', { name: 'Save changes' }).click()
  await expect(saved(ben)).toBeVisible()
  expect(stored(id)).toMatchObject({ lede: 'Anna’s new lede.', markdown: 'Ben’s new body.' })
  // And Ben's next save starts from the version he just made (from an older one it would be refused).
  await editorForm(ben).getByLabel('Title').fill('Ben’s title')
  await ben.getByRole('button', { name: 'Save changes' }).click()
  await expect.poll(() => stored(id).title).toBe('Ben’s title')
  await expect(saved(ben)).toBeVisible()
  expect(stored(id)).toMatchObject({ lede: 'Anna’s new lede.', markdown: 'Ben’s new body.' })
})

test('a field both editors changed is shown side by side, and the second chooses theirs or keeps their own', async ({ browser }) => {
  const { id } = insertArticle()
  const { anna, ben } = await twoEditors(browser, id)
  await editorForm(anna).getByLabel('Title').fill('Anna’s title')
  await editorForm(anna).getByLabel('Body (Markdown)').fill('Anna’s body.')
  await anna.getByRole('button', { name: 'Save changes' }).click()
  await expect(saved(anna)).toBeVisible()

  await editorForm(ben).getByLabel('Title').fill('Ben’s title')
  await editorForm(ben).getByLabel('Body (Markdown)').fill('Ben’s body.')
  await ben.getByRole('button', { name: 'Save changes' }).click()
  const review = ben.getByRole('region', { name: 'Saved elsewhere while you were editing' })
  await expect(review).toContainText('You both changed Title, Body (Markdown).')
  const title = review.getByRole('group', { name: 'Title: yours and theirs' })
  await expect(title).toContainText('Ben’s title')
  await expect(title).toContainText('Anna’s title')
  await title.getByRole('button', { name: 'Use theirs for Title' }).click()
  // Exact: the side-by-side groups are labelled with the field's name too.
  await expect(editorForm(ben).getByLabel('Title', { exact: true })).toHaveValue('Anna’s title')
  await expect(editorForm(ben).getByLabel('Body (Markdown)', { exact: true })).toHaveValue('Ben’s body.')

  await ben.getByRole('button', { name: 'Save changes' }).click()
  await expect(saved(ben)).toBeVisible()
  expect(stored(id)).toMatchObject({ title: 'Anna’s title', markdown: 'Ben’s body.' })
})

test('a raw POST from an older version is refused the same way and writes nothing', async ({ request }) => {
  const article = insertArticle()
  const { markdown, lede } = stored(article.id)
  const row = testDb().prepare('select section_id, author_id from articles where id = ?').get(article.id) as { section_id: number; author_id: number }
  const fields = (version: string, overrides: Record<string, string>) =>
    articleFormFields(article.title, {
      id: String(article.id),
      version,
      slug: article.slug,
      sectionId: String(row.section_id),
      authorId: String(row.author_id),
      markdown,
      lede,
      ...overrides,
    })
  const post = async (name: string, version: string, overrides: Record<string, string>) =>
    callAction(request, 'saveArticleForm', { fields: fields(version, overrides) }, {
      cookie: await cookieHeader(await createAccount('editor', name)),
      path: `/admin/articles/${article.id}`,
    })

  expect(await (await post('Anna Editor', '1', { lede: 'Anna’s lede.' })).text()).toContain('Saved.')
  for (const version of ['1', '']) {
    const refused = await post('Ben Editor', version, { markdown: 'Ben’s body.' })
    expect(refused.status()).toBe(200)
    expect(await refused.text()).toContain('Anna Editor saved this article at')
  }
  expect(stored(article.id)).toMatchObject({ lede: 'Anna’s lede.', markdown, version: 2 })
})

test('while someone has an article open, others see "X is editing this" in the editor and the list, and are not locked out', async ({ browser }) => {
  const { id, title } = insertArticle()
  const open = (userName: string) =>
    testDb().prepare('select count(*) as n from article_presence join users on users.id = user_id where article_id = ? and users.name = ?').get(id, userName) as { n: number }
  const anna = await pageAs(browser, await createAccount('editor', 'Anna Editor'))
  await anna.goto(`/admin/articles/${id}`)
  await expect.poll(() => open('Anna Editor').n).toBe(1)

  const ben = await pageAs(browser, await createAccount('editor', 'Ben Editor'))
  await ben.goto(`/admin/articles/${id}`)
  await expect(editorForm(ben).getByText('Anna Editor is editing this')).toBeVisible()
  // Anna's editor hears of Ben at its next beat, within 20 seconds; nobody is told about themselves.
  await expect(editorForm(anna).getByText('Ben Editor is editing this')).toBeVisible({ timeout: 30_000 })
  await expect(editorForm(anna).getByText('Anna Editor is editing this')).toHaveCount(0)

  const carl = await pageAs(browser, await createAccount('editor', 'Carl Editor'))
  await carl.goto(`/admin/articles?q=${encodeURIComponent(title)}`)
  await expect(carl.getByRole('row').filter({ hasText: title })).toContainText('Anna Editor and Ben Editor are editing this')

  await editorForm(ben).getByLabel('Lede').fill('Ben saves while Anna has it open.')
  await ben.getByRole('button', { name: 'Save changes' }).click()
  await expect(saved(ben)).toBeVisible()
})

test('Back with unsaved changes asks first: staying keeps what was typed, leaving goes back', async ({ browser }) => {
  const { id, title } = insertArticle()
  const desk = await pageAs(browser, await createAccount('editor'))
  const list = `/admin/articles?q=${encodeURIComponent(title)}`
  await desk.goto(list)
  await desk.getByRole('link', { name: title, exact: true }).click()
  await expect(desk).toHaveURL(`/admin/articles/${id}`)
  await editorForm(desk).getByLabel('Lede').fill('Typed, not saved.')

  const stay = desk.waitForEvent('dialog')
  const back = desk.goBack()
  const question = await stay
  expect(question.message()).toContain('unsaved changes')
  await question.dismiss()
  await back
  await expect(desk).toHaveURL(`/admin/articles/${id}`)
  await expect(editorForm(desk).getByLabel('Lede')).toHaveValue('Typed, not saved.')

  const leave = desk.waitForEvent('dialog')
  const backAgain = desk.goBack()
  await (await leave).accept()
  await backAgain
  await expect(desk).toHaveURL(list)
  await expect(desk.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible()
})

test('after a save, one Back leaves the editor without asking', async ({ browser }) => {
  const { id, title } = insertArticle()
  const desk = await pageAs(browser, await createAccount('editor'))
  const dialogs: string[] = []
  desk.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const list = `/admin/articles?q=${encodeURIComponent(title)}`
  await desk.goto(list)
  await desk.getByRole('link', { name: title, exact: true }).click()
  await editorForm(desk).getByLabel('Lede').fill('Typed and saved.')
  await desk.getByRole('button', { name: 'Save changes' }).click()
  await expect(saved(desk)).toBeVisible()
  await expect.poll(() => stored(id).lede).toBe('Typed and saved.')
  await desk.goBack()
  await expect(desk).toHaveURL(list)
  expect(dialogs).toEqual([])
})
