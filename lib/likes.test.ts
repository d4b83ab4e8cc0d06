import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articleLikes } from '@/db/schema'
import { getLikeState, toggleLike } from './likes'
import { insertArticle, insertUser } from './testing/fixtures'

describe('toggleLike', () => {
  it('likes, then unlikes', () => {
    const article = insertArticle()
    const user = insertUser()
    expect(toggleLike(article.id, user.id)).toEqual({ count: 1, liked: true })
    expect(getLikeState(article.id, null)).toEqual({ count: 1, liked: false })
    expect(toggleLike(article.id, user.id)).toEqual({ count: 0, liked: false })
  })

  it('counts each member once and tells each whether they like it', () => {
    const article = insertArticle()
    const [a, b, c] = [insertUser(), insertUser(), insertUser()]
    toggleLike(article.id, a.id)
    toggleLike(article.id, b.id)
    expect(getLikeState(article.id, a.id)).toEqual({ count: 2, liked: true })
    expect(getLikeState(article.id, c.id)).toEqual({ count: 2, liked: false })
  })

  it('refuses articles readers may not see', () => {
    const draft = insertArticle({ status: 'draft' })
    expect(toggleLike(draft.id, insertUser().id)).toBeNull()
    expect(toggleLike(999_999, insertUser().id)).toBeNull()
  })

  it('is backed by a unique constraint', () => {
    const article = insertArticle()
    const user = insertUser()
    db.insert(articleLikes).values({ articleId: article.id, userId: user.id }).run()
    expect(() => db.insert(articleLikes).values({ articleId: article.id, userId: user.id }).run()).toThrow(/UNIQUE/)
  })
})
