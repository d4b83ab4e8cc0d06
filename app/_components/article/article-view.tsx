import type { Metadata } from 'next'
import { IntentLink } from '@/app/_components/intent-link'
import { notFound } from 'next/navigation'
import { Fragment, Suspense } from 'react'
import { ArticleSection } from '@/app/_components/article-section'
import { JsonLd } from '@/app/_components/json-ld'
import { PublishedDate } from '@/app/_components/published-date'
import { getCachedArticle, getCachedLikeCount, getCachedSettings } from '@/lib/articles/cached'
import { articleJsonLd } from '@/lib/articles/structured-data'
import { articlePath, authorPath, loginPath, sectionPath, tagPath } from '@/lib/core/paths'
import { absoluteUrl, articleImageUrl, articleUrl } from '@/lib/core/urls'
import { CoverImage } from './cover-image'
import { GiftAccess } from './gift-access'
import { KindFacts, SeminarLoginLine } from './kind-details'
import { LikeButton } from './like-button'
import { LikeLine } from './like-line'
import { Paywall } from './paywall'
import { ReaderAccess } from './reader-access'
import { SeminarSeat } from './seminar-seat'
import { ShareRow } from './share-row'

/** `generateStaticParams` of the article routes: one placeholder (a 404) so no article is read at build time. */
export function articleStaticParams() {
  return [{ slug: '__placeholder' }]
}

export async function articleMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [cached, { siteName }] = await Promise.all([getCachedArticle((await params).slug), getCachedSettings()])
  if (!cached) return {}
  const { article } = cached
  const url = articleUrl(article.slug)
  const description = article.metaDescription || article.lede
  return {
    title: article.title,
    description,
    alternates: { canonical: article.canonicalUrl ?? url },
    robots: article.noindex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description,
      siteName,
      locale: article.language === 'da' ? 'da_DK' : 'en_GB',
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      authors: article.authors.map((author) => absoluteUrl(authorPath(author.slug))),
      section: article.sectionName,
      tags: article.tags.map((tag) => tag.name),
      images: [{ url: articleImageUrl(article.slug), width: 1200, height: 630, alt: article.title }],
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description,
      images: [articleImageUrl(article.slug)],
    },
  }
}

/** The like line of the static page: the public count, and a button that leads to login and back. */
async function AnonymousLikeLine({ articleId, slug }: { articleId: number; slug: string }) {
  const count = await getCachedLikeCount(articleId)
  const loginHref = loginPath(articlePath(slug))
  return <LikeButton articleId={articleId} initial={{ count, liked: false }} loginHref={loginHref} />
}

type Variant = { variant: 'anonymous' | 'reader' } | { variant: 'gift'; gift: Promise<string> }

/**
 * An article page. `anonymous` is the static page every reader without a session gets: teaser, wall and public like
 * count. `reader` is the static page every reader with a session cookie gets: it holds the same public content, with
 * holes that the browser fills from the reader's own parts (reader-parts.ts: the members-only part as decided by
 * getBodyForViewer, the like, the seminar seat). Both are built from cached public content only, and kept whole in
 * the cache. `gift` is the anonymous page opened with a gift link, rendered per request: the part decided by the
 * link's token (from the address) streams in under Suspense.
 */
export async function ArticleView({ slug, ...page }: { slug: string } & Variant) {
  const { variant } = page
  const [cached, { siteName }] = await Promise.all([getCachedArticle(slug), getCachedSettings()])
  if (!cached) notFound()
  const { article, more, seminarClosed } = cached
  return (
    <>
      <JsonLd data={articleJsonLd(article, siteName)} />
      <article lang={article.language} className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold uppercase tracking-wide">
          <IntentLink href={sectionPath(article.sectionSlug)} className="text-brand hover:underline">
            {article.sectionName}
          </IntentLink>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-4 text-xl leading-relaxed text-muted">{article.lede}</p>
        <div className="mt-6 flex flex-wrap gap-x-6 gap-y-1 text-sm" lang="en">
          <p>
            By:{' '}
            {article.authors.map((author, i) => (
              <Fragment key={author.slug}>
                {i > 0 && (i === article.authors.length - 1 ? ' and ' : ', ')}
                <IntentLink href={authorPath(author.slug)} className="font-semibold hover:text-brand hover:underline">
                  {author.name}
                </IntentLink>
              </Fragment>
            ))}
          </p>
          <p>
            Published: <PublishedDate date={article.publishedAt} />
          </p>
        </div>
        <KindFacts details={article.details} slug={article.slug} past={seminarClosed} />
        {article.details.kind === 'seminar' &&
          !seminarClosed &&
          (variant === 'reader' ? <SeminarSeat articleId={article.id} slug={article.slug} /> : <SeminarLoginLine slug={article.slug} />)}
        <div className="mt-4 flex flex-col gap-3 border-y border-neutral-200 py-3" lang="en">
          <ShareRow title={article.title} url={articleUrl(article.slug)} giftArticleId={variant === 'reader' ? article.id : undefined} />
          {variant === 'reader' ? (
            <LikeLine articleId={article.id} loginHref={loginPath(articlePath(article.slug))} />
          ) : (
            <AnonymousLikeLine articleId={article.id} slug={article.slug} />
          )}
        </div>
        {article.coverImagePath && (
          <CoverImage path={article.coverImagePath} alt={article.coverImageAlt ?? ''} className="mt-6" />
        )}
        <div className="article-html mt-8" dangerouslySetInnerHTML={{ __html: article.teaserHtml }} />
        {article.walled && (
          // .paywall holds the members-only part for members and the wall for everyone else (see the JSON-LD).
          <div className="paywall mt-6">
            {page.variant === 'gift' ? (
              <Suspense fallback={<p className="text-muted">Loading…</p>}>
                <GiftAccess articleId={article.id} slug={article.slug} title={article.title} gift={page.gift} />
              </Suspense>
            ) : variant === 'reader' ? (
              <ReaderAccess
                title={article.title}
                pdfHref={`${articlePath(article.slug)}/pdf`}
                wall={<Paywall articleId={article.id} returnTo={articlePath(article.slug)} />}
              />
            ) : (
              <Paywall articleId={article.id} returnTo={articlePath(article.slug)} />
            )}
          </div>
        )}
        {article.tags.length > 0 && (
          <ul aria-label="Tags" className="mt-8 flex flex-wrap gap-2 text-sm" lang="en">
            {article.tags.map((tag) => (
              <li key={tag.id}>
                <IntentLink href={tagPath(tag.slug)} className="rounded-full border border-neutral-300 px-3 py-1 hover:border-brand">
                  {tag.name}
                </IntentLink>
              </li>
            ))}
          </ul>
        )}
      </article>
      {more.length > 0 && (
        <ArticleSection id="more-heading" title="More" articles={more} className="mx-auto mt-16 max-w-5xl" />
      )}
    </>
  )
}
