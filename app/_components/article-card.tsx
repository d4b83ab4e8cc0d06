import Link from 'next/link'
import type { ArticleSummary } from '@/lib/articles/queries'
import { PublishedDate } from './published-date'
import { articlePath } from '@/lib/core/paths'

export function ArticleCard({ article, headingLevel = 3 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article lang={article.language} className="flex flex-col gap-2">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand">{article.sectionName}</p>
      <Heading className="font-serif text-xl font-bold leading-snug">
        <Link href={articlePath(article.slug)} className="hover:text-brand">
          {article.title}
        </Link>
      </Heading>
      <p className="text-muted">{article.lede}</p>
      <p className="text-sm text-muted">
        By {article.authorName} · <PublishedDate date={article.publishedAt} />
      </p>
    </article>
  )
}
