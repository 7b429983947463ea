import { describe, expect, it } from 'vitest'
import { decodeText, utf16Encoding } from '../src/input/decode.js'
import { MAX_MARKDOWN_NESTING, markdownToTree } from '../src/input/markdown.js'
import { openPdf } from '../src/input/pdf-load.js'

describe('decoding in the input modules', () => {
  it('decodeText: UTF-8, UTF-16 by its byte order mark, else Windows-1252', () => {
    expect(decodeText(new TextEncoder().encode('Beskæftigelsesudvalget'))).toBe('Beskæftigelsesudvalget')
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Svar'].flatMap((char) => [char.charCodeAt(0), 0])])
    expect(utf16Encoding(utf16)).toBe('utf-16le')
    expect(decodeText(utf16)).toBe('Svar')
    expect(decodeText(new Uint8Array([0x53, 0x76, 0x61, 0x72, 0x20, 0xe6]))).toBe('Svar æ')
  })

  it('decodeText: Windows-1252’s own characters for the bytes 0x80–0x9F, on every Node version', () => {
    // "Svar – “ja” 5 €ø" as Windows-1252: an en dash, curly quotes and the euro sign sit in 0x80–0x9F.
    const bytes = new Uint8Array([0x53, 0x76, 0x61, 0x72, 0x20, 0x96, 0x20, 0x93, 0x6a, 0x61, 0x94, 0x20, 0x35, 0x20, 0x80, 0xf8])
    expect(decodeText(bytes)).toBe('Svar – “ja” 5 €ø')
  })

  it('markdownToTree refuses Markdown nested deeper than the limit with E_TOO_LARGE', () => {
    expect(() => markdownToTree(`${'> '.repeat(MAX_MARKDOWN_NESTING + 1)}Svar`)).toThrow(expect.objectContaining({ code: 'E_TOO_LARGE' }))
    expect(markdownToTree(`${'> '.repeat(3)}Svar`).children.length).toBeGreaterThan(0)
  })

  it('openPdf refuses bytes without a PDF header with E_NOT_PDF', async () => {
    await expect(openPdf(new TextEncoder().encode('Svar: ja'))).rejects.toMatchObject({ code: 'E_NOT_PDF' })
  })
})
