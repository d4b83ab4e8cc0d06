import 'server-only'
import { and, count, eq, gte, inArray, isNotNull, sql, type SQL } from 'drizzle-orm'
import { db } from '@/db/client'
import { articleEvents, articles, giftLinks, sections, signupAttributions } from '@/db/schema'
import { lastUtcDays } from '@/lib/core/dates'
import { assertRole, required } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/session'
import type { ArticleFunnel, ConversionPeriod, SectionFunnel } from './conversion-report'

// The desk's conversion funnel: walls seen and gift links opened (counted per article and day by the beacons),
// and sign-ups by where they came from (signup_attributions). Days are UTC, as the counters are.

const dayMs = 24 * 60 * 60 * 1000

/** The period's first day (YYYY-MM-DD) and its start: the last `days` days, today included. */
function periodStart(days: number, now: Date) {
  const firstDay = new Date(now.getTime() - (days - 1) * dayMs).toISOString().slice(0, 10)
  return { firstDay, since: new Date(`${firstDay}T00:00:00Z`) }
}

const sum = (rows: { key: number; n: number }[]) => new Map(rows.map((row) => [row.key, Number(row.n)]))

/** The funnel of every article with any figure in the period (or of `articleId` alone). */
function articleFunnels(days: number, now: Date, articleId?: number): ArticleFunnel[] {
  const { firstDay, since } = periodStart(days, now)
  const only = (column: SQL) => (articleId === undefined ? undefined : eq(column, articleId))
  const events = (kind: 'wall-impression' | 'gift-open') =>
    sum(
      db
        .select({ key: articleEvents.articleId, n: sql<number>`sum(${articleEvents.count})` })
        .from(articleEvents)
        .where(and(eq(articleEvents.kind, kind), gte(articleEvents.day, firstDay), only(sql`${articleEvents.articleId}`)))
        .groupBy(articleEvents.articleId)
        .all(),
    )
  const impressions = events('wall-impression')
  const giftOpens = events('gift-open')
  const signups = sum(
    db
      .select({ key: sql<number>`${signupAttributions.articleId}`, n: count() })
      .from(signupAttributions)
      .where(and(isNotNull(signupAttributions.articleId), gte(signupAttributions.createdAt, since), only(sql`${signupAttributions.articleId}`)))
      .groupBy(signupAttributions.articleId)
      .all(),
  )
  const giftSignups = sum(
    db
      .select({ key: giftLinks.articleId, n: count() })
      .from(signupAttributions)
      .innerJoin(giftLinks, eq(giftLinks.id, signupAttributions.giftLinkId))
      .where(and(gte(signupAttributions.createdAt, since), only(sql`${giftLinks.articleId}`)))
      .groupBy(giftLinks.articleId)
      .all(),
  )
  const ids = [...new Set([...impressions.keys(), ...giftOpens.keys(), ...signups.keys(), ...giftSignups.keys()])]
  if (ids.length === 0) return []
  return db
    .select({ id: articles.id, title: articles.title, slug: articles.slug, section: sections.name })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(inArray(articles.id, ids))
    .all()
    .map((article) => ({
      ...article,
      impressions: impressions.get(article.id) ?? 0,
      signups: signups.get(article.id) ?? 0,
      giftOpens: giftOpens.get(article.id) ?? 0,
      giftSignups: giftSignups.get(article.id) ?? 0,
    }))
}

function bySection(rows: ArticleFunnel[]): SectionFunnel[] {
  const totals = new Map<string, SectionFunnel>()
  for (const row of rows) {
    const total = totals.get(row.section) ?? { section: row.section, impressions: 0, signups: 0, giftOpens: 0, giftSignups: 0 }
    total.impressions += row.impressions
    total.signups += row.signups
    total.giftOpens += row.giftOpens
    total.giftSignups += row.giftSignups
    totals.set(row.section, total)
  }
  return [...totals.values()]
}

/** Where a sign-up came from, in one word for the chart: a gift link, the UTM source, the referring host, or none. */
const sourceSql = sql<string>`case when ${signupAttributions.giftLinkId} is not null then 'gift link'
  else coalesce(${signupAttributions.utmSource}, ${signupAttributions.referrerHost}, 'direct') end`

export type DailySignups = { day: string; sources: Record<string, number> }

/** The whole report of /admin/conversion, for editors and admins. */
export function getConversionReport(viewer: Viewer, days: ConversionPeriod, now = new Date()) {
  assertRole(viewer, required.conversion)
  const { since } = periodStart(days, now)
  const inPeriod = gte(signupAttributions.createdAt, since)
  const articleRows = articleFunnels(days, now)
  const referrers = db
    .select({ host: signupAttributions.referrerHost, signups: count() })
    .from(signupAttributions)
    .where(inPeriod)
    .groupBy(signupAttributions.referrerHost)
    .all()
  const campaigns = db
    .select({ source: signupAttributions.utmSource, medium: signupAttributions.utmMedium, campaign: signupAttributions.utmCampaign, signups: count() })
    .from(signupAttributions)
    .where(inPeriod)
    .groupBy(signupAttributions.utmSource, signupAttributions.utmMedium, signupAttributions.utmCampaign)
    .all()
  const day = sql<string>`date(${signupAttributions.createdAt}, 'unixepoch')`
  const perDay = db.select({ day, source: sourceSql, n: count() }).from(signupAttributions).where(inPeriod).groupBy(day, sourceSql).all()
  const daily = lastUtcDays(days, now).map((date): DailySignups => ({
    day: date,
    sources: Object.fromEntries(perDay.filter((row) => row.day === date).map((row) => [row.source, row.n])),
  }))
  return {
    signups: referrers.reduce((total, row) => total + row.signups, 0),
    articles: articleRows,
    sections: bySection(articleRows),
    referrers: referrers.sort((a, b) => b.signups - a.signups),
    campaigns: campaigns.sort((a, b) => b.signups - a.signups),
    daily,
  }
}

/** One article's funnel over the last `days` days, for its editor (zeros when nothing was counted). */
export function getArticleFunnel(viewer: Viewer, articleId: number, days: ConversionPeriod = 30, now = new Date()) {
  assertRole(viewer, required.conversion)
  const [row] = articleFunnels(days, now, articleId)
  return row ?? { impressions: 0, signups: 0, giftOpens: 0, giftSignups: 0 }
}
