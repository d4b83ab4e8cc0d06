// `npm run bench:newsletter`: how fast one `next start` sends a newsletter issue, and how much memory it holds while
// it does, for 1,000 and for 10,000 recipients (memory should not grow with the list: the queue is read a batch at a
// time). Each run has a throwaway database of its own, the rate set to its maximum (60,000 a minute), and an SMTP
// server in this process that accepts every mail (smtp-server, on the same 2 cores as the server: a real provider
// would be slower per mail and faster in aggregate). Prints the table and writes it to bench/RESULTS.md.
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { SMTPServer } from 'smtp-server'
import { prepareDatabase } from './lib/build.mjs'
import { machine, writeResults } from './lib/measure.mjs'
import { sleep, startServer } from './lib/server.mjs'

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))

const port = 3575
const smtpPort = 3576
const secret = 'bench-only-secret-bench-only-secret-bench-only'

/** An SMTP server that takes every mail and notes when each arrived. */
async function startSink() {
  const arrivals = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume()
      stream.on('end', () => {
        arrivals.push(Date.now())
        callback()
      })
    },
  })
  await new Promise((resolve) => server.listen(smtpPort, '127.0.0.1', resolve))
  return { arrivals, stop: () => new Promise((resolve) => server.close(resolve)) }
}

/** Resident memory of a process, in MiB. */
function rssMiB(pid) {
  const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  return kib / 1024
}

async function run(recipients, sink) {
  const databasePath = path.resolve(`data/bench/newsletter-${recipients}.db`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true })
  prepareDatabase({ DATABASE_PATH: databasePath })
  const database = new Database(databasePath)
  database.pragma('journal_mode = WAL')
  const issueId = database.transaction(() => {
    const user = database.prepare("insert into users (email, name, password_hash, email_verified_at) values (?, ?, 'x', unixepoch())")
    const subscription = database.prepare('insert into newsletter_subscriptions (user_id) values (?)')
    for (let i = 0; i < recipients; i++) subscription.run(user.run(`reader-${i}@bench.example`, `Reader ${i}`).lastInsertRowid)
    database.prepare('update settings set newsletter_per_minute = 60000').run()
    const id = database.prepare("insert into newsletter_issues (subject, intro, status) values ('Bench issue', 'Hello.', 'draft')").run().lastInsertRowid
    database
      .prepare(
        `insert into newsletter_issue_articles (issue_id, article_id, position)
         select ?, id, row_number() over (order by published_at desc) from articles where status = 'published' order by published_at desc limit 3`,
      )
      .run(id)
    return id
  })()

  const server = await startServer({
    port,
    env: { DATABASE_PATH: databasePath, AUTH_SECRET: secret, SITE_URL: `http://localhost:${port}`, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` },
  })
  try {
    await sleep(3_000)
    const idle = rssMiB(server.pid)
    sink.arrivals.length = 0
    let peak = idle
    const started = Date.now()
    // The sender finds it at its next turn, as it finds any scheduled issue whose time has come.
    database.prepare("update newsletter_issues set status = 'scheduled', scheduled_at = unixepoch() where id = ?").run(issueId)
    for (;;) {
      peak = Math.max(peak, rssMiB(server.pid))
      const { status } = database.prepare('select status from newsletter_issues where id = ?').get(issueId)
      if (status === 'sent') break
      if (Date.now() - started > 30 * 60_000) throw new Error(`not sent within 30 minutes (${sink.arrivals.length} mails arrived)`)
      await sleep(250)
    }
    const after = rssMiB(server.pid)
    const { sent } = database.prepare("select count(*) as sent from newsletter_deliveries where issue_id = ? and status = 'sent'").get(issueId)
    const seconds = (sink.arrivals.at(-1) - sink.arrivals[0]) / 1000
    return { recipients, sent, arrived: sink.arrivals.length, seconds, rate: sent / seconds, idle, peak, after }
  } finally {
    database.close()
    await server.stop()
  }
}

const sink = await startSink()
const results = []
try {
  for (const recipients of [1_000, 10_000]) {
    console.log(`Sending to ${recipients.toLocaleString('en')} recipients…`)
    results.push(await run(recipients, sink))
  }
} finally {
  await sink.stop()
}

const mib = (value) => `${value.toFixed(0)} MiB`
const section = [
  '## Newsletter sending',
  '',
  `Run ${new Date().toISOString()} on ${machine()}; one \`next start\` process sending one issue (3 articles) at the highest rate setting to an SMTP server in the bench process that accepts every mail; memory is the server's resident set, sampled every 250 ms.`,
  '',
  '| Recipients | Sent | Arrived | Time | Mails/s | Memory idle | Memory peak | Memory after |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.recipients.toLocaleString('en')} | ${r.sent.toLocaleString('en')} | ${r.arrived.toLocaleString('en')} | ${r.seconds.toFixed(1)} s | ${r.rate.toFixed(0)} | ${mib(r.idle)} | ${mib(r.peak)} | ${mib(r.after)} |`,
  ),
].join('\n')
console.log(`\n${section}\n`)
writeResults(section)
