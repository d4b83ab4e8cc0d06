import 'server-only'
import { sql } from 'drizzle-orm'
import { db } from '@/db/client'
import { articles, authors, sections } from '@/db/schema'
import { isPublic } from './queries'
import type { Viewer } from '@/lib/auth/session'

const maxTerms = 12
const maxTermLength = 64
const danishSpellings: [RegExp, string][] = [
  [/aa/g, 'å'],
  [/ae/g, 'æ'],
  [/oe/g, 'ø'],
]

/**
 * An FTS5 query for what a reader typed: every word must match, each quoted so no input is read as FTS5 syntax
 * (quotes, `*`, NEAR, `-`, brackets). A word spelled the Danish way without æ/ø/å ("aabning") also matches the
 * letter itself; the index folds å to a, and æ and ø are not folded. Null when nothing searchable is left.
 */
export function buildMatchQuery(input: string): string | null {
  const words = input.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const unique = [...new Set(words.map((word) => word.slice(0, maxTermLength)))].slice(0, maxTerms)
  if (unique.length === 0) return null
  return unique
    .map((word) => {
      const respelled = danishSpellings.reduce((text, [pattern, letter]) => text.replace(pattern, letter), word)
      return respelled === word ? `"${word}"` : `("${word}" OR "${respelled}")`
    })
    .join(' AND ')
}

// Snippet markers that cannot occur in article text; the page turns them into <mark>.
export const matchStart = '\u0002'
export const matchEnd = '\u0003'

export type SnippetPart = { text: string; match: boolean }

function splitSnippet(snippet: string): SnippetPart[] {
  return snippet
    .split(new RegExp(`(${matchStart}[^${matchEnd}]*${matchEnd})`))
    .filter(Boolean)
    .map((part) =>
      part.startsWith(matchStart) ? { text: part.slice(1, -1), match: true } : { text: part, match: false },
    )
}

type HitRow = {
  id: number
  slug: string
  title: string
  lede: string
  language: 'da' | 'en'
  publishedAt: number
  sectionName: string
  authorName: string
  snippet: string
}

export const searchPageSize = 10

/**
 * Public articles matching `query`, best first (bm25, title weighted highest). Everyone searches title, lede and
 * teaser; only members also search, and see quoted, the members-only part.
 */
export function searchArticles(query: string, viewer: Viewer | null, page: number) {
  const match = buildMatchQuery(query)
  if (!match) return { hits: [], total: 0, pageCount: 0 }
  // Column 2 is the teaser; -1 lets SQLite pick the best column, the members-only one included.
  const expression = viewer ? match : `{title lede teaser_text} : (${match})`
  const snippetColumn = sql.raw(viewer ? '-1' : '2')
  const where = sql`article_search match ${expression} and ${isPublic()}`
  const rows = db.all<HitRow>(sql`
    select ${articles.id} as id, ${articles.slug} as slug, ${articles.title} as title, ${articles.lede} as lede,
      ${articles.language} as language, ${articles.publishedAt} as publishedAt,
      ${sections.name} as sectionName, ${authors.name} as authorName,
      snippet(article_search, ${snippetColumn}, ${matchStart}, ${matchEnd}, '…', 24) as snippet
    from article_search
    join ${articles} on ${articles.id} = article_search.rowid
    join ${sections} on ${sections.id} = ${articles.sectionId}
    join ${authors} on ${authors.id} = ${articles.authorId}
    where ${where}
    order by bm25(article_search, 10.0, 5.0, 2.0, 1.0)
    limit ${searchPageSize} offset ${(page - 1) * searchPageSize}`)
  const [{ total }] = db.all<{ total: number }>(sql`
    select count(*) as total from article_search join ${articles} on ${articles.id} = article_search.rowid
    where ${where}`)
  const hits = rows.map(({ snippet, publishedAt, ...hit }) => ({
    ...hit,
    publishedAt: new Date(publishedAt * 1000),
    snippet: splitSnippet(snippet),
  }))
  return { hits, total, pageCount: Math.ceil(total / searchPageSize) }
}
