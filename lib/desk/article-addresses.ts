import 'server-only'
import { eq } from 'drizzle-orm'
import type { Tx } from '@/db/client'
import { articleRedirects, articles } from '@/db/schema'
import { isSlug, maxSlugLength } from '@/lib/core/slugs'

// An article's address, in its save's transaction. A slug is held by the article live at it, or by the article it
// is an old address of (article_redirects: readers and search engines that knew it are sent on). A new slug may
// take another article's old address only when the editor confirms it, since that ends the redirect.

/** The other article that holds `slug`, live or as an old address, or null. */
function holderOf(tx: Tx, slug: string, ownId: number | null) {
  const live = tx.select({ id: articles.id, title: articles.title }).from(articles).where(eq(articles.slug, slug)).get()
  if (live && live.id !== ownId) return { title: live.title, live: true }
  const old = tx
    .select({ id: articles.id, title: articles.title })
    .from(articleRedirects)
    .innerJoin(articles, eq(articles.id, articleRedirects.articleId))
    .where(eq(articleRedirects.slug, slug))
    .get()
  return old && old.id !== ownId ? { title: old.title, live: false } : null
}

/** What is wrong with taking `slug`; `release` is the slug the editor confirmed taking from an old address. */
export function checkSlug(tx: Tx, slug: string, ownId: number | null, release: string): { slug?: string[]; releaseSlug?: string[] } {
  if (!isSlug(slug)) return { slug: ['Use lower-case letters, digits and single hyphens.'] }
  const holder = holderOf(tx, slug, ownId)
  if (!holder || (!holder.live && release === slug)) return {}
  if (holder.live) return { slug: [`“${holder.title}” already uses this slug.`] }
  return {
    slug: [`This is an old address of “${holder.title}”: it redirects there.`],
    releaseSlug: [`Taking it ends that redirect, and links to the old address reach this article instead.`],
  }
}

/** The slug itself, or with -2, -3, … when another article holds it. Only for slugs made from a title. */
export function uniqueSlug(tx: Tx, base: string, ownId: number | null): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, maxSlugLength - 10).replace(/-+$/, '')}-${n}`
    if (!holderOf(tx, candidate, ownId)) return candidate
  }
}

/**
 * After a save: the slug an article readers could see leaves becomes its old address, and the slug it now has is
 * nobody's old address. Only what readers saw needs keeping: a draft's slug change leaves nothing. Returns the slug
 * if it was another article's old address, which then stops redirecting.
 */
export function moveAddress(tx: Tx, articleId: number, before: { slug: string; public: boolean } | null, slug: string): string | null {
  const taken = tx.select({ articleId: articleRedirects.articleId }).from(articleRedirects).where(eq(articleRedirects.slug, slug)).get()
  if (taken) tx.delete(articleRedirects).where(eq(articleRedirects.slug, slug)).run()
  if (before?.public && before.slug !== slug) {
    tx.insert(articleRedirects)
      .values({ slug: before.slug, articleId })
      .onConflictDoUpdate({ target: articleRedirects.slug, set: { articleId } })
      .run()
  }
  return taken && taken.articleId !== articleId ? slug : null
}
