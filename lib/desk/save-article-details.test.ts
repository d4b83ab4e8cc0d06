import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { sections, publications, seminars, talks, type ArticleKind } from '@/db/schema'
import { type KindDetailsInput } from '@/lib/programme/details'
import { signUpForSeminar } from '@/lib/programme/seats'
import { saveArticle, type ArticleInput } from './save-article'
import { articleInput, insertUser, memberViewer } from '@/lib/testing/fixtures'

const editor = () => memberViewer(insertUser({ role: 'editor' }))
// Whole seconds, as the database stores them.
const inAWeek = () => new Date(Math.floor(Date.now() / 1000) * 1000 + 7 * 24 * 60 * 60 * 1000)

function sectionOf(kind: ArticleKind) {
  const slug = `${kind}-${Math.random().toString(36).slice(2)}`
  return db.insert(sections).values({ slug, name: slug, kind }).returning().get().id
}

function input(kind: ArticleKind, details: KindDetailsInput, overrides: Partial<ArticleInput> = {}): ArticleInput {
  return articleInput({ title: `A ${kind}`, sectionId: sectionOf(kind), intent: 'publish', details, ...overrides })
}

describe('saving talks, seminars and publications', () => {
  it('stores each kind’s details with the article', () => {
    const talk = saveArticle(editor(), input('talk', { kind: 'talk', speaker: 'Ada', durationMinutes: 30, videoUrl: 'https://vimeo.com/1' }))
    expect(talk.ok && db.select().from(talks).where(eq(talks.articleId, talk.id)).get()).toMatchObject({ speaker: 'Ada' })
    const startsAt = inAWeek()
    const seminar = saveArticle(editor(), input('seminar', { kind: 'seminar', startsAt, durationMinutes: 60, venue: '', capacity: 5 }))
    expect(seminar.ok && db.select().from(seminars).where(eq(seminars.articleId, seminar.id)).get()).toMatchObject({ startsAt, capacity: 5 })
    const paper = saveArticle(editor(), input('publication', { kind: 'publication', pdf: { file: 'a'.repeat(32) + '.pdf', bytes: 10 } }))
    expect(paper.ok && db.select().from(publications).where(eq(publications.articleId, paper.id)).get()).toMatchObject({ pdfBytes: 10 })
  })

  it('refuses a seminar set in the past, and a publication without a PDF', () => {
    const past = new Date(Date.now() - 60_000)
    expect(saveArticle(editor(), input('seminar', { kind: 'seminar', startsAt: past, durationMinutes: 60, venue: '', capacity: 5 }))).toEqual({
      ok: false,
      fieldErrors: { startsAt: ['Choose a date and time still to come.'] },
    })
    expect(saveArticle(editor(), input('publication', { kind: 'publication', pdf: undefined }))).toEqual({
      ok: false,
      fieldErrors: { pdf: ['Upload the PDF.'] },
    })
  })

  it('lets staff edit a seminar that has taken place without moving its start', () => {
    const viewer = editor()
    const seminar = input('seminar', { kind: 'seminar', startsAt: inAWeek(), durationMinutes: 60, venue: '', capacity: 5 })
    const created = saveArticle(viewer, seminar)
    if (!created.ok) throw new Error('not saved')
    const startedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000)
    db.update(seminars).set({ startsAt: startedAt }).where(eq(seminars.articleId, created.id)).run()
    const details = { kind: 'seminar', startsAt: startedAt, durationMinutes: 60, venue: 'A recap', capacity: 5 } as const
    expect(saveArticle(viewer, { ...seminar, id: created.id, version: created.version, intent: 'save', details }).ok).toBe(true)
  })

  it('refuses details of another kind than the section’s, and moving a seminar with sign-ups out of its section', () => {
    const mismatch = input('talk', { kind: 'article' })
    expect(saveArticle(editor(), mismatch)).toMatchObject({ ok: false, fieldErrors: { sectionId: expect.any(Array) } })

    const viewer = editor()
    const seminar = input('seminar', { kind: 'seminar', startsAt: inAWeek(), durationMinutes: 60, venue: '', capacity: 5 })
    const created = saveArticle(viewer, seminar)
    if (!created.ok) throw new Error('not saved')
    signUpForSeminar(memberViewer(insertUser()), created.id)
    const moved = saveArticle(viewer, { ...seminar, id: created.id, version: created.version, sectionId: sectionOf('article'), details: { kind: 'article' } })
    expect(moved).toEqual({ ok: false, fieldErrors: { sectionId: ['Members have signed up for this seminar, so it stays in a seminar section.'] } })
  })

  it('drops the details of the old kind when an article moves to a section of another kind', () => {
    const viewer = editor()
    const talk = input('talk', { kind: 'talk', speaker: 'Ada', durationMinutes: 30, videoUrl: 'https://vimeo.com/1' })
    const created = saveArticle(viewer, talk)
    if (!created.ok) throw new Error('not saved')
    expect(saveArticle(viewer, { ...talk, id: created.id, version: created.version, sectionId: sectionOf('article'), details: { kind: 'article' } }).ok).toBe(true)
    expect(db.select().from(talks).where(eq(talks.articleId, created.id)).get()).toBeUndefined()
  })
})
