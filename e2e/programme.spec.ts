import { randomUUID } from 'node:crypto'
import ICAL from 'ical.js'
import { simpleParser } from 'mailparser'
import type { Page } from '@playwright/test'
import { baseURL } from '../playwright.config'
import { insertSeminar, latestMail, testDb } from './support/db'
import { expect, test } from './support/fixtures'
import { burstTimeout, callAction, cookieHeader, createAccount, pageAs, type Account } from './support/staff'

// What the wall promises besides articles: talks, seminars and briefings, publications and papers.

const row = (sql: string, ...params: unknown[]) => testDb().prepare(sql).get(...params) as Record<string, unknown> | undefined
const seeded = {
  talk: 'talk-brand-is-a-memory-not-a-mood-board',
  seminar: 'seminar-measuring-brand-without-a-survey-budget',
  paper: 'paper-search-traffic-after-ai-answers',
}

/** The calendar event attached to the newest mail to `to` about `subject`, parsed. */
async function calendarIn(to: string, subject: string) {
  const mail = latestMail(to, subject)
  expect(mail, `a mail "${subject}" to ${to}`).toBeDefined()
  const parsed = await simpleParser(mail!.raw)
  const ics = parsed.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'))
  expect(ics, 'a text/calendar part').toBeDefined()
  return new ICAL.Event(new ICAL.Component(ICAL.parse(ics!.content.toString('utf8'))).getFirstSubcomponent('vevent')!)
}

async function seminarPage(browser: Parameters<typeof pageAs>[0], member: Account, slug: string): Promise<Page> {
  const page = await pageAs(browser, member)
  await page.goto(`/articles/${slug}`)
  return page
}

test('a member signs up, gets the invitation, cancels, and the first on the waiting list moves up and is mailed', async ({ browser }) => {
  const seminar = insertSeminar(1)
  const [first, second] = [await createAccount('reader', 'First Member'), await createAccount('reader', 'Second Member')]

  const firstPage = await seminarPage(browser, first, seminar.slug)
  await expect(firstPage.getByText('1 of 1 seats left.')).toBeVisible()
  await firstPage.getByRole('button', { name: 'Sign up (free)' }).click()
  await expect(firstPage.getByText('You have a seat.')).toBeVisible()
  await expect.poll(() => latestMail(first.email, 'You are signed up')).toBeDefined()
  const event = await calendarIn(first.email, 'You are signed up')
  const startsAt = row('select starts_at from seminars where article_id = ?', seminar.id)!.starts_at as number
  expect(event.summary).toBe(seminar.title)
  expect(event.startDate.toJSDate().getTime()).toBe(startsAt * 1000)
  expect(event.endDate.toJSDate().getTime()).toBe(startsAt * 1000 + 90 * 60_000)
  expect(event.description).toContain(`${baseURL}/articles/${seminar.slug}`)

  const secondPage = await seminarPage(browser, second, seminar.slug)
  await expect(secondPage.getByText('All 1 seats are taken; 0 on the waiting list.')).toBeVisible()
  await secondPage.getByRole('button', { name: 'Join the waiting list' }).click()
  await expect(secondPage.getByText('You are number 1 on the waiting list.')).toBeVisible()
  await expect.poll(() => latestMail(second.email, 'Waiting list')).toBeDefined()

  await firstPage.getByRole('button', { name: 'Cancel my sign-up' }).click()
  await expect(firstPage.getByRole('button', { name: 'Sign up (free)' })).toHaveCount(0)
  await expect(firstPage.getByRole('button', { name: 'Join the waiting list' })).toBeVisible()
  expect(row('select status from seminar_signups where article_id = ? and user_id = ?', seminar.id, second.id)?.status).toBe('confirmed')
  await expect.poll(() => latestMail(second.email, 'A seat is yours')).toBeDefined()
  expect((await calendarIn(second.email, 'A seat is yours')).summary).toBe(seminar.title)
  await secondPage.reload()
  await expect(secondPage.getByText('You have a seat.')).toBeVisible()
})

test('30 members signing up at once for 10 seats make exactly 10 seats and 20 waiting, with no errors', async ({ playwright }) => {
  const seminar = insertSeminar(10)
  const members = await Promise.all(Array.from({ length: 30 }, (_, i) => createAccount('reader', `Crowd ${i}`)))
  const cookies = await Promise.all(members.map((member) => cookieHeader(member)))
  const request = await playwright.request.newContext({ baseURL })
  const responses = await Promise.all(
    cookies.map((cookie) => callAction(request, 'takeSeminarSeat', { args: [seminar.id] }, { cookie, path: `/articles/${seminar.slug}`, timeout: burstTimeout })),
  )
  expect(responses.map((response) => response.status()).filter((status) => status !== 200)).toEqual([])
  for (const response of responses) expect(await response.text()).toContain('"ok":true')
  const counts = testDb()
    .prepare('select status, count(*) as n from seminar_signups where article_id = ? group by status order by status')
    .all(seminar.id)
  expect(counts).toEqual([
    { status: 'confirmed', n: 10 },
    { status: 'waiting', n: 20 },
  ])
  await request.dispose()
})

test('a seminar that has taken place takes no sign-ups, and lists among the past ones', async ({ browser, request }) => {
  const seminar = insertSeminar(5, -2)
  const member = await createAccount('reader')
  const page = await seminarPage(browser, member, seminar.slug)
  await expect(page.getByText('This seminar has taken place.')).toBeVisible()
  await expect(page.getByRole('button', { name: /Sign up|waiting list/ })).toHaveCount(0)
  const raw = await callAction(request, 'takeSeminarSeat', { args: [seminar.id] }, { cookie: await cookieHeader(member), path: `/articles/${seminar.slug}` })
  expect(await raw.text()).toContain('This seminar has taken place; it takes no more sign-ups.')
  expect(row('select count(*) as n from seminar_signups where article_id = ?', seminar.id)!.n).toBe(0)

  await page.goto('/sections/seminars-briefings')
  await expect(page.getByRole('region', { name: 'Upcoming' }).getByRole('link', { name: 'Seminar: Measuring brand without a survey budget' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Past' }).getByRole('link', { name: 'Briefing: The EU AI Act for marketers, in plain language' })).toBeVisible()
})

test('"Add to calendar" is a valid event, for anyone', async ({ request }) => {
  const response = await request.get(`/articles/${seeded.seminar}/calendar.ics`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8')
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await response.text())).getFirstSubcomponent('vevent')!)
  expect(event.summary).toBe('Seminar: Measuring brand without a survey budget')
  expect(event.location).toBe('Online')
  expect((await request.get(`/articles/${seeded.paper}/calendar.ics`)).status()).toBe(404)
})

test('the PDF goes to members only, never from a guessed path, and each download is counted', async ({ request, browser }) => {
  const { id, pdf_file: file, downloads } = row(
    'select a.id, p.pdf_file, p.downloads from articles a join publications p on p.article_id = a.id where a.slug = ?',
    seeded.paper,
  ) as { id: number; pdf_file: string; downloads: number }

  const anonymous = await request.get(`/articles/${seeded.paper}/pdf`, { maxRedirects: 0 })
  expect(anonymous.status()).toBe(303)
  expect(anonymous.headers()['location']).toBe(`/login?callbackUrl=${encodeURIComponent(`/articles/${seeded.paper}`)}`)
  expect((await anonymous.body()).includes('%PDF')).toBe(false)

  const member = await createAccount('reader')
  const download = await request.get(`/articles/${seeded.paper}/pdf`, { headers: { cookie: await cookieHeader(member) } })
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toBe('application/pdf')
  expect(download.headers()['content-disposition']).toBe(`attachment; filename="${seeded.paper}.pdf"`)
  expect(download.headers()['cache-control']).toBe('private, no-store')
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-')
  expect(row('select downloads from publications where article_id = ?', id)!.downloads).toBe(downloads + 1)

  // The file is not public under any name, and no path from the request reaches it.
  for (const guess of [`/uploads/${file}`, `/uploads/..%2Fdocuments%2F${file}`, `/uploads/%2E%2E%2Fdocuments%2F${file}`, `/articles/..%2F..%2Fdocuments%2F${file}/pdf`, '/articles/..%2F..%2F..%2Fetc%2Fpasswd/pdf']) {
    const response = await request.get(guess, { headers: { cookie: await cookieHeader(member) } })
    expect(response.status(), guess).toBeGreaterThanOrEqual(400)
    expect(response.status(), guess).toBeLessThan(500)
    expect((await response.body()).includes('%PDF'), guess).toBe(false)
  }

  // A member finds the download on the publication's page; a reader without a session finds the wall.
  const page = await pageAs(browser, member)
  await page.goto(`/articles/${seeded.paper}`)
  await expect(page.getByRole('link', { name: 'Download the PDF' })).toHaveAttribute('href', `/articles/${seeded.paper}/pdf`)
  const anonymousPage = await browser.newPage({ baseURL })
  await anonymousPage.goto(`/articles/${seeded.paper}`)
  await expect(anonymousPage.getByRole('heading', { name: 'Sorry! You are not logged in.' })).toBeVisible()
  await expect(anonymousPage.getByRole('link', { name: 'Download the PDF' })).toHaveCount(0)
})

test('a member plays a talk; nothing is asked of the video host before play, and never for a reader without a session', async ({ browser }) => {
  const videoHost = /youtube|youtu\.be|vimeo/
  const anonymous = await browser.newPage({ baseURL })
  const anonymousRequests: string[] = []
  anonymous.on('request', (request) => anonymousRequests.push(request.url()))
  await anonymous.goto(`/articles/${seeded.talk}`)
  await anonymous.waitForLoadState('networkidle')
  await expect(anonymous.getByText('Helle Bak', { exact: true })).toBeVisible()
  await expect(anonymous.getByRole('button', { name: /Play the talk/ })).toHaveCount(0)
  expect(anonymousRequests.filter((url) => videoHost.test(url))).toEqual([])
  expect(await anonymous.content()).not.toContain('InsBrandM01')

  const member = await pageAs(browser, await createAccount('reader'))
  const memberRequests: string[] = []
  member.on('request', (request) => memberRequests.push(request.url()))
  await member.route(videoHost, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>player</p>' }))
  await member.goto(`/articles/${seeded.talk}`)
  await member.waitForLoadState('networkidle')
  expect(memberRequests.filter((url) => videoHost.test(url))).toEqual([])
  await member.getByRole('button', { name: /Play the talk/ }).click()
  const player = member.locator('iframe[title^="Video:"]')
  await expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/InsBrandM01?autoplay=1&rel=0')
  await expect.poll(() => memberRequests.filter((url) => url.startsWith('https://www.youtube-nocookie.com/embed/InsBrandM01'))).toHaveLength(1)
})

test('listings, search, feeds, the sitemap and structured data carry each kind, under the wall rules', async ({ request }) => {
  const jsonLd = async (slug: string) => {
    const html = await (await request.get(`/articles/${slug}`)).text()
    return JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1])
  }
  const event = await jsonLd(seeded.seminar)
  expect(event['@type']).toBe('Event')
  expect(event.startDate).toBe(new Date((row('select starts_at from seminars s join articles a on a.id = s.article_id where a.slug = ?', seeded.seminar)!.starts_at as number) * 1000).toISOString())
  expect(event.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
  const video = await jsonLd(seeded.talk)
  expect(video).toMatchObject({ '@type': 'VideoObject', duration: 'PT40M', isAccessibleForFree: false })
  expect(JSON.stringify(video)).not.toContain('InsBrandM01')
  expect(await jsonLd(seeded.paper)).toMatchObject({ '@type': 'Report', isAccessibleForFree: false, encodingFormat: 'application/pdf' })

  const sitemap = await (await request.get('/sitemap.xml')).text()
  const feed = await (await request.get('/sections/talks/feed.xml')).text()
  expect(feed).toContain(`/articles/${seeded.talk}`)
  for (const slug of Object.values(seeded)) expect(sitemap).toContain(`/articles/${slug}`)
  const search = await (await request.get('/search?q=branded+search')).text()
  expect(search).toContain(`/articles/${seeded.seminar}`)
  const talks = await (await request.get('/sections/talks')).text()
  expect(talks).toContain('Talk: Brand is a memory, not a mood board')
})

test.describe('the desk', () => {
  async function openNew(browser: Parameters<typeof pageAs>[0], section: string) {
    const editor = await createAccount('editor')
    const desk = await pageAs(browser, editor)
    await desk.goto('/admin/articles/new')
    const form = desk.getByRole('form', { name: 'Article' })
    const title = `Programme ${randomUUID()}`
    await form.getByLabel('Title').fill(title)
    await form.getByLabel('Lede').fill('A lede.')
    await form.getByLabel('Body (Markdown)').fill('About it.')
    await form.getByLabel('Section').selectOption({ label: section })
    await form.getByLabel('Author', { exact: true }).selectOption({ index: 1 })
    // Dated 2001, like every article tests publish, so it sorts after the seeded ones other specs pick by position.
    await form.getByLabel('Publish date').fill('2001-01-01T10:00:00')
    return { desk, form, editor, title }
  }

  /** The id in the editor's address after "Created.". */
  const createdId = (desk: Page) => Number(new URL(desk.url()).pathname.split('/').at(-1))
  const saved = (title: string) => row('select count(*) as n from articles where title = ?', title)!.n as number

  test('an editor publishes a seminar in Copenhagen summer time; raising the seats and moving it mail the members', async ({ browser, request }) => {
    const { desk, form } = await openNew(browser, 'Seminars & briefings')
    const year = new Date().getUTCFullYear() + 1
    await form.getByLabel('Starts').fill(`${year}-06-10T09:30`)
    await form.getByLabel('Length (minutes)').fill('90')
    await form.getByLabel('Venue').fill('Store Kongensgade 40, Copenhagen')
    await form.getByLabel('Seats').fill('1')
    await desk.getByRole('button', { name: 'Publish' }).click()
    await desk.waitForURL(/\/admin\/articles\/\d+\?created=1$/)
    const id = createdId(desk)
    const { slug } = row('select slug from articles where id = ?', id) as { slug: string }
    // 09:30 in Copenhagen in June (summer time, UTC+2) is 07:30 UTC.
    expect(row('select starts_at from seminars where article_id = ?', id)!.starts_at).toBe(Date.UTC(year, 5, 10, 7, 30) / 1000)
    const ics = await (await request.get(`/articles/${slug}/calendar.ics`)).text()
    expect(ics).toContain(`DTSTART:${year}0610T073000Z`)

    const [seated, waiting] = [await createAccount('reader', 'Seated Member'), await createAccount('reader', 'Waiting Member')]
    for (const member of [seated, waiting, seated]) {
      const response = await callAction(request, 'takeSeminarSeat', { args: [id] }, { cookie: await cookieHeader(member), path: `/articles/${slug}` })
      expect(await response.text()).toContain('"ok":true')
    }
    // Signing up twice mails once.
    await expect.poll(() => latestMail(seated.email, 'You are signed up')).toBeDefined()
    expect(row("select count(*) as n from outbox where \"to\" = ? and subject like 'You are signed up%'", seated.email)!.n).toBe(1)

    await form.getByLabel('Seats').fill('2')
    await desk.getByRole('button', { name: 'Save changes' }).click()
    await expect(form.getByRole('status').getByText('Saved.')).toBeVisible()
    await expect.poll(() => latestMail(waiting.email, 'A seat is yours')).toBeDefined()

    await form.getByLabel('Starts').fill(`${year}-06-11T13:00`)
    await form.getByLabel('Seats').fill('1')
    await desk.getByRole('button', { name: 'Save changes' }).click()
    await expect(form.getByText('2 members hold seats: offer at least 2.')).toBeVisible()
    await form.getByLabel('Seats').fill('2')
    await desk.getByRole('button', { name: 'Save changes' }).click()
    await expect(form.getByRole('status').getByText('Saved.')).toBeVisible()
    for (const member of [seated, waiting]) {
      await expect.poll(() => latestMail(member.email, 'Changed')).toBeDefined()
      const moved = await calendarIn(member.email, 'Changed')
      expect(moved.startDate.toJSDate().toISOString()).toBe(new Date(Date.UTC(year, 5, 11, 11, 0)).toISOString())
    }
  })

  test('a seminar in the past, with no seats or with negative seats, gets clear field errors', async ({ browser }) => {
    const { desk, form, title } = await openNew(browser, 'Seminars & briefings')
    await form.getByLabel('Starts').fill('2020-05-01T10:00')
    await form.getByLabel('Length (minutes)').fill('60')
    await form.getByLabel('Seats').fill('0')
    await desk.getByRole('button', { name: 'Save draft' }).click()
    await expect(form.getByText('Offer at least one seat.')).toBeVisible()
    await form.getByLabel('Seats').fill('-5')
    await desk.getByRole('button', { name: 'Save draft' }).click()
    await expect(form.getByText('Offer at least one seat.')).toBeVisible()
    await form.getByLabel('Seats').fill('20')
    await desk.getByRole('button', { name: 'Save draft' }).click()
    await expect(form.getByText('Choose a date and time still to come.')).toBeVisible()
    await expect(form.getByLabel('Starts')).toHaveAttribute('aria-invalid', 'true')
    expect(saved(title)).toBe(0)
  })

  test('a video from another host and a file that is not a PDF get clear field errors', async ({ browser }) => {
    const talk = await openNew(browser, 'Talks')
    await talk.form.getByLabel('Speaker').fill('Ada')
    await talk.form.getByLabel('Length (minutes)').fill('30')
    await talk.form.getByLabel('Video address').fill('https://videos.evil.example/watch?v=dQw4w9WgXcQ')
    await talk.desk.getByRole('button', { name: 'Save draft' }).click()
    await expect(talk.form.getByText('Paste a YouTube or Vimeo address of the video.')).toBeVisible()

    const paper = await openNew(browser, 'Publications & papers')
    await paper.form.getByLabel('PDF file').setInputFiles({ name: 'paper.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') })
    await paper.desk.getByRole('button', { name: 'Save draft' }).click()
    await expect(paper.form.getByText('Upload a PDF file.')).toBeVisible()
    expect(saved(talk.title) + saved(paper.title)).toBe(0)
  })

  test('an editor publishes a publication with its PDF, sees its downloads, and lists and exports a seminar’s sign-ups', async ({ browser, request }) => {
    const { desk, form, editor } = await openNew(browser, 'Publications & papers')
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
    await form.getByLabel('PDF file').setInputFiles({ name: 'paper.pdf', mimeType: 'application/pdf', buffer: pdf })
    await desk.getByRole('button', { name: 'Save draft' }).click()
    await desk.waitForURL(/\/admin\/articles\/\d+\?created=1$/)
    await expect(form.getByText(/Stored PDF: .*, downloaded 0 times\./)).toBeVisible()
    await desk.getByRole('button', { name: 'Publish' }).click()
    await expect(form.getByRole('status').getByText('Saved.')).toBeVisible()
    const { slug } = row('select slug from articles where id = ?', createdId(desk)) as { slug: string }
    const member = await cookieHeader(await createAccount('reader'))
    expect((await request.head(`/articles/${slug}/pdf`, { headers: { cookie: member } })).status()).toBe(200)
    expect((await (await request.get(`/articles/${slug}/pdf`, { headers: { cookie: member } })).body()).equals(pdf)).toBe(true)
    await desk.reload()
    await expect(form.getByText(/Stored PDF: .*, downloaded 1 time\./)).toBeVisible()

    const seminar = insertSeminar(1)
    const [a, b] = [await createAccount('reader', 'Seat Holder'), await createAccount('reader', '=HYPERLINK("evil")')]
    for (const member of [a, b]) {
      await callAction(request, 'takeSeminarSeat', { args: [seminar.id] }, { cookie: await cookieHeader(member), path: `/articles/${seminar.slug}` })
    }
    await desk.goto(`/admin/articles/${seminar.id}/signups`)
    await expect(desk.getByRole('heading', { name: `Sign-ups: ${seminar.title}` })).toBeVisible()
    await expect(desk.getByRole('row', { name: /Seat Holder .* Seat/ })).toBeVisible()
    await expect(desk.getByRole('row', { name: /HYPERLINK.* Waiting list, 1/ })).toBeVisible()
    const csv = await request.get(`/admin/articles/${seminar.id}/signups.csv`, { headers: { cookie: await cookieHeader(editor) } })
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8')
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\n')
    expect(lines[0]).toBe('Name,Email,Place,Signed up (Copenhagen)')
    expect(lines[1]).toContain(`Seat Holder,${a.email},seat,`)
    expect(lines[2]).toContain(`"'=HYPERLINK(""evil"")",${b.email},waiting list,`)
    // Not for readers or authors, nor without a session.
    for (const role of ['reader', 'author'] as const) {
      const cookie = await cookieHeader(await createAccount(role))
      expect((await request.get(`/admin/articles/${seminar.id}/signups.csv`, { headers: { cookie } })).status(), role).toBe(404)
    }
    const anonymous = await request.get(`/admin/articles/${seminar.id}/signups.csv`, { maxRedirects: 0 })
    expect(anonymous.headers()['location']).toMatch(/^(http:\/\/localhost:\d+)?\/login\?/)
    expect(await anonymous.text()).not.toContain(a.email)
  })
})

test('an admin adds a section of talks; readers find it in the menu and the editor asks its articles for talk details', async ({ browser }) => {
  const admin = await pageAs(browser, await createAccount('admin'))
  await admin.goto('/admin/sections')
  const slug = `webinars-${randomUUID().slice(0, 8)}`
  const form = admin.getByRole('form', { name: 'New section' })
  await form.getByLabel('Name').fill(`Webinars ${slug}`)
  await form.getByLabel('Address').fill(slug)
  await form.getByLabel('Publishes').selectOption({ label: 'Talks (speaker, length, video)' })
  await form.getByRole('button', { name: 'Add section' }).click()
  await expect(form.getByRole('status')).toHaveText('Section added.')
  expect(row('select kind from sections where slug = ?', slug)?.kind).toBe('talk')

  // A section that holds articles keeps what it publishes.
  const talks = admin.getByRole('form', { name: 'Section Talks' })
  await talks.getByLabel('Publishes').selectOption({ label: 'Articles' })
  await talks.getByRole('button', { name: 'Save section' }).click()
  await expect(talks.getByText(/This section holds \d+ articles, so what it publishes cannot change\./)).toBeVisible()
  expect(row("select kind from sections where slug = 'talks'")?.kind).toBe('talk')

  const reader = await browser.newPage({ baseURL })
  await reader.goto('/')
  await expect(reader.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: `Webinars ${slug}` })).toHaveAttribute('href', `/sections/${slug}`)

  const desk = await pageAs(browser, await createAccount('editor'))
  await desk.goto('/admin/articles/new')
  const editor = desk.getByRole('form', { name: 'Article' })
  await expect(editor.getByLabel('Speaker')).toHaveCount(0)
  await editor.getByLabel('Section').selectOption({ label: `Webinars ${slug}` })
  await expect(editor.getByLabel('Speaker')).toBeVisible()
  await expect(editor.getByLabel('Video address')).toBeVisible()
})
