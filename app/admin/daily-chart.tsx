import type { DailyPoint } from '@/lib/desk/dashboard'

const width = 600
const height = 160
const pad = 24

/** Sign-ups and likes per day as two lines, drawn on the server; the numbers are also in a table below it. */
export function DailyChart({ points }: { points: DailyPoint[] }) {
  const max = Math.max(1, ...points.flatMap((point) => [point.signups, point.likes]))
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, points.length - 1)
  const y = (value: number) => height - pad - (value * (height - 2 * pad)) / max
  const line = (key: 'signups' | 'likes') => points.map((point, i) => `${x(i)},${y(point[key])}`).join(' ')
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title" className="w-full max-w-2xl">
        <title id="chart-title">Sign-ups and likes per day, last 30 days</title>
        <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} stroke="#999" />
        <text x={pad} y={pad - 8} fontSize="11" fill="#565656">
          max {max}
        </text>
        <polyline points={line('likes')} fill="none" stroke="#9d1d2c" strokeWidth="2" />
        <polyline points={line('signups')} fill="none" stroke="#1d4e9d" strokeWidth="2" strokeDasharray="5 3" />
        <text x={pad} y={height - 6} fontSize="11" fill="#565656">
          {points[0]?.day}
        </text>
        <text x={width - pad} y={height - 6} fontSize="11" fill="#565656" textAnchor="end">
          {points.at(-1)?.day}
        </text>
      </svg>
      <figcaption className="mt-2 flex gap-6 text-sm">
        <span>
          <span aria-hidden className="mr-1 inline-block h-0.5 w-6 bg-[#9d1d2c] align-middle" /> Likes
        </span>
        <span>
          <span aria-hidden className="mr-1 inline-block h-0.5 w-6 border-t-2 border-dashed border-[#1d4e9d] align-middle" /> Sign-ups
        </span>
        <span className="text-muted">Days in UTC.</span>
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">The numbers</summary>
        <table className="mt-2 text-left">
          <thead>
            <tr>
              <th className="pr-4">Day</th>
              <th className="pr-4">Sign-ups</th>
              <th>Likes</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.day}>
                <td className="pr-4">{point.day}</td>
                <td className="pr-4">{point.signups}</td>
                <td>{point.likes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
