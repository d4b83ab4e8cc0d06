import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articleLikes } from '@/db/schema'
import { getDashboard } from './dashboard'
import { ForbiddenError } from '@/lib/auth/roles'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'

const now = new Date('2026-06-30T12:00:00Z')
const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000)

describe('getDashboard', () => {
  it('counts members and likes by window and per day, and ranks articles by likes', () => {
    const editor = memberViewer(insertUser({ role: 'editor', createdAt: daysAgo(40) }))
    const [recent, older] = [insertUser({ createdAt: daysAgo(2) }), insertUser({ createdAt: daysAgo(10) })]
    const [popular, quiet] = [insertArticle(), insertArticle()]
    db.insert(articleLikes)
      .values([
        { articleId: popular.id, userId: recent.id, createdAt: daysAgo(1) },
        { articleId: popular.id, userId: older.id, createdAt: daysAgo(20) },
        { articleId: quiet.id, userId: recent.id, createdAt: daysAgo(45) },
      ])
      .run()

    const dashboard = getDashboard(editor, now)
    expect(dashboard.members).toMatchObject({ last7: 1, last30: 2 })
    expect(dashboard.likes).toEqual({ last7: 1, last30: 2 })
    expect(dashboard.topLiked.slice(0, 2).map((article) => [article.id, article.likes])).toEqual([
      [popular.id, 2],
      [quiet.id, 1],
    ])
    expect(dashboard.daily).toHaveLength(30)
    expect(dashboard.daily.at(-1)?.day).toBe('2026-06-30')
    expect(dashboard.daily.find((point) => point.day === '2026-06-28')).toEqual({ day: '2026-06-28', signups: 1, likes: 0 })
    expect(dashboard.daily.find((point) => point.day === '2026-06-29')).toEqual({ day: '2026-06-29', signups: 0, likes: 1 })
  })

  it('is for editors and admins', () => {
    expect(() => getDashboard(memberViewer(insertUser({ role: 'author' })))).toThrow(ForbiddenError)
  })
})
