import type { DailySignups } from '@/lib/desk/conversion'
import { ChartFrame, chartSize } from '../chart-frame'

const { width, height, pad } = chartSize
const colours = ['#9d1d2c', '#1d4e9d', '#2f7d32', '#b26a00', '#6a3d9a', '#565656']
/** The sources drawn by name; the rest are added up as "other". */
const named = colours.length - 1

/** Sign-ups per day, stacked by source, drawn on the server. */
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
  const legend = (
    <>
      {shown.map((source, s) => (
        <span key={source}>
          <span aria-hidden className="mr-1 inline-block h-3 w-3 align-middle" style={{ background: colours[s] }} /> {source}
        </span>
      ))}
      {shown.length === 0 && <span>No sign-ups in this period.</span>}
    </>
  )
  return (
    <ChartFrame
      title="Sign-ups per day by source"
      id="signups-chart-title"
      maxLabel={`max ${max} a day`}
      legend={legend}
      columns={shown}
      rows={daily.map((point) => ({ day: point.day, values: shown.map((source) => valueOf(point, source)) }))}
    >
      {daily.map((point, i) => {
        let top = height - pad
        return shown.map((source, s) => {
          const h = barHeight(valueOf(point, source))
          if (h === 0) return null
          top -= h
          return <rect key={`${point.day}-${source}`} x={pad + i * slot + slot * 0.1} y={top} width={slot * 0.8} height={h} fill={colours[s]} />
        })
      })}
    </ChartFrame>
  )
}
