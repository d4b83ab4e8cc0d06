import 'server-only'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { getDocumentsDir } from './env'
import { maxPdfBytes, maxPdfSize } from './upload-limits'

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
  writeFileSync(path.join(getDocumentsDir(), name), bytes, { flag: 'wx' })
  return name
}

export function removeDocument(name: string) {
  if (namePattern.test(name)) rmSync(path.join(getDocumentsDir(), name), { force: true })
}

/** A stored PDF by name, or null. Only names this module made are looked up, so no path can leave the folder. */
export function readDocument(name: string): Buffer | null {
  if (!namePattern.test(name)) return null
  try {
    return readFileSync(path.join(getDocumentsDir(), name))
  } catch {
    return null
  }
}
