// Direct access to the e2e server's database, for setting up state and checking what was (not) written.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import Database from 'better-sqlite3'
import { e2eDatabasePath } from '../../playwright.config'

let connection: Database.Database | undefined

export function testDb(): Database.Database {
  connection ??= new Database(e2eDatabasePath)
  connection.pragma('busy_timeout = 5000')
  return connection
}

/** Runs `work` on another server's database file (a copy of this one), with its own short-lived connection. */
export function onDatabase<T>(path: string, work: (database: Database.Database) => T): T {
  const database = new Database(path)
  database.pragma('busy_timeout = 5000')
  try {
    return work(database)
  } finally {
    database.close()
  }
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

/**
 * A published article of its own for a test that changes it (likes, edits), so that a test repeated on the same
 * database (`--repeat-each`) starts from the same state. Dated 2001, so it sorts after the seeded articles. Its
 * Markdown is what its HTML was rendered from, so the editor can save it as it is.
 */
export function insertArticle(section = 'articles'): { id: number; slug: string; title: string } {
  const slug = `e2e-article-${randomUUID().slice(0, 8)}`
  const title = `Article ${slug}`
  const id = Number(
    testDb()
      .prepare(
        `insert into articles (slug, title, lede, section_id, author_id, status, published_at, source_markdown, teaser_html,
           body_html, teaser_text)
         values (?, ?, 'An article for the tests.', (select id from sections where slug = ?), (select min(id) from authors),
           'published', ?, ?, '<p>What it is about.</p>', ?, 'What it is about.')`,
      )
      .run(
        slug,
        title,
        section,
        Date.parse('2001-01-01') / 1000,
        `What it is about.\n\n--- members only ---\n\nOnly members read this part of ${slug}.`,
        `<p>Only members read this part of ${slug}.</p>`,
      ).lastInsertRowid,
  )
  return { id, slug, title }
}

/** A section of its own (its slug), for a test that needs to know which articles share one. */
export function insertSection(): string {
  const slug = `e2e-section-${randomUUID().slice(0, 8)}`
  testDb().prepare('insert into sections (slug, name, position) values (?, ?, 99)').run(slug, `Section ${slug}`)
  return slug
}

/** A published seminar starting in `startsInHours`. */
export function insertSeminar(capacity: number, startsInHours = 48): { id: number; slug: string; title: string } {
  const seminar = insertArticle('seminars-briefings')
  const startsAt = Math.floor(Date.now() / 1000) + startsInHours * 3600
  testDb()
    .prepare("insert into seminars (article_id, starts_at, duration_minutes, venue, capacity) values (?, ?, 90, '', ?)")
    .run(seminar.id, startsAt, capacity)
  return seminar
}

/** A gift link from `giverId` to the article, written straight into the database; its token. */
export function insertGiftLink(articleId: number, giverId: number, expiresInDays = 30): string {
  const token = randomBytes(32).toString('base64url')
  testDb()
    .prepare('insert into gift_links (token_hash, article_id, giver_id, expires_at) values (?, ?, ?, ?)')
    .run(createHash('sha256').update(token).digest('hex'), articleId, giverId, Math.floor(Date.now() / 1000) + expiresInDays * 86_400)
  return token
}

/** An article's beacon counts of one kind, all days together. */
export function eventCount(articleId: number, kind: 'wall-impression' | 'gift-open'): number {
  const row = testDb().prepare('select coalesce(sum(count), 0) as n from article_events where article_id = ? and kind = ?').get(articleId, kind) as { n: number }
  return row.n
}
