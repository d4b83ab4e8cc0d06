import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { hashPassword } from '../lib/auth/passwords'
import { baseURL, e2eDatabasePath } from '../playwright.config'
import { insertArticle, likeCount, publishedSlugs, testDb } from './support/db'
import { clientAddress, expect, test } from './support/fixtures'
import { burstTimeout, callAction, cookieHeader, type Account } from './support/staff'

// Nothing a reader did is lost: simultaneous writes all land (or are refused by the rule that should refuse them),
// and a backup taken while the site serves restores to the same data.

const slugs = publishedSlugs()

/** `count` reader accounts written at once, sharing one password hash (hashing 200 would take a while). */
async function createReaders(count: number): Promise<Account[]> {
  const passwordHash = await hashPassword('shared-test-password')
  const insert = testDb().prepare("insert into users (email, name, password_hash) values (?, 'Crowd member', ?)")
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  return Array.from({ length: count }, (_, i) => {
    const email = `crowd-${stamp}-${i}@example.com`
    const id = Number(insert.run(email, passwordHash).lastInsertRowid)
    return { id, email, name: 'Crowd member', password: 'shared-test-password', role: 'reader' as const }
  })
}

test('200 members liking one article at once make exactly 200 likes; 200 unlikes make 0', async ({ playwright }) => {
  // An article of its own: each like expires the article's static page, and the leak sweep, running beside this,
  // reads every seeded article's page in all its forms.
  const { id: articleId, slug } = insertArticle()
  const members = await createReaders(200)
  const cookies = await Promise.all(members.map((member) => cookieHeader(member)))
  for (const liked of [true, false]) {
    // Fresh connections for each burst: a kept-alive socket from the last one may have been closed by the server
    // while it sat idle, and a POST on it would fail in the client, not in the app.
    const request = await playwright.request.newContext({ baseURL })
    const responses = await Promise.all(
      cookies.map((cookie) => callAction(request, 'likeArticle', { args: [articleId, liked] }, { cookie, path: `/articles/${slug}`, timeout: burstTimeout })),
    )
    expect(responses.map((response) => response.status()).filter((status) => status !== 200)).toEqual([])
    expect(likeCount(slug)).toBe(liked ? 200 : 0)
    await request.dispose()
  }
})

test('50 registrations at once with different emails all succeed; 20 with one email make exactly one account', async ({
  request,
}) => {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  const register = (email: string) =>
    callAction(
      request,
      'registerReader',
      { fields: { name: 'Rush', email, password: 'a long enough password', callbackUrl: '/' } },
      { path: '/register', headers: { 'x-forwarded-for': clientAddress() }, timeout: burstTimeout },
    )
  const distinct = Array.from({ length: 50 }, (_, i) => `rush-${stamp}-${i}@example.com`)
  const distinctResponses = await Promise.all(distinct.map(register))
  expect(distinctResponses.map((response) => response.status()).filter((status) => status >= 400)).toEqual([])
  const created = testDb()
    .prepare(`select count(*) as n from users where email like ?`)
    .get(`rush-${stamp}-%`) as { n: number }
  expect(created.n).toBe(50)

  const same = `same-${stamp}@example.com`
  const sameResponses = await Promise.all(Array.from({ length: 20 }, () => register(same)))
  const bodies = await Promise.all(sameResponses.map((response) => response.text()))
  expect(sameResponses.map((response) => response.status()).filter((status) => status >= 400)).toEqual([])
  expect(bodies.filter((body) => body.includes('A profile with this email already exists.'))).toHaveLength(19)
  expect(testDb().prepare('select count(*) as n from users where email = ?').get(same)).toEqual({ n: 1 })
})

test('a backup taken while the site serves restores to the same data, and a damaged file is refused', async ({
  request,
}) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'insights-backup-'))
  const backupFile = path.join(folder, 'backup.db')
  const restoredFile = path.join(folder, 'restored.db')
  const run = async (script: string, args: string[], databasePath: string) => {
    const env = { ...process.env, DATABASE_PATH: databasePath }
    return (await promisify(execFile)('node_modules/.bin/tsx', [script, ...args], { env, encoding: 'utf8' })).stdout
  }

  // Traffic while the backup runs: readers browsing and registering.
  let serving = true
  let registered = 0
  const traffic = (async () => {
    for (let i = 0; serving; i++, registered++) {
      await request.get(`/articles/${slugs[i % slugs.length]}`)
      await callAction(
        request,
        'registerReader',
        { fields: { name: 'Busy', email: `busy-${Date.now()}-${i}@example.com`, password: 'a long enough password', callbackUrl: '/' } },
        { path: '/register', headers: { 'x-forwarded-for': clientAddress() }, timeout: burstTimeout },
      )
    }
  })()
  const before = (testDb().prepare('select count(*) as n from users').get() as { n: number }).n
  await run('db/backup.ts', [backupFile], e2eDatabasePath)
  serving = false
  await traffic
  expect(registered).toBeGreaterThan(0) // the site took writes while the backup ran

  expect(await run('db/restore.ts', [backupFile], restoredFile)).toContain('Restored')
  const counts = (file: string) => {
    const database = new Database(file, { readonly: true })
    const tables = ['users', 'articles', 'article_likes', 'article_tags', 'settings', 'audit_log', 'outbox']
    const result = Object.fromEntries(tables.map((table) => [table, (database.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n]))
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok')
    database.close()
    return result
  }
  const backedUp = counts(backupFile)
  expect(counts(restoredFile)).toEqual(backedUp)
  expect(backedUp.users).toBeGreaterThanOrEqual(before)

  const damaged = path.join(folder, 'damaged.db')
  execFileSync('sh', ['-c', `head -c 4096 "${backupFile}" > "${damaged}"`])
  await expect(run('db/restore.ts', [damaged], path.join(folder, 'never.db'))).rejects.toThrow()
})
