// Direct access to the e2e server's database, for setting up state and checking what was (not) written.
import Database from 'better-sqlite3'
import { e2eDatabasePath } from '../../playwright.config'

let connection: Database.Database | undefined

export function testDb(): Database.Database {
  connection ??= new Database(e2eDatabasePath)
  connection.pragma('busy_timeout = 5000')
  return connection
}

/** Plain text of the first paragraph of an article's members-only part: a sentence that must never leak. */
export function membersOnlySentence(slug: string): string {
  const row = testDb().prepare('select body_html from articles where slug = ?').get(slug) as { body_html: string }
  const firstParagraph = /<p>([\s\S]*?)<\/p>/.exec(row.body_html)![1]
  const text = firstParagraph.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')
  // A whole sentence without markup or entities, so it matches HTML and RSC text alike.
  return text.split(/(?<=\.)\s+/).find((sentence) => sentence.length > 30 && !/[&<>"']/.test(sentence)) ?? text
}

export function publishedSlugs(): string[] {
  return (
    testDb().prepare("select slug from articles where status = 'published' order by published_at desc").all() as {
      slug: string
    }[]
  ).map((row) => row.slug)
}

export function likeCount(slug: string): number {
  const row = testDb()
    .prepare('select count(*) as n from article_likes join articles on articles.id = article_id where slug = ?')
    .get(slug) as { n: number }
  return row.n
}

export type OutboxMail = { to: string; subject: string; text: string; html: string; raw: string }

/** The newest mail to `to` whose subject contains `subject`, if one is in the outbox. */
export function latestMail(to: string, subject: string): OutboxMail | undefined {
  return testDb()
    .prepare('select * from outbox where "to" = ? and instr(subject, ?) > 0 order by id desc limit 1')
    .get(to.toLowerCase(), subject) as OutboxMail | undefined
}

/** The first link in a mail's text part that goes to `path` on this site. */
export function linkIn(mail: OutboxMail, path: string): string {
  const url = new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}[^\\s]*`).exec(mail.text)?.[0]
  if (!url) throw new Error(`No link to ${path} in "${mail.subject}"`)
  return url
}
