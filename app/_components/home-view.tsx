import type { Metadata } from 'next'
import { ArticleSection } from '@/app/_components/article-section'
import { getCachedHome, getCachedSettings } from '@/lib/articles/cached'

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
        <ArticleSection id="featured-heading" title="Featured" articles={featured} columns={3} className="mb-12" />
      )}
      {latest.length === 0 ? (
        <p className="text-muted">Nothing has been published yet.</p>
      ) : (
        <ArticleSection id="latest-heading" title="Latest" articles={latest} />
      )}
    </>
  )
}
