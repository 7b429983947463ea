/**
 * Broken and hostile inputs: each gives its typed error (or, where pdf.js can still read it, a valid record),
 * never another exception and never a hang.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { recordSchema } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
import { ParseError, parse } from '../src/index.js'
import { loadPdfjs, PDF_LOAD_OPTIONS } from '../src/input/pdf-load.js'
import { imageOnlyPdf, pagesPdf, postScriptFunctionPdf } from './pdf-builder.js'

const FIXTURES = new URL('../../../fixtures/', import.meta.url)

/** The outcome of parsing: the error code, or 'record' for a record that validates. */
async function outcome(bytes: Uint8Array, options: Parameters<typeof parse>[1] = {}): Promise<string> {
  try {
    const record = await parse(bytes, options)
    expect(recordSchema.safeParse(record).success).toBe(true)
    return 'record'
  } catch (error) {
    if (error instanceof ParseError) return error.code
    throw error
  }
}

/** Deterministic bytes (a linear congruential generator), so failures reproduce. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0
    bytes[index] = state >>> 24
  }
  return bytes
}

describe('broken PDFs give their error codes', () => {
  it('an encrypted PDF (qpdf, user password) → E_PDF_ENCRYPTED', async () => {
    expect(await outcome(new Uint8Array(readFileSync(new URL('broken/encrypted.pdf', FIXTURES))))).toBe('E_PDF_ENCRYPTED')
  })

  it('an empty file → E_EMPTY', async () => {
    expect(await outcome(new Uint8Array(0), { path: 'empty.pdf' })).toBe('E_EMPTY')
  })

  it('random bytes → E_UNSUPPORTED_FORMAT, or E_PDF_CORRUPT behind a PDF header, or E_NOT_PDF when named .pdf', async () => {
    expect(await outcome(noise(4096, 1))).toBe('E_UNSUPPORTED_FORMAT')
    expect(await outcome(noise(4096, 2), { path: 'svar.pdf' })).toBe('E_NOT_PDF')
    const header = new TextEncoder().encode('%PDF-1.7\n')
    const garbage = new Uint8Array([...header, ...noise(4096, 3)])
    expect(await outcome(garbage)).toBe('E_PDF_CORRUPT')
  })

  it('every PDF fixture truncated at every 10% → E_PDF_CORRUPT', async () => {
    const root = new URL('pdf/', FIXTURES)
    // The letters LibreOffice set (one is printed by Chromium only: `chromium_only` in fixtures/pdf/ministry_letters.py).
    const names = readdirSync(root, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/input.pdf`, root)),
    )
    expect(names).toHaveLength(35)
    for (const { name } of names) {
      const pdf = new Uint8Array(readFileSync(new URL(`${name}/input.pdf`, root)))
      for (let tenth = 1; tenth <= 9; tenth++) {
        expect(await outcome(pdf.slice(0, Math.floor((pdf.length * tenth) / 10))), `${name} at ${tenth}0%`).toBe('E_PDF_CORRUPT')
      }
    }
  })

  it('the Chromium-printed PDFs truncated at every 10% → a valid record or a typed error, never a crash', async () => {
    // Skia writes its objects differently from LibreOffice; pdf.js may rebuild part of a cut file, so any outcome
    // but an untyped exception is acceptable — outcome() rethrows those and checks every record against the schema.
    const files = ['pdf', 'printed'].flatMap((group) =>
      readdirSync(new URL(`${group}/`, FIXTURES), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => new URL(`${group}/${entry.name}/${group === 'pdf' ? 'input.chromium.pdf' : 'input.pdf'}`, FIXTURES)),
    )
    expect(files).toHaveLength(36 + 34)
    const seen = new Set<string>()
    for (const file of files) {
      const pdf = new Uint8Array(readFileSync(file))
      for (let tenth = 1; tenth <= 9; tenth++) seen.add(await outcome(pdf.slice(0, Math.floor((pdf.length * tenth) / 10))))
    }
    expect([...seen].every((code) => ['record', 'E_PDF_CORRUPT', 'E_NOT_AN_ANSWER', 'E_NO_TEXT_LAYER'].includes(code))).toBe(true)
  }, 120_000)

  it('a PDF cut before its cross-reference table is rebuilt by pdf.js or refused, never a crash', async () => {
    const pdf = pagesPdf(3, (page) => `Side ${page}`)
    const text = new TextDecoder('latin1').decode(pdf)
    const cut = pdf.slice(0, text.indexOf('xref'))
    expect(['E_NOT_AN_ANSWER', 'E_PDF_CORRUPT']).toContain(await outcome(cut))
  })

  it('an image-only page (a scan) → E_NO_TEXT_LAYER', async () => {
    expect(await outcome(imageOnlyPdf())).toBe('E_NO_TEXT_LAYER')
  })

  it('500 pages → E_TOO_LARGE under the default page limit, and readable with a higher one', async () => {
    const big = pagesPdf(500, (page) => `Side ${page}`)
    expect(await outcome(big)).toBe('E_TOO_LARGE')
    await expect(parse(big, { maxPages: 600 })).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
  })

  it('a PDF that is not a Folketing document → E_NOT_AN_ANSWER', async () => {
    expect(await outcome(pagesPdf(1, () => 'Indkoebsliste: maelk, broed og ost.'))).toBe('E_NOT_AN_ANSWER')
  })
})

describe('security', () => {
  it('opens documents without eval, font faces or system fonts (CVE-2024-4367)', () => {
    expect(PDF_LOAD_OPTIONS).toMatchObject({ isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false })
  })

  /**
   * What `isEvalSupported: false` guards on the parser's path. CVE-2024-4367's font-matrix code ran only when pdf.js
   * drew glyphs on a canvas, which the parser never does, so a test built on that proof of concept cannot fail
   * (it passed even on the vulnerable pdf.js 4.1.392 with eval on). What does run on the parser's path is pdf.js
   * compiling PostScript functions into JavaScript with `new Function` while it builds an operator list: this
   * test counts such compilations while a whole parse runs — and shows, with eval allowed, that it sees them.
   */
  it('compiles no code from a document while parsing it; with eval allowed, pdf.js would', async () => {
    const compiled: string[] = []
    const original = globalThis.Function
    globalThis.Function = new Proxy(original, {
      construct(target, args: string[]) {
        compiled.push(String(args.at(-1)))
        return Reflect.construct(target, args)
      },
    })
    const operatorList = async (options: Record<string, unknown>) => {
      const { getDocument } = await loadPdfjs()
      const document = await getDocument({ ...PDF_LOAD_OPTIONS, ...options, data: postScriptFunctionPdf() }).promise
      try {
        await (await document.getPage(1)).getOperatorList()
      } finally {
        await document.destroy()
      }
    }
    try {
      expect(await outcome(postScriptFunctionPdf(), { requireFolketingDocument: false })).toBe('record')
      await operatorList({})
      const withoutEval = compiled.filter((body) => body.includes('dest'))
      await operatorList({ isEvalSupported: true })
      const withEval = compiled.filter((body) => body.includes('dest'))
      expect(withoutEval).toEqual([])
      expect(withEval.length).toBeGreaterThan(0)
    } finally {
      globalThis.Function = original
    }
  })
})
