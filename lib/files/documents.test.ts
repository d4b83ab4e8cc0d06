import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openDocument, readPdfUpload, removeDocument, storeDocument } from './documents'

const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1')

beforeAll(() => {
  process.env.DOCUMENTS_DIR = path.join(mkdtempSync(path.join(tmpdir(), 'insights-documents-')), 'documents')
})

describe('documents', () => {
  it('tells a PDF by its bytes, not its name or claimed type', async () => {
    expect(await readPdfUpload(new File([pdf], 'paper.txt', { type: 'text/plain' }))).toEqual({ ok: true, bytes: pdf })
    const html = new File(['<html><script>alert(1)</script>'], 'paper.pdf', { type: 'application/pdf' })
    expect(await readPdfUpload(html)).toEqual({ ok: false, message: 'Upload a PDF file.' })
  })

  it('refuses files over 20 MB', async () => {
    const big = new File([pdf, Buffer.alloc(20 * 1024 * 1024)], 'big.pdf')
    expect(await readPdfUpload(big)).toEqual({ ok: false, message: 'The PDF is larger than 20 MB.' })
  })

  it('stores under a random name, reads back, and removes', async () => {
    const name = storeDocument(pdf)
    expect(name).toMatch(/^[0-9a-f]{32}\.pdf$/)
    const stored = openDocument(name)!
    expect(stored.bytes).toBe(pdf.length)
    expect(Buffer.from(await new Response(stored.stream()).arrayBuffer())).toEqual(pdf)
    removeDocument(name)
    expect(openDocument(name)).toBeNull()
  })

  it('reads nothing outside the documents folder', () => {
    storeDocument(pdf) // creates the folder
    writeFileSync(path.join(process.env.DOCUMENTS_DIR!, '..', 'secret.pdf'), pdf)
    for (const name of ['../secret.pdf', '..%2Fsecret.pdf', '/etc/passwd', 'secret.pdf', `${'a'.repeat(32)}.pdf/..`]) {
      expect(openDocument(name)).toBeNull()
    }
  })
})
