import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articleLikes } from '@/db/schema'
import { getLikeState, setLike } from './likes'
import { insertArticle, insertUser } from '@/lib/testing/fixtures'

describe('setLike', () => {
  it('likes, then unlikes', () => {
    const article = insertArticle()
    const user = insertUser()
    expect(setLike(article.id, user.id, true)).toEqual({ count: 1, liked: true })
    expect(getLikeState(article.id, null)).toEqual({ count: 1, liked: false })
    expect(setLike(article.id, user.id, false)).toEqual({ count: 0, liked: false })
  })

  it('is idempotent, so a repeated request does not undo what the reader chose', () => {
    const article = insertArticle()
    const user = insertUser()
    setLike(article.id, user.id, true)
    expect(setLike(article.id, user.id, true)).toEqual({ count: 1, liked: true })
    setLike(article.id, user.id, false)
    expect(setLike(article.id, user.id, false)).toEqual({ count: 0, liked: false })
  })

  it('counts each member once and tells each whether they like it', () => {
    const article = insertArticle()
    const [a, b, c] = [insertUser(), insertUser(), insertUser()]
    setLike(article.id, a.id, true)
    setLike(article.id, b.id, true)
    expect(getLikeState(article.id, a.id)).toEqual({ count: 2, liked: true })
    expect(getLikeState(article.id, c.id)).toEqual({ count: 2, liked: false })
  })

  it('refuses articles readers may not see', () => {
    const draft = insertArticle({ status: 'draft' })
    expect(setLike(draft.id, insertUser().id, true)).toBeNull()
    expect(setLike(999_999, insertUser().id, true)).toBeNull()
  })

  it('is backed by a unique constraint', () => {
    const article = insertArticle()
    const user = insertUser()
    db.insert(articleLikes).values({ articleId: article.id, userId: user.id }).run()
    expect(() => db.insert(articleLikes).values({ articleId: article.id, userId: user.id }).run()).toThrow(/UNIQUE/)
  })
})
