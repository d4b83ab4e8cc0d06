// The desk's records: revisions, presence and old addresses of articles, the outbox, the settings and the audit log.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { auditActions } from '../enums'
import { createdAt } from './columns'
import { users } from './users'
import { articles } from './articles'

// What each save of an article wrote, as the editor's fields (JSON of ArticleFormValues), by whom and when: when a
// save from an older version is refused, the fields the refused editor did not change are told from those both
// changed, and the message names who saved in between.
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    fields: text('fields', { mode: 'json' }).notNull(),
    savedById: integer('saved_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.version] })],
)

// Who has an article open in the editor: the editor's heartbeat records it, and others see "X is editing this"
// while it is recent. A notice, not a lock: a closed tab simply stops beating.
export const articlePresence = sqliteTable(
  'article_presence',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seenAt: integer('seen_at', { mode: 'timestamp' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.userId] }), index('article_presence_seen_idx').on(table.seenAt)],
)

// Old addresses of public articles: a slug an article was published under before it moved answers a permanent
// redirect to the article's address now. Each points at the article, not at the next slug, so a chain of renames
// collapses by construction. An article's own live slug is never here.
export const articleRedirects = sqliteTable(
  'article_redirects',
  {
    slug: text('slug').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [index('article_redirects_article_idx').on(table.articleId)],
)

// Every mail, when no SMTP server is configured: admins read them at /admin/outbox.
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    // The whole message as it would have been sent (MIME), attachments included.
    raw: text('raw').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('outbox_created_idx').on(table.createdAt), index('outbox_to_idx').on(table.to)],
)

// A single row (id = 1) of site-wide settings that staff can change without a deploy.
export const settings = sqliteTable('settings', {
  id: integer('id').primaryKey(),
  siteName: text('site_name').notNull(),
  tagline: text('tagline').notNull().default(''),
  teaserParagraphs: integer('teaser_paragraphs').notNull().default(3),
  dateFormat: text('date_format').notNull().default('DD-MM-YYYY'),
  // How many gift links a member may create in a calendar month (UTC).
  giftLinksPerMonth: integer('gift_links_per_month').notNull().default(5),
  // The newsletter's sender address (empty: the address of MAIL_FROM) and how many mails it sends a minute.
  newsletterFrom: text('newsletter_from').notNull().default(''),
  newsletterPerMinute: integer('newsletter_per_minute').notNull().default(600),
})

// Who did what to which record, written in the same transaction as the change itself.
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    // Copied so the entry still says who it was after the account is gone.
    actorName: text('actor_name').notNull(),
    action: text('action', { enum: auditActions }).notNull(),
    // What it was done to, in words ("“Title” (article 12)", "jane@example.com"), and any detail ("reader → editor").
    subject: text('subject').notNull(),
    detail: text('detail').notNull().default(''),
    createdAt: createdAt(),
  },
  (table) => [index('audit_log_created_idx').on(table.createdAt)],
)

export type User = typeof users.$inferSelect
export type Article = typeof articles.$inferSelect
export type NewArticle = typeof articles.$inferInsert
export type Settings = typeof settings.$inferSelect
