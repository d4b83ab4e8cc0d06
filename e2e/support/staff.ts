// Signed-in staff (and readers) without going through the login form: a session cookie minted with the e2e
// server's secret, exactly as next-auth would mint it. The login form itself is tested in reading-path.spec.ts.
import { readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import type { APIRequestContext, Browser } from '@playwright/test'
import { encode } from 'next-auth/jwt'
import type { Role } from '../../db/schema'
import { hashPassword } from '../../lib/auth/passwords'
import { baseURL, e2eAuthSecret } from '../../playwright.config'
import { testDb } from './db'
import { clientAddress } from './fixtures'

export type Account = { id: number; email: string; name: string; password: string; role: Role }

export async function createAccount(role: Role, name = `Test ${role}`): Promise<Account> {
  const email = `${role}-${randomUUID()}@example.com`
  const password = `pw-${randomUUID()}`
  const result = testDb()
    .prepare('insert into users (email, name, password_hash, role) values (?, ?, ?, ?)')
    .run(email, name, await hashPassword(password), role)
  return { id: Number(result.lastInsertRowid), email, name, password, role }
}

const cookieName = 'authjs.session-token'

export async function sessionCookie(account: Account) {
  const { session_version } = testDb().prepare('select session_version from users where id = ?').get(account.id) as {
    session_version: number
  }
  const value = await encode({
    token: { sub: String(account.id), uid: account.id, sv: session_version, sid: randomUUID() },
    secret: e2eAuthSecret,
    salt: cookieName,
  })
  return { name: cookieName, value, url: baseURL }
}

/** A new browser context and page, signed in as `account`, on the test server (or another `origin`). */
export async function pageAs(browser: Browser, account: Account, origin = baseURL) {
  const context = await browser.newContext({ baseURL: origin, extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } })
  await context.addCookies([await sessionCookie(account)])
  return context.newPage()
}

type ActionManifest = { node: Record<string, { exportedName: string; workers: Record<string, unknown> }> }

/** A server action in the build's manifest (what a browser would find in the page). */
function manifestEntry(exportedName: string) {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as ActionManifest
  const entry = Object.entries(manifest.node).find(([, value]) => value.exportedName === exportedName)
  if (!entry) throw new Error(`${exportedName} is not in the server action manifest`)
  return { id: entry[0], pages: Object.keys(entry[1].workers) }
}

/** Server action ids by exported name. */
export const actionId = (exportedName: string) => manifestEntry(exportedName).id

/**
 * A page that has the action, to post it to (proxy.ts refuses an action posted to a page without it): the first
 * without a route parameter, `app/admin/settings/page` as `/admin/settings`.
 */
function pageOf(exportedName: string): string {
  const page = manifestEntry(exportedName).pages.find((bundle) => !bundle.includes('['))
  if (!page) throw new Error(`every page with ${exportedName} has a parameter: give callAction a path`)
  return `/${page.split('/').slice(1, -1).filter((segment) => !segment.startsWith('(')).join('/')}`
}

/** The request timeout of a burst: it queues on the server, and its last request answers when all the others have. */
export const burstTimeout = 100_000

/**
 * POSTs to a server action as React's client would: `fields` become the FormData of an action called as
 * `(previousState, formData)`, `args` the JSON arguments of any other action. To `path`, or a page that has it.
 */
export function callAction(
  request: APIRequestContext,
  name: string,
  call: { fields: Record<string, string | string[] | File> } | { args: readonly unknown[] },
  options: { cookie?: string; headers?: Record<string, string>; path?: string; timeout?: number } = {},
) {
  const headers = {
    'next-action': actionId(name),
    accept: 'text/x-component',
    ...(options.cookie && { cookie: options.cookie }),
    ...options.headers,
  }
  const path = options.path ?? pageOf(name)
  if ('args' in call) {
    return request.post(path, { headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, data: JSON.stringify(call.args), maxRedirects: 0, timeout: options.timeout })
  }
  const form = new FormData()
  for (const [key, value] of Object.entries(call.fields)) {
    for (const item of [value].flat()) form.append(`_1_${key}`, item)
  }
  form.append('0', JSON.stringify([null, '$K1']))
  return request.post(path, { headers, multipart: form, maxRedirects: 0, timeout: options.timeout })
}

export async function cookieHeader(account: Account) {
  const cookie = await sessionCookie(account)
  return `${cookie.name}=${cookie.value}`
}

/**
 * The fields of the article editor's form for a new article in the first `article` section, as a raw POST to
 * saveArticleForm sends them; `overrides` replaces any of them.
 */
export function articleFormFields<T extends string | Buffer | File>(title: string, overrides: Record<string, T> = {}) {
  const first = (sql: string) => String((testDb().prepare(sql).get() as { id: number }).id)
  return {
    id: '',
    title,
    slug: '',
    lede: 'Lede.',
    language: 'en',
    sectionId: first("select min(id) as id from sections where kind = 'article'"),
    authorId: first('select min(id) as id from authors'),
    tagNames: '',
    markdown: 'A body.',
    metaDescription: '',
    canonicalUrl: '',
    publishedAt: '',
    coverImageAlt: '',
    intent: 'save',
    ...overrides,
  }
}
