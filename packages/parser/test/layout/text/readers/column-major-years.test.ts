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

  it('takes years that do not rise for no column headings', () => {
    expect(columnMajorYears(['2010', 'A', 'B', '1', '2', '2009', '3', '4'])).toBeUndefined()
    expect(tableFromText(['2010', 'A', 'B', '1', '2', '2009', '3', '4'])).toBeUndefined()
  })
})
