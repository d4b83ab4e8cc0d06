// Accounts: users, their ended sessions, mailed-link tokens and the rate-limit counters.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { roles, tokenPurposes } from '../enums'
import { createdAt } from './columns'

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
