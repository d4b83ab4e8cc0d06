import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { articleEventKinds, articleKinds, articleStatuses, auditActions, languages, roles, signupStatuses, tokenPurposes } from './enums'

export * from './enums'

const createdAt = () =>
  integer('created_at', { mode: 'timestamp' })
    .notNull()
    .default(sql`(unixepoch())`)

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Stored lower-cased; the unique index is what makes two simultaneous registrations safe.
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull().default('reader'),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    // Carried in the JWT; bumping it ends every session of the user at their next request.
    sessionVersion: integer('session_version').notNull().default(1),
    // Null until the member follows the link in their welcome mail; reading does not wait for it.
    emailVerifiedAt: integer('email_verified_at', { mode: 'timestamp' }),
    createdAt: createdAt(),
  },
  (table) => [index('users_created_idx').on(table.createdAt)],
)

// Sessions ended one by one ("Log out"). A session token names its session (`sid`); a token whose session is here is
// refused, whatever copy of the cookie carries it. A row is of no use once every copy would have expired anyway.
export const endedSessions = sqliteTable(
  'ended_sessions',
  {
    sid: text('sid').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
  },
  (table) => [index('ended_sessions_expires_idx').on(table.expiresAt)],
)

// Single-use links sent by mail. Only a SHA-256 of the token is stored, so a copy of the database cannot be used to
// sign in or reset a password.
export const authTokens = sqliteTable(
  'auth_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: tokenPurposes }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    // The address a change-email token will set.
    newEmail: text('new_email'),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp' }),
    createdAt: createdAt(),
  },
  (table) => [index('auth_tokens_user_idx').on(table.userId, table.purpose)],
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

// Fixed-window counters for rate limits; in the database so they survive a restart.
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    windowStart: integer('window_start').notNull(),
    count: integer('count').notNull(),
  },
  (table) => [index('rate_limits_window_idx').on(table.windowStart)],
)

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

// A talk: the video and notes (the article body) are for members; speaker and length are public.
export const talks = sqliteTable('talks', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  speaker: text('speaker').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  // A YouTube or Vimeo address (lib/articles/video.ts). Members-only: only getBodyForViewer selects it.
  videoUrl: text('video_url').notNull(),
})

export const seminars = sqliteTable(
  'seminars',
  {
    articleId: integer('article_id')
      .primaryKey()
      .references(() => articles.id, { onDelete: 'cascade' }),
    // UTC; shown in Europe/Copenhagen.
    startsAt: integer('starts_at', { mode: 'timestamp' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    // Where it takes place; empty means online.
    venue: text('venue').notNull().default(''),
    capacity: integer('capacity').notNull(),
  },
  (table) => [index('seminars_starts_idx').on(table.startsAt)],
)

// A member's seat, or their place in the waiting list (first come, first served by id).
export const seminarSignups = sqliteTable(
  'seminar_signups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => seminars.articleId, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: signupStatuses }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('seminar_signups_member_idx').on(table.articleId, table.userId),
    index('seminar_signups_status_idx').on(table.articleId, table.status, table.id),
    index('seminar_signups_user_idx').on(table.userId),
  ],
)

// A publication's PDF, stored outside the public uploads (lib/files/documents.ts) and served to members only.
export const publications = sqliteTable('publications', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  pdfFile: text('pdf_file').notNull(),
  pdfBytes: integer('pdf_bytes').notNull(),
  downloads: integer('downloads').notNull().default(0),
})

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

// A single row (id = 1) of site-wide settings that staff can change without a deploy.
export const settings = sqliteTable('settings', {
  id: integer('id').primaryKey(),
  siteName: text('site_name').notNull(),
  tagline: text('tagline').notNull().default(''),
  teaserParagraphs: integer('teaser_paragraphs').notNull().default(3),
  dateFormat: text('date_format').notNull().default('DD-MM-YYYY'),
  // How many gift links a member may create in a calendar month (UTC).
  giftLinksPerMonth: integer('gift_links_per_month').notNull().default(5),
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
export type GiftLink = typeof giftLinks.$inferSelect
export type SignupAttribution = typeof signupAttributions.$inferSelect
