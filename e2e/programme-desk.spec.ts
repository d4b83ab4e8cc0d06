import { randomUUID } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { baseURL, serverLogPath } from '../playwright.config'
import { insertSeminar, testDb } from './support/db'
import { calendarIn, latestMail } from './support/mail'
import { expect, test } from './support/fixtures'
import { articleFormFields, callAction, cookieHeader, createAccount, pageAs } from './support/staff'

// Talks, seminars and publications on the desk: their fields, their errors, sign-up lists and sections of each kind.

const row = (sql: string, ...params: unknown[]) => testDb().prepare(sql).get(...params) as Record<string, unknown> | undefined

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

  test('a 19 MB PDF goes up through the editor and down to a member; a 21 MB one gets a field error; nothing is a 500', async ({ browser, request }) => {
    const logFrom = statSync(serverLogPath).size
    const { desk, form, editor, title } = await openNew(browser, 'Publications & papers')
    const statuses: number[] = []
    desk.on('response', (response) => statuses.push(response.status()))
    const megabytes = (n: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(n * 1024 * 1024 - 16, ' '), Buffer.from('\n%%EOF\n')])
    const [large, tooLarge] = [megabytes(19), megabytes(21)]
    // Chosen from files, as a person would: a browser on this machine reads them itself, unlike a buffer sent over.
    const fileOf = (name: string, bytes: Buffer) => {
      writeFileSync(test.info().outputPath(name), bytes)
      return test.info().outputPath(name)
    }

    // The editor says so before sending a file over its limit.
    await form.getByLabel('PDF file').setInputFiles(fileOf('too-large.pdf', tooLarge))
    await desk.getByRole('button', { name: 'Save draft' }).click()
    await expect(form.getByText('The PDF is larger than 20 MB.')).toBeVisible()
    await form.getByLabel('PDF file').setInputFiles(fileOf('paper.pdf', large))
    await desk.getByRole('button', { name: 'Publish' }).click()
    await desk.waitForURL(/\/admin\/articles\/\d+\?created=1$/)
    await expect(form.getByText(/Stored PDF: 19 MB, downloaded 0 times\./)).toBeVisible()
    const { slug } = row('select slug from articles where title = ?', title) as { slug: string }
    const member = await cookieHeader(await createAccount('reader'))
    expect((await (await request.get(`/articles/${slug}/pdf`, { headers: { cookie: member } })).body()).equals(large)).toBe(true)

    // Sent around the editor, the server says the same; a body larger than the whole form may be is refused unread.
    const cookie = await cookieHeader(editor)
    const sectionId = String(row("select min(id) as id from sections where kind = 'publication'")!.id)
    const post = (pdf: Buffer) =>
      callAction(request, 'saveArticleForm', { fields: articleFormFields(`Raw ${title}`, { sectionId, pdf: new File([new Uint8Array(pdf)], 'raw.pdf', { type: 'application/pdf' }) }) }, { cookie })
    const refused = await post(tooLarge)
    expect(refused.status()).toBe(200)
    expect(await refused.text()).toContain('The PDF is larger than 20 MB.')
    expect(statuses.filter((status) => status >= 500)).toEqual([])
    const logged = () => readFileSync(serverLogPath).subarray(logFrom).toString()
    expect(logged()).not.toMatch(/body exceeded|Internal Server Error|⨯/i)
    // Next still warns that it read only part of such a body; the answer is a 413, not an error.
    expect((await post(megabytes(27))).status()).toBe(413)
    expect(saved(`Raw ${title}`)).toBe(0)
    expect(logged()).not.toMatch(/Internal Server Error|⨯/i)
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
