import { IntentLink } from '@/app/_components/intent-link'

/** Previous/next links with stable URLs: page 1 is the bare path, later pages add ?page=N (plus any `query`). */
export function Pagination({
  path,
  page,
  pageCount,
  query = {},
}: {
  path: string
  page: number
  pageCount: number
  query?: Record<string, string>
}) {
  if (pageCount <= 1) return null
  const href = (target: number) => {
    const params = new URLSearchParams({ ...query, ...(target > 1 && { page: String(target) }) })
    const search = params.toString()
    return search ? `${path}?${search}` : path
  }
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between border-t border-neutral-200 pt-4">
      {page > 1 ? (
        <IntentLink href={href(page - 1)} rel="prev" className="font-semibold text-brand underline">
          ← Newer
        </IntentLink>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <IntentLink href={href(page + 1)} rel="next" className="font-semibold text-brand underline">
          Older →
        </IntentLink>
      ) : (
        <span />
      )}
    </nav>
  )
}
