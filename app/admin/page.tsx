import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getDashboard } from '@/lib/desk/dashboard'
import { formatDate } from '@/lib/core/dates'
import { hasRole, required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { getSettings } from '@/lib/core/settings'
import { articlePath } from '@/lib/core/paths'
import { DailyChart } from './daily-chart'

export const metadata: Metadata = { title: 'Dashboard' }

function Figure({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <div className="rounded border border-neutral-200 p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-3xl font-bold">{value}</dd>
      {detail && <dd className="text-sm text-muted">{detail}</dd>}
    </div>
  )
}

export default async function DashboardPage() {
  const viewer = await requireRole(required.desk, '/admin')
  // Authors have no numbers to look at; their desk starts at their articles.
  if (!hasRole(viewer.role, required.dashboard)) redirect('/admin/articles')
  const dashboard = getDashboard(viewer)
  const { dateFormat } = getSettings()
  const byStatus = Object.fromEntries(dashboard.articlesByStatus.map((row) => [row.status, row.n]))
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Dashboard</h1>
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Figure label="Members" value={dashboard.members.total} detail={`+${dashboard.members.last7} in 7 days, +${dashboard.members.last30} in 30`} />
        <Figure label="Likes, last 7 days" value={dashboard.likes.last7} />
        <Figure label="Likes, last 30 days" value={dashboard.likes.last30} />
        <Figure
          label="Articles published"
          value={byStatus.published ?? 0}
          detail={`${byStatus.scheduled ?? 0} scheduled, ${byStatus.draft ?? 0} drafts, ${byStatus.archived ?? 0} archived`}
        />
      </dl>
      <section aria-labelledby="activity-heading" className="mt-10">
        <h2 id="activity-heading" className="mb-3 text-xl font-bold">
          Last 30 days
        </h2>
        <DailyChart points={dashboard.daily} />
      </section>
      <div className="mt-10 grid gap-10 md:grid-cols-2">
        <section aria-labelledby="top-heading">
          <h2 id="top-heading" className="mb-3 text-xl font-bold">
            Most liked
          </h2>
          <ol className="list-decimal pl-5">
            {dashboard.topLiked.map((article) => (
              <li key={article.id}>
                <Link href={articlePath(article.slug)} className="hover:text-brand hover:underline">
                  {article.title}
                </Link>{' '}
                <span className="text-muted">({article.likes})</span>
              </li>
            ))}
          </ol>
          {dashboard.topLiked.length === 0 && <p>No likes yet.</p>}
        </section>
        <section aria-labelledby="newest-heading">
          <h2 id="newest-heading" className="mb-3 text-xl font-bold">
            Newest members
          </h2>
          <ul>
            {dashboard.newestMembers.map((member) => (
              <li key={member.id}>
                {member.name} <span className="text-muted">· {formatDate(member.createdAt, dateFormat)}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  )
}
