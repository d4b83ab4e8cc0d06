import { baseURL } from '../playwright.config'
import { insertArticle, insertSection, likeCount, membersOnlySentence, publishedSlugs, testDb } from './support/db'
import { clientAddress, createReader, expect, logInThroughForm, type Member, test } from './support/fixtures'
import { callAction, cookieHeader, createAccount } from './support/staff'

// Each test reads its own article; those that like one create it, so they start from no likes in any run.
const slugs = publishedSlugs()
const articleUrl = (slug: string) => `/articles/${slug}`

test('home shows the site name, sections, featured and latest articles', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Insights on Marketing & Technology' })).toBeVisible()
  const sections = page.getByRole('navigation', { name: 'Sections' })
  for (const name of ['Articles', 'Talks', 'Seminars & briefings', 'Publications & papers']) {
    await expect(sections.getByRole('link', { name, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('heading', { name: 'Featured' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Latest' })).toBeVisible()
  await sections.getByRole('link', { name: 'Talks', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Talks' })).toBeVisible()
})

test('an anonymous reader sees the teaser and the wall, and the members-only part is in no response', async ({
  page,
  request,
}) => {
  const slug = slugs[0]
  const secret = membersOnlySentence(slug)
  const article = testDb().prepare('select title, lede from articles where slug = ?').get(slug) as {
    title: string
    lede: string
  }
  await page.goto(articleUrl(slug))

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title)
  await expect(page.getByText(article.lede, { exact: true })).toBeVisible()
  await expect(page.getByText(/^By:/)).toBeVisible()
  const published = page.getByText(/^Published:/).locator('time')
  await expect(published).toHaveText(/^\d{2}-\d{2}-\d{4}$/)
  await expect(published).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/)
  await expect(page.getByRole('navigation', { name: 'Share' })).toBeVisible()
  await expect(page.getByText('Be the first to like this.')).toBeVisible()

  const wall = page.locator('.paywall')
  await expect(wall.getByRole('heading', { name: 'Sorry! You are not logged in.' })).toBeVisible()
  await expect(wall).toContainText('Get access to')
  for (const benefit of ['articles and talks', 'free seminars and briefings', 'free publications and papers']) {
    await expect(wall.getByRole('listitem').filter({ hasText: benefit })).toBeVisible()
  }
  await expect(wall).toContainText('It is 100% free')
  await expect(wall.getByRole('link', { name: 'Log in' })).toHaveAttribute('href', /^\/login\?callbackUrl=/)
  await expect(wall.getByRole('link', { name: 'Create profile (100% free)' })).toBeVisible()
  await expect(wall.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute('href', '/forgot-password')
  await expect(page.getByText(secret)).toHaveCount(0)

  const html = await (await request.get(articleUrl(slug))).text()
  expect(html).toContain('Sorry! You are not logged in.')
  expect(html).not.toContain(secret)
  const rsc = await request.get(articleUrl(slug), { headers: { RSC: '1' } })
  expect(rsc.headers()['content-type']).toContain('text/x-component')
  const payload = await rsc.text()
  expect(payload).toContain('Sorry! You are not logged in.')
  expect(payload).not.toContain(secret)
})

test('create profile from the wall, come back to the full article, like and unlike it, and go on to the next', async ({ page }) => {
  // Two articles alone in their section, so that each is the first under the other's More.
  const section = insertSection()
  const { slug } = insertArticle(section)
  const next = insertArticle(section)
  const secret = membersOnlySentence(slug)
  await page.goto(articleUrl(slug))
  await page.locator('.paywall').getByRole('link', { name: 'Create profile (100% free)' }).click()
  await expect(page.getByRole('heading', { name: 'Create profile — 100% free' })).toBeVisible()
  await page.getByLabel('Name').fill('Nora Reader')
  await page.getByLabel('Email', { exact: true }).fill(`nora-${Date.now()}@example.com`)
  await page.getByLabel('Password', { exact: true }).fill('a long enough password')
  await page.getByRole('button', { name: 'Create profile' }).click()

  await page.waitForURL(`${baseURL}${articleUrl(slug)}`)
  await expect(page.getByText(secret)).toBeVisible()
  // The router keeps the page it left in the DOM, hidden, for back navigation: the wall must not be visible.
  await expect(page.getByText('Sorry! You are not logged in.')).toBeHidden()
  await expect(page.getByText('Logged in as Nora Reader')).toBeVisible()

  const like = page.getByRole('button', { name: 'Like' })
  await like.click()
  await expect(page.getByText('You like this')).toBeVisible()
  await expect.poll(() => likeCount(slug)).toBe(1)
  await page.reload()
  await expect(page.getByText('You like this')).toBeVisible()
  await expect(like).toHaveAttribute('aria-pressed', 'true')

  await like.click()
  await expect(page.getByText('Be the first to like this.')).toBeVisible()
  await expect.poll(() => likeCount(slug)).toBe(0)
  await page.reload()
  await expect(page.getByText('Be the first to like this.')).toBeVisible()

  // On to the next article from More, in the browser: it asks for its own reader's parts.
  await page.getByRole('region', { name: 'More' }).getByRole('link', { name: next.title }).first().click()
  await page.waitForURL(`${baseURL}${articleUrl(next.slug)}`)
  await expect(page.getByText(membersOnlySentence(next.slug))).toBeVisible()
  await expect(page.getByText(secret)).toBeHidden()
  await expect(page.getByText('Sorry! You are not logged in.')).toBeHidden()
})

test('like wording counts other members', async ({ readerPage }) => {
  const { id: articleId, slug } = insertArticle()
  const others = await Promise.all([createReader(), createReader()])
  for (const other of others) {
    testDb().prepare('insert into article_likes (article_id, user_id) values (?, ?)').run(articleId, other.id)
  }
  await readerPage.goto(articleUrl(slug))
  await expect(readerPage.getByText('2 people like this')).toBeVisible()
  await readerPage.getByRole('button', { name: 'Like' }).click()
  await expect(readerPage.getByText('You and 2 others like this')).toBeVisible()
})

test('an anonymous like click leads to login and back to the article', async ({ page, reader }) => {
  const slug = slugs[4]
  await page.goto(articleUrl(slug))
  await page.getByRole('link', { name: 'Like' }).click()
  await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(articleUrl(slug))}`)
  await page.getByLabel('Email', { exact: true }).fill(reader.email)
  await page.getByLabel('Password', { exact: true }).fill(reader.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.waitForURL(`${baseURL}${articleUrl(slug)}`)
  await expect(page.getByText(membersOnlySentence(slug))).toBeVisible()
})

test('a raw POST to the like action without a session changes nothing', async ({ readerPage, playwright }) => {
  const { slug } = insertArticle()
  await readerPage.goto(articleUrl(slug))
  const actionRequest = readerPage.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action'])
  await readerPage.getByRole('button', { name: 'Like' }).click()
  const captured = await actionRequest
  await expect(readerPage.getByText('You like this')).toBeVisible()
  await expect.poll(() => likeCount(slug)).toBe(1)

  const anonymous = await playwright.request.newContext({ baseURL })
  const forged: Record<string, string> = { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }
  for (const extra of [{}, forged]) {
    const response = await anonymous.post(captured.url(), {
      headers: {
        'next-action': captured.headers()['next-action'],
        'content-type': captured.headers()['content-type'],
        accept: 'text/x-component',
        ...extra,
      },
      data: captured.postData() ?? '',
    })
    expect(likeCount(slug)).toBe(1)
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain('Log in to like articles.')
  }
  await anonymous.dispose()
})

test('a member disabled on the desk, or whose password was changed elsewhere, gets the wall on the very next request', async ({
  browser,
  request,
}) => {
  const slug = slugs[5]
  const secret = membersOnlySentence(slug)
  const admin = await createAccount('admin')
  const newBrowser = async () => (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } })).newPage()
  const revocations: [string, (member: Member) => Promise<void>][] = [
    [
      'disabled on the desk',
      async (member) => {
        const fields = { userId: String(member.id), disabled: 'true' }
        expect((await callAction(request, 'setAccountDisabledForm', { fields }, { cookie: await cookieHeader(admin) })).status()).toBe(200)
        expect(testDb().prepare('select disabled from users where id = ?').get(member.id)).toEqual({ disabled: 1 })
      },
    ],
    [
      'password changed in another browser',
      async (member) => {
        const elsewhere = await newBrowser()
        await logInThroughForm(elsewhere, member, '/account')
        await elsewhere.getByLabel('Current password').fill(member.password)
        await elsewhere.getByLabel('New password', { exact: true }).fill(`new-${member.password}`)
        await elsewhere.getByLabel('New password again').fill(`new-${member.password}`)
        await elsewhere.getByRole('button', { name: 'Change password' }).click()
        await expect(elsewhere).toHaveURL('/account?changed=password')
        await elsewhere.context().close()
      },
    ],
    [
      'sessionVersion bumped',
      async (member) => {
        testDb().prepare('update users set session_version = session_version + 1 where id = ?').run(member.id)
      },
    ],
  ]
  for (const [revocation, revoke] of revocations) {
    const member = await createReader()
    const page = await newBrowser()
    await logInThroughForm(page, member, articleUrl(slug))
    await expect(page.getByText(secret)).toBeVisible()
    await revoke(member)
    // The very next request: its whole answer, streamed parts and RSC payload included, has the wall and not the body.
    const html = await (await page.reload())!.text()
    expect(html, revocation).toContain('Sorry! You are not logged in.')
    expect(html, revocation).not.toContain(secret)
    await expect(page.getByText('Sorry! You are not logged in.')).toBeVisible()
    await expect(page.getByText(secret)).toHaveCount(0)
    await page.context().close()
  }
})

test('log out ends that session on the server: a copy of its cookie taken before gets the wall, no data and no session', async ({
  browser,
  reader,
  readerPage,
}) => {
  const slug = slugs[6]
  const secret = membersOnlySentence(slug)
  // The same member signed in on another device, and a copy of this browser's cookie (as a thief would take it).
  const client = () => ({ extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } })
  const otherDevice = await (await browser.newContext(client())).newPage()
  await logInThroughForm(otherDevice, reader)
  const copy = await browser.newContext(client())
  await copy.addCookies(await readerPage.context().cookies())
  const copied = await copy.newPage()
  await copied.goto(articleUrl(slug))
  await expect(copied.getByText(secret)).toBeVisible()

  await readerPage.goto(articleUrl(slug))
  await readerPage.getByRole('button', { name: 'Log out' }).click()
  await expect(readerPage.getByRole('link', { name: 'Log in' }).first()).toBeVisible()
  await readerPage.goto(articleUrl(slug))
  await expect(readerPage.getByText('Sorry! You are not logged in.')).toBeVisible()

  await copied.goto(articleUrl(slug))
  await expect(copied.getByText('Sorry! You are not logged in.')).toBeVisible()
  await expect(copied.getByText(secret)).toHaveCount(0)
  expect((await copy.request.get('/account/data')).status()).toBe(401)
  expect(await (await copy.request.get('/api/auth/session')).json()).toBeNull()
  // Only that session ended.
  await otherDevice.goto(articleUrl(slug))
  await expect(otherDevice.getByText(secret)).toBeVisible()
  await Promise.all([copy.close(), otherDevice.context().close()])
})

test("the header's Log in and Create profile return to the page; registering from an article lands back on it", async ({ page }) => {
  const slug = slugs[9]
  await page.goto(articleUrl(slug))
  const header = page.getByRole('banner')
  await expect(header.getByRole('link', { name: 'Log in' })).toHaveAttribute('href', `/login?callbackUrl=${encodeURIComponent(articleUrl(slug))}`)
  await header.getByRole('link', { name: 'Create profile' }).click()
  await expect(page).toHaveURL(`/register?callbackUrl=${encodeURIComponent(articleUrl(slug))}`)
  await page.getByLabel('Name').fill('Returning Reader')
  await page.getByLabel('Email').fill(`returning-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`)
  await page.getByLabel('Password').fill('a fine long passphrase')
  await page.getByRole('button', { name: 'Create profile' }).click()
  await expect(page).toHaveURL(articleUrl(slug))
  await expect(page.getByText(membersOnlySentence(slug))).toBeVisible()
})

test('the share row links to the canonical URL', async ({ page }) => {
  const slug = slugs[0]
  const canonical = encodeURIComponent(`${baseURL}${articleUrl(slug)}`)
  await page.goto(articleUrl(slug))
  const share = page.getByRole('navigation', { name: 'Share' })
  await expect(share.getByRole('link', { name: /Facebook/ })).toHaveAttribute('href', new RegExp(`u=${canonical}$`))
  await expect(share.getByRole('link', { name: /on X/ })).toHaveAttribute('href', new RegExp(`url=${canonical}&`))
  await expect(share.getByRole('link', { name: /LinkedIn/ })).toHaveAttribute('href', new RegExp(`url=${canonical}$`))
  await expect(share.getByRole('link', { name: 'Share with friends' })).toHaveAttribute('href', /^mailto:\?subject=.+&body=/)
  await expect(share.getByRole('link', { name: /Google/ })).toHaveCount(0)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${articleUrl(slug)}`)
})

test('Danish articles carry lang="da"', async ({ page }) => {
  const { slug } = testDb().prepare("select slug from articles where language = 'da' limit 1").get() as { slug: string }
  await page.goto(articleUrl(slug))
  await expect(page.locator('main article').first()).toHaveAttribute('lang', 'da')
})

test('the health check answers when the database does', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ ok: true })
})
