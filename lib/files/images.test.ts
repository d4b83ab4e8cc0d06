import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openUpload, readImageUpload, removeUpload, storeUpload } from './images'

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

beforeAll(() => {
  process.env.UPLOADS_DIR = path.join(mkdtempSync(path.join(tmpdir(), 'insights-uploads-')), 'uploads')
})

describe('uploads', () => {
  it('tells images by their bytes, not their name or claimed type', async () => {
    expect(await readImageUpload(new File([png], 'cover.txt', { type: 'text/plain' }))).toMatchObject({ ok: true, ext: 'png' })
    const script = new File(['<script>alert(1)</script>'], 'cover.png', { type: 'image/png' })
    expect(await readImageUpload(script)).toEqual({ ok: false, message: 'Upload a JPEG, PNG or WebP image.' })
  })

  it('refuses files over 5 MB', async () => {
    const big = new File([png, Buffer.alloc(5 * 1024 * 1024)], 'big.png')
    expect(await readImageUpload(big)).toEqual({ ok: false, message: 'The image is larger than 5 MB.' })
  })

  it('stores under a random name, reads back, and removes', () => {
    const name = storeUpload(png, 'png')
    expect(name).toMatch(/^[0-9a-f]{32}\.png$/)
    expect(openUpload(name)).toEqual({ bytes: png, contentType: 'image/png' })
    removeUpload(name)
    expect(openUpload(name)).toBeNull()
  })

  it('looks up nothing outside the uploads folder', () => {
    storeUpload(png, 'png') // creates the folder
    writeFileSync(path.join(process.env.UPLOADS_DIR!, '..', 'secret.png'), png)
    for (const name of ['../secret.png', '..%2Fsecret.png', '/etc/passwd', 'secret.png', `${'a'.repeat(32)}.png/..`]) {
      expect(openUpload(name)).toBeNull()
    }
  })
})
