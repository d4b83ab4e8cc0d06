// The page cache of `next start` (next.config.js `cacheHandler`): in this process's memory by default, or in Redis
// for every worker of the production set-up when REDIS_URL is set (the data cache of `'use cache'` then lives there
// too: use-cache-handler.cjs). It starts empty either way.
//
// Why not Next's built-in file-system cache: it serves the pages prerendered by `next build`, which read the build
// machine's database, and it writes runtime pages into .next/, where they outlive the process and a change of
// database. A custom handler is never asked for build seeds, so every page is rendered from the live database on
// its first request, then served from here until a tag it carries is invalidated or its lifetime runs out.
const v8 = require('node:v8')
const { inlineScriptHashes, pagePolicy } = require('./content-security-policy.cjs')
const { withoutRenderedQuery } = require('./rendered-address.cjs')

// `next build` gets the memory store even with REDIS_URL set: what it renders reads the build machine's database.
const shared = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== 'phase-production-build'

/** @typedef {{ value: unknown, lastModified: number, tags: string[] }} Entry */

/**
 * This process's pages: at most `maxEntries`, the oldest dropped first. An invalidation drops its tag's pages, and an
 * entry counts only if none of its tags was invalidated since (a page whose render began before is stored after).
 */
function memoryStore() {
  const maxEntries = 5000
  /** @type {Map<string, Entry>} */
  const entries = new Map()
  /** @type {Map<string, number>} */
  const invalidatedAt = new Map()
  return {
    async get(key) {
      const entry = entries.get(key)
      return entry && entry.tags.every((tag) => (invalidatedAt.get(tag) ?? 0) < entry.lastModified) ? entry : null
    },
    async set(key, entry) {
      entries.delete(key)
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value)
      entries.set(key, entry)
    },
    async invalidate(tags) {
      const now = Date.now()
      for (const tag of tags) invalidatedAt.set(tag, now)
      const invalid = new Set(tags)
      for (const [key, entry] of entries) {
        if (entry.tags.some((tag) => invalid.has(tag))) entries.delete(key)
      }
    },
  }
}

/** Every worker's pages, in Redis (redis.cjs): an entry counts only if none of its tags was invalidated since. */
function redisStore() {
  const redis = require('./redis.cjs')
  const keyOf = (key) => `${redis.buildPrefix()}page:${key}`
  const day = 24 * 60 * 60
  return {
    async get(key) {
      const bytes = await redis.load(keyOf(key))
      if (!bytes) return null
      /** @type {Entry} */
      const entry = v8.deserialize(bytes)
      return (await redis.lastInvalidation(entry.tags)) < entry.lastModified ? entry : null
    },
    async set(key, entry, expireSeconds) {
      await redis.store(keyOf(key), v8.serialize(entry), expireSeconds ?? day)
    },
    invalidate: redis.invalidate,
  }
}

const store = shared ? redisStore() : memoryStore()

function tagsOf(data, ctx) {
  const fromHeader = data?.headers?.['x-next-cache-tags']
  return [...(ctx?.tags ?? []), ...(typeof fromHeader === 'string' ? fromHeader.split(',') : [])]
}

// When this process last looked each page up. Next looks a page up before it renders it, so a page it then stores
// was rendered from what the database held at that moment, and is stored as of then: an invalidation that came
// while it rendered (an editor's save during a reader's request) leaves it out of date, not fresh for a minute.
/** @type {Map<string, number>} */
const lookedUpAt = new Map()

module.exports = class PageCacheHandler {
  async get(key) {
    if (lookedUpAt.size >= 10_000) lookedUpAt.clear()
    lookedUpAt.set(key, Date.now())
    const entry = await store.get(key)
    return entry ? { value: entry.value, lastModified: entry.lastModified } : null
  }

  async set(key, data, ctx) {
    // Shared with every later reader, so without the query of the reader it was rendered for.
    if (!withoutRenderedQuery(data)) return
    if (data?.kind === 'APP_PAGE') {
      // The same address answers a member with another page (a rewrite on the session cookie), so a cache
      // in front must not give this one to a request with another Cookie header. (Next sets Vary on pages itself;
      // the stored headers are added to it.)
      data.headers = { ...data.headers, vary: 'Cookie' }
      // A whole static page is served as stored, so its policy allows exactly its own inline scripts. (A shell with
      // postponed parts has none; the request's nonce covers what is streamed into it.)
      if (!data.postponed && typeof data.html === 'string') {
        data.headers['content-security-policy'] = pagePolicy(inlineScriptHashes(data.html))
      }
    }
    const renderedFrom = lookedUpAt.get(key) ?? Date.now()
    lookedUpAt.delete(key)
    await store.set(key, { value: data, lastModified: renderedFrom, tags: tagsOf(data, ctx) }, ctx?.cacheControl?.expire)
  }

  async revalidateTag(tags) {
    await store.invalidate([tags].flat())
  }

  resetRequestCache() {}
}
