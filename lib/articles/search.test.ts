import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { articles } from '@/db/schema'
import { eq } from 'drizzle-orm'
import { buildMatchQuery, searchArticles } from './search'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'

describe('buildMatchQuery', () => {
  it('quotes every word and requires all of them', () => {
    expect(buildMatchQuery('Brand memory')).toBe('"brand" AND "memory"')
  })

  it('reads FTS5 syntax as plain words', () => {
    expect(buildMatchQuery('"a" NEAR(b*) -c OR (d')).toBe('"a" AND "near" AND "b" AND "c" AND "or" AND "d"')
    expect(buildMatchQuery('*** ( ) " -')).toBeNull()
    expect(buildMatchQuery('')).toBeNull()
  })

  it('also matches æ, ø and å for the spellings ae, oe and aa', () => {
    expect(buildMatchQuery('aabning')).toBe('("aabning" OR "åbning")')
    expect(buildMatchQuery('faerre soeg')).toBe('("faerre" OR "færre") AND ("soeg" OR "søg")')
  })

  it('bounds the work for very long input', () => {
    const query = buildMatchQuery('word '.repeat(400) + 'x'.repeat(2000))!
    expect(query.split(' AND ').length).toBeLessThanOrEqual(12)
    expect(query.length).toBeLessThan(200)
  })
})

describe('searchArticles', () => {
  const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('')

  it('finds åbning when asked for aabning, and highlights the match', () => {
    const article = insertArticle({ title: 'En ny åbning for nyhedsbreve', teaserText: 'Om åbningen.' })
    const { hits } = searchArticles('aabning', null, 1)
    expect(hits.map((hit) => hit.id)).toContain(article.id)
  })

  it('searches and quotes the members-only part only for members', () => {
    const article = insertArticle({ teaserText: 'Public words.', bodyText: 'The zebracorn sentence is for members.' })
    expect(searchArticles('zebracorn', null, 1).hits).toEqual([])
    const { hits } = searchArticles('zebracorn', memberViewer(insertUser()), 1)
    expect(hits.map((hit) => hit.id)).toEqual([article.id])
    expect(text(hits[0].snippet)).toContain('The zebracorn sentence is for members.')
    expect(hits[0].snippet.find((part) => part.match)?.text).toBe('zebracorn')
  })

  it('never quotes the members-only part to anonymous readers, even when the teaser matches too', () => {
    insertArticle({ teaserText: 'Quokka in the teaser.', bodyText: 'Quokka secret in the body.' })
    const { hits } = searchArticles('quokka', null, 1)
    expect(hits).toHaveLength(1)
    expect(text(hits[0].snippet)).not.toContain('secret')
  })

  it('keeps the index in step with edits and leaves out articles readers may not see', () => {
    const article = insertArticle({ title: 'Original wombat title' })
    db.update(articles).set({ title: 'Renamed platypus title' }).where(eq(articles.id, article.id)).run()
    expect(searchArticles('wombat', null, 1).hits).toEqual([])
    expect(searchArticles('platypus', null, 1).hits.map((hit) => hit.id)).toEqual([article.id])
    db.update(articles).set({ status: 'draft' }).where(eq(articles.id, article.id)).run()
    expect(searchArticles('platypus', null, 1).hits).toEqual([])
  })

  it('ranks title matches above teaser matches and paginates', () => {
    const inTeaser = insertArticle({ title: 'Something else', teaserText: 'About narwhals.' })
    const inTitle = insertArticle({ title: 'Narwhals', teaserText: 'Plain.' })
    const { hits, total } = searchArticles('narwhals', null, 1)
    expect(hits.map((hit) => hit.id)).toEqual([inTitle.id, inTeaser.id])
    expect(total).toBe(2)
    expect(searchArticles('narwhals', null, 2).hits).toEqual([])
  })
})
