import type { ReactNode } from 'react'

// The pieces every list on the desk is made of: its filter form, the count of what it found, and the table.

/** The search form above a desk list: a search box, the list's select boxes, and its button. */
export function DeskFilters({ searchLabel, q, submit, children }: { searchLabel: string; q: string; submit: string; children: ReactNode }) {
  return (
    <form role="search" className="mb-6 flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{searchLabel}</span>
        <input type="search" name="q" defaultValue={q} className="rounded border border-neutral-400 px-3 py-2" />
      </label>
      {children}
      <button type="submit" className="rounded border border-neutral-400 px-4 py-2 font-semibold hover:border-brand">
        {submit}
      </button>
    </form>
  )
}

/** A select box of a desk list's filter form, with "Any" first. */
export function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string
  name: string
  value: string | number | undefined
  options: readonly { value: string | number; label: string }[]
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <select name={name} defaultValue={value ?? ''} className="rounded border border-neutral-400 bg-white px-3 py-2">
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** "12 articles". */
export function ResultCount({ total, one, many }: { total: number; one: string; many: string }) {
  return (
    <p className="mb-2 text-sm text-muted">
      {total} {total === 1 ? one : many}
    </p>
  )
}

/** A desk list's table. A column without a name holds a row's actions, named for screen readers. */
export function DeskTable({ columns, children }: { columns: string[]; children: ReactNode }) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-neutral-300">
        <tr>
          {columns.map((column, i) => (
            <th key={column || 'actions'} className={i < columns.length - 1 ? 'py-2 pr-4' : 'py-2'}>
              {column || <span className="sr-only">Actions</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}
