import { IntentLink } from '@/app/_components/intent-link'
import type { ReactNode } from 'react'
import type { ArticleSummary } from '@/lib/articles/queries'
import { articlePath } from '@/lib/core/paths'
import { PublishedDate } from './published-date'

type CardArticle = Pick<ArticleSummary, 'slug' | 'title' | 'lede' | 'language' | 'sectionName' | 'authorName' | 'publishedAt'>

/** An article in a list: section, title, the lede (or `children`, such as a search snippet), byline and date. */
export function ArticleCard({ article, headingLevel = 3, children }: { article: CardArticle; headingLevel?: 2 | 3; children?: ReactNode }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article lang={article.language} className="flex flex-col gap-2">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand">{article.sectionName}</p>
      <Heading className="font-serif text-xl font-bold leading-snug">
        <IntentLink href={articlePath(article.slug)} className="hover:text-brand">
          {article.title}
        </IntentLink>
      </Heading>
      {children ?? <p className="text-muted">{article.lede}</p>}
      <p className="text-sm text-muted">
        By {article.authorName} · <PublishedDate date={article.publishedAt} />
      </p>
    </article>
  )
}
