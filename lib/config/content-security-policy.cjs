// The Content-Security-Policy, in one place. Every response gets `basePolicy` (next.config.js). Pages add
// `script-src`: scripts from this site, and inline scripts only when the app issued them. A page rendered per
// request gets a fresh nonce (proxy.ts); a page served whole from the cache cannot carry one, so it gets the hashes
// of its own inline scripts instead (cache-handler.cjs).
const { createHash } = require('node:crypto')

const baseDirectives = [
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Only the talk player's iframe, from the privacy-friendly hosts lib/articles/video.ts builds it from.
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
]
const basePolicy = baseDirectives.join('; ')

/** @param {string[]} scriptSources `'nonce-…'` or `'sha256-…'` sources */
function pagePolicy(scriptSources) {
  // React's development build evaluates code to rebuild server error stacks; production never does.
  const development = process.env.NODE_ENV === 'development' ? ["'unsafe-eval'"] : []
  return [...baseDirectives, ["script-src 'self'", ...scriptSources, ...development].join(' ')].join('; ')
}

/**
 * The hash sources of every inline script in a page. Data blocks (JSON-LD) are not run, so they need none.
 * @param {string} html
 */
function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes) || /\btype="application\/ld\+json"/.test(attributes) || body === '') continue
    hashes.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`)
  }
  return [...hashes]
}

module.exports = { basePolicy, pagePolicy, inlineScriptHashes }
