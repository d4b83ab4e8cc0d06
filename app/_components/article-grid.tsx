import type { ArticleSummary } from '@/lib/articles/queries'
import { ArticleCard } from './article-card'

export function ArticleGrid({
  articles,
  empty,
  headingLevel = 3,
}: {
  articles: ArticleSummary[]
  empty: string
  headingLevel?: 2 | 3
}) {
  if (articles.length === 0) return <p className="text-muted">{empty}</p>
  return (
    <div className="grid gap-8 md:grid-cols-2">
      {articles.map((article) => (
        <ArticleCard key={article.id} article={article} headingLevel={headingLevel} />
      ))}
    </div>
  )
}
