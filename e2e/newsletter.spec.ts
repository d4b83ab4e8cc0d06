import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { APIRequestContext, Browser } from '@playwright/test'
import Database from 'better-sqlite3'
import { e2ePort, e2eServerEnv } from '../playwright.config'
import { startServer, type StartedServer } from '../scripts/lib/server.mjs'
import { membersOnlySentence, onDatabase, testDb } from './support/db'
import { clientAddress, expect, test } from './support/fixtures'
import { mailsTo, startSmtp, type TestSmtp } from './support/smtp'
import { callAction, cookieHeader, createAccount, pageAs, type Account } from './support/staff'

// The newsletter end to end, against a server of its own whose mail goes to a real SMTP server the test runs (and
// tells when to refuse): from the registration box to the one-click unsubscribe, and 2,000 subscribers through a
// kill -9 of the server, a spell of 451s and addresses that answer 550. Its own database is a copy of the e2e one.

test.describe.configure({ mode: 'serial' })

const smtpPort = e2ePort + 30
const port = e2ePort + 31
const origin = `http://localhost:${port}`
const folder = path.resolve('data/e2e/newsletter')
const databasePath = path.join(folder, 'insights.db')
const serverLog = path.join(folder, 'server.log')

let smtp: TestSmtp
let server: StartedServer
let editor: Account
let api: APIRequestContext
/** The first test's member's unsubscribe link, as their newsletter carried it. */
let memberLink: string

const start = () =>
  startServer({
    port,
    log: serverLog,
    env: {
      ...e2eServerEnv,
      DATABASE_PATH: databasePath,
      UPLOADS_DIR: path.join(folder, 'uploads'),
      SITE_URL: origin,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Insights <mail@example.com>',
    },
  })

const onDb = <T,>(work: (database: Database.Database) => T): T => onDatabase(databasePath, work)

test.beforeAll(async ({ playwright }) => {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  editor = await createAccount('editor')
  await testDb().backup(databasePath)
  onDb((database) => {
    database.prepare('delete from rate_limits').run()
    // The copy's sender lease is the e2e server's (alive, on this machine): this server would wait out its minute.
    database.prepare('delete from newsletter_sender_lease').run()
    // As fast as the SMTP server takes them: the rate itself is a unit test (lib/newsletter/delivery.test.ts).
    database
      .prepare(
        `insert into settings (id, site_name, newsletter_per_minute) values (1, 'Insights on Marketing & Technology', 60000)
         on conflict (id) do update set newsletter_per_minute = 60000`,
      )
      .run()
  })
  smtp = await startSmtp(smtpPort)
  server = await start()
  api = await playwright.request.newContext({ baseURL: origin, extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } })
})

test.afterAll(async () => {
  await api?.dispose()
  await server?.stop()
  await smtp?.stop()
})

/** The newest public article of a plain section (id, slug): what the issues present. */
const latestArticle = () =>
  onDb(
    (database) =>
      database
        .prepare(
          `select a.id, a.slug, a.title from articles a join sections s on s.id = a.section_id
           where a.status = 'published' and s.kind = 'article' order by a.published_at desc limit 1`,
        )
        .get() as { id: number; slug: string; title: string },
  )

const issueStatus = (subject: string) =>
  onDb((database) => (database.prepare('select status from newsletter_issues where subject = ?').get(subject) as { status: string } | undefined)?.status)

const isSubscribed = (email: string) =>
  onDb(
    (database) =>
      (database.prepare('select s.subscribed from newsletter_subscriptions s join users u on u.id = s.user_id where u.email = ?').get(email) as
        | { subscribed: number }
        | undefined)?.subscribed === 1,
  )

async function register(browser: Browser, email: string, newsletter: boolean) {
  const context = await browser.newContext({ baseURL: origin, extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } })
  const page = await context.newPage()
  await page.goto('/register')
  await page.getByLabel('Name').fill('Nora Newsreader')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('a fine long passphrase')
  if (newsletter) await page.getByLabel('Send me the newsletter').check()
  await page.getByRole('button', { name: 'Create profile' }).click()
  await expect(page.getByText('Logged in as Nora Newsreader')).toBeVisible()
  await expect.poll(() => mailsTo(smtp, email, 'Welcome').length).toBe(1)
  const link = /http:\/\/\S+\/verify-email\?token=\S+/.exec(mailsTo(smtp, email, 'Welcome')[0].text)![0]
  await page.goto(link)
  await page.getByRole('button', { name: 'Confirm my email address' }).click()
  await expect(page.getByRole('status')).toHaveText('Your email address is confirmed.')
  await context.close()
}

/** Writes an issue of one article on the desk and sends it; returns once the server has queued it. */
async function composeAndSend(browser: Browser, subject: string, articleId: number, test = false) {
  const page = await pageAs(browser, editor, origin)
  await page.goto('/admin/newsletters/new')
  await page.getByLabel('Subject').fill(subject)
  await page.getByLabel('Introduction').fill('This week, one piece we think you will like.')
  await page.locator(`input[name="articleIds"][value="${articleId}"]`).check()
  await page.getByRole('button', { name: 'Save draft' }).click()
  await page.waitForURL(/\/admin\/newsletters\/\d+$/)
  if (test) {
    await page.getByRole('button', { name: 'Send a test to me' }).click()
    await expect(page.getByText(`A test is on its way to ${editor.email}.`)).toBeVisible()
  }
  await page.getByRole('button', { name: 'Send now' }).click()
  await expect(page.getByRole('button', { name: 'Send now' })).toBeHidden()
  await page.context().close()
}

test('a member who ticks the box and confirms gets the issue, and leaves with one click; one who did not tick gets none', async ({ browser }) => {
  const ticked = `ticked-${Date.now()}@example.com`
  const unticked = `unticked-${Date.now()}@example.com`
  await register(browser, ticked, true)
  await register(browser, unticked, false)
  const article = latestArticle()
  const first = `Weekly ${Date.now()}`
  await composeAndSend(browser, first, article.id, true)
  await expect.poll(() => mailsTo(smtp, editor.email, `[Test] ${first}`).length).toBe(1)
  await expect.poll(() => mailsTo(smtp, ticked, first).length).toBe(1)

  const [mail] = mailsTo(smtp, ticked, first)
  expect(mail.text).toContain(article.title)
  expect(mail.html).toContain(`${origin}/articles/${article.slug}?utm_source=newsletter`)
  // The teaser only: the members-only part stays on the site.
  expect(mail.text + mail.html).not.toContain(membersOnlySentence(article.slug))
  const unsubscribe = /^<(http:\/\/localhost:\d+\/newsletter\/unsubscribe\/\d+\.\d+\.[\w-]{43})>$/.exec(mail.header('list-unsubscribe') ?? '')?.[1]
  expect(unsubscribe, mail.header('list-unsubscribe')).toBeDefined()
  expect(mail.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
  expect(mail.text).toContain(`Unsubscribe: ${unsubscribe}`)
  memberLink = unsubscribe!

  // Opening the link (as a mail scanner would) changes nothing; the one-click POST unsubscribes without a login.
  const page = await api.get(unsubscribe!)
  expect(page.status()).toBe(200)
  expect(await page.text()).toContain('Stop sending the newsletter to this address?')
  expect(isSubscribed(ticked)).toBe(true)
  const oneClick = await api.post(unsubscribe!, { form: { 'List-Unsubscribe': 'One-Click' } })
  expect(oneClick.status()).toBe(200)
  expect(isSubscribed(ticked)).toBe(false)

  const second = `Weekly again ${Date.now()}`
  await composeAndSend(browser, second, article.id)
  await expect.poll(() => issueStatus(second)).toBe('sent')
  expect(mailsTo(smtp, ticked, second)).toHaveLength(0)
  expect([...mailsTo(smtp, unticked, first), ...mailsTo(smtp, unticked, second)]).toHaveLength(0)

  // The desk counts the first issue's recipients, sends and the unsubscribe it led to.
  const desk = await pageAs(browser, editor, origin)
  await desk.goto('/admin/newsletters')
  const cells = desk.getByRole('row', { name: new RegExp(first) }).getByRole('cell')
  await expect(cells).toHaveText([first, /^Sent/, '1', '1', '0', '0', '1'])
  await desk.context().close()
})

test('bad input on the issue form gets messages next to the fields, keeps what was chosen, and saves nothing', async ({ browser }) => {
  const issues = () => onDb((database) => (database.prepare('select count(*) as n from newsletter_issues').get() as { n: number }).n)
  const before = issues()
  const page = await pageAs(browser, editor, origin)
  await page.goto('/admin/newsletters/new')
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByText('Enter a subject.')).toBeVisible()
  await expect(page.getByText('Choose at least one article or seminar.')).toBeVisible()
  const article = page.locator(`input[name="articleIds"][value="${latestArticle().id}"]`)
  await article.check()
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByText('Choose at least one article or seminar.')).toBeHidden()
  await expect(page.getByText('Enter a subject.')).toBeVisible()
  await expect(article).toBeChecked()
  expect(issues()).toBe(before)
  await page.context().close()
})

test('a member cannot unsubscribe another: forged and swapped tokens are refused', async () => {
  const victim = onDb((database) => {
    const { lastInsertRowid } = database
      .prepare("insert into users (email, name, password_hash, email_verified_at) values (?, 'Victim', 'x', unixepoch())")
      .run(`victim-${Date.now()}@example.com`)
    database.prepare('insert into newsletter_subscriptions (user_id) values (?)').run(lastInsertRowid)
    return Number(lastInsertRowid)
  })
  // The first test's member edits the link from their own newsletter (it worked for them: see that test).
  const [, issueId, signature] = memberLink.split('/').at(-1)!.split('.')
  for (const forged of [`${victim}.${issueId}.${signature}`, `${victim}.${issueId}.${'A'.repeat(43)}`, `${victim}.${issueId}`, 'garbage']) {
    const response = await api.post(`/newsletter/unsubscribe/${forged}`, { form: { 'List-Unsubscribe': 'One-Click' } })
    expect(response.status(), forged).toBe(400)
    const page = await api.get(`/newsletter/unsubscribe/${forged}`)
    expect(await page.text()).toContain('This unsubscribe link is not valid.')
  }
  const subscription = onDb((database) => database.prepare('select subscribed from newsletter_subscriptions where user_id = ?').get(victim))
  expect(subscription).toEqual({ subscribed: 1 })
})

test('2,000 subscribers get an issue exactly once each, through a kill -9 of the server, a spell of 451s and addresses answering 550', async () => {
  test.setTimeout(600_000)
  const gone = (i: number) => i < 20
  const address = (i: number) => (gone(i) ? `gone-${i}@bulk.example` : `reader-${i}@bulk.example`)
  onDb((database) => {
    // Only the bulk readers get these issues: the earlier tests' subscribers leave.
    database.prepare('update newsletter_subscriptions set subscribed = 0').run()
    const user = database.prepare("insert into users (email, name, password_hash, email_verified_at) values (?, ?, 'x', unixepoch())")
    const subscription = database.prepare('insert into newsletter_subscriptions (user_id) values (?)')
    database.transaction(() => {
      for (let i = 0; i < 2000; i++) subscription.run(user.run(address(i), `Reader ${i}`).lastInsertRowid)
    })()
  })
  const article = latestArticle()
  const draft = (subject: string) =>
    onDb((database) => {
      const id = Number(database.prepare("insert into newsletter_issues (subject, intro, status) values (?, 'Hello.', 'draft')").run(subject).lastInsertRowid)
      database.prepare('insert into newsletter_issue_articles (issue_id, article_id, position) values (?, ?, 0)').run(id, article.id)
      return id
    })
  const send = async (issueId: number) => {
    const response = await callAction(api, 'sendIssue', { fields: { issueId: String(issueId) } }, { cookie: await cookieHeader(editor), path: `/admin/newsletters/${issueId}` })
    expect(response.status()).toBeLessThan(400)
  }
  const goodAddresses = Array.from({ length: 2000 }, (_, i) => address(i)).filter((_, i) => !gone(i))
  /** How many copies of `subject` each address received. */
  const copies = (subject: string) => {
    const counts = new Map<string, number>()
    for (const mail of smtp.mails) if (mail.subject === subject) counts.set(mail.to, (counts.get(mail.to) ?? 0) + 1)
    return counts
  }
  smtp.answer = (to) => (to.startsWith('gone-') ? { code: 550, message: '5.1.1 No such mailbox here' } : null)

  const first = `Bulk ${Date.now()}`
  await send(draft(first))
  await expect.poll(() => copies(first).size, { timeout: 120_000 }).toBeGreaterThan(500)
  server.kill()
  await server.exited
  const beforeKill = copies(first).size
  expect(beforeKill).toBeLessThan(1980)
  server = await start()
  await expect.poll(() => issueStatus(first), { timeout: 300_000 }).toBe('sent')
  const firstCopies = copies(first)
  // One list checked once (2,000 expect() calls cost seconds of the test's time).
  expect(goodAddresses.filter((to) => !firstCopies.has(to))).toEqual([])
  // The one mail the SMTP server may have accepted just before the kill, but whose row was not yet marked (README).
  expect([...firstCopies.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(1)
  expect(Math.max(...firstCopies.values())).toBeLessThanOrEqual(2)
  const stopped = onDb(
    (database) =>
      database.prepare("select count(*) as n from newsletter_subscriptions s join users u on u.id = s.user_id where u.email like 'gone-%' and s.stopped_at is not null").get() as {
        n: number
      },
  )
  expect(stopped.n).toBe(20)

  // A spell of 451s from the provider: each is tried again, and every mail arrives once it recovers.
  smtp.attempts.clear()
  let refuseUntil = 0
  smtp.answer = (to) => (to.startsWith('gone-') ? { code: 550, message: '5.1.1 No such mailbox here' } : Date.now() < refuseUntil ? { code: 451, message: '4.7.1 Try again later' } : null)
  const second = `Bulk again ${Date.now()}`
  refuseUntil = Date.now() + 8_000
  await send(draft(second))
  await expect.poll(() => issueStatus(second), { timeout: 300_000 }).toBe('sent')
  const secondCopies = copies(second)
  expect(goodAddresses.filter((to) => secondCopies.get(to) !== 1)).toEqual([])
  expect([...smtp.attempts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(1980)
  // The addresses that answered 550 were not even tried.
  expect(Array.from({ length: 20 }, (_, i) => address(i)).filter((to) => smtp.attempts.has(to))).toEqual([])
})
