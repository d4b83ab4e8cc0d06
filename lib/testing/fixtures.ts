import { db } from '@/db/client'
import { articles, authors, sections, seminars, users, type NewArticle } from '@/db/schema'
import type { ArticleInput } from '@/lib/desk/save-article'

let counter = 0

export function insertUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  counter++
  return db
    .insert(users)
    .values({ email: `user${counter}@example.com`, name: `User ${counter}`, passwordHash: 'x', ...overrides })
    .returning()
    .get()
}

export function insertArticle(overrides: Partial<NewArticle> = {}) {
  counter++
  const section = db.insert(sections).values({ slug: `section-${counter}`, name: `Section ${counter}` }).returning().get()
  const author = db.insert(authors).values({ slug: `author-${counter}`, name: `Author ${counter}` }).returning().get()
  return db
    .insert(articles)
    .values({
      slug: `article-${counter}`,
      title: `Article ${counter}`,
      lede: 'A lede.',
      sectionId: section.id,
      authorId: author.id,
      status: 'published',
      publishedAt: new Date(Date.now() - 60_000),
      sourceMarkdown: 'Teaser.\n\n--- members only ---\n\nMembers-only secret.',
      teaserHtml: '<p>Teaser.</p>',
      bodyHtml: '<p>Members-only secret.</p>',
      ...overrides,
    })
    .returning()
    .get()
}

/** A published seminar with `capacity` seats, starting at `startsAt` (a day from now); its article id. */
export function insertSeminar(capacity: number, startsAt = new Date(Date.now() + 24 * 60 * 60 * 1000)) {
  const article = insertArticle()
  db.insert(seminars).values({ articleId: article.id, startsAt, durationMinutes: 60, venue: '', capacity }).run()
  return article.id
}

export const memberViewer = (user: typeof users.$inferSelect) =>
  ({ id: user.id, name: user.name, email: user.email, role: user.role }) as const

/** What the editor's form would hand saveArticle for a new article, in a new section and by a new author. */
export function articleInput(overrides: Partial<ArticleInput> = {}): ArticleInput {
  const base = insertArticle() // for a section and an author that exist
  return {
    id: null,
    version: null,
    title: 'Grøn vækst på nettet',
    slug: '',
    releaseSlug: '',
    lede: 'A lede.',
    language: 'da',
    sectionId: base.sectionId,
    authorId: base.authorId,
    coauthorIds: [],
    tagNames: ['Growth', 'SEO'],
    markdown: 'Public part.\n\n--- members only ---\n\nSecret part.',
    featured: false,
    noindex: false,
    metaDescription: '',
    canonicalUrl: null,
    publishedAt: null,
    coverImagePath: undefined,
    coverImageAlt: '',
    intent: 'save',
    details: { kind: 'article' },
    ...overrides,
  }
}
