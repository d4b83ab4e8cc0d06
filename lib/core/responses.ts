import { loginPath } from './paths'

// Plain answers of the route handlers (files, calendars, CSV), which have no page to show.

export function notFoundResponse(message: string): Response {
  return new Response(message, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/** Off to log in, and back to `returnTo` afterwards; nothing of what was asked for is sent. */
export function loginFirstResponse(returnTo: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: loginPath(returnTo), 'Cache-Control': 'private, no-store' },
  })
}
