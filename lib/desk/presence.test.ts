import { describe, expect, it } from 'vitest'
import { ForbiddenError } from '@/lib/auth/roles'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { listEditing, recordEditing } from './presence'

const staff = (role: 'author' | 'editor', name: string) => memberViewer(insertUser({ role, name }))

describe('who is editing an article', () => {
  it('tells each editor about the others, not about themselves, for a minute after their last beat', () => {
    const article = insertArticle()
    const anna = staff('editor', 'Anna Editor')
    const ben = staff('editor', 'Ben Editor')
    const at = new Date('2026-03-02T10:00:00Z')
    expect(recordEditing(anna, article.id, at)).toEqual([])
    expect(recordEditing(ben, article.id, new Date(at.getTime() + 20_000))).toEqual(['Anna Editor'])
    expect(listEditing(anna, [article.id], new Date(at.getTime() + 30_000)).get(article.id)).toEqual(['Ben Editor'])
    expect(listEditing(ben, [article.id], new Date(at.getTime() + 61_000)).get(article.id)).toBeUndefined()
  })

  it('records nobody on an article they may not edit', () => {
    const article = insertArticle({ status: 'published' })
    expect(() => recordEditing(staff('author', 'An Author'), article.id)).toThrow(ForbiddenError)
    expect(() => recordEditing(memberViewer(insertUser()), article.id)).toThrow(ForbiddenError)
  })
})
