import { existsSync } from 'node:fs'
import path from 'node:path'
import { defineConfig } from '@playwright/test'

// E2E_PORT lets two checkouts run their suites side by side; the production set-up's test takes the ports just
// above it (e2e/support/cluster.ts).
export const e2ePort = Number(process.env.E2E_PORT ?? 3100)
export const baseURL = `http://localhost:${e2ePort}`
// A throwaway database, recreated for every run (outside test-results/, which Playwright empties).
export const e2eDatabasePath = path.resolve('data/e2e/insights-e2e.db')
const uploadsDir = path.resolve('data/e2e/uploads')
export const documentsDir = path.resolve('data/e2e/documents')
// What the server writes (stdout and stderr), for tests that check what it logged.
export const serverLogPath = path.resolve('data/e2e/server.log')
// Tests mint session cookies with it (e2e/support/staff.ts).
export const e2eAuthSecret = 'e2e-only-secret-e2e-only-secret-e2e-only-secret'

/** What the test servers run with, besides their port and address. */
export const e2eServerEnv = {
  DATABASE_PATH: e2eDatabasePath,
  AUTH_SECRET: e2eAuthSecret,
  UPLOADS_DIR: uploadsDir,
  DOCUMENTS_DIR: documentsDir,
  SEED_ADMIN_EMAIL: 'admin@example.com',
  SEED_ADMIN_PASSWORD: 'e2e-admin-password',
  NEXT_TELEMETRY_DISABLED: '1',
  // The tests stand in for one proxy in front of the app: each test's requests carry the X-Forwarded-For entry such
  // a proxy would write (e2e/support/fixtures.ts: clientAddress), so each test is a client of its own. Behind the
  // cluster test's nginx, that proxy is nginx. e2e/set-up.spec.ts starts a second server with npm start's defaults
  // (no proxy) to test those.
  TRUSTED_PROXY_HOPS: '1',
}

// Debian's Chromium where it is installed (CI, this machine); Playwright's own browser elsewhere.
const debianChromium = '/usr/bin/chromium'
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {}

// The load-heavy sweeps: each sends hundreds of requests. They run after the functional tests (the `sweeps` project
// depends on `functional`), so the journeys never starve behind them on a 2-core machine; so does the newsletter's,
// which sends thousands of mails from a server of its own. The production set-up
// (nginx, Redis, two workers of its own) is tested last, alone.
const sweeps = ['leak-sweep', 'injection', 'guards', 'permissions', 'data-safety', 'newsletter'].map((name) => `${name}.spec.ts`)
const cluster = 'cluster.spec.ts'

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  // No retries, and a test that passes only on a retry (`--retries` on the command line) still fails the run.
  retries: 0,
  failOnFlakyTests: true,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  // A journey is a dozen page loads and form posts; each step waits for a state (an element, a URL, a response)
  // with the step timeouts below, so the test timeout is only the backstop for a journey as a whole.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: { baseURL, launchOptions, trace: 'retain-on-failure', actionTimeout: 15_000, navigationTimeout: 30_000 },
  projects: [
    { name: 'functional', testIgnore: [...sweeps, cluster] },
    { name: 'sweeps', testMatch: sweeps, dependencies: ['functional'] },
    { name: 'cluster', testMatch: cluster, dependencies: ['sweeps'] },
  ],
  webServer: {
    command: `rm -rf "${e2eDatabasePath}" "${e2eDatabasePath}-wal" "${e2eDatabasePath}-shm" "${uploadsDir}" "${documentsDir}" && mkdir -p "${path.dirname(serverLogPath)}" && node scripts/start.mjs 2>&1 | tee "${serverLogPath}"`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
    env: { ...e2eServerEnv, PORT: String(e2ePort), SITE_URL: baseURL },
  },
})
