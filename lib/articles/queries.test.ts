import { describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { db } from '@/db/client'
import { articleCoauthors, articleTags, authors, tags } from '@/db/schema'
import {
  getArticleBySlug,
  getArticleReaderFacts,
  getNextScheduledAt,
  listArticlesPage,
  listLatestArticles,
  listMoreArticles,
} from './queries'
import { insertArticle } from '@/lib/testing/fixtures'

const hour = 60 * 60 * 1000

describe('getArticleBySlug', () => {
  it('returns the public shell without the members-only body', () => {
    const article = insertArticle()
    const shell = getArticleBySlug(article.slug)
    expect(shell?.teaserHtml).toBe('<p>Teaser.</p>')
    expect(JSON.stringify(shell)).not.toContain('Members-only secret')
  })

  it('hides drafts, archived and future articles, and shows a scheduled one once its time has come', () => {
    expect(getArticleBySlug(insertArticle({ status: 'draft' }).slug)).toBeNull()
    expect(getArticleBySlug(insertArticle({ status: 'archived' }).slug)).toBeNull()
    expect(getArticleBySlug(insertArticle({ publishedAt: new Date(Date.now() + hour) }).slug)).toBeNull()
    const due = insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() - hour) })
    expect(getArticleBySlug(due.slug)?.id).toBe(due.id)
  })

  it('rejects malformed slugs without querying for them', () => {
    expect(getArticleBySlug("x' OR 1=1 --")).toBeNull()
    expect(getArticleBySlug('a'.repeat(5000))).toBeNull()
  })
})

describe('getArticleReaderFacts (a prepared statement, run at the time it is called)', () => {
  it('knows a public article and whether it has a members-only part, and nothing readers may not see', () => {
    const walled = insertArticle()
    expect(getArticleReaderFacts(walled.slug)).toEqual({ id: walled.id, walled: true, seminarStartsAt: null })
    expect(getArticleReaderFacts(insertArticle({ bodyHtml: '' }).slug)).toMatchObject({ walled: false })
    expect(getArticleReaderFacts(insertArticle({ status: 'draft' }).slug)).toBeNull()
    expect(getArticleReaderFacts(insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() + hour) }).slug)).toBeNull()
    const due = insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() - 60_000) })
    expect(getArticleReaderFacts(due.slug)?.id).toBe(due.id)
    expect(getArticleReaderFacts("x' OR 1=1 --")).toBeNull()
  })
})

describe('listLatestArticles', () => {
  it('lists only public articles, newest first', () => {
    const older = insertArticle({ publishedAt: new Date(Date.now() - 2 * hour) })
    const newer = insertArticle({ publishedAt: new Date(Date.now() - hour) })
    const draft = insertArticle({ status: 'draft' })
    const ids = listLatestArticles(100).map((article) => article.id)
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id))
    expect(ids).not.toContain(draft.id)
  })
})

describe('listMoreArticles', () => {
  it('puts the newest articles of the same section or with a shared tag first, then the newest others', () => {
    // One clock reading for every time here: published_at keeps whole seconds, so two readings a millisecond apart
    // can fall on either side of a second and make "a second ago" and "two seconds ago" the same time.
    const now = Date.now()
    const minutesAgo = (n: number) => new Date(now - n * 60_000)
    const current = insertArticle({ publishedAt: minutesAgo(10) })
    const tag = db.insert(tags).values({ slug: 'more-test', name: 'More test' }).returning().get()
    db.insert(articleTags).values({ articleId: current.id, tagId: tag.id }).run()
    const sameSection = insertArticle({ sectionId: current.sectionId, publishedAt: minutesAgo(30) })
    const sharedTag = insertArticle({ publishedAt: minutesAgo(20) })
    db.insert(articleTags).values({ articleId: sharedTag.id, tagId: tag.id }).run()
    // Newer than every other test's articles (a minute old), so they are the newest unrelated ones.
    const unrelatedNewest = insertArticle({ publishedAt: new Date(now - 1000) })
    const unrelatedOlder = insertArticle({ publishedAt: new Date(now - 2000) })
    const hidden = insertArticle({ sectionId: current.sectionId, status: 'draft', publishedAt: minutesAgo(5) })

    const more = listMoreArticles(getArticleBySlug(current.slug)!).map((article) => article.id)
    expect(more.slice(0, 2)).toEqual([sharedTag.id, sameSection.id])
    expect(more).toHaveLength(4)
    expect(more.slice(2)).toEqual([unrelatedNewest.id, unrelatedOlder.id])
    expect(more).not.toContain(current.id)
    expect(more).not.toContain(hidden.id)
  })
})

describe('co-authors', () => {
  it('put the article in each co-author’s list and in the byline after the lead author', () => {
    const article = insertArticle()
    const coauthor = db.insert(authors).values({ slug: `co-${article.id}`, name: 'Co Author' }).returning().get()
    db.insert(articleCoauthors).values({ articleId: article.id, authorId: coauthor.id, position: 0 }).run()
    expect(listArticlesPage({ authorId: coauthor.id }, 1).items.map((item) => item.id)).toEqual([article.id])
    expect(listArticlesPage({ authorId: article.authorId }, 1).items.map((item) => item.id)).toEqual([article.id])
    const lead = db.select().from(authors).where(eq(authors.id, article.authorId)).get()!
    expect(getArticleBySlug(article.slug)?.authors.map((author) => author.name)).toEqual([lead.name, 'Co Author'])
  })
})

describe('getNextScheduledAt', () => {
  it('is the earliest scheduled time still to come', () => {
    const soon = new Date(Date.now() + 60_000)
    insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() + 120_000) })
    insertArticle({ status: 'scheduled', publishedAt: soon })
    insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() - 60_000) })
    insertArticle({ status: 'draft', publishedAt: new Date(Date.now() + 30_000) })
    expect(getNextScheduledAt()?.getTime()).toBe(Math.floor(soon.getTime() / 1000) * 1000)
  })
})
