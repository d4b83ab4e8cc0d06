import { randomUUID } from 'node:crypto'
import { eventCount, insertArticle, membersOnlySentence, testDb } from './support/db'
import { clientAddress, expect, test } from './support/fixtures'
import { expectNotFoundPage } from './support/not-found'
import { callAction, cookieHeader, createAccount, pageAs } from './support/staff'

// Where members come from: the wall's impressions counted by the browser, the sign-ups attributed to the article and
// the landing's source, and the desk's funnel.

type Attribution = { article_id: number | null; return_path: string | null; referrer_host: string | null; utm_source: string | null; utm_medium: string | null; utm_campaign: string | null; gift_link_id: number | null }

function attributionOf(email: string) {
  return testDb()
    .prepare('select signup_attributions.* from signup_attributions join users on users.id = user_id where users.email = ?')
    .get(email) as Attribution | undefined
}

const beacon = (articleId: unknown, type = 'wall-impression') => JSON.stringify({ type, articleId })

test('a reader from a newsletter meets the wall, creates a profile through it, and the desk counts one sign-up for that article and source; the data download shows it', async ({
  browser,
}) => {
  const article = insertArticle()
  const campaign = `spring-${randomUUID().slice(0, 8)}`
  // A short window, so the wall is below the fold until the reader scrolls.
  const context = await browser.newContext({ viewport: { width: 800, height: 300 }, extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } })
  const page = await context.newPage()
  const beacons: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/events') beacons.push(request.postData() ?? '')
  })
  await page.goto(`/articles/${article.slug}?utm_source=newsletter&utm_medium=email&utm_campaign=${campaign}`, { referer: 'https://Mail.Example.net/inbox/42' })
  const wall = page.getByRole('heading', { name: 'Sorry! You are not logged in.' })
  await expect(wall).not.toBeInViewport()
  expect(beacons).toEqual([])

  // Scrolling to the wall, away and back again, is one impression.
  await wall.scrollIntoViewIfNeeded()
  await expect.poll(() => beacons.length).toBe(1)
  for (let i = 0; i < 3; i++) {
    await page.mouse.wheel(0, -2000)
    await page.mouse.wheel(0, 2000)
  }
  await expect.poll(() => eventCount(article.id, 'wall-impression')).toBe(1)
  expect(beacons).toEqual([beacon(article.id)])

  await page.getByRole('link', { name: 'Create profile (100% free)' }).click()
  await page.waitForURL((url) => url.pathname === '/register')
  const email = `newsletter-${randomUUID()}@example.com`
  await page.getByLabel('Name').fill('Nora Newsletter')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('a long enough password')
  await page.getByRole('button', { name: 'Create profile' }).click()
  await page.waitForURL((url) => url.pathname === `/articles/${article.slug}`)
  await expect(page.getByText(membersOnlySentence(article.slug))).toBeVisible()

  expect(attributionOf(email)).toMatchObject({
    article_id: article.id,
    return_path: `/articles/${article.slug}`,
    referrer_host: 'mail.example.net',
    utm_source: 'newsletter',
    utm_medium: 'email',
    utm_campaign: campaign,
    gift_link_id: null,
  })
  const download = await page.request.get('/account/data')
  expect((await download.json()).signedUpFrom).toMatchObject({
    returnPath: `/articles/${article.slug}`,
    article: article.title,
    referrerHost: 'mail.example.net',
    utmSource: 'newsletter',
    utmCampaign: campaign,
    viaGiftLink: false,
  })

  const editor = await pageAs(browser, await createAccount('editor'))
  await editor.goto('/admin')
  await editor.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Conversion' }).click()
  await editor.getByRole('link', { name: 'Last 7 days' }).click()
  await editor.waitForURL(/days=7/)
  const row = editor.getByRole('row', { name: new RegExp(article.title) })
  // Article, section, impressions, sign-ups, conversion, gift links opened, sign-ups from gifts.
  await expect(row.getByRole('cell')).toHaveText([article.title, 'Articles', '1', '1', '100.0 %', '0', '0'])
  await expect(editor.getByRole('row', { name: new RegExp(campaign) }).getByRole('cell')).toHaveText(['newsletter', 'email', campaign, '1'])
  await expect(editor.getByRole('img', { name: 'Sign-ups per day by source' })).toBeVisible()

  // The article's own editor shows its figures.
  await editor.goto(`/admin/articles/${article.id}`)
  const panel = editor.getByRole('region', { name: 'Last 30 days' })
  await expect(panel).toContainText('Wall impressions:1')
  await expect(panel).toContainText('Sign-ups:1')

  const csv = await editor.request.get('/admin/conversion.csv?days=7')
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8')
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="conversion-7-days-\d{4}-\d{2}-\d{2}\.csv"$/)
  expect(await csv.text()).toContain(`${article.title},/articles/${article.slug},Articles,1,1,100.0,0,0`)
  await context.close()
})

test('a gift link that brings a sign-up counts for its article on the desk', async ({ browser }) => {
  const article = insertArticle()
  const giver = await pageAs(browser, await createAccount('reader', 'Gina Giver'))
  await giver.goto(`/articles/${article.slug}`)
  await giver.getByRole('button', { name: 'Give this article' }).click()
  const link = await giver.getByRole('textbox', { name: 'Gift link' }).inputValue()

  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } })
  const page = await context.newPage()
  await page.goto(link)
  await page.getByRole('link', { name: 'Create a free profile to read everything.' }).click()
  const email = `gifted-${randomUUID()}@example.com`
  await page.getByLabel('Name').fill('Gifted Reader')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('a long enough password')
  await page.getByRole('button', { name: 'Create profile' }).click()
  await page.waitForURL((url) => url.pathname === `/articles/${article.slug}`)
  expect(attributionOf(email)).toMatchObject({ article_id: article.id, gift_link_id: expect.any(Number) })

  const editor = await pageAs(browser, await createAccount('editor'))
  await editor.goto('/admin/conversion?days=7')
  await expect(editor.getByRole('row', { name: new RegExp(article.title) }).getByRole('cell')).toHaveText([article.title, 'Articles', '0', '1', '–', '1', '1'])
  await context.close()
})

test('beacons for unknown articles, malformed bodies and a flood from one address are refused or capped, and write nothing else', async ({ request }) => {
  const article = insertArticle()
  const post = (data: string, headers: Record<string, string> = {}) => request.post('/api/events', { data, headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers } })
  const unknown = 2_000_000_000
  expect((await post(beacon(unknown))).status()).toBe(404)
  const draft = testDb().prepare("update articles set status = 'draft' where id = ?")
  const hidden = insertArticle()
  draft.run(hidden.id)
  expect((await post(beacon(hidden.id))).status()).toBe(404)
  for (const body of ['', 'not json', '{"type":"wall-impression"}', beacon(String(article.id)), beacon(-1), beacon(article.id, 'like'), JSON.stringify({ type: 'wall-impression', articleId: article.id, ip: '10.0.0.1' })]) {
    expect((await post(body)).status(), body).toBe(400)
  }
  expect((await post(JSON.stringify({ type: 'wall-impression', articleId: article.id, pad: 'x'.repeat(10_000) }))).status()).toBe(413)
  expect((await post(JSON.stringify({ type: 'gift-open', articleId: article.id, token: 'A'.repeat(43) }))).status()).toBe(404)
  // A reader who asks not to be tracked is not counted, even if the browser sent one.
  expect((await post(beacon(article.id), { 'sec-gpc': '1' })).status()).toBe(204)
  expect((await post(beacon(article.id), { dnt: '1' })).status()).toBe(204)
  const rows = testDb().prepare('select count(*) as n from article_events where article_id in (?, ?, ?)')
  expect(rows.get(article.id, hidden.id, unknown)).toEqual({ n: 0 })

  // The three well-formed refusals above were counted against this address (3 of 30); the flood fills the rest and
  // stops there.
  const answers: number[] = []
  for (let i = 0; i < 30; i++) answers.push((await post(beacon(article.id))).status())
  expect(answers).toEqual([...Array(27).fill(204), ...Array(3).fill(429)])
  expect(eventCount(article.id, 'wall-impression')).toBe(27)
  // Another address is counted as before, and the counters hold no address.
  expect((await post(beacon(article.id), { 'x-forwarded-for': clientAddress() })).status()).toBe(204)
  expect(eventCount(article.id, 'wall-impression')).toBe(28)
  const keys = testDb().prepare("select key from rate_limits where key like 'articleEventsPerIp:%'").all() as { key: string }[]
  expect(keys.length).toBeGreaterThan(0)
  for (const { key } of keys) expect(key).toMatch(/^articleEventsPerIp:[0-9a-f]{32}$/)
})

test('hostile UTM values, forged gift tokens and over-long referrers are dropped from a registration, never a 500', async ({ request }) => {
  const hostile = ['<script>alert(1)</script>', "'; drop table users; --", '=cmd|calc!A1', 'x'.repeat(100_000), '\u0000\u001f', '%FF']
  for (const [i, value] of hostile.entries()) {
    const email = `hostile-${i}-${randomUUID()}@example.com`
    const response = await callAction(
      request,
      'registerReader',
      {
        fields: {
          name: 'Hostile Landing',
          email,
          password: 'a long enough password',
          callbackUrl: '/articles/no-such-article',
          referrerHost: `${value}.example.com`,
          utmSource: value,
          utmMedium: value,
          utmCampaign: value,
          gift: value,
        },
      },
      { path: '/register', headers: { 'x-forwarded-for': clientAddress() } },
    )
    expect(response.status(), value.slice(0, 20)).toBeLessThan(500)
    expect(response.headers()['x-action-redirect'], value.slice(0, 20)).toBeDefined()
    expect(attributionOf(email)).toEqual({
      user_id: expect.any(Number),
      article_id: null,
      return_path: '/articles/no-such-article',
      referrer_host: null,
      utm_source: null,
      utm_medium: null,
      utm_campaign: null,
      gift_link_id: null,
      created_at: expect.any(Number),
    })
  }
  // Forged or hostile values in the desk's own addresses read as the defaults.
  const editor = await cookieHeader(await createAccount('editor'))
  for (const query of ['days=<script>&sort=1%20or%201&dir=up', `days=${'9'.repeat(5000)}`, 'sort=__proto__', 'days=7&days=30']) {
    expect((await request.get(`/admin/conversion?${query}`, { headers: { cookie: editor } })).status(), query).toBe(200)
    expect((await request.get(`/admin/conversion.csv?${query}`, { headers: { cookie: editor } })).status(), query).toBe(200)
  }
})

test('authors and readers cannot open the funnel or its CSV', async ({ request }) => {
  for (const role of ['author', 'reader'] as const) {
    const cookie = await cookieHeader(await createAccount(role))
    const page = await request.get('/admin/conversion', { headers: { cookie } })
    if (role === 'reader') expect(page.status()).toBe(404)
    await expectNotFoundPage(page)
    expect(await page.text()).not.toContain('Sign-ups per day by source')
    // A reader gets proxy.ts's not-found page for anything under /admin, an author the route's own answer.
    const csv = await request.get('/admin/conversion.csv', { headers: { cookie } })
    expect(csv.status(), role).toBe(404)
    expect(await csv.text()).not.toContain('Wall impressions')
  }
  // Without a session, to log in (proxy.ts answers for every page load of /admin).
  const anonymous = await request.get('/admin/conversion.csv', { maxRedirects: 0 })
  expect(anonymous.status()).toBe(307)
  expect(new URL(anonymous.headers()['location'], 'http://localhost').pathname).toBe('/login')
  expect(await anonymous.text()).not.toContain('Wall impressions')
})
