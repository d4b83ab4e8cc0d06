import 'server-only'
import { asc, eq } from 'drizzle-orm'
import { db } from '@/db/client'
import { articles, newsletterIssueArticles, seminars } from '@/db/schema'
import { formatEventTime } from '@/lib/core/dates'
import { getMailConfig } from '@/lib/core/env'
import { escapeHtml, type BulkMail } from '@/lib/core/mail'
import { getSettings } from '@/lib/core/settings'
import { absoluteUrl, articleUrl } from '@/lib/core/urls'
import { unsubscribeUrl } from './unsubscribe-token'

// An issue as a member receives it: the introduction, then each article's title, lede and teaser with a link to
// the article on the site (where a member reads on), in HTML and plain text, and the unsubscribe link and headers.
// Only the teaser: the members-only part never leaves the site.

/** What every recipient's copy of an issue shares, read once per issue. */
export function loadIssueContent(issue: { id: number; subject: string; intro: string }) {
  const items = db
    .select({
      slug: articles.slug,
      title: articles.title,
      lede: articles.lede,
      teaserHtml: articles.teaserHtml,
      teaserText: articles.teaserText,
      startsAt: seminars.startsAt,
      durationMinutes: seminars.durationMinutes,
      venue: seminars.venue,
    })
    .from(newsletterIssueArticles)
    .innerJoin(articles, eq(articles.id, newsletterIssueArticles.articleId))
    .leftJoin(seminars, eq(seminars.articleId, articles.id))
    .where(eq(newsletterIssueArticles.issueId, issue.id))
    .orderBy(asc(newsletterIssueArticles.position))
    .all()
  const { siteName, newsletterFrom } = getSettings()
  const address = newsletterFrom || addressOf(getMailConfig().from)
  return { ...issue, items, siteName, from: `"${siteName.replace(/["\\]/g, '')}" <${address}>` }
}

export type IssueContent = ReturnType<typeof loadIssueContent>

/** The address part of `Name <address>` (or the whole, when it is a bare address). */
function addressOf(from: string) {
  return /<([^>]+)>\s*$/.exec(from)?.[1] ?? from.trim()
}

/** The article's address with where the visit came from, for the desk's funnel. */
function trackedUrl(slug: string, issueId: number) {
  return `${articleUrl(slug)}?utm_source=newsletter&utm_medium=email&utm_campaign=issue-${issueId}`
}

/** Links and images in a teaser point at the site, wherever the mail is read. */
const absoluteLinks = (html: string) => html.replace(/(src|href)="\//g, `$1="${absoluteUrl('/')}`)

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean)

export function composeIssueMail(content: IssueContent, member: { id: number; email: string }, subjectPrefix = ''): BulkMail {
  const unsubscribe = unsubscribeUrl({ userId: member.id, issueId: content.id })
  const account = absoluteUrl('/account#newsletter-heading')
  const when = (item: IssueContent['items'][number]) =>
    item.startsAt && item.durationMinutes !== null ? `${formatEventTime(item.startsAt, item.durationMinutes)}${item.venue ? `, ${item.venue}` : ''}` : null

  const text = [
    ...paragraphs(content.intro),
    ...content.items.map((item) =>
      [item.title, when(item), item.lede, item.teaserText, `Read on: ${trackedUrl(item.slug, content.id)}`].filter(Boolean).join('\n\n'),
    ),
    `You get this newsletter from ${content.siteName} because you asked for it.\nUnsubscribe: ${unsubscribe}\nChoose what you get: ${account}`,
  ].join('\n\n----\n\n')

  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f6f5f2;color:#1a1a1a;font-family:Georgia,serif;line-height:1.5">
<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff">
<p style="font-size:14px;font-weight:bold;color:#9d1d2c;margin:0 0 16px">${escapeHtml(content.siteName)}</p>
${paragraphs(content.intro).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
${content.items
  .map((item) => {
    const url = escapeHtml(trackedUrl(item.slug, content.id))
    const time = when(item)
    return `<hr style="border:0;border-top:1px solid #dddddd;margin:24px 0">
<h2 style="font-size:22px;margin:0 0 8px"><a href="${url}" style="color:#1a1a1a">${escapeHtml(item.title)}</a></h2>
${time ? `<p style="font-weight:bold;margin:0 0 8px">${escapeHtml(time)}</p>` : ''}
<p style="font-size:18px;margin:0 0 12px">${escapeHtml(item.lede)}</p>
<div>${absoluteLinks(item.teaserHtml)}</div>
<p><a href="${url}" style="color:#9d1d2c;font-weight:bold">Read on at ${escapeHtml(content.siteName)}</a></p>`
  })
  .join('\n')}
<hr style="border:0;border-top:1px solid #dddddd;margin:24px 0">
<p style="font-size:13px;color:#555555">You get this newsletter from ${escapeHtml(content.siteName)} because you asked for it.
<a href="${escapeHtml(unsubscribe)}" style="color:#555555">Unsubscribe</a> ·
<a href="${escapeHtml(account)}" style="color:#555555">Choose what you get</a></p>
</div></body></html>`

  return {
    to: member.email,
    from: content.from,
    subject: `${subjectPrefix}${content.subject}`,
    text,
    html,
    // RFC 8058: mail programs show an unsubscribe button that POSTs to the link, without opening it.
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}
