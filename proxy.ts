import { type NextRequest, NextResponse } from 'next/server'
import { pagePolicy } from './lib/config/content-security-policy.cjs'
import { maxActionBodyBytes } from './lib/config/upload-limits.cjs'
import { loginPath } from './lib/core/paths'

// Auth.js session cookie names (http, https) and their chunks (`.0`, `.1`) when a token is split.
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/

/**
 * Routing only, never a security boundary: readers without a session cookie get the static pages (the matcher
 * below does not even run this for them); requests with one are rewritten to the member variants under /m, which
 * check the session against the database themselves. The paywall decision stays in getBodyForViewer, so a bypass
 * here can only show a member the wall.
 */
/**
 * A server action posted from another site. Next refuses these itself, with an error (500); answering 403 first
 * says what it is. The actions' own session and role checks stand either way.
 */
function isCrossSiteAction(request: NextRequest) {
  const origin = request.headers.get('origin')
  if (!request.headers.has('next-action') || !origin) return false
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

/**
 * Pages rendered per request get a fresh nonce: Next finds it in the request's Content-Security-Policy header and
 * puts it on the scripts it writes; the response carries the same policy. (Pages served whole from the cache carry
 * the hashes of their own scripts instead: lib/config/cache-handler.cjs.)
 */
function withScriptNonce(request: NextRequest, rewriteTo?: URL) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))))
  const policy = pagePolicy([`'nonce-${nonce}'`])
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = rewriteTo
    ? NextResponse.rewrite(rewriteTo, { request: { headers } })
    : NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

/**
 * An address with percent-escapes that are not UTF-8 (`/articles/%FF`). Next cannot decode such a route parameter
 * and answers 500 with no page; this answers 400 first.
 */
function hasMalformedEscapes(pathname: string) {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

/**
 * An action's body larger than any form of the site (lib/config/upload-limits.cjs): Next would cut it short at its
 * limit and answer 500. A body without a length cannot be checked before it is read.
 */
function refuseActionBody(request: NextRequest) {
  if (!request.headers.has('next-action')) return null
  const length = request.headers.get('content-length')
  if (length === null && request.headers.has('transfer-encoding')) return new NextResponse('Length required', { status: 411 })
  if (Number(length) > maxActionBodyBytes) return new NextResponse('Request body too large', { status: 413 })
  return null
}

export function proxy(request: NextRequest) {
  if (isCrossSiteAction(request)) return new NextResponse('Cross-site request refused', { status: 403 })
  const tooLarge = refuseActionBody(request)
  if (tooLarge) return tooLarge
  const { pathname } = request.nextUrl
  if (hasMalformedEscapes(pathname)) {
    return new NextResponse('Bad request: the address contains escapes that are not UTF-8.', { status: 400 })
  }
  if (pathname === '/m' || pathname.startsWith('/m/')) return new NextResponse('Not found', { status: 404 })
  const hasSession = request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name))
  if ((pathname === '/admin' || pathname.startsWith('/admin/')) && !hasSession && request.method === 'GET') {
    // A convenience for page loads: the desk's layout sends visitors without a session to login too, but only
    // after its response has started (as a client-side redirect); this answers with a plain 307 first. Actions
    // (POST) pass through to their own checks.
    return NextResponse.redirect(new URL(loginPath(pathname), request.url), 307)
  }
  // Only the static pages have member variants (the matcher also runs this for actions posted to any page).
  const hasMemberVariant = pathname === '/' || /^\/articles\/[^/]+$/.test(pathname)
  if (!hasMemberVariant) return withScriptNonce(request)
  if (!hasSession) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = pathname === '/' ? '/m' : `/m${pathname}`
  const response = withScriptNonce(request, url)
  // Whatever the member variant answers (HTML, RSC payload, prefetch) is for this reader only.
  response.headers.set('Cache-Control', 'private, no-store')
  return response
}

// Next needs the matcher written out literally. The pages rendered per request are listed (they need a nonce);
// each static page appears once per session cookie name.
export const config = {
  matcher: [
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    // Any address with a percent-escape, so that malformed ones get their 400.
    '/(.*%.*)',
    '/m',
    '/m/:path*',
    '/admin',
    '/admin/:path*',
    '/login/:path*',
    '/register',
    '/forgot-password',
    '/reset-password',
    '/verify-email',
    '/account/:path*',
    '/search',
    '/sections/:path*',
    '/tags/:path*',
    '/authors/:path*',
    { source: '/', has: [{ type: 'cookie', key: 'authjs.session-token' }] },
    { source: '/', has: [{ type: 'cookie', key: '__Secure-authjs.session-token' }] },
    { source: '/', has: [{ type: 'cookie', key: 'authjs.session-token.0' }] },
    { source: '/', has: [{ type: 'cookie', key: '__Secure-authjs.session-token.0' }] },
    { source: '/articles/:slug', has: [{ type: 'cookie', key: 'authjs.session-token' }] },
    { source: '/articles/:slug', has: [{ type: 'cookie', key: '__Secure-authjs.session-token' }] },
    { source: '/articles/:slug', has: [{ type: 'cookie', key: 'authjs.session-token.0' }] },
    { source: '/articles/:slug', has: [{ type: 'cookie', key: '__Secure-authjs.session-token.0' }] },
  ],
}
