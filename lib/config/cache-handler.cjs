// The page cache of `next start`: in memory, per process, empty at start (see next.config.js `cacheHandler`).
// Why not Next's built-in file-system cache: it serves the pages prerendered by `next build`, which read the build
// machine's database, and it writes runtime pages into .next/, where they outlive the process and a change of
// database. A custom handler is never asked for build seeds, so every page is rendered from the live database on
// its first request, then served from here until a tag it carries is invalidated or its lifetime runs out.
const { inlineScriptHashes, pagePolicy } = require('./content-security-policy.cjs')
const { withoutRenderedQuery } = require('./rendered-address.cjs')

const maxEntries = 5000

/** @type {Map<string, { value: unknown, lastModified: number, tags: string[] }>} */
const entries = new Map()

function tagsOf(data, ctx) {
  const fromHeader = data?.headers?.['x-next-cache-tags']
  return [...(ctx?.tags ?? []), ...(typeof fromHeader === 'string' ? fromHeader.split(',') : [])]
}

module.exports = class MemoryCacheHandler {
  async get(key) {
    const entry = entries.get(key)
    return entry ? { value: entry.value, lastModified: entry.lastModified } : null
  }

  async set(key, data, ctx) {
    // Shared with every later reader, so without the query of the reader it was rendered for.
    if (!withoutRenderedQuery(data)) return
    // A whole static page: it is served as stored, so its policy allows exactly its own inline scripts. (A shell
    // with postponed parts has none; the request's nonce covers what is streamed into it.)
    if (data?.kind === 'APP_PAGE' && !data.postponed && typeof data.html === 'string') {
      data.headers = { ...data.headers, 'content-security-policy': pagePolicy(inlineScriptHashes(data.html)) }
    }
    entries.delete(key)
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value) // the oldest first
    entries.set(key, { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx) })
  }

  async revalidateTag(tags) {
    const invalid = new Set([tags].flat())
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => invalid.has(tag))) entries.delete(key)
    }
  }

  resetRequestCache() {}
}
