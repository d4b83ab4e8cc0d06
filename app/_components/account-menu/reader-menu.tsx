'use client'

import { useReaderParts } from '@/app/_components/article/reader-parts-provider'
import { AnonymousMenu } from './anonymous-menu'
import { SignedInMenu } from './signed-in-menu'

/** The header's menu on the reader variant of an article, from the reader's parts (the page itself is cached). */
export function ReaderMenu() {
  const { parts, failed } = useReaderParts()
  // Nothing until the answer is in, so a member never sees "Log in" flash by.
  if (!parts) return failed ? <AnonymousMenu /> : <div aria-hidden="true" className="h-5" />
  if (!parts.viewer) return <AnonymousMenu />
  return <SignedInMenu name={parts.viewer.name} staff={parts.viewer.staff} />
}
