// What readers read: articles, their authors, sections and tags, and likes.
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { articleKinds, articleStatuses, languages } from '../enums'
import { createdAt } from './columns'
import { users } from './users'

export const authors = sqliteTable('authors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  bio: text('bio').notNull().default(''),
  photoPath: text('photo_path'),
  userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
})

export const sections = sqliteTable('sections', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  // What the section publishes: its articles are talks, seminars or publications, with the details of that kind.
  kind: text('kind', { enum: articleKinds }).notNull().default('article'),
})

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
})

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    lede: text('lede').notNull(),
    language: text('language', { enum: languages }).notNull().default('en'),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id),
    coverImagePath: text('cover_image_path'),
    coverImageAlt: text('cover_image_alt'),
    status: text('status', { enum: articleStatuses }).notNull().default('draft'),
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
    // Kept out of the sitemap and feeds, and served with a robots noindex.
    noindex: integer('noindex', { mode: 'boolean' }).notNull().default(false),
    // SEO overrides; empty means "use the lede" and "use this site's address".
    metaDescription: text('meta_description').notNull().default(''),
    canonicalUrl: text('canonical_url'),
    // Who created it: an author may edit the drafts they created, and nothing else.
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    // Counts the saves: a save names the version it was edited from, and one made from an older version is refused
    // (lib/desk/save-article.ts), so two people editing at once never overwrite each other unawares. Who made each
    // version, and when, is in article_revisions.
    version: integer('version').notNull().default(1),
    publishedAt: integer('published_at', { mode: 'timestamp' }),
    updatedAt: integer('updated_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    createdAt: createdAt(),
    // The editor's source. The two HTML columns are rendered and sanitised from it at save time.
    sourceMarkdown: text('source_markdown').notNull(),
    // Without a members-only line, the teaser is this many paragraphs: the site default when the article was
    // created, kept so that a later change of the default never moves members-only text into an old teaser.
    teaserParagraphs: integer('teaser_paragraphs').notNull().default(3),
    teaserHtml: text('teaser_html').notNull(),
    // Members-only part. Only lib/articles/paywall.ts `getBodyForViewer` selects it.
    bodyHtml: text('body_html').notNull(),
    // Plain text of the two parts, which the article_search full-text index reads (see the search migration).
    teaserText: text('teaser_text').notNull().default(''),
    // Members-only, like bodyHtml: only lib/articles/search.ts reads it, and only for members.
    bodyText: text('body_text').notNull().default(''),
  },
  // Every list is "newest first, a few at a time": walking one of these backwards finds the first N public rows
  // without sorting the archive. The status test is cheap per row, so it is not part of the index.
  (table) => [
    index('articles_published_idx').on(table.publishedAt),
    index('articles_section_published_idx').on(table.sectionId, table.publishedAt),
    index('articles_author_published_idx').on(table.authorId, table.publishedAt),
    index('articles_featured_published_idx').on(table.featured, table.publishedAt),
  ],
)

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.tagId] }),
    index('article_tags_tag_idx').on(table.tagId, table.articleId),
  ],
)

// Bylines after the first: `articles.author_id` is the lead author, these are the others in order.
export const articleCoauthors = sqliteTable(
  'article_coauthors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.authorId] }),
    index('article_coauthors_author_idx').on(table.authorId, table.articleId),
  ],
)

export const articleLikes = sqliteTable(
  'article_likes',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [
    // One like per member per article, enforced by the database.
    primaryKey({ columns: [table.articleId, table.userId] }),
    index('article_likes_user_idx').on(table.userId),
    index('article_likes_created_idx').on(table.createdAt),
  ],
)
