import { describe, expect, it } from 'vitest'
import { type Column, splitHeadColumns } from '../../../src/layout/pdf/head-columns.js'
import { makeLine, type PdfLine } from '../../../src/layout/pdf/lines.js'

/** A line of pieces `[text, x0]` on baseline y: each piece 5 pt a character wide, 11 pt text. */
function line(y: number, ...pieces: Array<[string, number]>): PdfLine {
  return makeLine(
    1,
    pieces.map(([text, x0]) => ({ text, x0, x1: x0 + text.length * 5, y, size: 11, font: 'f' })),
  )
}

const column: Column = { left: 71, right: 520, bodySize: 11 }
/** The letter's first full line of text. */
const text = line(600, ['Hermed sendes besvarelse af spørgsmål nr. 671 (Alm. del), som Folketingets Retsudvalg har', 71])

const texts = (pages: PdfLine[][]) => pages.map((lines) => lines.map((each) => each.text))

describe("the letterhead's two columns on one baseline", () => {
  it('cuts an addressee line that shares its baseline with the label column', () => {
    // Justitsministeriet's head as Word draws it: "Folketinget" on the baseline of "Dato:".
    const head = [
      line(768, ['Folketinget', 71], ['Dato:', 368.5], ['1. april 2025', 422]),
      line(759, ['Kontor:', 368.5], ['Strafferetskontoret', 422]),
      line(754, ['Retsudvalget', 71]),
      line(749, ['Sagsbeh:', 368.5], ['Camilla Ørskov', 422]),
      line(740, ['Christiansborg', 71], ['Christiansen', 422]),
      line(727, ['1240 København K', 71], ['Sagsnr.:', 368.5], ['2025-02927', 422]),
    ]
    expect(texts(splitHeadColumns([[...head, text]], column))).toEqual([
      [
        'Folketinget',
        'Dato:  1. april 2025',
        'Kontor:  Strafferetskontoret',
        'Retsudvalget',
        'Sagsbeh:  Camilla Ørskov',
        'Christiansborg',
        'Christiansen',
        '1240 København K',
        'Sagsnr.:  2025-02927',
        text.text,
      ],
    ])
  })

  it("cuts the minister's line from the ministry's name beside it", () => {
    const head = [
      line(760, ['MINISTEREN', 71], ['Transport-, Bygnings- og Boligministeriet', 369]),
      line(748, ['Frederiksholms Kanal 27 F', 369]),
      line(736, ['1220 København K', 369]),
      line(732, ['Transport-, Bygnings- og Boligudvalget', 71]),
    ]
    expect(texts(splitHeadColumns([[...head, text]], column))[0]?.slice(0, 2)).toEqual([
      'MINISTEREN',
      'Transport-, Bygnings- og Boligministeriet',
    ])
  })

  it('leaves a head without a right column of three lines, and the lines below the first full line (near misses)', () => {
    const two = [line(760, ['MINISTEREN', 71], ['Transportministeriet', 369]), line(748, ['Frederiksholms Kanal 27 F', 369])]
    expect(texts(splitHeadColumns([[...two, text]], column))[0]?.[0]).toBe('MINISTEREN  Transportministeriet')
    // A table row below the letter's first full line keeps its cells.
    const head = [line(760, ['Dato:', 369]), line(748, ['Sagsnr.:', 369]), line(736, ['Dok.:', 369])]
    const row = line(500, ['Afviste asylansøgere', 71], ['189', 369])
    expect(texts(splitHeadColumns([[...head, text, row]], column))[0]?.at(-1)).toBe('Afviste asylansøgere  189')
  })
})

describe('a reference and the date on one head line, the date flush right', () => {
  it('is cut in two: "MFVM 404" and "Den 26. november 2017"', () => {
    // Miljø- og Fødevareministeriet: the date set with a right tab, ending at the column's right edge (520).
    const head = [line(700, ['Folketingets Europaudvalg', 71]), line(672, ['MFVM 404', 71], ['Den 26. november 2017', 415])]
    expect(texts(splitHeadColumns([[...head, text]], column))).toEqual([
      ['Folketingets Europaudvalg', 'MFVM 404', 'Den 26. november 2017', text.text],
    ])
  })

  it('not a label and its value in the letterhead’s column, though the value ends at the edge (near miss)', () => {
    const head = [line(700, ['Kontor:', 368.5], ['Strafferetskontoret', 425])]
    expect(texts(splitHeadColumns([[...head, text]], column))).toEqual([['Kontor:  Strafferetskontoret', text.text]])
  })
})

describe('a page that opens with a table (fortieth session)', () => {
  it("cuts none of its rows where a column's right-aligned figures start at one edge", () => {
    // An annex of one table: 3-figure values right-aligned in a wide column start at x = 328.7, row after row.
    const rows = [2013, 2014, 2015, 2016].map((year, at) =>
      line(623 - at * 15, [String(year), 71], ['715', 170], ['357', 224], ['358', 328.7], ['22 (6,1 %)', 367], ['14 (3,9%)', 470]),
    )
    const pages = [[line(700, ['Oversigt over adfærdsklagesager', 71]), ...rows, text]]
    expect(texts(splitHeadColumns(pages, column))[0]).toHaveLength(6)
  })

  it('near miss: an addressee line beside a label column with one figure is still cut', () => {
    const head = [
      line(768, ['Folketinget', 71], ['Dato:', 368.5], ['1. april 2025', 422]),
      line(759, ['Retsudvalget', 71], ['Kontor:', 368.5], ['Strafferetskontoret', 422]),
      line(727, ['1240 København K', 71], ['Sagsnr.:', 368.5], ['2025-02927', 422]),
    ]
    expect(texts(splitHeadColumns([[...head, text]], column))[0]).toContain('Folketinget')
  })
})
