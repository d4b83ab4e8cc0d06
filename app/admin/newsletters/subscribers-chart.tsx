import { ChartFrame, chartSize } from '../chart-frame'

const { width, height, pad } = chartSize

/** Members who get the newsletter at the end of each day, as a line drawn on the server. */
export function SubscribersChart({ points }: { points: { day: string; subscribers: number }[] }) {
  const max = Math.max(1, ...points.map((point) => point.subscribers))
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, points.length - 1)
  const y = (value: number) => height - pad - (value * (height - 2 * pad)) / max
  return (
    <ChartFrame
      title="Subscribers at the end of each day, last 90 days"
      id="subscribers-chart-title"
      maxLabel={`max ${max.toLocaleString('en')}`}
      legend={
        <span>
          <span aria-hidden className="mr-1 inline-block h-0.5 w-6 bg-[#9d1d2c] align-middle" /> Subscribers
        </span>
      }
      columns={['Subscribers']}
      rows={points.map((point) => ({ day: point.day, values: [point.subscribers] }))}
    >
      <polyline points={points.map((point, i) => `${x(i)},${y(point.subscribers)}`).join(' ')} fill="none" stroke="#9d1d2c" strokeWidth="2" />
    </ChartFrame>
  )
}
