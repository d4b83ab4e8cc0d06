// The fixed sets of values the schema stores. Plain data, so client components can import them without drizzle.

export const roles = ['reader', 'author', 'editor', 'admin'] as const
export type Role = (typeof roles)[number]

export const articleStatuses = ['draft', 'scheduled', 'published', 'archived'] as const
export type ArticleStatus = (typeof articleStatuses)[number]

// What a section publishes. Each kind but `article` has its own details table; all share the article's editor,
// statuses, wall, listings, feeds and search.
export const articleKinds = ['article', 'talk', 'seminar', 'publication'] as const
export type ArticleKind = (typeof articleKinds)[number]
/** Kinds with a members-only part even without members-only text: a talk's video, a publication's PDF. */
export const walledKinds: ArticleKind[] = ['talk', 'publication']

export const signupStatuses = ['confirmed', 'waiting'] as const
export type SignupStatus = (typeof signupStatuses)[number]

export const languages = ['da', 'en'] as const
export type Language = (typeof languages)[number]

export const tokenPurposes = ['password-reset', 'magic-link', 'verify-email', 'change-email'] as const
export type TokenPurpose = (typeof tokenPurposes)[number]

export const auditActions = [
  'article.published',
  'article.scheduled',
  'article.unpublished',
  'article.archived',
  'user.role-changed',
  'user.disabled',
  'user.enabled',
  'settings.changed',
  'section.saved',
  'seminar.signups-exported',
] as const
export type AuditAction = (typeof auditActions)[number]

// What the wall's beacon counts per article and day (app/api/events): the wall seen, a gift link opened.
export const articleEventKinds = ['wall-impression', 'gift-open'] as const
export type ArticleEventKind = (typeof articleEventKinds)[number]

// The newsletter (db/schema/newsletter.ts).
export const issueStatuses = ['draft', 'scheduled', 'sending', 'sent'] as const
export type IssueStatus = (typeof issueStatuses)[number]
// skipped: the member stopped receiving it (unsubscribed, disabled) before their turn came.
export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const
export type DeliveryStatus = (typeof deliveryStatuses)[number]
// started: began receiving (subscribed with a confirmed address); the others end it.
export const subscriptionEvents = ['started', 'unsubscribed', 'stopped', 'deleted'] as const
export type SubscriptionEvent = (typeof subscriptionEvents)[number]
