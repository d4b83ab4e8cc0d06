// The cache tags of public content, named in one place: lib/articles/cached.ts tags what it caches with them and
// the actions that change content invalidate exactly these.
export const cacheTags = {
  settings: 'settings',
  sections: 'sections',
  /** Every list of articles: home, More, the 404 page's latest. */
  articleLists: 'article-lists',
  article: (slug: string) => `article:${slug}`,
  likes: (articleId: number) => `likes:${articleId}`,
}
