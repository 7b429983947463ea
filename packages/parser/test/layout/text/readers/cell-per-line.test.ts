import { describe, expect, it } from 'vitest'
import { cellPerLine } from '../../../../src/layout/text/readers/cell-per-line.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe('cell-per-line: one cell a line, rows under a header run of years', () => {
  it('reads a header run of years, then each row its label and a run of values as long', () => {
    const body = ['Køn', '2010', '2011', 'Mænd', '7.925', '7.225', 'Kvinder', '6.100', '6.000']
    expect(cellTexts(cellPerLine(body))).toEqual([
      ['', '2010', '2011'],
      ['Køn Mænd', '7.925', '7.225'],
      ['Kvinder', '6.100', '6.000'],
    ])
    expect(tableFromText(body)?.data?.reader).toBe('cell-per-line')
  })

  it("splits the header run of years from the first row's values that follow it directly", () => {
    expect(cellTexts(cellPerLine(['Ledige', '2010', '2011', '7.925', '7.225', 'Andel', '40', '38']))).toEqual([
      ['', '2010', '2011'],
      ['Ledige', '7.925', '7.225'],
      ['Andel', '40', '38'],
    ])
  })

  it('leaves runs of values of uneven length, or a header that is no run of years, alone', () => {
    expect(cellPerLine(['Køn', '2010', '2011', 'Mænd', '7.925', 'Kvinder', '6.100', '6.000'])).toBeUndefined()
    expect(cellPerLine(['Køn', '12', '13', 'Mænd', '7.925', '7.225'])).toBeUndefined()
  })
})
