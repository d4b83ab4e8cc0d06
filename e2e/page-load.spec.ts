import type { Page } from '@playwright/test'
import { compileHint } from '../lib/config/compile-hints.cjs'
import { expect, test } from './support/fixtures'

// What a reader's page makes the browser do at load: compile its scripts while they download, and prefetch no page
// until the reader reaches for its link.

const articlePath = '/articles/first-party-data-is-not-a-strategy'

// The build marks the browser's code for compilation while it downloads (lib/config/compile-hints.cjs).
for (const path of ['/', articlePath, '/login']) {
  test(`${path} loads only scripts marked for compilation at load`, async ({ page }) => {
    const scripts: string[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url())
    })
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    expect(scripts.length).toBeGreaterThan(3)
    for (const url of scripts) {
      const code = await (await page.request.get(url)).text()
      expect(code.startsWith(compileHint), url).toBe(true)
    }
  })
}

/** The paths of the pages Next's router fetches (prefetches and navigations alike carry `_rsc`). */
function recordPageFetches(page: Page) {
  const paths: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.searchParams.has('_rsc')) paths.push(url.pathname + url.search.replace(/[?&]_rsc=[^&]*/, ''))
  })
  return paths
}

test('an article prefetches no page at load or on scrolling, and a page once the reader points at its link', async ({ page }) => {
  const fetched = recordPageFetches(page)
  await page.goto(articlePath)
  await page.waitForLoadState('networkidle')
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded()
  await page.waitForLoadState('networkidle')
  expect(fetched).toEqual([])

  const more = page.getByRole('region', { name: 'More' }).getByRole('link').first()
  const href = (await more.getAttribute('href'))!
  await more.hover()
  await expect.poll(() => fetched).toContain(href)
  await more.click()
  await page.waitForURL((url) => url.pathname === href)
})

test('a link reached with the keyboard prefetches its page', async ({ page }) => {
  const fetched = recordPageFetches(page)
  await page.goto(articlePath)
  await page.waitForLoadState('networkidle')
  const section = page.getByRole('navigation', { name: 'Sections' }).getByRole('link').last()
  const href = (await section.getAttribute('href'))!
  expect(fetched).not.toContain(href)
  await section.focus()
  await expect.poll(() => fetched).toContain(href)
})
