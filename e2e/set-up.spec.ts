import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import type { APIRequestContext } from '@playwright/test'
import Database from 'better-sqlite3'
import { hashPassword } from '../lib/auth/passwords'
import { documentsDir, e2eAuthSecret } from '../playwright.config'
import { startServer, type StartedServer } from '../scripts/lib/server.mjs'
import { membersOnlySentence, onDatabase, publishedSlugs, testDb } from './support/db'
import { clientAddress, expect, test } from './support/fixtures'
import { callAction } from './support/staff'

// A second server, started the way npm start starts it and with its defaults: no proxy in front (no
// TRUSTED_PROXY_HOPS), so every client is its connection. Its site address is https, as a real one would be (a TLS
// terminator in front does not change X-Forwarded-For). It runs on a copy of the test database, with rate limits of
// its own. Two real clients reach it: one over 127.0.0.1, one over ::1.

test.describe.configure({ mode: 'serial' })

let server: StartedServer
let overIpv4: APIRequestContext
let overIpv6: APIRequestContext
let databasePath: string
let serverLog: string
let ipv6Origin: string

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
}

test.beforeAll(async ({ playwright }) => {
  const port = await freePort()
  const folder = path.resolve('data/e2e/set-up', String(port))
  databasePath = path.join(folder, 'insights.db')
  mkdirSync(folder, { recursive: true })
  await testDb().backup(databasePath)
  onSecondDatabase((database) => database.prepare('delete from rate_limits').run())
  serverLog = path.join(folder, 'server.log')
  server = await startServer({
    port,
    log: serverLog,
    env: {
      DATABASE_PATH: databasePath,
      SITE_URL: `https://localhost:${port}`,
      AUTH_SECRET: e2eAuthSecret,
      UPLOADS_DIR: path.join(folder, 'uploads'),
      DOCUMENTS_DIR: documentsDir,
      TRUSTED_PROXY_HOPS: undefined,
    },
  })
  ipv6Origin = `http://[::1]:${port}`
  overIpv4 = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` })
  overIpv6 = await playwright.request.newContext({ baseURL: ipv6Origin })
})

test.afterAll(async () => {
  await Promise.all([overIpv4?.dispose(), overIpv6?.dispose()])
  await server?.stop()
})

const forged = () => ({ 'x-forwarded-for': clientAddress() })
const onSecondDatabase = <T,>(work: (database: Database.Database) => T): T => onDatabase(databasePath, work)

/** A reader of the second server's database. */
async function createReader() {
  const email = `reader-${randomUUID()}@example.com`
  const password = `pw-${randomUUID()}`
  const passwordHash = await hashPassword(password)
  onSecondDatabase((database) => database.prepare("insert into users (email, name, password_hash) values (?, 'Second', ?)").run(email, passwordHash))
  return { email, password }
}

/** The subjects the second server counts its limits under (`rule:subject`). */
const limitKeys = () =>
  onSecondDatabase((database) => (database.prepare('select key from rate_limits').all() as { key: string }[]).map((row) => row.key))
const forgedKeys = () => limitKeys().filter((key) => / 10\.|:10\./.test(key))

async function register(client: APIRequestContext, headers: Record<string, string> = {}) {
  const email = `forged-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
  const fields = { name: 'Forged', email, password: 'a long enough password', callbackUrl: '/' }
  return (await callAction(client, 'registerReader', { fields }, { path: '/register', headers })).text()
}

test('a forged X-Forwarded-For neither resets nor spreads the per-address registration limit', async () => {
  // Each attempt claims another address; all of them are the one connection.
  const answers: string[] = []
  while (answers.length <= 50 && !answers.at(-1)?.includes('Too many attempts')) answers.push(await register(overIpv4, forged()))
  expect(answers.at(-1)).toContain('Too many attempts. Try again in')
  expect(answers.filter((answer) => !answer.includes('Too many attempts')).length).toBeLessThanOrEqual(50)
  // Nothing was counted under the claimed addresses, and another client is not held back.
  expect(forgedKeys()).toEqual([])
  expect(await register(overIpv6)).not.toContain('Too many attempts')
})

test('100 guesses from forged addresses leave the owner able to sign in with the password', async () => {
  const owner = await createReader()
  const logIn = (client: APIRequestContext, password: string, headers: Record<string, string> = {}) =>
    callAction(client, 'logIn', { fields: { email: owner.email, password, callbackUrl: '/' } }, { path: '/login', headers })
  const answers: string[] = []
  for (let i = 0; i < 100; i++) answers.push(await (await logIn(overIpv4, 'wrong-password-123', forged())).text())
  // Counted under the connection: its own limit for this account stops it after ten.
  expect(answers.filter((answer) => answer.includes('Wrong email or password.')).length).toBeLessThanOrEqual(10)
  expect(answers.at(-1)).toContain('Too many attempts.')
  expect(forgedKeys()).toEqual([])
  const signedIn = await logIn(overIpv6, owner.password)
  expect(signedIn.headers()['x-action-redirect']).toBeDefined()
  expect(signedIn.headers()['set-cookie']).toContain('authjs.session-token=')
})


test('on a site at an https address the session cookie is Secure, and pages and the proxy know the reader by it', async ({ playwright }) => {
  const member = await createReader()
  const client = await playwright.request.newContext({ baseURL: ipv6Origin })
  const response = await callAction(client, 'logIn', { fields: { email: member.email, password: member.password, callbackUrl: '/' } }, { path: '/login' })
  const sessionCookie = response.headersArray().find((header) => header.name.toLowerCase() === 'set-cookie' && header.value.includes('session-token='))
  expect(sessionCookie?.value).toMatch(/^__Secure-authjs\.session-token=[^;]+;.*; Secure/i)
  // Sent back as a browser at https://… would send it (this test client talks plain http to the server).
  const cookie = sessionCookie!.value.split(';')[0]
  const slug = publishedSlugs()[3]
  // The cookie's name takes the article to the reader variant, and the reader's parts know the member by it.
  expect(await (await client.get(`/articles/${slug}`, { headers: { cookie } })).text()).toContain('Loading the rest of the article…')
  const parts = await (await client.get(`/api/articles/${slug}/reader`, { headers: { cookie } })).json()
  expect(parts.body.bodyHtml).toContain(membersOnlySentence(slug))
  expect((await client.get('/account/data', { headers: { cookie } })).status()).toBe(200)
  await client.dispose()
})

test('an action posted to a page that does not have it gets a 409, and a burst of them one log line at most', async () => {
  // This server writes its log straight to the file, so what it logged for a request is there when it answers.
  const logFrom = statSync(serverLog).size
  const slug = publishedSlugs()[2]
  const { id } = onSecondDatabase((database) => database.prepare('select id from articles where slug = ?').get(slug) as { id: number })
  for (let i = 0; i < 20; i++) {
    // The like action belongs to article pages, not to the login page; and no page has an action of this id.
    const elsewhere = await callAction(overIpv4, 'likeArticle', { args: [id, true] }, { path: '/login' })
    const unknown = await overIpv4.post('/', { headers: { 'next-action': 'f'.repeat(42), accept: 'text/x-component' }, data: '[]' })
    for (const response of [elsewhere, unknown]) {
      expect(response.status()).toBe(409)
      expect(response.headers()['x-nextjs-action-not-found']).toBe('1')
    }
  }
  const logged = readFileSync(serverLog).subarray(logFrom).toString()
  expect(logged.match(/Refused server action/g)?.length ?? 0).toBeLessThanOrEqual(1)
  expect(logged).not.toMatch(/uncaughtException|ECONNRESET|Failed to find Server Action/)
  expect(onSecondDatabase((database) => database.prepare('select count(*) as n from article_likes where article_id = ?').get(id))).toEqual({ n: 0 })
})
