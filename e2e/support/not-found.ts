import { expect, type APIResponse } from '@playwright/test'

/**
 * The not-found page. Static pages (articles) answer 404. Pages rendered per request (listings, search) have sent
 * their status before the page below decides, so they answer the same page with 200 and a robots noindex, which
 * keeps it out of search engines.
 */
export async function expectNotFoundPage(response: APIResponse) {
  const html = await response.text()
  expect(html).toContain('Page not found')
  if (response.status() !== 404) {
    expect(response.status()).toBe(200)
    expect(html).toContain('<meta name="robots" content="noindex"/>')
  }
}
