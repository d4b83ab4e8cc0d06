import type { Metadata } from 'next'
import { IntentLink } from '@/app/_components/intent-link'
import { notFound } from 'next/navigation'
import { Pagination } from '@/app/_components/pagination'
import { ArticleCard } from '@/app/_components/article-card'
import { SearchForm } from '@/app/_components/search-form'
import { parsePageParam, parseQueryParam } from '@/lib/core/params'
import { searchArticles } from '@/lib/articles/search'
import { loginPath } from '@/lib/core/paths'
import { getViewer } from '@/lib/auth/session'

export const metadata: Metadata = { title: 'Search', robots: { index: false, follow: true } }

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const query = parseQueryParam(params.q)
  const page = parsePageParam(params.page)
  if (!page) notFound()
  const viewer = await getViewer()
  const { hits, total, pageCount } = searchArticles(query, viewer, page)
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Search</h1>
      <SearchForm defaultValue={query} />
      {query.trim() !== '' && (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="mb-4 text-sm font-bold uppercase tracking-wide" aria-live="polite">
            {total === 0 ? `No results for “${query}”` : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”`}
          </h2>
          {!viewer && total > 0 && (
            <p className="mb-4 text-sm text-muted">
              Results come from titles, ledes and teasers.{' '}
              <IntentLink href={loginPath(`/search?q=${encodeURIComponent(query)}`)} className="underline">
                Log in
              </IntentLink>{' '}
              to search the full articles.
            </p>
          )}
          <ol className="flex flex-col gap-6">
            {hits.map((hit) => (
              <li key={hit.id}>
                <ArticleCard article={hit}>
                  <p className="search-snippet text-muted">
                    {hit.snippet.map((part, index) =>
                      part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                    )}
                  </p>
                </ArticleCard>
              </li>
            ))}
          </ol>
          <Pagination path="/search" page={page} pageCount={pageCount} query={{ q: query }} />
        </section>
      )}
    </>
  )
}
