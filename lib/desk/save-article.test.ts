import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articles, auditLog, tags, type Role } from '@/db/schema'
import { ForbiddenError } from '@/lib/auth/roles'
import { articleInput, insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { getArticleForEditing, listStaffArticles } from './articles'
import { saveArticle } from './save-article'

const staff = (role: Role) => memberViewer(insertUser({ role }))

const articleCount = () => db.select().from(articles).all().length

describe('saveArticle', () => {
  it('creates a draft with a slug from the title, the split rendered, and new tags', () => {
    const result = saveArticle(staff('author'), articleInput())
    expect(result).toMatchObject({ ok: true, slug: 'groen-vaekst-paa-nettet', previousSlug: null })
    const row = db.select().from(articles).where(eq(articles.slug, 'groen-vaekst-paa-nettet')).get()!
    expect(row).toMatchObject({ status: 'draft', teaserHtml: '<p>Public part.</p>\n', bodyHtml: '<p>Secret part.</p>\n' })
    expect(db.select().from(tags).where(eq(tags.slug, 'growth')).get()).toBeDefined()
    // A second article with the same title gets the next free slug.
    expect(saveArticle(staff('editor'), articleInput())).toMatchObject({ ok: true, slug: 'groen-vaekst-paa-nettet-2' })
  })

  it('refuses a slug in use, an unknown section or author, writing nothing', () => {
    const taken = insertArticle()
    const bad = articleInput({ slug: taken.slug, sectionId: 999_999, authorId: 999_999 })
    const before = articleCount()
    const result = saveArticle(staff('editor'), bad)
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        slug: [`“${taken.title}” already uses this slug.`],
        sectionId: ['Choose a section from the list.'],
        authorId: ['Choose an author from the list.'],
      },
    })
    expect(articleCount()).toBe(before)
  })

  it('lets an author save drafts but not publish', () => {
    const publish = articleInput({ intent: 'publish' })
    const before = articleCount()
    expect(saveArticle(staff('author'), publish)).toMatchObject({ ok: false })
    expect(articleCount()).toBe(before)
  })

  it('keeps authors to their own drafts and everyone below author out', () => {
    const author = staff('author')
    const created = saveArticle(staff('editor'), articleInput())
    if (!created.ok) throw new Error('setup')
    expect(getArticleForEditing(author, created.id)).toBeNull()
    expect(() => saveArticle(author, articleInput({ id: created.id, version: 1 }))).toThrow(ForbiddenError)
    expect(() => saveArticle(staff('reader'), articleInput())).toThrow(ForbiddenError)
    expect(listStaffArticles(author, { q: '', page: 1 }).items).toEqual([])
  })

  it('publishes and schedules with an audit entry each, in the same transaction', () => {
    const editor = staff('editor')
    const created = saveArticle(editor, articleInput())
    if (!created.ok) throw new Error('setup')
    const future = new Date(Date.now() + 86_400_000)
    saveArticle(editor, articleInput({ id: created.id, version: 1, intent: 'publish', publishedAt: future }))
    saveArticle(editor, articleInput({ id: created.id, version: 2, intent: 'publish' }))
    const entries = db.select().from(auditLog).where(eq(auditLog.actorId, editor.id)).all()
    expect(entries.map((entry) => entry.action)).toEqual(['article.scheduled', 'article.published'])
    expect(db.select().from(articles).where(eq(articles.id, created.id)).get()?.status).toBe('published')
  })

  it('makes a free slug from a long title without a trailing hyphen', () => {
    const title = 'word '.repeat(100)
    const first = saveArticle(staff('editor'), articleInput({ title }))
    const second = saveArticle(staff('editor'), articleInput({ title }))
    expect(first.ok && second.ok && second.slug.endsWith('-2') && !second.slug.includes('--')).toBe(true)
  })
})
