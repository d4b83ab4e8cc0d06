import { CopyLinkButton } from './copy-link-button'
import { GiveArticle } from './give-article'

/** The share links; `giftArticleId` (members) offers a gift link where everyone else gets the plain link by mail. */
export function ShareRow({ title, url, giftArticleId }: { title: string; url: string; giftArticleId?: number }) {
  const u = encodeURIComponent(url)
  const links = [
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'X', href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ]
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`
  return (
    <nav aria-label="Share" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <span className="font-semibold">Share:</span>
      {links.map((link) => (
        <a
          key={link.label}
          href={link.href}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`Share on ${link.label} (opens in a new tab)`}
          className="underline hover:text-brand"
        >
          {link.label}
        </a>
      ))}
      {giftArticleId === undefined ? (
        <a href={mailto} className="underline hover:text-brand">
          Share with friends
        </a>
      ) : (
        <GiveArticle articleId={giftArticleId} title={title} />
      )}
      <CopyLinkButton url={url} />
    </nav>
  )
}
