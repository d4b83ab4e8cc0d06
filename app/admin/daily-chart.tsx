import type { DailyPoint } from '@/lib/desk/dashboard'
import { ChartFrame, chartSize } from './chart-frame'

const { width, height, pad } = chartSize

/** Sign-ups and likes per day as two lines, drawn on the server. */
export function DailyChart({ points }: { points: DailyPoint[] }) {
  const max = Math.max(1, ...points.flatMap((point) => [point.signups, point.likes]))
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, points.length - 1)
  const y = (value: number) => height - pad - (value * (height - 2 * pad)) / max
  const line = (key: 'signups' | 'likes') => points.map((point, i) => `${x(i)},${y(point[key])}`).join(' ')
  const legend = (
    <>
      <span>
        <span aria-hidden className="mr-1 inline-block h-0.5 w-6 bg-[#9d1d2c] align-middle" /> Likes
      </span>
      <span>
        <span aria-hidden className="mr-1 inline-block h-0.5 w-6 border-t-2 border-dashed border-[#1d4e9d] align-middle" /> Sign-ups
      </span>
    </>
  )
  return (
    <ChartFrame
      title="Sign-ups and likes per day, last 30 days"
      id="chart-title"
      maxLabel={`max ${max}`}
      legend={legend}
      columns={['Sign-ups', 'Likes']}
      rows={points.map((point) => ({ day: point.day, values: [point.signups, point.likes] }))}
    >
      <polyline points={line('likes')} fill="none" stroke="#9d1d2c" strokeWidth="2" />
      <polyline points={line('signups')} fill="none" stroke="#1d4e9d" strokeWidth="2" strokeDasharray="5 3" />
    </ChartFrame>
  )
}
