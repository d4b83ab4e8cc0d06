import { describe, expect, it } from 'vitest'
import { getMovedArticleSlug } from '@/lib/articles/queries'
import { articleInput, insertUser, memberViewer } from '@/lib/testing/fixtures'
import { saveArticle, type ArticleInput } from './save-article'

const editor = () => memberViewer(insertUser({ role: 'editor' }))
let counter = 0

/** Saves, and answers the form the editor holds afterwards (the next save starts from its version). */
function save(input: ArticleInput): ArticleInput {
  const result = saveArticle(editor(), input)
  if (!result.ok) throw new Error(JSON.stringify(result))
  return { ...input, id: result.id, version: result.version, slug: result.slug }
}

const published = (slug: string) => save(articleInput({ slug, intent: 'publish', publishedAt: new Date(Date.now() - 60_000) }))
const unique = (name: string) => `${name}-${++counter}-${Date.now()}`

describe('old addresses of articles', () => {
  it('sends every old slug of a public article straight to its address now', () => {
    const [a, b, c] = ['a', 'b', 'c'].map(unique)
    const article = save({ ...save({ ...published(a), slug: b }), slug: c })
    expect(article.slug).toBe(c)
    expect([getMovedArticleSlug(a), getMovedArticleSlug(b), getMovedArticleSlug(c)]).toEqual([c, c, null])
    // Taken off the site, it has no old addresses either.
    save({ ...article, intent: 'unpublish' })
    expect(getMovedArticleSlug(a)).toBeNull()
  })

  it('leaves nothing behind when a draft changes its slug', () => {
    const draft = save(articleInput({ slug: unique('draft') }))
    save({ ...draft, slug: unique('renamed') })
    expect(getMovedArticleSlug(draft.slug)).toBeNull()
  })

  it('lets an article take back its own old slug, which then redirects no more', () => {
    const [a, b] = [unique('a'), unique('b')]
    save({ ...save({ ...published(a), slug: b }), slug: a })
    expect([getMovedArticleSlug(a), getMovedArticleSlug(b)]).toEqual([null, a])
  })

  it('gives another article’s old address to a new article only when the editor confirms it', () => {
    const [old, current] = [unique('old'), unique('current')]
    save({ ...published(old), slug: current })
    const refused = saveArticle(editor(), articleInput({ slug: old }))
    expect(refused).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringContaining('old address')], releaseSlug: [expect.any(String)] } })
    expect(getMovedArticleSlug(old)).toBe(current)

    const taken = saveArticle(editor(), articleInput({ slug: old, releaseSlug: old }))
    expect(taken).toMatchObject({ ok: true, slug: old, releasedSlug: old })
    expect(getMovedArticleSlug(old)).toBeNull()
  })

  it('makes a slug from the title that is nobody’s old address', () => {
    const title = unique('Moved away')
    const first = published('')
    const moved = save({ ...first, title, slug: '' })
    save({ ...moved, slug: unique('elsewhere') })
    expect(saveArticle(editor(), articleInput({ title }))).toMatchObject({ ok: true, slug: `${moved.slug}-2` })
  })
})
