import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { expectRecord, fixtureCases } from './fixture-harness.js'

describe('HTML and Markdown fixtures', () => {
  const cases = [...fixtureCases('html', 'input.html'), ...fixtureCases('markdown', 'input.md')]
  it('finds them', () => {
    expect(cases.map((fixture) => fixture.name).sort()).toEqual([
      'html/20201_beu_spm612',
      'html/synthetic-word-export',
      'markdown/beu-20241-spm75',
      'markdown/synthetic-footnotes',
    ])
  })
  for (const fixture of cases) {
    it(fixture.name, async () => {
      const record = await api.parseFile(fixture.input)
      expect(record.source.format).toBe(fixture.name.startsWith('html') ? 'html' : 'markdown')
      expectRecord(record, fixture.expected)
    })
  }
})

describe('text in UTF-16 with a byte order mark (as Windows tools write it) reads as in UTF-8', () => {
  const cases = ['seeds', 'answers', 'questions'].flatMap((group) => fixtureCases(group))
  for (const fixture of cases) {
    it(fixture.name, async () => {
      const text = readFileSync(fixture.input, 'utf8')
      const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
      const bigEndian = Buffer.from(littleEndian).swap16()
      for (const bytes of [littleEndian, bigEndian]) {
        const record = await api.parse(new Uint8Array(bytes), { path: 'letter.txt' })
        expect(record.source.format).toBe('text')
        expectRecord(record, fixture.expected)
      }
    })
  }
})

describe('library API', () => {
  it('exports exactly its public names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_MAX_BYTES',
      'PROVENANCE_FIELDS',
      'ParseError',
      'extractRecord',
      'extractRecords',
      'fieldValue',
      'findDate',
      'isParseError',
      'joinLines',
      'openPdf',
      'parse',
      'parseAll',
      'parseDanishNumber',
      'parseDateLine',
      'parseFile',
      'parseFileAll',
      'parseToTree',
      'recordToMarkdown',
      'sessionFromDate',
      'sniffFormat',
    ])
  })

  it('has a core entry with parse and its errors only, the same functions as the main entry', async () => {
    const core = await import('../src/core.js')
    expect(Object.keys(core).sort()).toEqual([
      'DEFAULT_MAX_BYTES',
      'ParseError',
      'isParseError',
      'parse',
      'parseAll',
      'parseFile',
      'parseFileAll',
      'parseToTree',
    ])
    expect(core.parse).toBe(api.parse)
    expect(core.parseFileAll).toBe(api.parseFileAll)
    expect(core.isParseError).toBe(api.isParseError)
  })

  it('parses bytes in memory without touching the filesystem, naming the source as told', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/pdf/beu-20201-bilag446/input.pdf', import.meta.url)))
    const record = await api.parse(bytes, { path: 'archive/446.pdf' })
    expect(record.source).toMatchObject({ path: 'archive/446.pdf', format: 'pdf', pages: 1 })
    expect(record.source.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(record.caseNumber).toBe('2021-357')
    expect(bytes.byteLength).toBeGreaterThan(0) // the caller's buffer is not detached by pdf.js
  })

  it('reads a Node Buffer (as fs.readFileSync gives it), a Buffer inside a larger pool and an ArrayBuffer', async () => {
    const pdf = readFileSync(new URL('../../../fixtures/pdf/beu-20201-bilag446/input.pdf', import.meta.url))
    expect(Buffer.isBuffer(pdf)).toBe(true)
    expect((await api.parse(pdf)).caseNumber).toBe('2021-357')
    // A Buffer that is a window on a larger allocation: only its own bytes are read.
    const pooled = Buffer.concat([Buffer.from('padding before'), pdf, Buffer.from('after')]).subarray(14, 14 + pdf.byteLength)
    expect((await api.parse(pooled)).caseNumber).toBe('2021-357')
    const arrayBuffer = pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength)
    expect((await api.parse(arrayBuffer)).caseNumber).toBe('2021-357')
    const text = readFileSync(new URL('../../../fixtures/seeds/beu-20161-spm128/input.txt', import.meta.url))
    expect((await api.parse(text)).question.number).toBe('128')
  })

  it('parses a string as text, or as the format it is told', async () => {
    const text = readFileSync(new URL('../../../fixtures/seeds/beu-20161-spm128/input.txt', import.meta.url), 'utf8')
    expect((await api.parse(text)).question.number).toBe('128')
    const markdown = await api.parse(
      'Beskæftigelsesudvalget har i brev af 1. marts 2021 stillet følgende spørgsmål nr. 9 (alm. del), som hermed besvares.\n\n## Svar:\n\n**Ja.**',
      { format: 'markdown' },
    )
    expect(markdown.source.format).toBe('markdown')
    expect(markdown.answer.text).toBe('Ja.')
  })

  it('a Markdown ordered list whose items start in lower case stays a list', async () => {
    const record = await api.parse(
      'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 96 (alm. del), som hermed besvares.\n\n**Svar:**\n\nInitiativerne er:\n\n1. en fast frist på otte uger,\n2. digital indberetning, og\n3. en årlig redegørelse.\n\nVenlig hilsen\n\nLudvig Ayoub Jensen',
      { format: 'markdown' },
    )
    expect(record.answer.blocks).toEqual([
      { type: 'paragraph', text: 'Initiativerne er:' },
      {
        type: 'list',
        ordered: true,
        start: 1,
        items: ['en fast frist på otte uger,', 'digital indberetning, og', 'en årlig redegørelse.'],
      },
    ])
  })

  it('throws a TypeError for misuse and ParseErrors with codes for bad input', async () => {
    await expect(api.parse(42 as unknown as string)).rejects.toThrow(TypeError)
    await expect(api.parse('')).rejects.toMatchObject({ code: 'E_EMPTY' })
    await expect(api.parse('   \n ')).rejects.toMatchObject({ code: 'E_EMPTY' })
    await expect(api.parse('Indkøbsliste: mælk, brød og ost.')).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
    await expect(api.parse(new Uint8Array([0, 1, 2, 3, 0, 0]))).rejects.toMatchObject({ code: 'E_UNSUPPORTED_FORMAT' })
    await expect(api.parse('x'.repeat(100), { maxBytes: 10 })).rejects.toMatchObject({ code: 'E_TOO_LARGE' })
    await expect(api.parse('Svar: ja', { format: 'pdf' })).rejects.toMatchObject({ code: 'E_NOT_PDF' })
    await expect(api.parse(new TextEncoder().encode('<html>not a pdf</html>'), { path: 'svar.pdf' })).rejects.toMatchObject({
      code: 'E_NOT_PDF',
    })
  })
})
