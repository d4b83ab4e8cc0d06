import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleGrid } from '@/app/_components/article-grid'
import { listingMetadata } from '@/app/_components/listing-metadata'
import { Pagination } from '@/app/_components/pagination'
import { listArticlesPage } from '@/lib/articles/queries'
import { parsePageParam } from '@/lib/core/params'
import { tagPath } from '@/lib/core/paths'
import { getTagBySlug } from '@/lib/articles/tags'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const tag = getTagBySlug((await params).slug)
  const page = parsePageParam((await searchParams).page)
  if (!tag || !page) return {}
  const description = `Articles, talks, seminars and papers about ${tag.name}.`
  return listingMetadata({ title: tag.name, description, path: tagPath(tag.slug), page })
}

export default async function TagPage({ params, searchParams }: Props) {
  const tag = getTagBySlug((await params).slug)
  const page = parsePageParam((await searchParams).page)
  if (!tag || !page) notFound()
  const { items, pageCount } = listArticlesPage({ tagId: tag.id }, page)
  if (page > pageCount) notFound()
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand">Tag</p>
      <h1 className="mb-8 font-serif text-3xl font-bold">{tag.name}</h1>
      <ArticleGrid articles={items} headingLevel={2} empty={`Nothing tagged ${tag.name} has been published yet.`} />
      <Pagination path={tagPath(tag.slug)} page={page} pageCount={pageCount} />
    </>
  )
}
