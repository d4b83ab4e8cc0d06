import { describe, expect, it } from 'vitest'
import { effectiveStatus, nextPublication, publicationAuditAction, type Publication } from './article-status'

const now = new Date('2026-06-01T12:00:00Z')
const past = new Date('2026-05-01T12:00:00Z')
const future = new Date('2026-07-01T12:00:00Z')
const draft: Publication = { status: 'draft', publishedAt: null }
const published: Publication = { status: 'published', publishedAt: past }

describe('nextPublication', () => {
  it('starts a new article as a draft, keeping its planned date', () => {
    expect(nextPublication(null, 'save', future, now)).toEqual({ status: 'draft', publishedAt: future })
  })

  it('publishes now without a date, schedules with a future one, backdates with a past one', () => {
    expect(nextPublication(draft, 'publish', null, now)).toEqual({ status: 'published', publishedAt: now })
    expect(nextPublication(draft, 'publish', future, now)).toEqual({ status: 'scheduled', publishedAt: future })
    expect(nextPublication(draft, 'publish', past, now)).toEqual({ status: 'published', publishedAt: past })
  })

  it('keeps a live article live on save, moving it to scheduled when its date moves ahead', () => {
    expect(nextPublication(published, 'save', null, now)).toEqual(published)
    expect(nextPublication(published, 'save', future, now)).toEqual({ status: 'scheduled', publishedAt: future })
  })

  it('unpublishes to a draft and archives with the date kept', () => {
    expect(nextPublication(published, 'unpublish', past, now)).toEqual({ status: 'draft', publishedAt: past })
    expect(nextPublication(published, 'archive', null, now)).toEqual({ status: 'archived', publishedAt: past })
  })
})

describe('publicationAuditAction', () => {
  it('names each change readers would notice, and nothing else', () => {
    expect(publicationAuditAction(draft, published)).toBe('article.published')
    expect(publicationAuditAction(draft, { status: 'scheduled', publishedAt: future })).toBe('article.scheduled')
    expect(publicationAuditAction(published, { status: 'archived', publishedAt: past })).toBe('article.archived')
    expect(publicationAuditAction(published, { status: 'draft', publishedAt: past })).toBe('article.unpublished')
    expect(publicationAuditAction(published, published)).toBeNull()
    expect(publicationAuditAction(null, draft)).toBeNull()
  })
})

describe('effectiveStatus', () => {
  it('calls a scheduled article whose time has come published', () => {
    expect(effectiveStatus('scheduled', past, now)).toBe('published')
    expect(effectiveStatus('scheduled', future, now)).toBe('scheduled')
    expect(effectiveStatus('draft', past, now)).toBe('draft')
  })
})
