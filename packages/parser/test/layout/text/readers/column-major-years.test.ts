import { describe, expect, it } from 'vitest'
import { columnMajorYears } from '../../../../src/layout/text/readers/column-major-years.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe('column-major-years: a table listed column by column under rising years', () => {
  it('reads the columns, joining label lines that go on', () => {
    const body = [
      '2010',
      'Danske statsborgere',
      'i alt',
      'EU/EØS/EFTA uden',
      'Norden i alt',
      '119.908',
      '2.827',
      '2011',
      '116.229',
      '3.237',
      '2012',
      '116.721',
      '3.968',
    ]
    expect(cellTexts(columnMajorYears(body))).toEqual([
      ['', '2010', '2011', '2012'],
      ['Danske statsborgere i alt', '119.908', '116.229', '116.721'],
      ['EU/EØS/EFTA uden Norden i alt', '2.827', '3.237', '3.968'],
    ])
    expect(tableFromText(body)?.data).toEqual({ columnMajor: true, reader: 'column-major-years' })
  })

  it('reads columns headed by words after the years (`I alt`)', () => {
    const body = ['2018', 'Ansøgninger', '2.748', '2019', '2.061', '2023*', '522', 'I alt', '5.331']
    expect(cellTexts(columnMajorYears(body))).toEqual([
      ['', '2018', '2019', '2023*', 'I alt'],
      ['Ansøgninger', '2.748', '2.061', '522', '5.331'],
    ])
    expect(tableFromText(body)?.data).toEqual({ columnMajor: true, reader: 'column-major-years' })
  })

  it('leaves a word heading before a year, or a long line for a heading, alone', () => {
    expect(columnMajorYears(['2018', 'Ansøgninger', '2.748', 'I alt', '2.061', '2019', '522'])).toBeUndefined()
    expect(columnMajorYears(['2018', 'A', '1', '2019', '2', 'Det samlede antal ansøgninger i perioden', '3'])).toBeUndefined()
  })

  it('takes years that do not rise for no column headings', () => {
    expect(columnMajorYears(['2010', 'A', 'B', '1', '2', '2009', '3', '4'])).toBeUndefined()
    expect(tableFromText(['2010', 'A', 'B', '1', '2', '2009', '3', '4'])).toBeUndefined()
  })
})
