import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articleRevisions, articles } from '@/db/schema'
import { articleInput, insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { saveArticle, saveArticleWithUploads, type ArticleInput } from './save-article'

const editor = (name: string) => memberViewer(insertUser({ role: 'editor', name }))
const stored = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!

/** A new article and the input its editor's form holds, opened at version 1. */
function openArticle() {
  const input = articleInput({ lede: 'The first lede.', markdown: 'The first body.' })
  const created = saveArticle(editor('Creator'), input)
  if (!created.ok) throw new Error('setup')
  return { id: created.id, form: { ...input, id: created.id, version: 1 } satisfies ArticleInput }
}

describe('saveArticle with two editors at once', () => {
  it('refuses a save from an older version, says who saved in between, and writes nothing', () => {
    const { id, form } = openArticle()
    const anna = editor('Anna Editor')
    const first = saveArticle(anna, { ...form, lede: 'Anna’s lede.' }, new Date('2026-03-02T13:05:00Z'))
    expect(first).toMatchObject({ ok: true, version: 2 })
    const before = stored(id)

    const second = saveArticle(editor('Ben Editor'), { ...form, markdown: 'Ben’s body.' })
    expect(second).toMatchObject({
      ok: false,
      message: 'Anna Editor saved this article at 2026-03-02 14:05 (Copenhagen time), after you opened it. Nothing was saved: check the changes below, then save again.',
      collision: { version: 2, theirChanges: ['lede'], bothChanged: [] },
    })
    if (second.ok || !second.collision) throw new Error('expected a collision')
    expect(second.collision.values).toMatchObject({ lede: 'Anna’s lede.', markdown: 'Ben’s body.' })
    expect(stored(id)).toEqual(before)
  })

  it('saves both changes once the second editor saves from the merged form', () => {
    const { id, form } = openArticle()
    saveArticle(editor('Anna Editor'), { ...form, lede: 'Anna’s lede.' })
    const refused = saveArticle(editor('Ben Editor'), { ...form, markdown: 'Ben’s body.' })
    if (refused.ok || !refused.collision) throw new Error('expected a collision')
    const { values, version } = refused.collision

    const again = saveArticle(editor('Ben Editor'), { ...form, version, lede: values.lede, markdown: values.markdown })
    expect(again).toMatchObject({ ok: true, version: 3 })
    expect(stored(id)).toMatchObject({ lede: 'Anna’s lede.', sourceMarkdown: 'Ben’s body.', version: 3 })
  })

  it('merges against the stored article when it was written before versions were kept', () => {
    const legacy = insertArticle({ lede: 'Seeded lede.', sourceMarkdown: 'Seeded body.' })
    const form = articleInput({ id: legacy.id, version: 1, title: legacy.title, slug: legacy.slug, lede: 'Seeded lede.', markdown: 'Seeded body.', sectionId: legacy.sectionId, authorId: legacy.authorId, tagNames: [], language: 'en', intent: 'publish', publishedAt: legacy.publishedAt })
    expect(saveArticle(editor('Anna Editor'), { ...form, lede: 'Anna’s lede.' })).toMatchObject({ ok: true })
    const refused = saveArticle(editor('Ben Editor'), { ...form, markdown: 'Ben’s body.' })
    expect(refused).toMatchObject({ ok: false, collision: { theirChanges: ['lede'], bothChanged: [] } })
  })

  it('asks for files and the cover removal again, which the redrawn form cannot keep', async () => {
    const { form } = openArticle()
    saveArticle(editor('Anna Editor'), { ...form, lede: 'Anna’s lede.' })
    const kindFields = { speaker: '', durationMinutes: '', videoUrl: '', startsAt: '', venue: '', capacity: '' }
    const refused = await saveArticleWithUploads(editor('Ben Editor'), { ...form, ...kindFields, removeCover: true })
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing was saved.*Choose your image, PDF or cover removal again/) })
  })

  it('keeps the last 20 revisions of an article', () => {
    const { id, form } = openArticle()
    const anna = editor('Anna Editor')
    for (let version = 1; version <= 25; version++) saveArticle(anna, { ...form, version, lede: `Lede ${version}.` })
    const versions = db.select({ version: articleRevisions.version }).from(articleRevisions).where(eq(articleRevisions.articleId, id)).all()
    expect(versions.map((row) => row.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 7))
  })
})
