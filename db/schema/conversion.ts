// Conversion: gift links, where each member came from, and the article counters the beacons add to.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { articleEventKinds } from '../enums'
import { createdAt } from './columns'
import { users } from './users'
import { articles } from './articles'

// A member's gift of one article: a link that lets someone without a profile read it in full for 30 days. Only a
// SHA-256 of the token is stored, so a copy of the database opens no article. Revoked links stay, so they still
// count against the month's quota.
export const giftLinks = sqliteTable(
  'gift_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull().unique(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    giverId: integer('giver_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp' }),
    // Browsers that reported opening it (the gift-open beacon, which carries the token).
    opens: integer('opens').notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [index('gift_links_giver_idx').on(table.giverId, table.createdAt), index('gift_links_article_idx').on(table.articleId)],
)

// Where a member came from, written once with the registration: the page whose wall or link led to it (a path on
// this site), the referring site's host and the landing visit's UTM values, and the gift link that brought them.
// Nothing else about the reader. Goes with the user.
export const signupAttributions = sqliteTable(
  'signup_attributions',
  {
    userId: integer('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    returnPath: text('return_path'),
    // The article of the return path, when it was one readers could see.
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
    referrerHost: text('referrer_host'),
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    giftLinkId: integer('gift_link_id').references(() => giftLinks.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    index('signup_attributions_created_idx').on(table.createdAt),
    index('signup_attributions_article_idx').on(table.articleId, table.createdAt),
  ],
)

// Counted from the browser, with nothing about the reader: per article, per UTC day (YYYY-MM-DD) and kind.
export const articleEvents = sqliteTable(
  'article_events',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    kind: text('kind', { enum: articleEventKinds }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.day, table.kind] }), index('article_events_day_idx').on(table.day)],
)

export type GiftLink = typeof giftLinks.$inferSelect
export type SignupAttribution = typeof signupAttributions.$inferSelect
