/** `parse(input, { signal })`: an aborted parse throws `E_ABORTED`, a timed-out one `E_TIMEOUT`. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'

const LETTER = readFileSync(new URL('../../../fixtures/answers/20161_beu_spm167_svar1371974_1707858/input.txt', import.meta.url), 'utf8')

const timeoutReason = () => new DOMException('The operation timed out.', 'TimeoutError')

describe('parse with a signal', () => {
  it('throws E_ABORTED for a signal aborted before it starts', async () => {
    await expect(parse(LETTER, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'ParseError', code: 'E_ABORTED' })
  })

  it('throws E_TIMEOUT when the signal timed out', async () => {
    await expect(parse(LETTER, { signal: AbortSignal.abort(timeoutReason()) })).rejects.toMatchObject({ code: 'E_TIMEOUT' })
  })

  it('stops between stages when the signal fires during the parse', async () => {
    const controller = new AbortController()
    const parsing = parse(LETTER, { signal: controller.signal })
    controller.abort()
    await expect(parsing).rejects.toMatchObject({ code: 'E_ABORTED' })
  })

  it('stops a PDF between pages', async () => {
    const pdf = new Uint8Array(readFileSync(new URL('../../../fixtures/pdf/beu-20211-spm245/input.pdf', import.meta.url)))
    const controller = new AbortController()
    const parsing = parse(pdf, { signal: controller.signal })
    controller.abort()
    await expect(parsing).rejects.toMatchObject({ code: 'E_ABORTED' })
  })

  it('parses as before with a signal that does not fire', async () => {
    const record = await parse(LETTER, { signal: new AbortController().signal })
    expect(record).toEqual(await parse(LETTER))
  })
})
