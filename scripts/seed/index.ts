// Demo content for an empty database. The seed renders Markdown and hashes the admin password with the same
// pure lib/ functions the app uses, so seeded articles are stored exactly as the editor would store them.
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { count } from 'drizzle-orm'
import { renderArticle } from '../../lib/desk/markdown'
import { hashPassword } from '../../lib/auth/passwords'
import type { Db, Tx } from '../../db/client'
import {
  articleCoauthors,
  articles,
  articleTags,
  authors,
  sections,
  publications,
  seminars,
  settings,
  tags,
  talks,
  users,
} from '../../db/schema'
import { seedArticles, seedAuthors, seedSections, seedTags, type SeedDetails } from './content'
import { seedPdf } from './pdf'

const siteSettings = {
  id: 1,
  siteName: 'Insights on Marketing & Technology',
  tagline: 'Articles, talks, seminars and papers for people who build brands with technology.',
  teaserParagraphs: 3,
  dateFormat: 'DD-MM-YYYY',
}

const day = 24 * 60 * 60 * 1000
// Where publications' PDFs go: the app's DOCUMENTS_DIR (lib/core/env.ts), read here without the app's server-only modules.
const documentsDir = path.resolve(process.env.DOCUMENTS_DIR || 'data/documents')

export async function seedIfEmpty(db: Db): Promise<boolean> {
  const [{ users: userCount }] = db.select({ users: count() }).from(users).all()
  if (userCount > 0) return false

  const adminEmail = (process.env.SEED_ADMIN_EMAIL || 'admin@example.com').toLowerCase()
  const generated = !process.env.SEED_ADMIN_PASSWORD
  const adminPassword = process.env.SEED_ADMIN_PASSWORD || randomBytes(12).toString('base64url')
  const adminHash = await hashPassword(adminPassword)
  const now = Date.now()

  db.transaction((tx) => {
    tx.insert(settings).values(siteSettings).onConflictDoNothing().run()
    const admin = tx
      .insert(users)
      .values({ email: adminEmail, name: 'Site admin', passwordHash: adminHash, role: 'admin', emailVerifiedAt: new Date() })
      .returning({ id: users.id })
      .get()
    tx.insert(sections)
      .values(seedSections.map((section, position) => ({ ...section, position })))
      .run()
    tx.insert(authors).values(seedAuthors).run()
    tx.insert(tags).values(seedTags).run()

    const idBySlug = <T extends { id: number; slug: string }>(rows: T[]) =>
      new Map(rows.map((row) => [row.slug, row.id]))
    const sectionIds = idBySlug(tx.select().from(sections).all())
    const authorIds = idBySlug(tx.select().from(authors).all())
    const tagIds = idBySlug(tx.select().from(tags).all())

    for (const article of seedArticles) {
      const publishedAt = new Date(now - article.daysAgo * day)
      const [{ id }] = tx
        .insert(articles)
        .values({
          slug: article.slug,
          title: article.title,
          lede: article.lede,
          language: article.language,
          sectionId: sectionIds.get(article.section)!,
          authorId: authorIds.get(article.author)!,
          status: 'published',
          featured: article.featured,
          createdById: admin.id,
          publishedAt,
          updatedAt: publishedAt,
          sourceMarkdown: article.markdown,
          teaserParagraphs: siteSettings.teaserParagraphs,
          ...renderArticle(article.markdown, siteSettings.teaserParagraphs),
        })
        .returning({ id: articles.id })
        .all()
      tx.insert(articleTags)
        .values(article.tags.map((tag) => ({ articleId: id, tagId: tagIds.get(tag)! })))
        .run()
      for (const [position, coauthor] of (article.coauthors ?? []).entries()) {
        tx.insert(articleCoauthors).values({ articleId: id, authorId: authorIds.get(coauthor)!, position }).run()
      }
      if (article.details) insertDetails(tx, id, article.details, article, now)
    }
  })

  console.log(
    generated
      ? `Admin account: ${adminEmail} / ${adminPassword} (shown once; set SEED_ADMIN_PASSWORD to choose it)`
      : `Admin account: ${adminEmail}, password from SEED_ADMIN_PASSWORD`,
  )
  return true
}

function insertDetails(tx: Tx, articleId: number, details: SeedDetails, article: { title: string; lede: string }, now: number) {
  if (details.kind === 'talk') {
    const { speaker, durationMinutes, videoUrl } = details
    tx.insert(talks).values({ articleId, speaker, durationMinutes, videoUrl }).run()
  } else if (details.kind === 'seminar') {
    const startsAt = new Date(now + details.startsInDays * day)
    startsAt.setUTCHours(details.utcHour, 0, 0, 0)
    const { durationMinutes, venue, capacity } = details
    tx.insert(seminars).values({ articleId, startsAt, durationMinutes, venue, capacity }).run()
  } else {
    const pdf = seedPdf(article.title, article.lede, siteSettings.siteName)
    const pdfFile = `${randomBytes(16).toString('hex')}.pdf`
    mkdirSync(documentsDir, { recursive: true })
    writeFileSync(path.join(documentsDir, pdfFile), pdf)
    tx.insert(publications).values({ articleId, pdfFile, pdfBytes: pdf.length }).run()
  }
}
