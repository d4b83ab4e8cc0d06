import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articleEvents, signupAttributions } from '@/db/schema'
import { ForbiddenError } from '@/lib/auth/roles'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { getArticleFunnel, getConversionReport } from './conversion'

const now = new Date('2026-05-20T12:00:00Z')

describe('the conversion report', () => {
  it('is for editors and admins only', () => {
    for (const role of ['reader', 'author'] as const) {
      const viewer = memberViewer(insertUser({ role }))
      expect(() => getConversionReport(viewer, 30, now)).toThrow(ForbiddenError)
      expect(() => getArticleFunnel(viewer, 1, 30, now)).toThrow(ForbiddenError)
    }
  })

  it('adds up an article’s impressions and sign-ups within the period, by section and by source', () => {
    const editor = memberViewer(insertUser({ role: 'editor' }))
    const article = insertArticle()
    db.insert(articleEvents)
      .values([
        { articleId: article.id, day: '2026-05-20', kind: 'wall-impression', count: 30 },
        { articleId: article.id, day: '2026-05-14', kind: 'wall-impression', count: 10 },
        // Outside the last 7 days (the 13th is the eighth day back).
        { articleId: article.id, day: '2026-05-13', kind: 'wall-impression', count: 100 },
      ])
      .run()
    const signUp = (createdAt: Date, values: Partial<typeof signupAttributions.$inferInsert> = {}) =>
      db.insert(signupAttributions).values({ userId: insertUser().id, articleId: article.id, createdAt, ...values }).run()
    signUp(new Date('2026-05-20T08:00:00Z'), { utmSource: 'newsletter' })
    signUp(new Date('2026-05-19T08:00:00Z'), { referrerHost: 'www.linkedin.com' })
    signUp(new Date('2026-05-10T08:00:00Z'), { utmSource: 'newsletter' })

    const week = getConversionReport(editor, 7, now)
    expect(week.articles.find((row) => row.id === article.id)).toMatchObject({ impressions: 40, signups: 2, giftOpens: 0, giftSignups: 0 })
    expect(week.sections.find((row) => row.section === week.articles.find((r) => r.id === article.id)?.section)).toMatchObject({ impressions: 40, signups: 2 })
    expect(week.daily).toHaveLength(7)
    expect(week.daily.at(-1)).toEqual({ day: '2026-05-20', sources: { newsletter: 1 } })
    expect(week.daily.at(-2)).toEqual({ day: '2026-05-19', sources: { 'www.linkedin.com': 1 } })
    expect(getArticleFunnel(editor, article.id, 30, now)).toMatchObject({ impressions: 140, signups: 3 })
    expect(getArticleFunnel(editor, insertArticle().id, 30, now)).toEqual({ impressions: 0, signups: 0, giftOpens: 0, giftSignups: 0 })
  })
})
