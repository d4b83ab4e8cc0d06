import type { ArticleSummary } from '@/lib/articles/queries'
import { ArticleCard } from './article-card'

/** A titled block of article cards (Featured, Latest, More). */
export function ArticleSection({
  id,
  title,
  articles,
  columns = 2,
  className,
}: {
  id: string
  title: string
  articles: ArticleSummary[]
  columns?: 2 | 3
  className?: string
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-4 border-b-2 border-brand pb-1 text-sm font-bold uppercase tracking-wide">
        {title}
      </h2>
      <div className={`grid gap-8 ${columns === 3 ? 'md:grid-cols-3' : 'md:grid-cols-2'}`}>
        {articles.map((article) => (
          <ArticleCard key={article.id} article={article} />
        ))}
      </div>
    </section>
  )
}
