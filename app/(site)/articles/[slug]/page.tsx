import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'
import { ArticleCard } from '@/app/_components/article-card'
import { PublishedDate } from '@/app/_components/published-date'
import { getArticleBySlug, listMoreArticles } from '@/lib/articles'
import { articleUrl } from '@/lib/seo'
import { ArticleAccess } from './article-access'
import { LikeLine } from './like-line'
import { ShareRow } from './share-row'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticleBySlug((await params).slug)
  if (!article) return {}
  return {
    title: article.title,
    description: article.lede,
    alternates: { canonical: articleUrl(article.slug) },
  }
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticleBySlug((await params).slug)
  if (!article) notFound()
  const more = listMoreArticles(article)
  return (
    <>
      <article lang={article.language} className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold uppercase tracking-wide">
          <Link href={`/sections/${article.categorySlug}`} className="text-brand hover:underline">
            {article.categoryName}
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-4 text-xl leading-relaxed text-muted">{article.lede}</p>
        <div className="mt-6 flex flex-wrap gap-x-6 gap-y-1 text-sm" lang="en">
          <p>
            By: <span className="font-semibold">{article.authorName}</span>
          </p>
          <p>
            Published: <PublishedDate date={article.publishedAt} />
          </p>
        </div>
        <div className="mt-4 flex flex-col gap-3 border-y border-neutral-200 py-3" lang="en">
          <ShareRow title={article.title} url={articleUrl(article.slug)} />
          <Suspense fallback={<p className="h-9 text-sm text-muted">Loading likes…</p>}>
            <LikeLine articleId={article.id} slug={article.slug} />
          </Suspense>
        </div>
        <div className="article-html mt-8" dangerouslySetInnerHTML={{ __html: article.teaserHtml }} />
        {/* .paywall holds the members-only part for members and the wall for everyone else. */}
        <div className="paywall mt-6">
          <Suspense fallback={<p className="text-muted">Loading…</p>}>
            <ArticleAccess articleId={article.id} slug={article.slug} />
          </Suspense>
        </div>
      </article>
      {more.length > 0 && (
        <section aria-labelledby="more-heading" className="mx-auto mt-16 max-w-5xl">
          <h2 id="more-heading" className="mb-4 border-b-2 border-brand pb-1 text-sm font-bold uppercase tracking-wide">
            More
          </h2>
          <div className="grid gap-8 md:grid-cols-2">
            {more.map((other) => (
              <ArticleCard key={other.id} article={other} />
            ))}
          </div>
        </section>
      )}
    </>
  )
}
