// The shared cache of the workers (REDIS_URL): the one Redis connection of a process, used by the page cache
// (cache-handler.cjs) and the data cache (use-cache-handler.cjs).
//
// Redis holds a cache here, never data the site needs. No call waits for a connection (the offline queue is off),
// every call gives up after a quarter of a second, and a failed call counts as a miss. While Redis is away the site
// renders every page itself: slower, never wrong, logged once. Invalidations are timestamps per tag, written before
// the request that caused them returns, and every read compares an entry's age with its tags', so an invalidation
// by one worker holds for all of them at once.
const { readFileSync } = require('node:fs')
const path = require('node:path')
const { createClient, RESP_TYPES } = require('@redis/client')

const callTimeout = 250
const prefix = 'insights:'
const tagsKey = `${prefix}tags`
// When a worker (re)connects, invalidations it could not write while Redis was away may be missing; every entry
// stored before this moment is then treated as stale.
const epochField = '__epoch__'

let client
let warned = false
let connectedBefore = false

let keyPrefix

/** Entries of one build only: a page's payload names that build's scripts. */
function buildPrefix() {
  keyPrefix ??= `${prefix}${readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()}:`
  return keyPrefix
}

function warnOnce(error) {
  if (warned) return
  warned = true
  console.error(`Redis cache unavailable (${error.message}): pages render uncached until it is back.`)
}

function connection() {
  if (client) return client
  const url = new URL(process.env.REDIS_URL)
  const socket = { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) }
  client = createClient({
    // redis://host:port, or unix:///path/to/redis.sock (the socket npm run start:cluster gives its own redis-server).
    ...(url.protocol === 'unix:' ? { socket: { ...socket, path: url.pathname } } : { url: url.href, socket }),
    disableOfflineQueue: true,
    // A connection that stops answering is closed and reconnected, rather than left hanging.
    pingInterval: 1000,
  }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer })
  client.on('error', warnOnce)
  client.on('ready', () => {
    if (connectedBefore) {
      client.hSet(tagsKey, epochField, String(Date.now())).catch(warnOnce)
      console.log('Redis cache is back.')
    }
    connectedBefore = true
    warned = false
  })
  client.connect().catch(warnOnce)
  return client
}

/** Runs `command` on the connection; undefined when Redis is not there or does not answer in time. */
async function call(command) {
  const redis = connection()
  if (!redis.isReady) return undefined
  let timer
  try {
    return await Promise.race([
      command(redis),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${callTimeout} ms`)), callTimeout)
      }),
    ])
  } catch (error) {
    warnOnce(error)
    return undefined
  } finally {
    clearTimeout(timer)
  }
}

/** When the newest invalidation of any of `tags` happened (ms), 0 for none; Infinity when Redis cannot tell. */
async function lastInvalidation(tags) {
  const times = await call((redis) => redis.hmGet(tagsKey, [...tags, epochField]))
  if (!times) return Infinity
  return Math.max(0, ...times.map((time) => Number(time ?? 0)))
}

/** Marks `tags` invalidated now, for every worker. */
async function invalidate(tags) {
  if (tags.length === 0) return
  const now = String(Date.now())
  await call((redis) => redis.hSet(tagsKey, Object.fromEntries(tags.map((tag) => [tag, now]))))
}

/** Stores `value` (bytes) under `key` for `seconds`, or without an end when that is not a finite number. */
async function store(key, value, seconds) {
  const expiry = Number.isFinite(seconds) && seconds > 0 ? { EX: Math.ceil(seconds) } : {}
  await call((redis) => redis.set(key, value, expiry))
}

async function load(key) {
  return (await call((redis) => redis.get(key))) ?? undefined
}

module.exports = { buildPrefix, invalidate, lastInvalidation, load, store }
