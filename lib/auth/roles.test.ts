import { describe, expect, it } from 'vitest'
import { roles, type Role } from '@/db/schema'
import { canEditArticle, canPreviewArticle, hasRole, required } from './roles'

const viewer = (role: Role, id = 1) => ({ id, role })

describe('roles', () => {
  it('ranks reader < author < editor < admin', () => {
    const allowed = (min: Role) => roles.filter((role) => hasRole(role, min))
    expect(allowed('reader')).toEqual(['reader', 'author', 'editor', 'admin'])
    expect(allowed(required.desk)).toEqual(['author', 'editor', 'admin'])
    expect(allowed(required.editAny)).toEqual(['editor', 'admin'])
    expect(allowed(required.users)).toEqual(['admin'])
  })

  it('lets an author edit only their own drafts, and editors everything', () => {
    const ownDraft = { createdById: 1, status: 'draft' as const }
    expect(canEditArticle(viewer('author'), ownDraft)).toBe(true)
    expect(canEditArticle(viewer('author'), { ...ownDraft, status: 'published' })).toBe(false)
    expect(canEditArticle(viewer('author'), { ...ownDraft, createdById: 2 })).toBe(false)
    expect(canEditArticle(viewer('reader'), ownDraft)).toBe(false)
    expect(canEditArticle(viewer('editor'), { createdById: 2, status: 'published' })).toBe(true)
    expect(canPreviewArticle(viewer('author'), { ...ownDraft, status: 'published' })).toBe(true)
    expect(canPreviewArticle(viewer('author'), { ...ownDraft, createdById: null })).toBe(false)
  })
})
