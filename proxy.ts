import { type NextRequest, NextResponse } from 'next/server'
import { pagePolicy } from './lib/config/content-security-policy.cjs'
import { actionAvailability } from './lib/config/server-actions.cjs'
import { maxActionBodyBytes } from './lib/config/upload-limits.cjs'
import { hasRole, required } from './lib/auth/roles'
import { findSessionUser, readSessionToken } from './lib/auth/session-tokens'
import { loginPath } from './lib/core/paths'

// Routing only, never a security boundary: readers without a session cookie get the static pages (the matcher
// below does not even run this for them). With one, the front page is rewritten here to its member variant under
// /m, which checks the session against the database itself; an article goes to its reader variant under /r by
// next.config.js's rewrite (lib/config/reader-variant.cjs), a static page of public content whose reader's parts
// the browser asks for. The paywall decision stays in getBodyForViewer, so a bypass here can only show a member
// the wall. What it refuses, every page and action refuses again on its own.

// Auth.js session cookie names (http, https) and their chunks (`.0`, `.1`) when a token is split.
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/

/**
 * A server action posted from another site. Next refuses these itself, with an error (500); answering 403 first
 * says what it is. The actions' own session and role checks stand either way.
 */
function isCrossSiteAction(request: NextRequest) {
  const origin = request.headers.get('origin')
  if (!origin) return false
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

let lastRefusalLogged = 0
let refusalsUnlogged = 0

/** One line for a burst of refused actions (a stale tab retrying, a scanner), not one per request. */
function logRefusedAction(pathname: string, actionId: string) {
  const now = Date.now()
  if (now - lastRefusalLogged < 60_000) {
    refusalsUnlogged++
    return
  }
  const more = refusalsUnlogged > 0 ? ` (and ${refusalsUnlogged} more since the last such line)` : ''
  console.warn(`Refused server action ${JSON.stringify(actionId.slice(0, 64))} posted to ${pathname}: the page has no such action${more}.`)
  lastRefusalLogged = now
  refusalsUnlogged = 0
}

/**
 * What an action request gets instead of reaching Next, or null: 403 from another site; 411 or 413 for a body the
 * action could not take (Next would cut it short and answer 500); 409 for an action the page does not have, as
 * Next answers an unknown action (its header makes the browser raise UnrecognizedActionError).
 */
function refuseAction(request: NextRequest, routedPath: string): NextResponse | null {
  if (isCrossSiteAction(request)) return new NextResponse('Cross-site request refused', { status: 403 })
  const length = request.headers.get('content-length')
  if (length === null && request.headers.has('transfer-encoding')) return new NextResponse('Length required', { status: 411 })
  if (Number(length) > maxActionBodyBytes) return new NextResponse('Request body too large', { status: 413 })
  const actionId = request.headers.get('next-action') ?? ''
  if (actionAvailability(actionId, routedPath) === 'ok') return null
  logRefusedAction(routedPath, actionId)
  return new NextResponse('Server Action unavailable.', {
    status: 409,
    headers: { 'content-type': 'text/plain', 'x-nextjs-action-not-found': '1' },
  })
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
 * A page load of the desk, answered before the page streams (once it has, its status is 200 whatever it decides):
 * a plain 307 to login without a live session, and the not-found page with a real 404 for a member who is not
 * staff. The desk's layout, pages, actions and data layer check all of this again themselves.
 */
async function deskPageLoad(request: NextRequest, pathname: string) {
  const token = await readSessionToken(request)
  const viewer = token && findSessionUser(token)
  if (!viewer) return NextResponse.redirect(new URL(loginPath(pathname), request.url), 307)
  if (!hasRole(viewer.role, required.desk)) return NextResponse.rewrite(new URL('/_not-found', request.url))
  return withScriptNonce(request)
}

/** Whatever answers it is for this reader only, and streams: no shared cache may keep it. */
function forThisReaderOnly(response: NextResponse) {
  response.headers.set('Cache-Control', 'private, no-store')
  response.headers.set('X-Accel-Buffering', 'no')
  return response
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const hasSession = request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name))
  // Only the static pages have member variants (the matcher also runs this for actions posted to any page).
  const isArticle = /^\/articles\/[^/]+$/.test(pathname)
  const hasMemberVariant = pathname === '/' || isArticle
  const memberPath = pathname === '/' ? '/m' : `/r${pathname}`
  // An article opened with a gift link, by a reader without a session (a member reads it anyway).
  const isGift = isArticle && !hasSession && request.nextUrl.searchParams.has('gift')
  const routedPath = hasSession && hasMemberVariant ? memberPath : isGift ? `/g${pathname}` : pathname
  if (request.headers.has('next-action')) {
    const refused = refuseAction(request, routedPath)
    if (refused) return refused
  }
  if (hasMalformedEscapes(pathname)) {
    return new NextResponse('Bad request: the address contains escapes that are not UTF-8.', { status: 400 })
  }
  if (/^\/[mrg](\/|$)/.test(pathname)) {
    return new NextResponse('Not found', { status: 404 })
  }
  // A mail program's one-click unsubscribe (RFC 8058) POSTs to the address whose GET is the confirmation page.
  if (pathname.startsWith('/newsletter/unsubscribe/') && request.method === 'POST' && !request.headers.has('next-action')) {
    return NextResponse.rewrite(new URL(`/api${pathname}`, request.url))
  }
  if ((pathname === '/admin' || pathname.startsWith('/admin/')) && request.method === 'GET') {
    // Actions (POST) pass through to their own checks.
    if (!hasSession) return NextResponse.redirect(new URL(loginPath(pathname), request.url), 307)
    return deskPageLoad(request, pathname)
  }
  if (!hasMemberVariant) return withScriptNonce(request)
  // An article with a session cookie: next.config.js's rewrite takes it to the reader variant, served whole from the
  // cache with the hashes of its own scripts in its policy.
  if (hasSession ? isArticle : !isGift) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = routedPath
  // Whatever the member or gift variant answers (HTML, RSC payload, prefetch) is for this reader only. It streams
  // (the cached shell first, the reader's parts as they are ready): nginx in front passes it on as it comes.
  const response = forThisReaderOnly(withScriptNonce(request, url))
  // The gift's address carries its token: no search engine may keep it.
  if (isGift) response.headers.set('X-Robots-Tag', 'noindex, nofollow')
  return response
}

// Next needs the matcher written out literally. The pages rendered per request are listed (they need a nonce);
// the front page appears once per session cookie name.
export const config = {
  matcher: [
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    // Any address with a percent-escape, so that malformed ones get their 400.
    '/(.*%.*)',
    '/m',
    '/m/:path*',
    '/g',
    '/g/:path*',
    '/r',
    '/r/:path*',
    '/admin',
    '/admin/:path*',
    '/login/:path*',
    '/register',
    '/forgot-password',
    '/reset-password',
    '/verify-email',
    '/account/:path*',
    '/newsletter/:path*',
    '/search',
    '/sections/:path*',
    '/tags/:path*',
    '/authors/:path*',
    { source: '/', has: [{ type: 'cookie', key: 'authjs.session-token' }] },
    { source: '/', has: [{ type: 'cookie', key: '__Secure-authjs.session-token' }] },
    { source: '/', has: [{ type: 'cookie', key: 'authjs.session-token.0' }] },
    { source: '/', has: [{ type: 'cookie', key: '__Secure-authjs.session-token.0' }] },
    { source: '/articles/:slug', has: [{ type: 'query', key: 'gift' }] },
  ],
}
