import type { Metadata } from 'next'
import { IntentLink } from '@/app/_components/intent-link'
import { notFound } from 'next/navigation'
import { ArticleGrid } from '@/app/_components/article-grid'
import { listingMetadata } from '@/app/_components/listing-metadata'
import { Pagination } from '@/app/_components/pagination'
import { SeminarList } from '@/app/_components/seminar-list'
import { listArticlesPage } from '@/lib/articles/queries'
import { parsePageParam } from '@/lib/core/params'
import { listPastSeminars, listUpcomingSeminars } from '@/lib/programme/seminars'
import { sectionPath } from '@/lib/core/paths'
import { getSectionBySlug } from '@/lib/articles/sections'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const section = getSectionBySlug((await params).slug)
  const page = parsePageParam((await searchParams).page)
  if (!section || !page) return {}
  const path = sectionPath(section.slug)
  return listingMetadata({ title: section.name, description: section.description, path, page, feed: `${path}/feed.xml` })
}

export default async function SectionPage({ params, searchParams }: Props) {
  const section = getSectionBySlug((await params).slug)
  const page = parsePageParam((await searchParams).page)
  if (!section || !page) notFound()
  const path = sectionPath(section.slug)
  if (section.kind === 'seminar') return <SeminarSection section={section} page={page} />
  const { items, pageCount } = listArticlesPage({ sectionId: section.id }, page)
  if (page > pageCount) notFound()
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{section.name}</h1>
      <p className="mb-2 mt-2 max-w-2xl text-muted">{section.description}</p>
      <p className="mb-8 text-sm">
        <IntentLink href={`${path}/feed.xml`} className="underline">
          RSS feed for {section.name}
        </IntentLink>
      </p>
      <ArticleGrid articles={items} headingLevel={2} empty="Nothing has been published in this section yet." />
      <Pagination path={path} page={page} pageCount={pageCount} />
    </>
  )
}

/** A section of seminars and briefings: those still to come (on the first page), then those that took place. */
function SeminarSection({ section, page }: { section: NonNullable<ReturnType<typeof getSectionBySlug>>; page: number }) {
  const past = listPastSeminars(section.id, page)
  if (page > past.pageCount) notFound()
  const path = sectionPath(section.slug)
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{section.name}</h1>
      <p className="mt-2 max-w-2xl text-muted">{section.description}</p>
      {page === 1 && <SeminarList title="Upcoming" seminars={listUpcomingSeminars(section.id)} empty="No seminar is planned just now." />}
      <SeminarList title="Past" seminars={past.items} empty="None yet." />
      <Pagination path={path} page={page} pageCount={past.pageCount} />
    </>
  )
}
