import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articles, giftLinks, publications, talks } from '@/db/schema'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { createGiftLink, revokeGiftLink } from './gift-links'
import { getBodyForViewer, getPdfForViewer } from './paywall'

const hour = 60 * 60 * 1000

describe('getBodyForViewer (the paywall decision)', () => {
  it('gives anonymous readers the wall and no body', () => {
    const article = insertArticle()
    expect(getBodyForViewer(article.id, null)).toEqual({ access: 'wall' })
  })

  it('gives a member the members-only body', () => {
    const article = insertArticle()
    const viewer = memberViewer(insertUser())
    expect(getBodyForViewer(article.id, viewer)).toEqual({ access: 'full', bodyHtml: '<p>Members-only secret.</p>', video: null, hasPdf: false })
  })

  it('gives a member a talk’s video and a publication’s PDF, and the anonymous reader neither', () => {
    const talk = insertArticle()
    db.insert(talks).values({ articleId: talk.id, speaker: 'Ada', durationMinutes: 30, videoUrl: 'https://youtu.be/dQw4w9WgXcQ' }).run()
    const paper = insertArticle({ slug: `paper-${talk.id}` })
    db.insert(publications).values({ articleId: paper.id, pdfFile: `${'b'.repeat(32)}.pdf`, pdfBytes: 100 }).run()
    const viewer = memberViewer(insertUser())
    expect(getBodyForViewer(talk.id, viewer)).toMatchObject({ access: 'full', video: { provider: 'youtube', id: 'dQw4w9WgXcQ' } })
    expect(getBodyForViewer(talk.id, null)).toEqual({ access: 'wall' })
    expect(getPdfForViewer(paper.slug, viewer)).toEqual({ articleId: paper.id, slug: paper.slug, file: `${'b'.repeat(32)}.pdf` })
    expect(getPdfForViewer(paper.slug, null)).toBeNull()
    db.update(articles).set({ status: 'draft' }).where(eq(articles.id, paper.id)).run()
    expect(getPdfForViewer(paper.slug, viewer)).toBeNull()
  })

  it('gives nobody the body of an article readers may not see', () => {
    const viewer = memberViewer(insertUser())
    for (const hidden of [
      insertArticle({ status: 'draft' }),
      insertArticle({ status: 'archived' }),
      insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() + hour) }),
    ]) {
      expect(getBodyForViewer(hidden.id, viewer)).toEqual({ access: 'wall' })
    }
  })

  it('gives a member the body of a scheduled article once its time has come', () => {
    const due = insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() - 60_000) })
    expect(getBodyForViewer(due.id, memberViewer(insertUser()))).toMatchObject({ access: 'full', bodyHtml: '<p>Members-only secret.</p>' })
  })

  it('gives a working gift link’s holder the body of that one article, with the giver’s first name', () => {
    const article = insertArticle()
    const other = insertArticle()
    const giver = memberViewer(insertUser({ name: 'Anna Maria Jensen' }))
    const gift = createGiftLink(giver, article.id)
    if (!gift.ok) throw new Error('no gift')
    expect(getBodyForViewer(article.id, null, gift.token)).toMatchObject({ access: 'full', bodyHtml: '<p>Members-only secret.</p>', giftFrom: 'Anna' })
    expect(getBodyForViewer(other.id, null, gift.token)).toEqual({ access: 'wall' })
    expect(getBodyForViewer(article.id, null, `${gift.token.slice(0, -1)}${gift.token.endsWith('A') ? 'B' : 'A'}`)).toEqual({ access: 'wall' })
    expect(getBodyForViewer(article.id, null, '')).toEqual({ access: 'wall' })
    expect(getBodyForViewer(article.id, null, ['x'])).toEqual({ access: 'wall' })
    revokeGiftLink(giver.id, 1_000_000)
    expect(getBodyForViewer(article.id, null, gift.token)).toMatchObject({ access: 'full' })
  })

  it('shuts a gift link once it is revoked or expired, or its article leaves the site', () => {
    const giver = memberViewer(insertUser())
    const revoked = insertArticle()
    const gift = createGiftLink(giver, revoked.id)
    if (!gift.ok) throw new Error('no gift')
    const [link] = db.select().from(giftLinks).where(eq(giftLinks.articleId, revoked.id)).all()
    expect(revokeGiftLink(giver.id + 1, link.id)).toBe(false)
    expect(getBodyForViewer(revoked.id, null, gift.token).access).toBe('full')
    expect(revokeGiftLink(giver.id, link.id)).toBe(true)
    expect(getBodyForViewer(revoked.id, null, gift.token)).toEqual({ access: 'wall' })

    const expired = insertArticle()
    const old = createGiftLink(giver, expired.id, new Date(Date.now() - 31 * 24 * hour))
    if (!old.ok) throw new Error('no gift')
    expect(getBodyForViewer(expired.id, null, old.token)).toEqual({ access: 'wall' })

    const unpublished = insertArticle()
    const later = createGiftLink(giver, unpublished.id)
    if (!later.ok) throw new Error('no gift')
    db.update(articles).set({ status: 'draft' }).where(eq(articles.id, unpublished.id)).run()
    expect(getBodyForViewer(unpublished.id, null, later.token)).toEqual({ access: 'wall' })
  })

  it('lets a gift link’s holder download that publication’s PDF, and no other', () => {
    const paper = insertArticle()
    db.insert(publications).values({ articleId: paper.id, pdfFile: `${'c'.repeat(32)}.pdf`, pdfBytes: 100 }).run()
    const other = insertArticle()
    db.insert(publications).values({ articleId: other.id, pdfFile: `${'d'.repeat(32)}.pdf`, pdfBytes: 100 }).run()
    const gift = createGiftLink(memberViewer(insertUser()), paper.id)
    if (!gift.ok) throw new Error('no gift')
    expect(getPdfForViewer(paper.slug, null, gift.token)).toMatchObject({ articleId: paper.id })
    expect(getPdfForViewer(other.slug, null, gift.token)).toBeNull()
    expect(getPdfForViewer(paper.slug, null, 'nonsense')).toBeNull()
  })
})
