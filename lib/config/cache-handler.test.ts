import { afterEach, describe, expect, it, vi } from 'vitest'
import PageCacheHandler from './cache-handler.cjs'

const page = (tags: string[]) => ({ kind: 'APP_PAGE', html: '<p>page</p>', headers: { 'x-next-cache-tags': tags.join(',') } })

describe('the page cache', () => {
  afterEach(() => vi.useRealTimers())
  const at = (ms: number) => vi.setSystemTime(Date.UTC(2026, 11, 2, 12, 0, 0, ms))

  it('keeps a page rendered after the last change of what it shows', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const cache = new PageCacheHandler()
    at(0)
    await cache.revalidateTag(['article:kept'])
    at(10)
    expect(await cache.get('/articles/kept')).toBeNull()
    at(40)
    await cache.set('/articles/kept', page(['article:kept']), {})
    expect(await cache.get('/articles/kept')).toMatchObject({ value: { html: '<p>page</p>' } })
  })

  it('does not keep a page whose render began before its article changed, though it was stored after', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const cache = new PageCacheHandler()
    at(0)
    // Next looks the page up, finds nothing and renders it; meanwhile an editor saves the article.
    expect(await cache.get('/articles/raced')).toBeNull()
    at(20)
    await cache.revalidateTag(['article:raced'])
    at(40)
    await cache.set('/articles/raced', page(['article:raced']), {})
    expect(await cache.get('/articles/raced')).toBeNull()
    // The render the next request starts is kept.
    at(60)
    await cache.set('/articles/raced', page(['article:raced']), {})
    expect(await cache.get('/articles/raced')).not.toBeNull()
  })
})
