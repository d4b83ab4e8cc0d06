declare class PageCacheHandler {
  get(key: string): Promise<{ value: unknown; lastModified: number } | null>
  set(key: string, data: unknown, ctx?: { tags?: string[]; cacheControl?: { expire?: number } }): Promise<void>
  revalidateTag(tags: string | string[]): Promise<void>
  resetRequestCache(): void
}
export = PageCacheHandler
