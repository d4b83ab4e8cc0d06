import type { Metadata } from 'next'
import Image from 'next/image'
import { notFound } from 'next/navigation'
import { ArticleGrid } from '@/app/_components/article-grid'
import { JsonLd } from '@/app/_components/json-ld'
import { listingMetadata } from '@/app/_components/listing-metadata'
import { Pagination } from '@/app/_components/pagination'
import { listArticlesPage } from '@/lib/articles/queries'
import { parsePageParam } from '@/lib/core/params'
import { authorPath } from '@/lib/core/paths'
import { absoluteUrl } from '@/lib/core/urls'
import { getAuthorBySlug } from '@/lib/articles/authors'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const author = getAuthorBySlug((await params).slug)
  const page = parsePageParam((await searchParams).page)
  if (!author || !page) return {}
  return listingMetadata({ title: author.name, description: author.bio, path: authorPath(author.slug), page, type: 'profile' })
}

function initials(name: string) {
  return name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase()
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const author = getAuthorBySlug((await params).slug)
  const page = parsePageParam((await searchParams).page)
  if (!author || !page) notFound()
  const { items, pageCount } = listArticlesPage({ authorId: author.id }, page)
  if (page > pageCount) notFound()
  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Person',
          name: author.name,
          description: author.bio,
          url: absoluteUrl(authorPath(author.slug)),
        }}
      />
      <div className="mb-10 flex items-center gap-6">
        {author.photoPath ? (
          <Image src={author.photoPath} alt={author.name} width={96} height={96} className="rounded-full" />
        ) : (
          <div
            aria-hidden="true"
            className="flex size-24 shrink-0 items-center justify-center rounded-full bg-brand font-serif text-3xl font-bold text-white"
          >
            {initials(author.name)}
          </div>
        )}
        <div>
          <h1 className="font-serif text-3xl font-bold">{author.name}</h1>
          <p className="mt-2 max-w-2xl text-muted">{author.bio}</p>
        </div>
      </div>
      <h2 className="mb-4 border-b-2 border-brand pb-1 text-sm font-bold uppercase tracking-wide">
        Articles by {author.name}
      </h2>
      <ArticleGrid articles={items} empty={`${author.name} has not published anything yet.`} />
      <Pagination path={authorPath(author.slug)} page={page} pageCount={pageCount} />
    </>
  )
}
