import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleCard } from '@/app/_components/article-card'
import { getCategoryBySlug, listArticlesInCategory } from '@/lib/articles'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = getCategoryBySlug((await params).slug)
  return section ? { title: section.name, description: section.description } : {}
}

export default async function SectionPage({ params }: Props) {
  const section = getCategoryBySlug((await params).slug)
  if (!section) notFound()
  const sectionArticles = listArticlesInCategory(section.id, 24)
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{section.name}</h1>
      <p className="mb-8 mt-2 max-w-2xl text-muted">{section.description}</p>
      {sectionArticles.length === 0 ? (
        <p className="text-muted">Nothing has been published in this section yet.</p>
      ) : (
        <div className="grid gap-8 md:grid-cols-2">
          {sectionArticles.map((article) => (
            <ArticleCard key={article.id} article={article} headingLevel={2} />
          ))}
        </div>
      )}
    </>
  )
}
