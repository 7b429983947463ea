import { describe, expect, it } from 'vitest'
import { markLetterheadBlocks, markSplitPageCounters } from '../../src/layout/letterhead-block.js'
import type { SourceLine } from '../../src/tree.js'

/** Lines as the text input gives them, the ones at `sidebar` known by their form already. */
function linesOf(texts: readonly string[], sidebar: readonly number[]): SourceLine[] {
  return texts.map((text, at) => ({ text, line: at + 1, ...(sidebar.includes(at) ? { role: 'sidebar' as const } : {}) }))
}

const roles = (lines: readonly SourceLine[]) => lines.map((line) => line.role ?? '-')

describe('the letterhead set inside the body', () => {
  it('takes the lines between its known lines, and the values its labels owe after them', () => {
    // A ministry's sidebar set inside a table: its date, address and e-mail are known by form, the rest is not.
    const texts = ['Kommune', '12. maj 2022', 'Social- og', 'Ældreministeriet', 'Holmens Kanal 22', '1060 København K']
    texts.push('Tlf.', '3392 9300', 'E-mail', 'sm@sm.dk', 'Sagsnr.', 'Dok.nr.', '2022 - 1187', '4412', 'Aalborg', '1.204')
    const lines = linesOf(texts, [1, 5, 9, 10, 11]) // `Sagsnr.`, `Dok.nr.`: case labels, known by form
    markLetterheadBlocks(lines)
    expect(roles(lines)).toEqual([
      '-',
      ...Array<string>(13).fill('sidebar'), // the date … `Dok.nr.`, then the two values `Sagsnr.` and `Dok.nr.` owe
      '-',
      '-',
    ])
  })

  it('takes an en dash in a case number for a value (`2021 – 20437`)', () => {
    const lines = linesOf(['www.uim.dk', 'Sags nr.', 'Akt-id', '2021 – 20437', '1839089', 'Ankestyrelsen har oplyst følgende.'], [0, 1])
    // `Akt-id` joins the block by its form; two labels owe two values.
    markLetterheadBlocks(lines)
    expect(roles(lines)).toEqual(['sidebar', 'sidebar', 'sidebar', 'sidebar', 'sidebar', '-'])
  })

  it('leaves running text between its lines alone, and a run longer than a letterhead’s', () => {
    // pdftotext -layout sets the sidebar's lines among the letter's: a line that goes on, or ends a sentence, is the letter's.
    const prose = linesOf(['19. marts 2010', 'foreligger en evaluering?”', 'J.nr. 2010-1188'], [0, 2])
    markLetterheadBlocks(prose)
    expect(roles(prose)).toEqual(['sidebar', '-', 'sidebar'])
    const continued = linesOf(['1060 København K', 'af de berørte kommuner', 'www.sm.dk'], [0, 2])
    markLetterheadBlocks(continued)
    expect(roles(continued)).toEqual(['sidebar', '-', 'sidebar'])
    // Six short lines between two known ones: a table's cells, not a letterhead's lines.
    const cells = linesOf(['3. april 2023', 'Region', 'Nord', 'Syd', 'Antal', '12', '14', '1216 København K'], [0, 7])
    markLetterheadBlocks(cells)
    expect(roles(cells).slice(1, 7)).toEqual(Array<string>(6).fill('-'))
  })

  it('takes no more values than its labels owe', () => {
    // Two labels, one value already: one more value is owed; the table's value after it stays.
    const lines = linesOf(['Tel.', 'CVR-nr.', '7226 8400', '36977191', '214', '213'], [0, 1, 2])
    markLetterheadBlocks(lines)
    expect(roles(lines)).toEqual(['sidebar', 'sidebar', 'sidebar', 'sidebar', '-', '-'])
  })
})

describe('a page counter split over two lines', () => {
  it('takes `Side` / `1/2` for the page’s furniture, and nothing else', () => {
    const lines = linesOf(['2.054', 'Side', '1/2', 'Kaare Dybvad Bek'], [])
    markSplitPageCounters(lines)
    expect(roles(lines)).toEqual(['-', 'page-footer', 'page-footer', '-'])
    const words = linesOf(['Side', 'om sagen'], [])
    markSplitPageCounters(words)
    expect(roles(words)).toEqual(['-', '-'])
  })
})
