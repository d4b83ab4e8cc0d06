// An article's details by kind: a talk, a seminar (with its seats) or a publication.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { signupStatuses } from '../enums'
import { createdAt } from './columns'
import { users } from './users'
import { articles } from './articles'

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
