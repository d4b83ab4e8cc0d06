import type { DailySignups } from '@/lib/desk/conversion'

const width = 640
const height = 180
const pad = 28
const colours = ['#9d1d2c', '#1d4e9d', '#2f7d32', '#b26a00', '#6a3d9a', '#565656']
/** The sources drawn by name; the rest are added up as "other". */
const named = colours.length - 1

/** Sign-ups per day, stacked by source, drawn on the server; the numbers are also in a table below it. */
export function SignupsChart({ daily }: { daily: DailySignups[] }) {
  const totals = new Map<string, number>()
  for (const point of daily) for (const [source, n] of Object.entries(point.sources)) totals.set(source, (totals.get(source) ?? 0) + n)
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([source]) => source)
  const shown = ranked.length > named + 1 ? [...ranked.slice(0, named), 'other'] : ranked
  const valueOf = (point: DailySignups, source: string) =>
    source === 'other' ? ranked.slice(named).reduce((total, name) => total + (point.sources[name] ?? 0), 0) : (point.sources[source] ?? 0)
  const max = Math.max(1, ...daily.map((point) => Object.values(point.sources).reduce((a, b) => a + b, 0)))
  const slot = (width - 2 * pad) / daily.length
  const barHeight = (n: number) => (n * (height - 2 * pad)) / max
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="signups-chart-title" className="w-full max-w-3xl">
        <title id="signups-chart-title">Sign-ups per day by source</title>
        <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} stroke="#999" />
        <text x={pad} y={pad - 10} fontSize="11" fill="#565656">
          max {max} a day
        </text>
        {daily.map((point, i) => {
          let top = height - pad
          return shown.map((source, s) => {
            const h = barHeight(valueOf(point, source))
            if (h === 0) return null
            top -= h
            return <rect key={`${point.day}-${source}`} x={pad + i * slot + slot * 0.1} y={top} width={slot * 0.8} height={h} fill={colours[s]} />
          })
        })}
        <text x={pad} y={height - 8} fontSize="11" fill="#565656">
          {daily[0]?.day}
        </text>
        <text x={width - pad} y={height - 8} fontSize="11" fill="#565656" textAnchor="end">
          {daily.at(-1)?.day}
        </text>
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {shown.map((source, s) => (
          <span key={source}>
            <span aria-hidden className="mr-1 inline-block h-3 w-3 align-middle" style={{ background: colours[s] }} /> {source}
          </span>
        ))}
        {shown.length === 0 && <span>No sign-ups in this period.</span>}
        <span className="text-muted">Days in UTC.</span>
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">The numbers</summary>
        <table className="mt-2 text-left">
          <thead>
            <tr>
              <th className="pr-4">Day</th>
              {shown.map((source) => (
                <th key={source} className="pr-4">
                  {source}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {daily.map((point) => (
              <tr key={point.day}>
                <td className="pr-4">{point.day}</td>
                {shown.map((source) => (
                  <td key={source} className="pr-4">
                    {valueOf(point, source)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
