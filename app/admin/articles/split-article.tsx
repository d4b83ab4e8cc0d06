/** An article's stored (sanitised) HTML as staff check it: the teaser, the line where the wall stands, the rest. */
export function SplitArticle({ teaserHtml, bodyHtml }: { teaserHtml: string; bodyHtml: string }) {
  return (
    <>
      <div className="article-html" dangerouslySetInnerHTML={{ __html: teaserHtml }} />
      {bodyHtml && (
        <>
          <p className="my-8 border-t-2 border-dashed border-brand pt-2 text-sm font-semibold text-brand">
            Members only from here
          </p>
          <div className="article-html" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
        </>
      )}
    </>
  )
}
