import { IntentLink } from '@/app/_components/intent-link'
import { ArticleCard } from '@/app/_components/article-card'
import { SearchForm } from '@/app/_components/search-form'
import { SiteChrome } from '@/app/_components/site-chrome'
import { getCachedLatest } from '@/lib/articles/cached'

// Static chrome: any request-time read here would make every route a partial prerender. The header asks the
// browser who is signed in instead (SessionMenu).
export default async function NotFound() {
  const latest = await getCachedLatest(4)
  return (
    <SiteChrome variant="unknown">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-2 text-muted">
        We could not find that page. It may have moved, or the link may be mistyped.{' '}
        <IntentLink href="/" className="font-semibold text-brand underline">
          Go to the front page
        </IntentLink>
        .
      </p>
      <div className="mt-6">
        <SearchForm />
      </div>
      {latest.length > 0 && (
        <section aria-labelledby="latest-heading" className="mt-10">
          <h2 id="latest-heading" className="mb-4 text-sm font-bold uppercase tracking-wide">
            Latest articles
          </h2>
          <div className="grid gap-8 md:grid-cols-2">
            {latest.map((article) => (
              <ArticleCard key={article.id} article={article} />
            ))}
          </div>
        </section>
      )}
    </SiteChrome>
  )
}
