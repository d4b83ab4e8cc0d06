// The newsletter: who gets it, the issues the desk writes, one delivery row per recipient (the durable queue the
// sender works through), and the subscription changes the desk counts.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { deliveryStatuses, issueStatuses, subscriptionEvents } from '../enums'
import { createdAt } from './columns'
import { articles, sections } from './articles'
import { users } from './users'

// A member's choice. It reaches them only while their address is confirmed, they are not disabled and deliveries to
// them have not been stopped (lib/newsletter/subscriptions.ts: isReceiving). Goes with the user.
export const newsletterSubscriptions = sqliteTable('newsletter_subscriptions', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  subscribed: integer('subscribed', { mode: 'boolean' }).notNull().default(true),
  // Every section; otherwise those in newsletter_subscription_sections.
  allSections: integer('all_sections', { mode: 'boolean' }).notNull().default(true),
  // Permanent failures (5xx) in a row; a delivered issue sets it back to 0.
  permanentFailures: integer('permanent_failures').notNull().default(0),
  // When deliveries stopped after repeated permanent failures; subscribing again on /account clears it.
  stoppedAt: integer('stopped_at', { mode: 'timestamp' }),
  createdAt: createdAt(),
})

export const newsletterSubscriptionSections = sqliteTable(
  'newsletter_subscription_sections',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => newsletterSubscriptions.userId, { onDelete: 'cascade' }),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.userId, table.sectionId] })],
)

export const newsletterIssues = sqliteTable(
  'newsletter_issues',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subject: text('subject').notNull(),
    intro: text('intro').notNull().default(''),
    status: text('status', { enum: issueStatuses }).notNull().default('draft'),
    // When a scheduled issue starts sending.
    scheduledAt: integer('scheduled_at', { mode: 'timestamp' }),
    // When its recipients were queued, and when the last of them was done with.
    startedAt: integer('started_at', { mode: 'timestamp' }),
    finishedAt: integer('finished_at', { mode: 'timestamp' }),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('newsletter_issues_status_idx').on(table.status, table.scheduledAt)],
)

// The articles (seminars among them) an issue presents, in order.
export const newsletterIssueArticles = sqliteTable(
  'newsletter_issue_articles',
  {
    issueId: integer('issue_id')
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.issueId, table.articleId] })],
)

// One row per recipient of an issue, written when the issue starts sending: the queue. `sending` marks the rows a
// sender has claimed; a row is `sent` only once the SMTP server has accepted the mail.
export const newsletterDeliveries = sqliteTable(
  'newsletter_deliveries',
  {
    issueId: integer('issue_id')
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: deliveryStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    // Not before then: a temporary failure puts the next attempt off.
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp' }).notNull(),
    // The SMTP server's last answer to a failed attempt.
    lastError: text('last_error'),
    sentAt: integer('sent_at', { mode: 'timestamp' }),
  },
  (table) => [
    primaryKey({ columns: [table.issueId, table.userId] }),
    index('newsletter_deliveries_queue_idx').on(table.status, table.nextAttemptAt),
  ],
)

// Each time a member starts or stops receiving the newsletter, and why (an unsubscribe names the issue it came
// from): the desk's subscribers over time and unsubscribes per issue. Keeps no one: the user id goes with the user.
export const newsletterEvents = sqliteTable(
  'newsletter_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: subscriptionEvents }).notNull(),
    issueId: integer('issue_id').references(() => newsletterIssues.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('newsletter_events_created_idx').on(table.createdAt), index('newsletter_events_issue_idx').on(table.issueId, table.kind)],
)

// Only one process sends at a time (the set rate is the publication's, not each worker's): the one holding this
// row's lease, which it renews as it works. A sender that dies stops renewing, and another takes over.
export const newsletterSenderLease = sqliteTable('newsletter_sender_lease', {
  id: integer('id').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: integer('expires_at').notNull(),
})
