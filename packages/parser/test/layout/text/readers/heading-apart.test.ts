import { describe, expect, it } from 'vitest'
import { headingApart } from '../../../../src/layout/text/readers/heading-apart.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe("heading-apart: a series' first heading before the row labels, the others after them", () => {
  it('reads the cells row by row where a line holds a whole row (BUU alm. del spm. 5, 2023-24, cut down)', () => {
    const body = [
      '2009',
      'Udgift pr. elev (kr.,',
      '2023-pl)*',
      'Timetal pr. klassetrin',
      '2010',
      '2011',
      '83.987 82.776 80.186',
      '808',
      '810',
      '810',
    ]
    const table = tableFromText(body)
    expect(table?.data?.reader).toBe('heading-apart')
    expect(cellTexts(table)).toEqual([
      ['', '2009', '2010', '2011'],
      ['Udgift pr. elev (kr., 2023-pl)*', '83.987', '82.776', '80.186'],
      ['Timetal pr. klassetrin', '808', '810', '810'],
    ])
    expect(table?.data?.orderInferred).toMatch(/row by row: a line holds a whole row's values/u)
  })

  it('reads a row of numbers and a row of text, each row of one kind (BUU alm. del spm. 192, 2019-20, cut down)', () => {
    const body = ['År 1', 'Estimeret', 'omkostning', 'Omfattede', 'klassetrin', 'År 2', 'År 3', '0,1', '0,3', '0,5']
    body.push('Bh.kl.', 'Bh.kl.-', '1. kl.', 'Bh.kl.-', '2. kl.')
    const table = headingApart(body)
    expect(cellTexts(table)).toEqual([
      ['', 'År 1', 'År 2', 'År 3'],
      ['Estimeret omkostning', '0,1', '0,3', '0,5'],
      ['Omfattede klassetrin', 'Bh.kl.', 'Bh.kl.-1. kl.', 'Bh.kl.-2. kl.'],
    ])
    expect(table?.data?.orderInferred).toMatch(/row by row: each row's cells are of one kind only so/u)
  })

  it('reads by the smoothness of the rows where nothing else decides, and not at all where that does not', () => {
    // Row by row each measure runs smoothly (1.200 1.250 1.300; 12 13 12); column by column the rows jump by a hundredfold.
    const smooth = headingApart(['2020', 'Udgifter', 'Personer', '2021', '2022', '1.200', '1.250', '1.300', '12', '13', '12'])
    expect(cellTexts(smooth)?.slice(1)).toEqual([
      ['Udgifter', '1.200', '1.250', '1.300'],
      ['Personer', '12', '13', '12'],
    ])
    expect(smooth?.data?.orderInferred).toMatch(/row by row: the rows run smoothly only so/u)
    // Values of one size both ways: no order is told, no table.
    expect(headingApart(['2020', 'Mænd', 'Kvinder', '2021', '2022', '10', '11', '12', '10', '12', '11'])).toBeUndefined()
  })

  it('needs a series: years rising or one word numbered from 1, and as many cells as labels × headings', () => {
    // Falling years, numbers of different words, a count that does not fit.
    expect(headingApart(['2022', 'Mænd', 'Kvinder', '2021', '2020', '83.987 82.776 80.186', '1', '2', '3'])).toBeUndefined()
    expect(headingApart(['År 1', 'Mænd', 'Kvinder', 'Uge 2', 'Uge 3', '83.987 82.776 80.186', '1', '2', '3'])).toBeUndefined()
    expect(headingApart(['2020', 'Mænd', 'Kvinder', '2021', '2022', '83.987 82.776 80.186', '1', '2'])).toBeUndefined()
  })
})
