import { describe, expect, it } from 'vitest'
import { TEXT_TABLE_READERS, tableFromText, yearsOneALine } from '../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../table-cells.js'

describe('the text table readers', () => {
  it('are tried in a named order, the inferred column-major layouts last', () => {
    expect(TEXT_TABLE_READERS.map((reader) => reader.name)).toEqual([
      'word-cells',
      'separated',
      'period-blocks',
      'row-wise',
      'label-value',
      'cell-per-line',
      'heading-apart',
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

  it('read a header row of years kept on one line over labels and values listed one a line', () => {
    // KIU alm. del spm. 51 (2021-22): the years on one line, the row labels wrapped, the values column by column; `.`
    // where the accounts are not yet in.
    const lines = ['2014 2015 2016', 'Budgettal', 'fra FL', 'Regnskabs-', 'tal fra SB', '39', '37', '43', '37', '39', '.']
    const table = tableFromText(lines)
    expect(table?.data?.reader).toBe('years-labels-values')
    expect(cellTexts(table)).toEqual([
      ['', '2014', '2015', '2016'],
      ['Budgettal fra FL', '39', '43', '39'],
      ['Regnskabstal fra SB', '37', '37', '.'],
    ])
  })

  it('split a line into its years only where it holds years alone, rising', () => {
    expect(yearsOneALine(['2014 2015 2016', 'Antal'])).toEqual(['2014', '2015', '2016', 'Antal'])
    // Falling years, a label before them, or a single year: the line as it is.
    const kept = ['2016 2015', 'År 2014 2015', '2014', 'Antal 12 14']
    expect(yearsOneALine(kept)).toBe(kept)
  })
})
