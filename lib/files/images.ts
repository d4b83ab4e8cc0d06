import 'server-only'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { getUploadsDir } from '@/lib/core/env'
import { maxImageBytes, maxImageSize } from './limits'

// Cover images. The file's first bytes decide what it is (never its name or the browser's claimed type), and it is
// stored under a random name, so an upload can neither pick its path nor pass for something else.

const imageTypes = [
  { ext: 'jpg', contentType: 'image/jpeg', magic: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    ext: 'png',
    contentType: 'image/png',
    magic: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    ext: 'webp',
    contentType: 'image/webp',
    magic: (b: Buffer) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  },
] as const

export type ImageUpload = { ok: true; bytes: Buffer; ext: string } | { ok: false; message: string }

export async function readImageUpload(file: File): Promise<ImageUpload> {
  if (file.size > maxImageBytes) return { ok: false, message: `The image is larger than ${maxImageSize}.` }
  const bytes = Buffer.from(await file.arrayBuffer())
  const type = imageTypes.find((candidate) => candidate.magic(bytes))
  if (!type) return { ok: false, message: 'Upload a JPEG, PNG or WebP image.' }
  return { ok: true, bytes, ext: type.ext }
}

const namePattern = /^[0-9a-f]{32}\.(jpg|png|webp)$/

/** Writes the file under a new random name and returns the name. */
export function storeUpload(bytes: Buffer, ext: string): string {
  const name = `${randomBytes(16).toString('hex')}.${ext}`
  mkdirSync(getUploadsDir(), { recursive: true })
  writeFileSync(path.join(/* turbopackIgnore: true */ getUploadsDir(), name), bytes, { flag: 'wx' })
  return name
}

export function removeUpload(name: string) {
  if (namePattern.test(name)) rmSync(path.join(/* turbopackIgnore: true */ getUploadsDir(), name), { force: true })
}

/** A stored upload by name, or null. Only names this module made are looked up, so no path can escape the folder. */
export function openUpload(name: string): { bytes: Buffer; contentType: string } | null {
  const match = namePattern.exec(name)
  if (!match) return null
  try {
    const bytes = readFileSync(path.join(/* turbopackIgnore: true */ getUploadsDir(), name))
    return { bytes, contentType: imageTypes.find((type) => type.ext === match[1])!.contentType }
  } catch {
    return null
  }
}
