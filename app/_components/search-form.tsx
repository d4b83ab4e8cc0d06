export function SearchForm({ defaultValue = '' }: { defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className="flex max-w-xl gap-2">
      <label htmlFor="search-q" className="sr-only">
        Search articles
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={2000}
        placeholder="Search articles"
        className="min-w-0 flex-1 rounded border border-neutral-400 px-3 py-2"
      />
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        Search
      </button>
    </form>
  )
}
