// Seeds a throwaway benchmark database: the demo content, then synthetic published articles up to --articles N,
// and one member. Prints what the bench needs as JSON on the last line.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { eq } from 'drizzle-orm'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { db, sqlite } from '../db/client'
import { articles, articleTags, authors, sections, tags, users } from '../db/schema'
import { seedIfEmpty } from '../scripts/seed'
import { renderArticle } from '../lib/desk/markdown'
import { hashPassword } from '../lib/auth/passwords'

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } })
const total = Number(values.articles)

const paragraph = (n: number) =>
  `Paragraph ${n} of a synthetic article. It is long enough to look like real text on a page, with a few ` +
  `sentences of filler about marketing, measurement and the people who do the work.`
const markdown = [1, 2, 3].map(paragraph).join('\n\n') + '\n\n--- members only ---\n\n' + [4, 5, 6, 7].map(paragraph).join('\n\n')

async function main() {
  migrate(db, { migrationsFolder: path.resolve('db/migrations') })
  await seedIfEmpty(db)
  const rendered = renderArticle(markdown, 3)
  const sectionIds = db.select({ id: sections.id }).from(sections).all().map((row) => row.id)
  const authorIds = db.select({ id: authors.id }).from(authors).all().map((row) => row.id)
  const tagIds = db.select({ id: tags.id }).from(tags).all().map((row) => row.id)
  const existing = await db.$count(articles)
  const day = 24 * 60 * 60 * 1000
  db.transaction((tx) => {
    for (let i = existing; i < total; i++) {
      // Older than the demo articles, so the pages under test show the same articles at every archive size.
      const publishedAt = new Date(Date.now() - (200 + i) * day)
      const [{ id }] = tx
        .insert(articles)
        .values({
          slug: `synthetic-article-${i}`,
          title: `Synthetic article number ${i}`,
          lede: 'A generated article that makes the archive as large as the benchmark asks.',
          sectionId: sectionIds[i % sectionIds.length],
          authorId: authorIds[i % authorIds.length],
          status: 'published',
          publishedAt,
          updatedAt: publishedAt,
          sourceMarkdown: markdown,
          ...rendered,
        })
        .returning({ id: articles.id })
        .all()
      tx.insert(articleTags).values({ articleId: id, tagId: tagIds[i % tagIds.length] }).run()
    }
  })
  const [member] = db
    .insert(users)
    .values({ email: 'bench-member@example.com', name: 'Bench Member', passwordHash: await hashPassword('bench-password') })
    .returning({ id: users.id, sessionVersion: users.sessionVersion })
    .all()
  const article = db
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(eq(articles.featured, true))
    .orderBy(articles.id)
    .get()!
  sqlite.close()
  console.log(JSON.stringify({ member, article }))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
