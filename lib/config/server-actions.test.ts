import { describe, expect, it } from 'vitest'
import { createActionTable } from './server-actions.cjs'

// The manifests' shapes as Next 16 writes them (cut down to a few routes).
const actions = {
  node: {
    like: { workers: { 'app/(static)/articles/[slug]/page': {}, 'app/(reader)/r/articles/[slug]/page': {} } },
    logOut: { workers: { 'app/(site)/search/page': {}, 'app/_not-found/page': {}, 'app/(static)/page': {} } },
  },
}
const routes = {
  staticRoutes: [
    { page: '/', regex: '^/(?:/)?$' },
    { page: '/search', regex: '^/search(?:/)?$' },
    { page: '/articles/new-in-2026', regex: '^/articles/new\\-in\\-2026(?:/)?$' },
  ],
  dynamicRoutes: [
    { page: '/articles/[slug]', regex: '^/articles/([^/]+?)(?:/)?$' },
    { page: '/articles/[slug]/pdf', regex: '^/articles/([^/]+?)/pdf(?:/)?$' },
    { page: '/r/articles/[slug]', regex: '^/r/articles/([^/]+?)(?:/)?$' },
  ],
}

describe('server actions by page', () => {
  const availability = createActionTable(actions, routes)

  it('lets an action through to a page that has it, by the route Next renders for the address', () => {
    expect(availability('like', '/articles/any-slug')).toBe('ok')
    expect(availability('like', '/r/articles/any-slug/')).toBe('ok')
    expect(availability('logOut', '/')).toBe('ok')
    // No route has this address: the not-found page renders it, and has the action.
    expect(availability('logOut', '/no/such/page')).toBe('ok')
  })

  it('tells an action posted to another page from one no page has', () => {
    expect(availability('like', '/search')).toBe('elsewhere')
    expect(availability('like', '/articles/any-slug/pdf')).toBe('elsewhere')
    // A static route wins over the dynamic one, as in Next.
    expect(availability('like', '/articles/new-in-2026')).toBe('elsewhere')
    expect(availability('like', '/no/such/page')).toBe('elsewhere')
    expect(availability('0'.repeat(42), '/')).toBe('unknown')
    expect(availability('toString', '/')).toBe('unknown')
  })
})
