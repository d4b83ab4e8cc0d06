import type { APIResponse } from '@playwright/test'
import type { Role } from '../db/schema'
import { baseURL } from '../playwright.config'
import { insertSeminar, testDb } from './support/db'
import { expect, test } from './support/fixtures'
import { articleFormFields, callAction, cookieHeader, createAccount, type Account } from './support/staff'

// Every desk page and every desk action, for anonymous visitors and each role, with and without the header that
// once let requests skip Next.js middleware (CVE-2025-29927). Actions are called the way a forged request would
// call them, and the database shows whether anything changed.

type Viewer = 'anonymous' | Role
const viewers: Viewer[] = ['anonymous', 'reader', 'author', 'editor', 'admin']
const headerVariants: Record<string, string>[] = [{}, { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }]

const accounts = {} as Record<Role, Account>
let editorDraftId: number
let authorDraftId: number
let authorPublishedId: number
let seminarId: number
let issueId: number

test.beforeAll(async () => {
  for (const role of ['reader', 'author', 'editor', 'admin'] as const) accounts[role] = await createAccount(role)
  // Dated 2001, so that once published they sort after the seeded articles other tests pick by position.
  const insertArticle = (title: string, createdBy: number, status = 'draft') =>
    Number(
      testDb()
        .prepare(
          `insert into articles (slug, title, lede, section_id, author_id, status, published_at, source_markdown, teaser_html, body_html, created_by_id)
           values (?, ?, 'Lede.', (select min(id) from sections), (select min(id) from authors), ?, 978336000, 'Text.', '<p>Text.</p>', '', ?)`,
        )
        .run(`${title.toLowerCase().replaceAll(' ', '-')}-${Date.now()}`, title, status, createdBy).lastInsertRowid,
    )
  editorDraftId = insertArticle('Permission editor draft', accounts.editor.id)
  authorDraftId = insertArticle('Permission author draft', accounts.author.id)
  authorPublishedId = insertArticle('Permission author published', accounts.author.id, 'published')
  seminarId = insertSeminar(5).id
  issueId = insertIssue()
})

/** A draft newsletter of one article. */
function insertIssue() {
  const id = Number(testDb().prepare("insert into newsletter_issues (subject, status) values ('Permission draft', 'draft')").run().lastInsertRowid)
  testDb().prepare('insert into newsletter_issue_articles (issue_id, article_id, position) values (?, ?, 0)').run(id, authorPublishedId)
  return id
}

async function cookieFor(viewer: Viewer) {
  return viewer === 'anonymous' ? undefined : cookieHeader(accounts[viewer])
}

/** What a page answered: a redirect (HTTP or, once streaming has begun, Next's client-side one), the 404 page, or the desk. */
async function outcome(response: APIResponse): Promise<string> {
  const html = await response.text()
  const location = response.headers()['location']
  if (location) return `redirect ${new URL(location, baseURL).pathname}`
  expect(response.status()).toBeLessThan(500)
  const streamed = /NEXT_REDIRECT;(?:replace|push);([^;?]+)/.exec(html)
  if (streamed) {
    expect(html).not.toContain('aria-label="Desk"')
    return `redirect ${streamed[1]}`
  }
  // Once streaming has begun, notFound() is carried in the payload and the page is drawn by the browser.
  if (/<h1[^>]*>Page not found<\/h1>/.test(html) || html.includes('NEXT_HTTP_ERROR_FALLBACK;404')) {
    expect(html).not.toContain('aria-label="Desk"')
    return 'not found'
  }
  return html.includes('aria-label="Desk"') ? 'desk' : `unexpected ${response.status()}`
}

test('every desk page lets in exactly the roles it is for', async ({ request }) => {
  const login = 'redirect /login'
  const pages: [string, Record<Exclude<Viewer, 'anonymous' | 'reader'>, string>][] = [
    ['/admin', { author: 'redirect /admin/articles', editor: 'desk', admin: 'desk' }],
    ['/admin/articles', { author: 'desk', editor: 'desk', admin: 'desk' }],
    ['/admin/articles/new', { author: 'desk', editor: 'desk', admin: 'desk' }],
    [`/admin/articles/${editorDraftId}`, { author: 'not found', editor: 'desk', admin: 'desk' }],
    [`/admin/articles/${editorDraftId}/preview`, { author: 'not found', editor: 'desk', admin: 'desk' }],
    [`/admin/articles/${authorDraftId}`, { author: 'desk', editor: 'desk', admin: 'desk' }],
    ['/admin/users', { author: 'not found', editor: 'not found', admin: 'desk' }],
    ['/admin/settings', { author: 'not found', editor: 'not found', admin: 'desk' }],
    ['/admin/sections', { author: 'not found', editor: 'not found', admin: 'desk' }],
    ['/admin/audit', { author: 'not found', editor: 'not found', admin: 'desk' }],
    ['/admin/outbox', { author: 'not found', editor: 'not found', admin: 'desk' }],
    [`/admin/articles/${seminarId}/signups`, { author: 'not found', editor: 'desk', admin: 'desk' }],
    ['/admin/conversion', { author: 'not found', editor: 'desk', admin: 'desk' }],
    ['/admin/newsletters', { author: 'not found', editor: 'desk', admin: 'desk' }],
    ['/admin/newsletters/new', { author: 'not found', editor: 'desk', admin: 'desk' }],
    [`/admin/newsletters/${issueId}`, { author: 'not found', editor: 'desk', admin: 'desk' }],
  ]
  for (const headers of headerVariants) {
    for (const [path, staff] of pages) {
      const expected = { anonymous: login, reader: 'not found', ...staff }
      for (const viewer of viewers) {
        const cookie = await cookieFor(viewer)
        const response = await request.get(path, { headers: { ...headers, ...(cookie && { cookie }) }, maxRedirects: 0 })
        expect(await outcome(response), `${viewer} ${path} ${JSON.stringify(headers)}`).toBe(expected[viewer])
        // The desk does not admit it exists to a member who is not staff: a real 404 (proxy.ts), before it streams.
        if (viewer === 'reader') expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(404)
      }
    }
  }
})

const row = (sql: string, ...params: unknown[]) => testDb().prepare(sql).get(...params) as Record<string, unknown>

/** Each desk action: a call that would change something, how to see whether it did, and the least role it needs. */
function actionCases() {
  const tag = `t${Date.now()}${Math.random().toString(36).slice(2, 8)}`
  const articleFields = (overrides: Record<string, string>) => articleFormFields(`Forged ${tag}`, { markdown: 'Forged body.', ...overrides })
  // An edit names the version it starts from, as the editor's form does (an older one is refused as a collision).
  const version = (id: number) => String(row('select version from articles where id = ?', id).version)
  const target = accounts.reader
  // Sending cannot be undone: each call of this list has a draft of its own.
  const draftIssueId = insertIssue()
  return [
    {
      name: 'saveArticleForm (create)',
      action: 'saveArticleForm',
      call: { fields: articleFields({}) },
      changed: () => row('select count(*) as n from articles where title = ?', `Forged ${tag}`).n !== 0,
      allowed: ['author', 'editor', 'admin'],
    },
    {
      name: "saveArticleForm (edit an editor's draft)",
      action: 'saveArticleForm',
      call: { fields: articleFields({ id: String(editorDraftId), version: version(editorDraftId), title: `Edited ${tag}`, slug: `edited-${tag}` }) },
      changed: () => row('select title from articles where id = ?', editorDraftId).title === `Edited ${tag}`,
      allowed: ['editor', 'admin'],
    },
    {
      name: "saveArticleForm (publish the author's own draft)",
      action: 'saveArticleForm',
      // Dated 2001, like the others.
      call: { fields: articleFields({ id: String(authorDraftId), version: version(authorDraftId), slug: `published-${tag}`, intent: 'publish', publishedAt: '2001-01-01T10:00' }) },
      changed: () => row('select status from articles where id = ?', authorDraftId).status !== 'draft',
      allowed: ['editor', 'admin'],
    },
    {
      name: "saveArticleForm (edit the author's own published article)",
      action: 'saveArticleForm',
      call: { fields: articleFields({ id: String(authorPublishedId), version: version(authorPublishedId), title: `Reworded ${tag}`, slug: `reworded-${tag}` }) },
      changed: () => row('select title from articles where id = ?', authorPublishedId).title === `Reworded ${tag}`,
      allowed: ['editor', 'admin'],
    },
    {
      name: 'previewArticleMarkdown',
      action: 'previewArticleMarkdown',
      call: { args: [`**${tag}**`, 3] },
      // Changes nothing; what it must not do for outsiders is render.
      changed: undefined,
      renders: `<strong>${tag}</strong>`,
      allowed: ['author', 'editor', 'admin'],
    },
    {
      name: 'changeRoleForm',
      action: 'changeRoleForm',
      call: { fields: { userId: String(target.id), role: 'admin' } },
      changed: () => row('select role from users where id = ?', target.id).role !== 'reader',
      allowed: ['admin'],
    },
    {
      name: 'setAccountDisabledForm',
      action: 'setAccountDisabledForm',
      call: { fields: { userId: String(target.id), disabled: 'true' } },
      changed: () => row('select disabled from users where id = ?', target.id).disabled !== 0,
      allowed: ['admin'],
    },
    {
      name: 'saveSettings',
      action: 'saveSettings',
      call: { fields: { siteName: 'Insights on Marketing & Technology', tagline: `Forged ${tag}`, teaserParagraphs: '3', dateFormat: 'DD-MM-YYYY', giftLinksPerMonth: '5' } },
      changed: () => row('select tagline from settings where id = 1').tagline === `Forged ${tag}`,
      allowed: ['admin'],
    },
    {
      name: 'saveIssueForm',
      action: 'saveIssueForm',
      call: { fields: { id: '', subject: `Forged ${tag}`, intro: '', articleIds: String(authorPublishedId) } },
      changed: () => row('select count(*) as n from newsletter_issues where subject = ?', `Forged ${tag}`).n !== 0,
      allowed: ['editor', 'admin'],
    },
    {
      name: 'sendIssue',
      action: 'sendIssue',
      call: { fields: { issueId: String(draftIssueId) } },
      path: `/admin/newsletters/${draftIssueId}`,
      changed: () => row('select status from newsletter_issues where id = ?', draftIssueId).status !== 'draft',
      allowed: ['editor', 'admin'],
    },
    {
      name: 'saveNewsletterSettings',
      action: 'saveNewsletterSettings',
      call: { fields: { newsletterFrom: `forged-${tag}@example.com`, newsletterPerMinute: '600' } },
      changed: () => row('select newsletter_from from settings where id = 1').newsletter_from === `forged-${tag}@example.com`,
      allowed: ['admin'],
    },
    {
      name: 'saveSectionForm',
      action: 'saveSectionForm',
      call: { fields: { id: '', name: `Forged ${tag}`, slug: `forged-${tag}`, description: '', kind: 'article' } },
      changed: () => row('select count(*) as n from sections where slug = ?', `forged-${tag}`).n !== 0,
      allowed: ['admin'],
    },
  ] as const
}

test('desk actions called by raw POST below their role change nothing', async ({ request }) => {
  for (const headers of headerVariants) {
    for (const testCase of actionCases()) {
      for (const viewer of viewers.filter((v) => !(testCase.allowed as readonly string[]).includes(v))) {
        const cookie = await cookieFor(viewer)
        const label = `${viewer} ${testCase.name} ${JSON.stringify(headers)}`
        const response = await callAction(request, testCase.action, testCase.call, { cookie, headers, path: 'path' in testCase ? testCase.path : undefined })
        expect(response.status(), label).toBeLessThan(500)
        if (testCase.changed) expect(testCase.changed(), label).toBe(false)
        if ('renders' in testCase) expect(await response.text(), label).not.toContain(testCase.renders)
      }
    }
  }
})

test('the same raw POSTs with the least role allowed do change things, so the check above is not vacuous', async ({
  request,
}) => {
  const least: Record<string, Role> = { author: 'author', editor: 'editor', admin: 'admin' }
  const tagline = row('select tagline from settings where id = 1').tagline
  for (const testCase of actionCases()) {
    const role = least[testCase.allowed[0]]
    const response = await callAction(request, testCase.action, testCase.call, {
      cookie: await cookieHeader(accounts[role]),
      path: 'path' in testCase ? testCase.path : undefined,
    })
    expect(response.status(), testCase.name).toBeLessThan(500)
    if (testCase.changed) expect(testCase.changed(), `${role} ${testCase.name}`).toBe(true)
    if ('renders' in testCase) expect(await response.text()).toContain(testCase.renders)
  }
  // Put the reader and the settings back for the other tests.
  testDb().prepare("update users set role = 'reader', disabled = 0 where id = ?").run(accounts.reader.id)
  testDb().prepare('update settings set tagline = ? where id = 1').run(tagline)
})
