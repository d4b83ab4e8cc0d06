// Who may do what on the editorial desk. Pure, so pages, actions, the DAL and tests share one table.
import type { ArticleStatus, Role } from '@/db/schema'

const rank: Record<Role, number> = { reader: 0, author: 1, editor: 2, admin: 3 }

export function hasRole(role: Role, min: Role): boolean {
  return rank[role] >= rank[min]
}

/** The least role each part of /admin needs. */
export const required = {
  desk: 'author', // /admin at all: write and edit one's own drafts
  editAny: 'editor', // edit every article; publish, schedule, unpublish, archive
  dashboard: 'editor',
  conversion: 'editor', // the funnel: wall seen, sign-ups, gift links
  newsletters: 'editor', // compose, test, send and schedule issues; see who gets them
  users: 'admin',
  settings: 'admin',
  sections: 'admin',
  audit: 'admin',
  outbox: 'admin',
} as const satisfies Record<string, Role>

export type ArticleOwnership = { createdById: number | null; status: ArticleStatus }

/** Editors edit everything; an author edits only the drafts they created. */
export function canEditArticle(viewer: { id: number; role: Role }, article: ArticleOwnership): boolean {
  if (hasRole(viewer.role, required.editAny)) return true
  return hasRole(viewer.role, required.desk) && article.createdById === viewer.id && article.status === 'draft'
}

/** Authors may read back (preview) what they created, whatever its status. */
export function canPreviewArticle(viewer: { id: number; role: Role }, article: ArticleOwnership): boolean {
  return hasRole(viewer.role, required.editAny) || (hasRole(viewer.role, required.desk) && article.createdById === viewer.id)
}

/** Thrown by a DAL write called without the right role: a bug in the caller, which checked first. */
export class ForbiddenError extends Error {
  constructor() {
    super('Forbidden')
  }
}

export function assertRole(viewer: { role: Role }, min: Role) {
  if (!hasRole(viewer.role, min)) throw new ForbiddenError()
}
