// An article asked for with an Auth.js session cookie is answered by its reader variant (app/(reader)): a static
// page of public content, whose reader's parts the browser asks for (app/api/articles/[slug]/reader). The rewrite
// is next.config.js's, not proxy.ts's: routing on a cookie in the config costs a member's page half what running
// the proxy does. Like the proxy, it is routing only: a request that dodges it gets the anonymous page, and the
// paywall decision stays in getBodyForViewer.

// Auth.js's session cookie (http, https) and the first chunk of a token split over several cookies.
const sessionCookieNames = ['authjs.session-token', '__Secure-authjs.session-token', 'authjs.session-token.0', '__Secure-authjs.session-token.0']

const article = '/articles/:slug'

/** next.config.js `rewrites().beforeFiles`: one per cookie name (a `has` list must all match). */
const readerRewrites = sessionCookieNames.map((key) => ({ source: article, has: [{ type: 'cookie', key }], destination: '/r/articles/:slug' }))

/**
 * next.config.js `headers()`: the reader variant holds nothing of the reader's, but it answers a request with a
 * session cookie, and no cache may keep such an answer (a shared cache would give it to anonymous readers, who
 * get the wall from the page itself).
 */
const readerHeaders = sessionCookieNames.map((key) => ({
  source: article,
  has: [{ type: 'cookie', key }],
  headers: [{ key: 'Cache-Control', value: 'private, no-store' }],
}))

module.exports = { readerRewrites, readerHeaders }
