import { describe, expect, it } from 'vitest'
import type { Role } from '@/db/schema'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { listStaffArticles } from './articles'

const staff = (role: Role) => memberViewer(insertUser({ role }))

describe('listStaffArticles', () => {
  it('shows a scheduled article whose time has come as published, and filters by that', () => {
    const editor = staff('editor')
    const due = insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() - 60_000) })
    const later = insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) })
    const published = listStaffArticles(editor, { q: '', status: 'published', page: 1 }).items
    const scheduled = listStaffArticles(editor, { q: '', status: 'scheduled', page: 1 }).items
    expect(published.find((item) => item.id === due.id)?.status).toBe('published')
    expect(scheduled.map((item) => item.id)).toContain(later.id)
    expect(scheduled.map((item) => item.id)).not.toContain(due.id)
  })
})
