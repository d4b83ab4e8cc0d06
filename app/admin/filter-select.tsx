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
