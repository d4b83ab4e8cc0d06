// Where to send a reader after login or registration: only a path on this site, never another origin.
const base = 'http://insights.invalid'

export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/'
  // Backslashes and control characters are normalised by browsers into other hosts or schemes.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return '/'
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return '/'
  }
  if (url.origin !== base) return '/'
  // Dot segments can resolve to a path that starts with '//', which a browser reads as another host.
  if (url.pathname.startsWith('//')) return '/'
  return `${url.pathname}${url.search}${url.hash}`
}
