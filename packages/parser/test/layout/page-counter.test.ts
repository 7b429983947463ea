import { describe, expect, it } from 'vitest'
import { markSplitPageCounters } from '../../src/layout/page-counter.js'
import type { SourceLine } from '../../src/tree.js'

const linesOf = (texts: readonly string[]): SourceLine[] => texts.map((text, at) => ({ text, line: at + 1 }))
const roles = (lines: readonly SourceLine[]) => lines.map((line) => line.role ?? '-')

describe('a page counter split over two lines', () => {
  it('takes `Side` / `1/2` (or `2 af 3`) for the page’s furniture, and nothing else', () => {
    const lines = linesOf(['2.054', 'Side', '1/2', 'Kaare Dybvad Bek'])
    markSplitPageCounters(lines)
    expect(roles(lines)).toEqual(['-', 'page-footer', 'page-footer', '-'])
    const of = linesOf(['Side', '2 af 3'])
    markSplitPageCounters(of)
    expect(roles(of)).toEqual(['page-footer', 'page-footer'])
    const words = linesOf(['Side', 'om sagen', 'Side 7', '1/2'])
    markSplitPageCounters(words)
    expect(roles(words)).toEqual(['-', '-', '-', '-'])
  })
})
