import { compileHint } from '../lib/config/compile-hints.cjs'
import { expect, test } from './support/fixtures'

// The build marks the browser's code for compilation while it downloads (lib/config/compile-hints.cjs): every script
// a page loads, at its start or for the links it prefetches, begins with V8's compile hint.

for (const path of ['/', '/articles/first-party-data-is-not-a-strategy', '/login']) {
  test(`${path} loads only scripts marked for compilation at load`, async ({ page }) => {
    const scripts: string[] = []
    page.on('response', async (response) => {
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
