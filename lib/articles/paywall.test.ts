import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articles, publications, talks } from '@/db/schema'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'
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
})
