// The data cache of `'use cache'` when REDIS_URL is set (next.config.js `cacheHandlers`): every worker reads and
// writes the same entries in Redis, and an entry counts only if none of its tags (its own and the request's soft
// tags) was invalidated after it was made (redis.cjs). Without REDIS_URL, Next's own in-memory handler does this.
// Like Next's handler in production, an entry past its revalidate time is a miss, not served stale.
const v8 = require('node:v8')
const redis = require('./redis.cjs')

/** Entries still being written, by key: a read of the same key waits for its write. */
const writing = new Map()

const keyOf = (cacheKey) => `${redis.buildPrefix()}data:${cacheKey}`

async function bytesOf(stream) {
  const chunks = []
  for await (const chunk of stream) chunks.push(chunk)
  return Buffer.concat(chunks)
}

function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes))
      controller.close()
    },
  })
}

async function write(cacheKey, pendingEntry) {
  const { value, ...entry } = await pendingEntry
  // An entry that expires at once is made for every request; storing it would only cost.
  if (entry.expire === 0) return
  await redis.store(keyOf(cacheKey), v8.serialize({ ...entry, bytes: await bytesOf(value) }), entry.expire)
}

module.exports = {
  async get(cacheKey, softTags) {
    await writing.get(cacheKey)
    const stored = await redis.load(keyOf(cacheKey))
    if (!stored) return undefined
    const { bytes, ...entry } = v8.deserialize(stored)
    if (Date.now() > entry.timestamp + entry.revalidate * 1000) return undefined
    if ((await redis.lastInvalidation([...entry.tags, ...softTags])) >= entry.timestamp) return undefined
    return { ...entry, value: streamOf(bytes) }
  },

  async set(cacheKey, pendingEntry) {
    // A failed render or a failed write leaves no entry; the next request renders again.
    const done = write(cacheKey, pendingEntry).catch(() => {})
    writing.set(cacheKey, done)
    try {
      await done
    } finally {
      writing.delete(cacheKey)
    }
  },

  async refreshTags() {},

  // The soft tags are checked in `get`, in the same round trip as the entry's own.
  async getExpiration() {
    return Infinity
  },

  // Every invalidation takes effect at once (this app asks for nothing else).
  async updateTags(tags) {
    await redis.invalidate(tags)
  },
}
