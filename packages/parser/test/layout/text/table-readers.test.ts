import { describe, expect, it } from 'vitest'
import { TEXT_TABLE_READERS, tableFromText } from '../../../src/layout/text/table-readers.js'

describe('the text table readers', () => {
  it('are tried in a named order, the inferred column-major layouts last', () => {
    expect(TEXT_TABLE_READERS.map((reader) => reader.name)).toEqual([
      'word-cells',
      'separated',
      'period-blocks',
      'row-wise',
      'label-value',
      'cell-per-line',
      'column-major',
      'column-major-years',
      'years-labels-values',
      'typed-grid',
    ])
  })

  it('give the first reader that reads the lines, and nothing for lines no reader reads', () => {
    // Gaps between the cells and rows of values: both `separated` and `row-wise` read it; the first wins.
    expect(tableFromText(['År  2013  2014', 'Andel  9,8  11,4'])?.data?.reader).toBe('separated')
    expect(tableFromText(['Svaret følger her.', 'Med venlig hilsen'])).toBeUndefined()
    expect(tableFromText(['', '  '])).toBeUndefined()
  })
})
