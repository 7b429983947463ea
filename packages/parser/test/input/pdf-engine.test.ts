/**
 * When pdf.js itself cannot start (a damaged install, a global it needs that is missing — as DOMMatrix was without
 * @napi-rs/canvas before `pdf-environment.ts` provided one; the mock below throws that error), a PDF
 * input still gives a ParseError with a code — a batch reports the file and goes on — and text input is unaffected.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { parse } from '../../src/index.js'

vi.mock('pdfjs-dist/legacy/build/pdf.mjs', () => {
  throw new ReferenceError('DOMMatrix is not defined')
})

describe('a PDF engine that cannot be loaded', () => {
  it('gives E_INTERNAL saying so, not the engine’s own error', async () => {
    const pdf = readFileSync(new URL('../../../../fixtures/pdf/beu-20201-bilag446/input.pdf', import.meta.url))
    await expect(parse(pdf)).rejects.toMatchObject({
      name: 'ParseError',
      code: 'E_INTERNAL',
      message: expect.stringMatching(/^pdf\.js could not be loaded: /),
    })
    // Again: the failed load is remembered, and still typed.
    await expect(parse(pdf)).rejects.toMatchObject({ code: 'E_INTERNAL' })
  })

  it('leaves text input alone', async () => {
    const text = readFileSync(new URL('../../../../fixtures/seeds/beu-20161-spm128/input.txt', import.meta.url), 'utf8')
    expect((await parse(text)).question.number).toBe('128')
  })
})
