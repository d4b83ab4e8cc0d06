import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'
import { ArticleCard } from '@/app/_components/article-card'
import { JsonLd } from '@/app/_components/json-ld'
import { PublishedDate } from '@/app/_components/published-date'
import { getArticleBySlug, listMoreArticles } from '@/lib/articles'
import { absoluteUrl, articleImageUrl, articleJsonLd, articleUrl, authorPath, sectionPath, tagPath } from '@/lib/seo'
import { getSettings } from '@/lib/settings'
import { ArticleAccess } from './article-access'
import { LikeLine } from './like-line'
import { ShareRow } from './share-row'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticleBySlug((await params).slug)
  if (!article) return {}
  const url = articleUrl(article.slug)
  return {
    title: article.title,
    description: article.lede,
    alternates: { canonical: url },
    robots: article.noindex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description: article.lede,
      siteName: getSettings().siteName,
      locale: article.language === 'da' ? 'da_DK' : 'en_GB',
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      authors: [absoluteUrl(authorPath(article.authorSlug))],
      section: article.categoryName,
      tags: article.tags.map((tag) => tag.name),
      images: [{ url: articleImageUrl(article.slug), width: 1200, height: 630, alt: article.title }],
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description: article.lede,
      images: [articleImageUrl(article.slug)],
    },
  }
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticleBySlug((await params).slug)
  if (!article) notFound()
  const more = listMoreArticles(article)
  return (
    <>
      <JsonLd data={articleJsonLd(article, getSettings().siteName)} />
      <article lang={article.language} className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold uppercase tracking-wide">
          <Link href={sectionPath(article.categorySlug)} className="text-brand hover:underline">
            {article.categoryName}
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-4 text-xl leading-relaxed text-muted">{article.lede}</p>
        <div className="mt-6 flex flex-wrap gap-x-6 gap-y-1 text-sm" lang="en">
          <p>
            By:{' '}
            <Link href={authorPath(article.authorSlug)} className="font-semibold hover:text-brand hover:underline">
              {article.authorName}
            </Link>
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
        {article.walled && (
          // .paywall holds the members-only part for members and the wall for everyone else (see the JSON-LD).
          <div className="paywall mt-6">
            <Suspense fallback={<p className="text-muted">Loading…</p>}>
              <ArticleAccess articleId={article.id} slug={article.slug} />
            </Suspense>
          </div>
        )}
        {article.tags.length > 0 && (
          <ul aria-label="Tags" className="mt-8 flex flex-wrap gap-2 text-sm" lang="en">
            {article.tags.map((tag) => (
              <li key={tag.id}>
                <Link href={tagPath(tag.slug)} className="rounded-full border border-neutral-300 px-3 py-1 hover:border-brand">
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
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
