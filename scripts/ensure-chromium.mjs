// Before the e2e tests: Debian's Chromium is used when present; as root, install it when it is missing.
// Elsewhere (a laptop), playwright.config.ts falls back to Playwright's own browser.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = '/usr/bin/chromium'
const isRoot = process.getuid?.() === 0
const hasApt = existsSync('/usr/bin/apt-get')

if (!existsSync(chromium) && isRoot && hasApt) {
  console.log('Installing Debian Chromium for the end-to-end tests…')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
}
