// `npm run lighthouse`: Lighthouse 12 (mobile defaults) in Debian's Chromium against the home page and an
// article, on a throwaway copy of the demo database served by the production build. Prints the four scores.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { startServer } from './lib/server.mjs'

// Ctrl-C or a SIGTERM ends the run; the server it started goes with it (scripts/lib/server.mjs).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))

const port = 3556
const origin = `http://localhost:${port}`
const databasePath = path.resolve('data/lighthouse/lighthouse.db')
for (const suffix of ['', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true })
mkdirSync(path.dirname(databasePath), { recursive: true })
// Publications' PDFs, seeded beside the throwaway database.
const documentsDir = path.join(path.dirname(databasePath), 'documents')
execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/prepare-database.ts'], {
  env: { ...process.env, DATABASE_PATH: databasePath, DOCUMENTS_DIR: documentsDir },
  stdio: ['ignore', 'ignore', 'inherit'],
})

const chromePath = ['/usr/bin/chromium', process.env.CHROME_PATH].find((candidate) => candidate && existsSync(candidate))
const server = await startServer({
  port,
  env: { DATABASE_PATH: databasePath, DOCUMENTS_DIR: documentsDir, AUTH_SECRET: 'lighthouse-only-secret-lighthouse-only-secret', SITE_URL: origin },
})
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
})

const categories = ['performance', 'accessibility', 'best-practices', 'seo']
try {
  const articlePath = (await (await fetch(`${origin}/`)).text()).match(/href="(\/articles\/[a-z0-9-]+)"/)?.[1]
  for (const pagePath of ['/', articlePath]) {
    const { lhr } = await lighthouse(`${origin}${pagePath}`, { port: chrome.port, onlyCategories: categories, logLevel: 'error' })
    const scores = categories.map((id) => Math.round((lhr.categories[id].score ?? 0) * 100))
    console.log(`${pagePath}: ${categories.map((id, i) => `${id} ${scores[i]}`).join(', ')}`)
    for (const id of categories) {
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id]
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`  ${id}: ${audit.title} (${audit.displayValue ?? audit.score})`)
      }
    }
  }
} finally {
  await chrome.kill()
  await server.stop()
}
