import { describe, expect, it } from 'vitest'
import { makeLine, type PdfLine } from '../../../src/layout/pdf/lines.js'
import { assignRegions } from '../../../src/layout/pdf/regions.js'

/** A line of pieces `[text, x0]` on baseline y in `size` pt, each character half the size wide. */
function line(y: number, size: number, ...pieces: Array<[string, number]>): PdfLine {
  return makeLine(
    1,
    pieces.map(([text, x0]) => ({ text, x0, x1: x0 + text.length * size * 0.5, y, size, font: 'f' })),
  )
}

const TEXT = 'Ministeren bedes redegøre for investeringsrammerne i de kommende år, herunder'
const BOX = [{ page: 1, width: 595, height: 842 }]

/** Roles of the page's lines by text (body lines: 'body'). */
function roles(lines: PdfLine[]): Record<string, string> {
  const { pages, roles: found } = assignRegions([lines], BOX)
  return Object.fromEntries((pages[0] ?? []).map((each) => [each.text, found.get(each) ?? 'body']))
}

describe('a sidebar left of the text column', () => {
  // Uddannelses- og Forskningsministeriet: the date, address and "Ref.-nr." at x = 40 in 8.5 pt, the text at x = 160.
  const body = [0, 1, 2, 3, 4].map((at) => line(600 - at * 14, 11, [TEXT, 160]))

  it('is sidebar, also where a sidebar line shares its baseline with a line of text', () => {
    // "Ref.-nr." on the baseline of the text's first line: one line of two segments, cut where the column begins.
    const shared = makeLine(1, [
      { text: 'Ref.-nr.', x0: 40, x1: 74, y: 600, size: 8.5, font: 'f' },
      { text: TEXT, x0: 160, x1: 160 + TEXT.length * 5.5, y: 600, size: 11, font: 'f' },
    ])
    const found = roles([line(640, 8.5, ['24. juni 2022', 40]), shared, ...body.slice(1)])
    expect(found['24. juni 2022']).toBe('sidebar')
    expect(found['Ref.-nr.']).toBe('sidebar')
    expect(found[TEXT]).toBe('body')
  })

  it('not text in the body’s size that starts left of the column (near miss: a heading set out in the margin)', () => {
    const found = roles([line(640, 11, ['Svar', 40]), ...body])
    expect(found.Svar).toBe('body')
  })
})
