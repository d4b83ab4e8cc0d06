import type { Metadata } from 'next'
import Link from 'next/link'
import { required } from '@/lib/auth/roles'
import { requireRole } from '@/lib/auth/session'
import { issueCandidates } from '../candidates'
import { IssueForm } from '../issue-forms'

export const metadata: Metadata = { title: 'New newsletter' }

export default async function NewIssuePage() {
  await requireRole(required.newsletters, '/admin/newsletters/new')
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/newsletters" className="underline">
          All newsletters
        </Link>
      </p>
      <h1 className="mt-2 mb-6 font-serif text-3xl font-bold">New newsletter</h1>
      <IssueForm issue={{ id: null, subject: '', intro: '', articleIds: [] }} {...issueCandidates()} />
    </>
  )
}
