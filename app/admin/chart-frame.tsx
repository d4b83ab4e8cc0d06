import type { ReactNode } from 'react'

export const chartSize = { width: 640, height: 180, pad: 28 }
const { width, height, pad } = chartSize

/**
 * A chart of days drawn on the server: its frame (the base line, the largest value, the first and last day), the
 * shapes `children` draws inside it, a legend, and the same numbers as a table for those who do not read charts.
 */
export function ChartFrame({
  title,
  id,
  maxLabel,
  legend,
  columns,
  rows,
  children,
}: {
  title: string
  id: string
  maxLabel: string
  legend: ReactNode
  columns: string[]
  rows: { day: string; values: number[] }[]
  children: ReactNode
}) {
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={id} className="w-full max-w-3xl">
        <title id={id}>{title}</title>
        <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} stroke="#999" />
        <text x={pad} y={pad - 10} fontSize="11" fill="#565656">
          {maxLabel}
        </text>
        {children}
        <text x={pad} y={height - 8} fontSize="11" fill="#565656">
          {rows[0]?.day}
        </text>
        <text x={width - pad} y={height - 8} fontSize="11" fill="#565656" textAnchor="end">
          {rows.at(-1)?.day}
        </text>
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {legend}
        <span className="text-muted">Days in UTC.</span>
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">The numbers</summary>
        <table className="mt-2 text-left">
          <thead>
            <tr>
              {['Day', ...columns].map((column) => (
                <th key={column} className="pr-4">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.day}>
                <td className="pr-4">{row.day}</td>
                {row.values.map((value, i) => (
                  <td key={columns[i]} className="pr-4">
                    {value}
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
