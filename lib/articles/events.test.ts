import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articleEvents } from '@/db/schema'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { parseArticleEvent, recordArticleEvent } from './events'
import { createGiftLink } from './gift-links'

const counted = (articleId: number, kind: 'wall-impression' | 'gift-open') =>
  db.select({ count: articleEvents.count }).from(articleEvents).where(and(eq(articleEvents.articleId, articleId), eq(articleEvents.kind, kind))).all()

describe('article beacons', () => {
  it('understand exactly the two events, and nothing else', () => {
    expect(parseArticleEvent('{"type":"wall-impression","articleId":12}')).toEqual({ type: 'wall-impression', articleId: 12 })
    for (const body of [
      '',
      'null',
      '[]',
      '{"type":"wall-impression"}',
      '{"type":"wall-impression","articleId":"12"}',
      '{"type":"wall-impression","articleId":-1}',
      '{"type":"wall-impression","articleId":1.5}',
      '{"type":"wall-impression","articleId":1e300}',
      '{"type":"wall-impression","articleId":1,"ip":"10.0.0.1"}',
      '{"type":"like","articleId":1}',
      '{"type":"gift-open","articleId":1}',
      `{"type":"gift-open","articleId":1,"token":"${'a'.repeat(65)}"}`,
      '{"type":',
    ]) {
      expect(parseArticleEvent(body), body).toBeNull()
    }
  })

  it('add one per event to the article’s counter of the day, and refuse articles readers cannot see', () => {
    const article = insertArticle()
    const now = new Date('2026-03-04T10:00:00Z')
    expect(recordArticleEvent({ type: 'wall-impression', articleId: article.id }, now)).toBe(true)
    expect(recordArticleEvent({ type: 'wall-impression', articleId: article.id }, now)).toBe(true)
    expect(recordArticleEvent({ type: 'wall-impression', articleId: article.id }, new Date('2026-03-05T00:00:01Z'))).toBe(true)
    expect(counted(article.id, 'wall-impression').map((row) => row.count).sort()).toEqual([1, 2])
    const draft = insertArticle({ status: 'draft' })
    expect(recordArticleEvent({ type: 'wall-impression', articleId: draft.id }, now)).toBe(false)
    expect(recordArticleEvent({ type: 'wall-impression', articleId: 987654321 }, now)).toBe(false)
    expect(counted(draft.id, 'wall-impression')).toEqual([])
  })

  it('count a gift opening only with a working token for that article', () => {
    const article = insertArticle()
    const gift = createGiftLink(memberViewer(insertUser()), article.id)
    if (!gift.ok) throw new Error('no gift')
    expect(recordArticleEvent({ type: 'gift-open', articleId: article.id, token: 'b'.repeat(43) })).toBe(false)
    expect(counted(article.id, 'gift-open')).toEqual([])
    expect(recordArticleEvent({ type: 'gift-open', articleId: article.id, token: gift.token })).toBe(true)
    expect(counted(article.id, 'gift-open')).toEqual([{ count: 1 }])
  })
})
