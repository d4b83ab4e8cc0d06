import { readdirSync } from 'node:fs'
import { testDb } from './support/db'
import { expect, test } from './support/fixtures'
import { baseURL } from '../playwright.config'
import { cookieHeader, createAccount, pageAs } from './support/staff'

// The security headers, on static, dynamic, API and redirect responses alike.

const paths = ['/', '/articles/no-such-article', '/search?q=brand', '/login', '/api/health', '/feed.xml', '/icon.svg']

test('every response carries the security headers', async ({ request }) => {
  for (const path of [...paths, '/admin']) {
    const response = await request.get(path, { maxRedirects: 0 })
    const headers = response.headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('camera=()')
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy'], path).toContain("object-src 'none'")
    expect(headers['content-security-policy'], path).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com')
    expect(headers['strict-transport-security'], path).toBeUndefined()
  }
})

test('HSTS is sent only when the request came over https', async ({ request }) => {
  const response = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } })
  expect(response.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
})

// Static pages from the cache (hashes), pages rendered per request (nonce), the 404 page, a member's variant and
// the desk: each runs its own scripts and refuses one it did not issue.
const pages = [
  { path: '/', as: 'anonymous' },
  { path: '/articles/first-party-data-is-not-a-strategy', as: 'anonymous' },
  { path: '/no-such-page', as: 'anonymous' },
  { path: '/login', as: 'anonymous' },
  { path: '/search?q=brand', as: 'anonymous' },
  { path: '/sections/talks', as: 'anonymous' },
  { path: '/articles/first-party-data-is-not-a-strategy', as: 'reader' },
  { path: '/articles/seminar-measuring-brand-without-a-survey-budget', as: 'reader' },
  { path: '/account', as: 'reader' },
  { path: '/admin/articles', as: 'admin' },
] as const

for (const { path, as } of pages) {
  test(`${path} as ${as} runs only the scripts the app issued`, async ({ browser }) => {
    const page = as === 'anonymous' ? await browser.newPage({ baseURL }) : await pageAs(browser, await createAccount(as))
    const violations: string[] = []
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text())
    })
    const response = await page.goto(path)
    const policy = (await response!.allHeaders())['content-security-policy']
    expect(policy).toMatch(/script-src 'self' '(nonce|sha256)-/)
    expect(policy).not.toContain('unsafe-inline')
    // The app's own inline scripts ran (they fill __next_f) and none was refused.
    await page.waitForFunction(() => document.readyState === 'complete')
    expect(await page.evaluate(() => Array.isArray((window as { __next_f?: unknown[] }).__next_f))).toBe(true)
    expect(violations).toEqual([])

    // An injected inline script: the browser reports the violation (an event), and the script never ran.
    const injected = await page.evaluate(
      () =>
        new Promise<{ ran: boolean }>((resolve) => {
          document.addEventListener('securitypolicyviolation', () =>
            resolve({ ran: (window as { __injected?: boolean }).__injected === true }),
          )
          const script = document.createElement('script')
          script.textContent = 'window.__injected = true'
          document.body.append(script)
        }),
    )
    expect(injected).toEqual({ ran: false })
    await page.context().close()
  })
}

/**
 * Every page the app has, found from its files, with sample parameters: a page added later without a nonce or
 * hashes (say, rendered per request but missing from proxy.ts's matcher) fails here.
 */
type PageVisit = { path: string; as: 'anonymous' | 'reader' | 'admin' }

function everyPage(): PageVisit[] {
  const seminar = testDb().prepare("select min(article_id) as id from seminars").get() as { id: number }
  const samples: Record<string, string> = {
    'articles/[slug]': 'articles/first-party-data-is-not-a-strategy',
    'sections/[slug]': 'sections/seminars-briefings',
    'tags/[slug]': 'tags/brand',
    'authors/[slug]': 'authors/marcus-lindqvist',
    'articles/[id]': `articles/${seminar.id}`,
    'newsletters/[id]': `newsletters/${testDb().prepare("insert into newsletter_issues (subject) values ('Headers sample')").run().lastInsertRowid}`,
    // A token the page refuses renders the page just the same.
    'unsubscribe/[token]': `unsubscribe/1.1.${'A'.repeat(43)}`,
  }
  // The member, reader and gift variants answer only at the static pages' addresses (proxy.ts): the gift one is asked
  // for there, with a token (a wrong one renders the variant just the same), the others with a session cookie.
  const variants: PageVisit[] = [
    { path: `/${samples['articles/[slug]']}?gift=${'A'.repeat(43)}`, as: 'anonymous' },
    { path: `/${samples['articles/[slug]']}`, as: 'reader' },
    { path: '/', as: 'reader' },
  ]
  const pageFiles = readdirSync('app', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('page.tsx') && !/^\((member|reader|gift)\)/.test(file))
    .map((file): PageVisit => {
      let route = `/${file.replace(/(^|\/)page\.tsx$/, '')}`.replace(/\/\([^)]+\)/g, '')
      for (const [pattern, sample] of Object.entries(samples)) route = route.replace(pattern, sample)
      expect(route, file).not.toContain('[')
      return { path: route || '/', as: route.startsWith('/admin') ? 'admin' : route.startsWith('/account') ? 'reader' : 'anonymous' }
    })
  return [...pageFiles, ...variants]
}

test('every page file answers with a script-src of hashes or a nonce, twice over for the cached ones', async ({ request }) => {
  const cookies = { reader: await cookieHeader(await createAccount('reader')), admin: await cookieHeader(await createAccount('admin')) }
  const pages = everyPage()
  expect(pages.length).toBeGreaterThan(20)
  for (const { path, as } of pages) {
    for (const round of [1, 2]) {
      const response = await request.get(path, { headers: as === 'anonymous' ? {} : { cookie: cookies[as] }, maxRedirects: 0 })
      const policy = response.headers()['content-security-policy']
      expect(policy, `${path} as ${as}, request ${round}`).toMatch(/script-src 'self' '(nonce|sha256)-/)
      expect(policy, path).not.toContain('unsafe-inline')
    }
  }
})
