/**
 * The sidebar beside the text in layout-kept text (`pdftotext -layout`): where its column is, and how a line is cut
 * at it — a sidebar whose lines hold gaps of their own (a label and its value) included.
 */
import { describe, expect, it } from 'vitest'
import { sideColumn, splitAtSideColumn } from '../../../src/layout/text/columns.js'

/** A line of text with a sidebar part starting at `column`. */
const beside = (text: string, side: string, column = 60) => `${text.padEnd(column)}${side}`

describe('splitAtSideColumn', () => {
  it('cuts a sidebar part that holds a label and its value apart at the column, not at its own gap', () => {
    expect(splitAtSideColumn(beside('Spørgsmål nr. 147:', 'Sagsnr.:     2021/001416'), 60)).toEqual([
      { text: 'Spørgsmål nr. 147:', side: false },
      { text: 'Sagsnr.:     2021/001416', side: true },
    ])
    expect(splitAtSideColumn(beside('', 'Dato:        18. marts 2021'), 60)).toEqual([{ text: 'Dato:        18. marts 2021', side: true }])
  })

  it('cuts a sidebar part of words set after a narrow gap where the column is known', () => {
    expect(splitAtSideColumn(beside('Omkostningerne bedes udspecificeres, og det er en lang linje.', 'Holmens Kanal 9', 63), 63)).toEqual([
      { text: 'Omkostningerne bedes udspecificeres, og det er en lang linje.', side: false },
      { text: 'Holmens Kanal 9', side: true },
    ])
  })

  it('leaves a line whole where nothing starts at the column after a gap (near misses)', () => {
    // Text running through the column.
    const through = 'Ministeren bedes redegøre for omkostningerne i forbindelse med operationen og meget mere end det.'
    expect(splitAtSideColumn(through, 60)).toEqual([{ text: through, side: false }])
    // A part starting elsewhere.
    const elsewhere = beside('Forsvarskommandoen', '14,8         13,1', 50)
    expect(splitAtSideColumn(elsewhere, 60)).toEqual([{ text: elsewhere, side: false }])
    // Values at the column: a table's last column.
    const values = beside('Total', '58,6')
    expect(splitAtSideColumn(values, 60)).toEqual([{ text: values, side: false }])
    // A line ending before the column.
    expect(splitAtSideColumn('Svar:', 60)).toEqual([{ text: 'Svar:', side: false }])
  })
})

describe('sideColumn', () => {
  it("finds the sidebar's column from its letterhead lines beside the text", () => {
    const lines = [
      beside('Folketingets Forsvarsudvalg', ''),
      beside('Medlem af Folketinget har den 18. februar 2021', 'Dato:        18. marts 2021'),
      beside('stillet følgende spørgsmål nr. 147, som hermed', 'Forsvarsministeriet'),
      beside('besvares.', 'Holmens Kanal 9'),
      beside('', '1060 København K'),
      beside('Svar:', 'www.fmn.dk'),
    ]
    expect(sideColumn(lines)).toBe(60)
  })
})

describe('a sidebar whose labels stand over their values (fortieth session)', () => {
  // Klima-, Energi- og Forsyningsministeriet's letter as pdftotext -layout sets it: `J nr.` over `2022 - 1624`, the
  // value on the preamble's first line.
  const pad = (left: string) => left.padEnd(76)
  const page = [
    'Klima-, Energi- og Forsyningsudvalget',
    'Christiansborg',
    `${pad('1240 København K')}Ministeren`,
    '',
    `${pad('')}Dato`,
    `${pad('')}8. april 2022`,
    '',
    `${pad('')}J nr.`,
    `${pad('Klima-, Energi- og Forsyningsudvalget har d. 17. marts 2022')}2022 - 1624`,
    '',
    'stillet mig følgende spørgsmål 209 alm. del, som jeg hermed skal',
  ]

  it('finds the column, a case number under its label counted with it', () => {
    expect(sideColumn(page)).toBe(76)
  })

  it('splits the case number off the text line under its label', () => {
    expect(splitAtSideColumn(page[8] as string, 76, 'J nr.')).toEqual([
      { text: 'Klima-, Energi- og Forsyningsudvalget har d. 17. marts 2022', side: false },
      { text: '2022 - 1624', side: true },
    ])
  })

  it('near miss: figures alone at the column under anything else stay the line’s (a table’s last cell)', () => {
    expect(splitAtSideColumn(page[8] as string, 76, '8. april 2022')).toEqual([{ text: page[8], side: false }])
  })
})
