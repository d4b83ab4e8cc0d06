import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { db } from '@/db/client'
import { sections } from '@/db/schema'
import { ForbiddenError } from '@/lib/auth/roles'
import { listSectionsForStaff, saveSection } from './sections'
import { insertArticle, insertUser, memberViewer } from '@/lib/testing/fixtures'

const admin = () => memberViewer(insertUser({ role: 'admin' }))
const unique = () => Math.random().toString(36).slice(2, 8)

describe('sections', () => {
  it('adds a section last in the menu, with its kind', () => {
    const viewer = admin()
    const slug = `webinars-${unique()}`
    expect(saveSection(viewer, { id: null, name: 'Webinars', slug, description: 'Recorded.', kind: 'talk' })).toEqual({ ok: true })
    const sections = listSectionsForStaff(viewer)
    expect(sections.at(-1)).toMatchObject({ slug, kind: 'talk', articles: 0 })
  })

  it('refuses a taken or malformed address', () => {
    const viewer = admin()
    const taken = insertArticle().sectionId
    const { slug } = db.select().from(sections).where(eq(sections.id, taken)).get()!
    expect(saveSection(viewer, { id: null, name: 'Copy', slug, description: '', kind: 'article' })).toEqual({
      ok: false,
      fieldErrors: { slug: ['Another section uses this address.'] },
    })
    expect(saveSection(viewer, { id: null, name: 'Bad', slug: 'Not a slug', description: '', kind: 'article' })).toEqual({
      ok: false,
      fieldErrors: { slug: ['Use lower-case letters, digits and single hyphens.'] },
    })
  })

  it('changes what a section publishes only while it is empty', () => {
    const viewer = admin()
    const held = db.select().from(sections).where(eq(sections.id, insertArticle().sectionId)).get()!
    expect(saveSection(viewer, { ...held, kind: 'seminar' })).toEqual({
      ok: false,
      fieldErrors: { kind: ['This section holds 1 article, so what it publishes cannot change.'] },
    })
    expect(saveSection(viewer, { ...held, name: 'Renamed' })).toEqual({ ok: true })
    const slug = `empty-${unique()}`
    saveSection(viewer, { id: null, name: 'Empty', slug, description: '', kind: 'article' })
    const empty = db.select().from(sections).where(eq(sections.slug, slug)).get()!
    expect(saveSection(viewer, { ...empty, kind: 'publication' })).toEqual({ ok: true })
  })

  it('is for admins only', () => {
    const editor = memberViewer(insertUser({ role: 'editor' }))
    expect(() => saveSection(editor, { id: null, name: 'X', slug: `x-${unique()}`, description: '', kind: 'article' })).toThrow(ForbiddenError)
    expect(() => listSectionsForStaff(editor)).toThrow(ForbiddenError)
  })
})
