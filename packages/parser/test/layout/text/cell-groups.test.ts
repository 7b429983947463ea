import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { tableFromCellGroups } from '../../../src/layout/text/cell-groups.js'

describe('tables one cell per paragraph (pdftotext in reading order)', () => {
  const cells = (groups: string[][]) =>
    tableFromCellGroups(groups)?.table.children.map((row) => row.children.map((cell) => nodeToString(cell)))

  it('reads rows led by a year under heading cells, a caption running on into the first heading', () => {
    const groups = [
      ['Bruttotilgang, 2010-2011', 'År'],
      ['Bruttotilgang,', 'personer'],
      ['Andel, pct.'],
      ['2010'],
      ['7.925'],
      ['40'],
      ['2011'],
      ['7.225'],
      ['38'],
    ]
    expect(cells(groups)).toEqual([
      ['År', 'Bruttotilgang, personer', 'Andel, pct.'],
      ['2010', '7.925', '40'],
      ['2011', '7.225', '38'],
    ])
    expect(tableFromCellGroups(groups)?.caption).toBe(1)
  })

  it('reads rows led by a label under group headings that divide the columns evenly', () => {
    const groups = [
      ['Personer i job, 2022-2023.'],
      ['Mænd'],
      ['Kvinder'],
      ['Alder'],
      ['2022'],
      ['2023'],
      ['2022'],
      ['2023'],
      ['16-29 år'],
      ['1.234'],
      ['1.300'],
      ['-'],
      ['1.100'],
      ['I alt'],
      ['3.000'],
      ['4.250'],
      ['3.110'],
      ['3.300'],
    ]
    expect(cells(groups)).toEqual([
      ['Alder', 'Mænd 2022', 'Mænd 2023', 'Kvinder 2022', 'Kvinder 2023'],
      ['16-29 år', '1.234', '1.300', '-', '1.100'],
      ['I alt', '3.000', '4.250', '3.110', '3.300'],
    ])
  })

  it('passes over the heading row repeated after a page break, and leaves rows of uneven length alone', () => {
    const repeated = [['Tabel-tekst.'], ['År'], ['Ledige'], ['2010'], ['7.925'], ['År'], ['Ledige'], ['2011'], ['7.225']]
    expect(cells(repeated)).toEqual([
      ['År', 'Ledige'],
      ['2010', '7.925'],
      ['2011', '7.225'],
    ])
    expect(cells([['Tabel-tekst.'], ['År'], ['Ledige'], ['2010'], ['7.925'], ['2011'], ['7.225'], ['12']])).toBeUndefined()
  })
})
