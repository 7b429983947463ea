import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { constants, createDeflate, deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { checkInflatedSize, DEFAULT_MAX_INFLATED_BYTES, inflatedBytes, MAX_DEFLATE_RATIO } from '../../src/input/pdf-inflate-guard.js'
import { buildPdf } from '../pdf-builder.js'

const MB = 1024 * 1024
/** Bigger than the default limit: the bomb of the issue, scaled to a third of its 1 GB. */
const BOMB_MB = 300

/** `megabytes` of zeros deflated, fed 1 MB at a time so that they are never all in memory at once. */
async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflater = createDeflate()
  const chunks: Buffer[] = []
  deflater.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise((resolve) => deflater.on('end', resolve))
  const zeros = Buffer.alloc(MB)
  for (let written = 0; written < megabytes; written++) deflater.write(zeros)
  deflater.end()
  await ended
  return Buffer.concat(chunks)
}

/** `text` stored verbatim (deflate level 0), then `megabytes` of zeros compressed, in one zlib stream. */
async function storedThenZeros(text: string, megabytes: number): Promise<Buffer> {
  const deflater = createDeflate({ level: 0 })
  const chunks: Buffer[] = []
  deflater.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise((resolve) => deflater.on('end', resolve))
  deflater.write(text)
  await new Promise((resolve) => deflater.flush(resolve))
  await new Promise((resolve) => deflater.params(constants.Z_BEST_COMPRESSION, constants.Z_DEFAULT_STRATEGY, resolve))
  deflater.end(Buffer.alloc(megabytes * MB))
  await ended
  return Buffer.concat(chunks)
}

/** A one-page PDF whose content stream is `data` under the given stream dictionary entries. */
function pdfWithStream(data: Uint8Array, dictionary: string): Uint8Array {
  const latin1 = Buffer.from(data).toString('latin1')
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< ${dictionary} >>\nstream\n${latin1}\nendstream`,
  ])
}

describe('the cap on what pdf.js may inflate', () => {
  it(`refuses a ${BOMB_MB} MB Flate bomb with E_TOO_LARGE quickly, without inflating it into memory`, async () => {
    const bomb = pdfWithStream(await deflatedZeros(BOMB_MB), '/Length 5 0 R /Filter /FlateDecode')
    expect(bomb.byteLength).toBeLessThan(MB)
    const before = process.memoryUsage()
    const started = performance.now()
    await expect(parse(bomb)).rejects.toMatchObject({ code: 'E_TOO_LARGE' })
    const after = process.memoryUsage()
    expect(performance.now() - started).toBeLessThan(10_000)
    // Only chunks of the output are ever held (pdf.js would hold all 300 MB). Chunks already dropped may still wait
    // for the collector when this is read (68 MB once, on Node 24 in a busy run), so the bound is half the bomb:
    // far below what holding its output would take, and not a measure of when V8 collects.
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan((BOMB_MB / 2) * MB)
  })

  it('takes its limit from parse options (maxInflatedBytes)', async () => {
    const pdf = pdfWithStream(deflateSync(Buffer.alloc(2 * MB)), '/Filter [/FlateDecode]')
    await expect(parse(pdf, { maxInflatedBytes: MB })).rejects.toMatchObject({
      code: 'E_TOO_LARGE',
      message: expect.stringContaining('maxInflatedBytes'),
    })
    await expect(checkInflatedSize(pdf, 3 * MB)).resolves.toBeUndefined()
  })

  it('never counts more than MAX_DEFLATE_RATIO per byte of the PDF (so smaller PDFs are not scanned)', async () => {
    // zlib's best ratio, on zeros at level 9, is just under deflate's bound.
    const pdf = pdfWithStream(deflateSync(Buffer.alloc(8 * MB), { level: 9 }), '/Filter /FlateDecode')
    const total = await inflatedBytes(pdf, Number.POSITIVE_INFINITY)
    expect(total).toBe(8 * MB)
    expect(total).toBeGreaterThan(pdf.byteLength * MAX_DEFLATE_RATIO * 0.9)
    expect(total).toBeLessThanOrEqual(pdf.byteLength * MAX_DEFLATE_RATIO)
    // Just under the limit that scanning is skipped for, the stream is still counted (and refused past it).
    const limit = pdf.byteLength * MAX_DEFLATE_RATIO - 1
    await expect(checkInflatedSize(pdf, Math.min(limit, 8 * MB - 1))).rejects.toMatchObject({ code: 'E_TOO_LARGE' })
    await expect(checkInflatedSize(pdf, pdf.byteLength * MAX_DEFLATE_RATIO)).resolves.toBeUndefined()
  })

  it('counts a truncated Flate stream as far as it inflates (pdf.js inflates it that far too)', async () => {
    const data = deflateSync(Buffer.alloc(4 * MB))
    const pdf = pdfWithStream(data.subarray(0, data.length - 20), '/Filter /Fl')
    expect(await inflatedBytes(pdf, DEFAULT_MAX_INFLATED_BYTES)).toBeGreaterThan(3 * MB)
  })

  it('reads a stream with an indirect /Length to its end, even with the bytes `endstream` inside its data', async () => {
    const data = await storedThenZeros('endstream\nendobj\n', 4)
    expect(data.includes('endstream')).toBe(true)
    const pdf = pdfWithStream(data, '/Length 5 0 R /Filter /FlateDecode')
    expect(await inflatedBytes(pdf, DEFAULT_MAX_INFLATED_BYTES)).toBe(4 * MB + 'endstream\nendobj\n'.length)
  })

  it('counts object streams and every Flate stream of the document, summed', async () => {
    const half = deflateSync(Buffer.alloc(MB)).toString('latin1')
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${half.length} >>\nstream\n${half}\nendstream`,
      `<< /Filter /FlateDecode >>\nstream\r\n${half}\r\nendstream`,
    ])
    expect(await inflatedBytes(pdf, DEFAULT_MAX_INFLATED_BYTES)).toBe(2 * MB)
  })

  it('leaves streams that are damaged, not Flate or not streams to pdf.js', async () => {
    const garbage = pdfWithStream(new Uint8Array([0x78, 0x9c, 0xff, 0xff, 0xff, 0x00, 0x01]), '/Filter /FlateDecode')
    expect(await inflatedBytes(garbage, DEFAULT_MAX_INFLATED_BYTES)).toBe(0)
    const other = pdfWithStream(deflateSync(Buffer.alloc(MB)), '/Filter /ASCIIHexDecode')
    expect(await inflatedBytes(other, DEFAULT_MAX_INFLATED_BYTES)).toBe(0)
    const words = new TextEncoder().encode('%PDF-1.7\n(/Filter /FlateDecode stream is a word) endstream')
    expect(await inflatedBytes(words, DEFAULT_MAX_INFLATED_BYTES)).toBe(0)
  })

  it('lets every PDF fixture through, far below the default limit', async () => {
    const root = new URL('../../../../fixtures/pdf/', import.meta.url).pathname
    const files = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        readdirSync(join(root, entry.name))
          .filter((file) => file.endsWith('.pdf'))
          .map((file) => join(root, entry.name, file)),
      )
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const total = await inflatedBytes(new Uint8Array(readFileSync(file)), DEFAULT_MAX_INFLATED_BYTES)
      expect(total, file).toBeLessThan(DEFAULT_MAX_INFLATED_BYTES / 100)
    }
  })
})
