import type { Metadata } from 'next'
import { ArticleCard } from '@/app/_components/article-card'
import { getCachedHome, getCachedSettings } from '@/lib/public-content'

export async function homeMetadata(): Promise<Metadata> {
  const { siteName, tagline } = await getCachedSettings()
  return {
    alternates: { canonical: '/' },
    openGraph: { type: 'website', url: '/', title: siteName, description: tagline },
  }
}

/** The front page: the same for every reader (the static page and the member variant differ only in chrome). */
export async function HomeView() {
  const [{ siteName, tagline }, { featured, latest }] = await Promise.all([getCachedSettings(), getCachedHome()])
  return (
    <>
      <h1 className="sr-only">{siteName}</h1>
      {tagline && <p className="mb-8 max-w-2xl text-lg text-muted">{tagline}</p>}
      {featured.length > 0 && (
        <section aria-labelledby="featured-heading" className="mb-12">
          <h2 id="featured-heading" className="mb-4 border-b-2 border-brand pb-1 text-sm font-bold uppercase tracking-wide">
            Featured
          </h2>
          <div className="grid gap-8 md:grid-cols-3">
            {featured.map((article) => (
              <ArticleCard key={article.id} article={article} />
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-4 border-b-2 border-brand pb-1 text-sm font-bold uppercase tracking-wide">
          Latest
        </h2>
        {latest.length === 0 ? (
          <p className="text-muted">Nothing has been published yet.</p>
        ) : (
          <div className="grid gap-8 md:grid-cols-2">
            {latest.map((article) => (
              <ArticleCard key={article.id} article={article} />
            ))}
          </div>
        )}
      </section>
    </>
  )
}
