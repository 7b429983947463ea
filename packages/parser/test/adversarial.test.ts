/**
 * Hostile lines (issue #15) parse in time that grows linearly: one line of each shape that once cost minutes, grown
 * to a million characters inside a real letter. The guarantee is the regex check (`regex-safety.test.ts`); this is
 * the coarse end-to-end guard, with a bound generous enough for a busy machine (each takes ~2 s here, a quadratic
 * pattern would take hours). `pnpm bench adversarial` prints the times against ordinary text of the same size.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ParseError, parse } from '../src/index.js'

const LETTER = readFileSync(new URL('../../../fixtures/answers/20161_beu_spm167_svar1371974_1707858/input.txt', import.meta.url), 'utf8')
const SIZE = 1_000_000
/** Far above linear time (~2 s), far below what a super-linear pattern takes at this size. */
const BOUND_MS = 20_000
/** Where the line goes: among the preamble's lines, where the recipient and the askers are read. */
const AT_LINE = 8

const grow = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length))

const SHAPES: Record<string, string> = {
  'recipient: til a og a … .': `til ${grow('a og ')}.`,
  'phone line: F + spaces + .': `F${' '.repeat(SIZE)}.`,
  'a run of letters': grow('sygedagpengemodtager'),
  'a run of spaces': `a${' '.repeat(SIZE)}b`,
  '@. repeated': grow('@.'),
  'a URL repeated': grow('http://'),
  'asked-by: stillet af … til …': `stillet af ${grow('Åse til r ')}`,
}

describe('adversarial lines parse in linear time', () => {
  for (const [name, line] of Object.entries(SHAPES)) {
    it(name, async () => {
      const lines = LETTER.split('\n')
      lines.splice(AT_LINE, 0, line)
      const start = performance.now()
      await parse(lines.join('\n'), { format: 'text', requireFolketingDocument: false }).catch((error: unknown) => {
        if (!(error instanceof ParseError)) throw error
      })
      expect(performance.now() - start).toBeLessThan(BOUND_MS)
    }, 120_000)
  }
})
