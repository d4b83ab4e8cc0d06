// `npm run crash-test`: nothing the site acknowledged is lost when its process dies. Starts the production server on
// a throwaway database, drives likes and registrations at it, kill -9s it mid-load, starts it again on the same file
// and checks that every write that got a success response is there and that `PRAGMA integrity_check` says ok.
// Exits 1, listing what is missing, when one is not. A kill -9 is a process crash: the operating system still
// writes what the process handed it, so this does not test a power cut (that is what synchronous = FULL is for).
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { encode } from 'next-auth/jwt'
import { buildIfMissing, prepareDatabase } from './lib/build.mjs'
import { sleep, startServer } from './lib/server.mjs'

const port = 3400
const origin = `http://localhost:${port}`
const secret = 'crash-test-only-secret-crash-test-only-secret'
const folder = path.resolve('data/crash-test')
const databasePath = path.join(folder, 'crash-test.db')
const serverLog = path.join(folder, 'server.log')
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(port),
  DATABASE_PATH: databasePath,
  AUTH_SECRET: secret,
  SITE_URL: origin,
  UPLOADS_DIR: path.join(folder, 'uploads'),
  DOCUMENTS_DIR: path.join(folder, 'documents'),
  SEED_ADMIN_EMAIL: 'admin@example.com',
  SEED_ADMIN_PASSWORD: 'crash-test-admin-password',
  // The registrations below play a proxy in front of the app, giving each its own client address.
  TRUSTED_PROXY_HOPS: '1',
}
const loadMilliseconds = 2500
const memberCount = 60
const likeLoops = 6
const registrationLoops = 3

type Like = { userId: number; articleId: number; slug: string; cookie: string }

// Ctrl-C or a SIGTERM ends the test; the server it started goes with it (scripts/lib/server.mjs).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))

function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string }>
  }
  const entry = Object.entries(manifest.node).find(([, value]) => value.exportedName === exportedName)
  if (!entry) throw new Error(`${exportedName} is not in the server action manifest`)
  return entry[0]
}

/** Members written straight into the database, each with a session cookie signed as Auth.js signs its own. */
async function createMembers(database: Database.Database) {
  // They never log in (they carry minted cookies), so the hash is never checked.
  const insert = database.prepare("insert into users (email, name, password_hash) values (?, 'Crash member', 'unused')")
  const members: { userId: number; cookie: string }[] = []
  for (let i = 0; i < memberCount; i++) {
    const userId = Number(insert.run(`crash-member-${i}@example.com`).lastInsertRowid)
    const cookieName = 'authjs.session-token'
    const token = await encode({ token: { sub: String(userId), uid: userId, sv: 1, sid: randomUUID() }, secret, salt: cookieName })
    members.push({ userId, cookie: `${cookieName}=${token}` })
  }
  return members
}

/** Whether `pid` has the database file open: the process killed must be the one writing to it. */
function holdsDatabase(pid: number) {
  const fds = `/proc/${pid}/fd`
  if (!existsSync(fds)) return true // Not Linux: cannot look; spawning next-server directly is what makes it so.
  return readdirSync(fds).some((fd) => {
    try {
      return readlinkSync(path.join(fds, fd)) === databasePath
    } catch {
      return false
    }
  })
}

async function main() {
  buildIfMissing()
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  console.log(`Preparing ${databasePath}…`)
  prepareDatabase(env)

  const setup = new Database(databasePath)
  const members = await createMembers(setup)
  const articles = setup
    .prepare("select id, slug from articles where status in ('published', 'scheduled') and published_at <= ? order by id")
    .all(Math.floor(Date.now() / 1000)) as { id: number; slug: string }[]
  setup.close()
  // Every (member, article) pair once, members varying fastest so simultaneous likes touch different rows.
  const likes: Like[] = articles.flatMap((article) =>
    members.map((member) => ({ ...member, articleId: article.id, slug: article.slug })),
  )
  const likeAction = actionId('likeArticle')
  const registerAction = actionId('registerReader')

  const killed = await startServer({ port, env, log: serverLog })
  const pid = killed.pid
  if (!holdsDatabase(pid)) throw new Error(`process ${pid} does not hold ${databasePath}: killing it tests nothing`)

  const acknowledgedLikes: Like[] = []
  const acknowledgedEmails: string[] = []
  const unexpected: string[] = []
  let inFlight = 0

  /** Posts one like; a success response puts it in `acknowledgedLikes`. Throws when the kill cuts it off. */
  async function postLike(like: Like) {
    inFlight++
    try {
      const response = await fetch(`${origin}/articles/${like.slug}`, {
        method: 'POST',
        headers: {
          cookie: like.cookie,
          'next-action': likeAction,
          'content-type': 'text/plain;charset=UTF-8',
          accept: 'text/x-component',
          origin,
        },
        body: JSON.stringify([like.articleId, true]),
      })
      const body = await response.text()
      if (response.ok && body.includes('"ok":true')) acknowledgedLikes.push(like)
      else unexpected.push(`like ${like.userId}/${like.articleId}: ${response.status} ${body.slice(0, 200)}`)
    } finally {
      inFlight--
    }
  }

  /** Registers reader number `i`; a success response puts the email in `acknowledgedEmails`. */
  async function postRegistration(i: number) {
    const email = `crash-registration-${i}@example.com`
    const form = new FormData()
    const fields = { name: 'Crash registration', email, password: 'a long enough password', callbackUrl: '/' }
    for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value)
    form.append('0', JSON.stringify([null, '$K1']))
    inFlight++
    try {
      const response = await fetch(`${origin}/register`, {
        method: 'POST',
        // A client address of its own for each (as the proxy of TRUSTED_PROXY_HOPS=1 would write it), or the
        // per-address registration limit would refuse them.
        headers: {
          'next-action': registerAction,
          accept: 'text/x-component',
          origin,
          'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
        },
        body: form,
        redirect: 'manual',
      })
      // The action redirects (and signs the reader in) only once the account exists; a refusal answers with the
      // form's state. The headers are the acknowledgement; the rest of the body is the next page.
      const redirected = response.status === 200 && response.headers.has('x-action-redirect')
      if (redirected) acknowledgedEmails.push(email)
      const body = await response.text()
      if (!redirected) unexpected.push(`registration ${email}: ${response.status} ${body.slice(0, 200)}`)
    } finally {
      inFlight--
    }
  }

  let loading = true
  let nextLike = 0
  let nextRegistration = 0
  // A request cut off by the kill is not acknowledged, so it may or may not have been written: its error is ignored.
  async function likeLoop() {
    while (loading && nextLike < likes.length) await postLike(likes[nextLike++]).catch(() => {})
  }
  async function registrationLoop() {
    while (loading) await postRegistration(nextRegistration++).catch(() => {})
  }

  // One of each first, so the load is not spent loading the server's code.
  await postLike(likes[nextLike++])
  await postRegistration(nextRegistration++)
  console.log(`Loading: ${likeLoops} like and ${registrationLoops} registration loops, kill -9 after ${loadMilliseconds} ms…`)
  const loops = [
    ...Array.from({ length: likeLoops }, likeLoop),
    ...Array.from({ length: registrationLoops }, registrationLoop),
  ]
  await sleep(loadMilliseconds)
  const inFlightAtKill = inFlight
  process.kill(pid, 'SIGKILL')
  loading = false
  await Promise.all(loops)
  const signal = await killed.exited
  killed.kill()
  console.log(`Killed next-server ${pid} (${signal}) with ${inFlightAtKill} requests in flight.`)
  if (signal !== 'SIGKILL') throw new Error(`the server ended with ${signal}, not SIGKILL`)

  const server = await startServer({ port, env, log: serverLog })
  try {
    const health = await fetch(`${origin}/api/health`)
    const database = new Database(databasePath, { fileMustExist: true })
    database.pragma('busy_timeout = 5000')
    const integrity = database.pragma('integrity_check', { simple: true })
    const hasLike = database.prepare('select 1 from article_likes where article_id = ? and user_id = ?')
    const hasUser = database.prepare('select 1 from users where email = ?')
    const missingLikes = acknowledgedLikes.filter((like) => !hasLike.get(like.articleId, like.userId))
    const missingEmails = acknowledgedEmails.filter((email) => !hasUser.get(email))
    const likeRows = (database.prepare('select count(*) as n from article_likes').get() as { n: number }).n
    const registrationRows = (
      database.prepare("select count(*) as n from users where email like 'crash-registration-%'").get() as { n: number }
    ).n
    database.close()

    // Rows beyond the acknowledged ones were written by requests the kill cut off before they were answered.
    const summary = (acknowledged: number, missing: number, rows: number) =>
      `${acknowledged} acknowledged, ${acknowledged - missing} of them present (${rows} rows in all)`
    console.log(
      [
        '',
        `Likes:         ${summary(acknowledgedLikes.length, missingLikes.length, likeRows)}`,
        `Registrations: ${summary(acknowledgedEmails.length, missingEmails.length, registrationRows)}`,
        `Integrity:     ${integrity}`,
        `Health after restart: ${health.status}`,
      ].join('\n'),
    )

    const failures = [
      ...missingLikes.map((like) => `acknowledged like missing: user ${like.userId}, article ${like.articleId}`),
      ...missingEmails.map((email) => `acknowledged registration missing: ${email}`),
      ...(integrity === 'ok' ? [] : [`PRAGMA integrity_check: ${integrity}`]),
      ...(health.ok ? [] : [`/api/health answered ${health.status} after the restart`]),
      // Without acknowledged writes of both kinds (or with refusals), the run proves nothing.
      ...(acknowledgedLikes.length === 0 ? ['no like was acknowledged before the kill'] : []),
      ...(acknowledgedEmails.length === 0 ? ['no registration was acknowledged before the kill'] : []),
      ...unexpected.slice(0, 10).map((text) => `unexpected answer during the load: ${text}`),
    ]
    if (failures.length > 0) {
      console.error(`\nCRASH TEST FAILED (${failures.length} problems; database and server.log kept in ${folder}):`)
      for (const failure of failures) console.error(`  - ${failure}`)
      process.exitCode = 1
    } else {
      console.log('\nCrash test passed: every acknowledged write survived kill -9.')
    }
  } finally {
    await server.stop()
  }
}

main()
  .catch((error) => {
    console.error(`\nCRASH TEST FAILED: ${error instanceof Error ? error.message : error}`)
    process.exitCode = 1
  })
  // A server still running would keep this process waiting for it; exiting stops it (scripts/lib/server.mjs).
  .finally(() => process.exit())
