import ICAL from 'ical.js'
import type { Page } from '@playwright/test'
import { baseURL } from '../playwright.config'
import { insertSeminar, testDb } from './support/db'
import { calendarIn, latestMail } from './support/mail'
import { expect, test } from './support/fixtures'
import { burstTimeout, callAction, cookieHeader, createAccount, pageAs, type Account } from './support/staff'

// What the wall promises besides articles: talks, seminars and briefings, publications and papers.

const row = (sql: string, ...params: unknown[]) => testDb().prepare(sql).get(...params) as Record<string, unknown> | undefined
const seeded = {
  talk: 'talk-brand-is-a-memory-not-a-mood-board',
  seminar: 'seminar-measuring-brand-without-a-survey-budget',
  paper: 'paper-search-traffic-after-ai-answers',
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
  // A seminar is an Event on a WebPage, which carries the wall (e2e/discovery.spec.ts checks every kind's).
  const event = (await jsonLd(seeded.seminar))['@graph'].find((node: { '@type': string }) => node['@type'] === 'Event')
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

