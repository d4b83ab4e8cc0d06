import { randomUUID } from 'node:crypto'
import type { APIRequestContext, APIResponse } from '@playwright/test'
import { unreadableTextMessage } from '../lib/core/text'
import { baseURL } from '../playwright.config'
import { testDb } from './support/db'
import { clientAddress, createReader, expect, test } from './support/fixtures'
import { actionId, articleFormFields, callAction, cookieHeader, createAccount } from './support/staff'

// Hostile input at every door: URLs (route parameters and query strings) and form fields. Each gets a 4xx, a page
// or a field message; never a 500, a stack trace or a half-written row.

// As they appear in a URL, percent-encoded where a browser would encode them.
const hostileInUrls = [
  "x'%20OR%20'1'%3D'1'--",
  '%22%3B%20DROP%20TABLE%20users%3B--',
  'a%00b',
  '%01%1B%5B31m%7F',
  '%FF%FE%C0%AF',
  '%E2%82',
  '100%',
  '..%2F..%2Fetc%2Fpasswd',
  'a'.repeat(5000),
]

const publicUrls = (value: string) => [
  `/articles/${value}`,
  `/articles/${value}/og.png`,
  `/articles/${value}/pdf`,
  `/articles/${value}/calendar.ics`,
  `/sections/${value}`,
  `/sections/${value}/feed.xml`,
  `/tags/${value}`,
  `/authors/${value}`,
  `/uploads/${value}`,
  `/search?q=${value}`,
  `/search?q=data&page=${value}`,
  `/sections/talks?page=${value}`,
  `/login?callbackUrl=${value}`,
  `/register?callbackUrl=${value}`,
  `/reset-password?token=${value}`,
  `/login/link?token=${value}`,
  `/verify-email?token=${value}`,
]

const deskUrls = (value: string) => [
  `/admin/articles?q=${value}&status=${value}&section=${value}&author=${value}&page=${value}`,
  `/admin/articles/${value}`,
  `/admin/articles/${value}/preview`,
  `/admin/articles/${value}/signups`,
  `/admin/articles/${value}/signups.csv`,
  `/admin/users?q=${value}&page=${value}`,
  `/admin/audit?page=${value}`,
]

const leakedInternals = /SqliteError|SQLITE_|Internal Server Error|Application error|\bat [\w.<>]+ \(\/|node_modules\//

async function expectHandled(response: APIResponse, what: string) {
  expect(response.status(), what).toBeLessThan(500)
  expect(await response.text(), what).not.toMatch(leakedInternals)
}

test('hostile route parameters and query strings get a 4xx or a page, never a 500', async ({ request }) => {
  for (const value of hostileInUrls) {
    for (const url of publicUrls(value)) await expectHandled(await request.get(url, { maxRedirects: 0 }), url)
  }
})

test('hostile query strings on the desk get a page, never a 500', async ({ request }) => {
  const cookie = await cookieHeader(await createAccount('admin'))
  for (const value of hostileInUrls) {
    for (const url of deskUrls(value)) await expectHandled(await request.get(url, { headers: { cookie }, maxRedirects: 0 }), url)
  }
})

/** A server action POST whose text fields may hold raw bytes (a browser's FormData cannot send invalid UTF-8). */
function postRawForm(
  request: APIRequestContext,
  action: string,
  fields: Record<string, string | Buffer>,
  options: { path: string; cookie?: string },
) {
  const boundary = `----insights-${randomUUID()}`
  // The action's arguments (`0`) come last, after the form fields they refer to, as in a browser's request.
  const entries = [...Object.entries(fields).map(([name, value]) => [`_1_${name}`, value]), ['0', JSON.stringify([null, '$K1'])]]
  const parts = entries.map(([name, value]) =>
    Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`), Buffer.from(value), Buffer.from('\r\n')]),
  )
  return request.post(options.path, {
    headers: {
      'next-action': actionId(action),
      accept: 'text/x-component',
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'x-forwarded-for': clientAddress(),
      ...(options.cookie && { cookie: options.cookie }),
    },
    data: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    maxRedirects: 0,
  })
}

const notUtf8 = (text: string) => Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0xc0, 0xaf])])
const row = (sql: string, ...params: unknown[]) => testDb().prepare(sql).get(...params) as Record<string, unknown> | undefined
const sectionOf = (kind: string) => String(row('select min(id) as id from sections where kind = ?', kind)!.id)

test('registration refuses control characters, invalid UTF-8 and very long names, and writes nothing', async ({ request }) => {
  const cases: { name: string | Buffer; message: string }[] = [
    { name: 'Bell\u0007 Ringer', message: unreadableTextMessage },
    { name: 'Escape\u001b[31m Red', message: unreadableTextMessage },
    { name: 'Two\nLines', message: unreadableTextMessage },
    { name: notUtf8('Broken '), message: unreadableTextMessage },
    { name: 'n'.repeat(100_000), message: 'Use at most 100 characters.' },
  ]
  for (const { name, message } of cases) {
    const email = `hostile-${randomUUID()}@example.com`
    const response = await postRawForm(request, 'registerReader', { name, email, password: 'a long enough password', callbackUrl: '/' }, { path: '/register' })
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain(message)
    expect(row('select id from users where email = ?', email)).toBeUndefined()
  }
})

test('SQL metacharacters in a name are stored and shown exactly as typed', async ({ page }) => {
  const name = `Robert'); DROP TABLE users;-- "${randomUUID().slice(0, 8)}" 100% _x_`
  const email = `bobby-${randomUUID()}@example.com`
  await page.goto('/register')
  await page.getByLabel('Name').fill(name)
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill('a long enough password')
  await page.getByRole('button', { name: 'Create profile' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  expect(row('select name from users where email = ?', email)?.name).toBe(name)
  await page.goto('/account')
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name)
})

test('a member cannot save a name with control characters or bytes that are not UTF-8', async ({ request }) => {
  const member = await createReader()
  const cookie = await cookieHeader({ ...member, role: 'reader' })
  for (const name of ['Tab\u000bbed', notUtf8('Mojibake ')]) {
    const response = await postRawForm(request, 'changeName', { name }, { path: '/account', cookie })
    expect(await response.text()).toContain(unreadableTextMessage)
    expect(row('select name from users where id = ?', member.id)?.name).toBe(member.name)
  }
})

test('the desk refuses unreadable titles, bodies, tags and settings, and saves nothing', async ({ request }) => {
  const editor = await createAccount('editor')
  const admin = await createAccount('admin')
  const title = `Hostile ${randomUUID()}`
  const article = (overrides: Record<string, string | Buffer>) => articleFormFields(title, overrides)
  const cases: { fields: Record<string, string | Buffer>; message: string }[] = [
    { fields: article({ title: `${title}\u001b[2J` }), message: unreadableTextMessage },
    { fields: article({ markdown: notUtf8('A body ') }), message: unreadableTextMessage },
    { fields: article({ tagNames: 'fine, bad\u0000tag' }), message: unreadableTextMessage },
    { fields: article({ title: 't'.repeat(100_000) }), message: 'Use at most 200 characters.' },
    { fields: article({ slug: "x' OR 1=1--" }), message: 'Use lower-case letters, digits and single hyphens.' },
    // A talk's and a seminar's own fields.
    { fields: article({ sectionId: sectionOf('talk'), speaker: notUtf8('Ada '), durationMinutes: '30', videoUrl: 'https://youtu.be/dQw4w9WgXcQ' }), message: unreadableTextMessage },
    { fields: article({ sectionId: sectionOf('talk'), speaker: 'Ada', durationMinutes: '30', videoUrl: 'javascript:alert(1)//youtube.com' }), message: 'Paste a YouTube or Vimeo address of the video.' },
    { fields: article({ sectionId: sectionOf('seminar'), startsAt: "2030-01-01T10:00'; --", durationMinutes: '60', capacity: '10' }), message: 'Enter the date and time it starts.' },
    { fields: article({ sectionId: sectionOf('seminar'), startsAt: '2030-01-01T10:00', durationMinutes: '1e9', capacity: '10' }), message: 'Use at most 1,440 minutes.' },
    { fields: article({ sectionId: sectionOf('seminar'), startsAt: '2030-01-01T10:00', durationMinutes: '60', venue: 'Room\u00001', capacity: '10' }), message: unreadableTextMessage },
    { fields: article({ sectionId: sectionOf('seminar'), startsAt: '2030-01-01T10:00', durationMinutes: '60', capacity: '10 OR 1=1' }), message: 'Enter the number of seats.' },
  ]
  const editorCookie = await cookieHeader(editor)
  for (const { fields, message } of cases) {
    const response = await postRawForm(request, 'saveArticleForm', fields, { path: '/admin/articles/new', cookie: editorCookie })
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain(message)
  }
  expect(row('select count(*) as n from articles where title like ? or length(title) > 200', `${title}%`)!.n).toBe(0)

  const before = row('select site_name, tagline from settings where id = 1')
  const settings = { siteName: notUtf8('Insights '), tagline: 'A tagline', teaserParagraphs: '3', dateFormat: 'DD-MM-YYYY', giftLinksPerMonth: '5' }
  const response = await postRawForm(request, 'saveSettings', settings, { path: '/admin/settings', cookie: await cookieHeader(admin) })
  expect(await response.text()).toContain(unreadableTextMessage)
  expect(row('select site_name, tagline from settings where id = 1')).toEqual(before)
})

test('hostile redirect targets in account forms land on this site', async ({ request }) => {
  for (const callbackUrl of ['https://evil.example/', '//evil.example', '/\\evil.example', '/%09/evil.example', 'javascript:alert(1)']) {
    const email = `redirect-${randomUUID()}@example.com`
    const response = await callAction(
      request,
      'registerReader',
      { fields: { name: 'Redirected Reader', email, password: 'a long enough password', callbackUrl } },
      { path: '/register', headers: { 'x-forwarded-for': clientAddress() } },
    )
    // `x-action-redirect: <address>;push`
    const target = new URL(response.headers()['x-action-redirect'].split(';')[0], baseURL)
    expect(target.origin, callbackUrl).toBe(new URL(baseURL).origin)
    expect(row('select id from users where email = ?', email), callbackUrl).toBeDefined()
  }
})
