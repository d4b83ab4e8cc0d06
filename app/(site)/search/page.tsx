import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Pagination } from '@/app/_components/pagination'
import { PublishedDate } from '@/app/_components/published-date'
import { SearchForm } from '@/app/_components/search-form'
import { parsePageParam, parseQueryParam } from '@/lib/core/params'
import { searchArticles } from '@/lib/articles/search'
import { articlePath, loginPath } from '@/lib/core/paths'
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
              <Link href={loginPath(`/search?q=${encodeURIComponent(query)}`)} className="underline">
                Log in
              </Link>{' '}
              to search the full articles.
            </p>
          )}
          <ol className="flex flex-col gap-6">
            {hits.map((hit) => (
              <li key={hit.id} lang={hit.language}>
                <p className="text-xs font-semibold uppercase tracking-wide text-brand">{hit.sectionName}</p>
                <h3 className="font-serif text-xl font-bold">
                  <Link href={articlePath(hit.slug)} className="hover:text-brand">
                    {hit.title}
                  </Link>
                </h3>
                <p className="search-snippet mt-1 text-muted">
                  {hit.snippet.map((part, index) =>
                    part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                  )}
                </p>
                <p className="mt-1 text-sm text-muted">
                  By {hit.authorName} · <PublishedDate date={hit.publishedAt} />
                </p>
              </li>
            ))}
          </ol>
          <Pagination path="/search" page={page} pageCount={pageCount} query={{ q: query }} />
        </section>
      )}
    </>
  )
}
