import { expect, test } from './support/fixtures'

// The security headers, on static, dynamic, API and redirect responses alike.

const paths = ['/', '/articles/no-such-article', '/search?q=brand', '/login', '/api/health', '/feed.xml', '/icon.svg']

test('every response carries the security headers', async ({ request }) => {
  for (const path of [...paths, '/admin']) {
    const response = await request.get(path, { maxRedirects: 0 })
    const headers = response.headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('camera=()')
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy'], path).toContain("object-src 'none'")
    expect(headers['strict-transport-security'], path).toBeUndefined()
  }
})

test('HSTS is sent only when the request came over https', async ({ request }) => {
  const response = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } })
  expect(response.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
})
