// Before the e2e tests: Debian's Chromium for the browser tests, and nginx and redis-server for the production
// set-up's test (e2e/cluster.spec.ts). As root on Debian, whatever is missing is installed with apt. Elsewhere (a
// laptop), playwright.config.ts falls back to Playwright's own browser, and the missing programs are named.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const tools = [
  { file: '/usr/bin/chromium', pkg: 'chromium' },
  { file: '/usr/sbin/nginx', pkg: 'nginx-light' },
  { file: '/usr/bin/redis-server', pkg: 'redis-server' },
]
const missing = tools.filter((tool) => !existsSync(tool.file))
const isRoot = process.getuid?.() === 0
const hasApt = existsSync('/usr/bin/apt-get')

if (missing.length > 0 && isRoot && hasApt) {
  const packages = missing.map((tool) => tool.pkg).join(' ')
  console.log(`Installing ${packages} for the end-to-end tests…`)
  // policy-rc.d keeps apt from starting nginx and Redis as services: the tests start their own.
  execSync(
    `printf '#!/bin/sh\\nexit 101\\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && apt-get update -qq && ` +
      `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}; status=$?; rm -f /usr/sbin/policy-rc.d; exit $status`,
    { stdio: 'inherit', shell: '/bin/bash' },
  )
} else if (missing.length > 0) {
  console.warn(`Not found: ${missing.map((tool) => tool.file).join(', ')}. Install ${missing.map((tool) => tool.pkg).join(', ')} (the cluster test needs nginx and redis-server).`)
}
