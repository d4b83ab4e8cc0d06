import { getCachedSettings } from '@/lib/articles/cached'

export async function SiteFooter() {
  const { siteName, tagline } = await getCachedSettings()
  return (
    <footer className="mt-16 border-t border-neutral-200">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-muted">
        <p className="font-semibold text-ink">{siteName}</p>
        <p>{tagline}</p>
      </div>
    </footer>
  )
}
