import type { Metadata } from 'next'
import { required } from '@/lib/auth/roles'
import { listSectionsForStaff } from '@/lib/desk/sections'
import { requireRole } from '@/lib/auth/session'
import { SectionForm } from './section-form'

export const metadata: Metadata = { title: 'Sections' }

export default async function SectionsPage() {
  const viewer = await requireRole(required.sections, '/admin/sections')
  const sections = listSectionsForStaff(viewer)
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Sections</h1>
      <p className="mb-6 max-w-2xl text-muted">
        The menu readers browse by. What a section publishes decides what its articles are: a section of talks asks each
        article for a speaker and a video, a section of seminars for a time, a place and seats, a section of publications
        for a PDF.
      </p>
      <div className="flex max-w-3xl flex-col gap-6">
        {sections.map((section) => (
          <SectionForm key={section.id} section={section} />
        ))}
        <h2 className="mt-4 font-serif text-2xl font-bold">Add a section</h2>
        <SectionForm section={null} />
      </div>
    </>
  )
}
