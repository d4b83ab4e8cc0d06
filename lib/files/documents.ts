import 'server-only'
import { randomBytes } from 'node:crypto'
import { createReadStream, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { getDocumentsDir } from '@/lib/core/env'
import { maxPdfBytes, maxPdfSize } from './limits'

// Publications' PDFs. Like cover images they are recognised by their first bytes and stored under random names,
// but in their own folder, which nothing serves publicly: members get them through the publication's download route.

export type PdfUpload = { ok: true; bytes: Buffer } | { ok: false; message: string }

export async function readPdfUpload(file: File): Promise<PdfUpload> {
  if (file.size > maxPdfBytes) return { ok: false, message: `The PDF is larger than ${maxPdfSize}.` }
  const bytes = Buffer.from(await file.arrayBuffer())
  if (bytes.toString('latin1', 0, 5) !== '%PDF-') return { ok: false, message: 'Upload a PDF file.' }
  return { ok: true, bytes }
}

const namePattern = /^[0-9a-f]{32}\.pdf$/

/** Writes the PDF under a new random name and returns the name. */
export function storeDocument(bytes: Buffer): string {
  const name = `${randomBytes(16).toString('hex')}.pdf`
  mkdirSync(getDocumentsDir(), { recursive: true })
  writeFileSync(path.join(/* turbopackIgnore: true */ getDocumentsDir(), name), bytes, { flag: 'wx' })
  return name
}

export function removeDocument(name: string) {
  if (namePattern.test(name)) rmSync(path.join(/* turbopackIgnore: true */ getDocumentsDir(), name), { force: true })
}

/**
 * A stored PDF by name, or null: its size, and its bytes as a stream (a PDF may be 20 MB; it is not read into
 * memory). Only names this module made are looked up, so no path can leave the folder.
 */
export function openDocument(name: string): { bytes: number; stream: () => ReadableStream<Uint8Array> } | null {
  if (!namePattern.test(name)) return null
  const file = path.join(/* turbopackIgnore: true */ getDocumentsDir(), name)
  try {
    const { size } = statSync(file)
    return { bytes: size, stream: () => Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array> }
  } catch {
    return null
  }
}
