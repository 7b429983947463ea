import { describe, expect, it } from 'vitest'
import { textToTree } from '../../../../src/input/text.js'
import { wordCells } from '../../../../src/layout/text/readers/word-cells.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe("word-cells: Word's HTML export, a cell a line ending in ` |`", () => {
  it('reads the row width off where labels and values stand, the empty corner cell kept', () => {
    const body = [
      '|',
      'Jan. 2007 |',
      'Feb. 2007 |',
      'Marts 2007 |',
      'Ansøgninger |',
      '412 |',
      '398 |',
      '455 |',
      'Afslag |',
      '12 |',
      '|',
      '9 |',
    ]
    expect(cellTexts(wordCells(body))).toEqual([
      ['', 'Jan. 2007', 'Feb. 2007', 'Marts 2007'],
      ['Ansøgninger', '412', '398', '455'],
      ['Afslag', '12', '', '9'],
    ])
    expect(tableFromText(body)?.data?.reader).toBe('word-cells')
    expect(wordCells(body)?.data?.orderInferred).toBeUndefined()
  })

  it('reads a table of one row under its header', () => {
    const body = ['|', '2005 |', '2006 |', 'Antal |', '1.759 |', '1.676 |']
    expect(cellTexts(wordCells(body))).toEqual([
      ['', '2005', '2006'],
      ['Antal', '1.759', '1.676'],
    ])
  })

  it('says so where more than one row width fits', () => {
    // Rows of 2 (a header, then label/value pairs, the last row's label empty) and of 4 read the same cells.
    const body = ['Region |', 'Antal |', 'Nord |', '12 |', 'Syd |', '14 |', '|', '9 |']
    const table = wordCells(body)
    expect(cellTexts(table)?.[0]).toEqual(['Region', 'Antal'])
    expect(table?.data?.orderInferred).toMatch(/rows of 2 cells/u)
  })

  it('reads nothing where a line is no cell line, or the cells fit no width', () => {
    expect(wordCells(['|', '2005 |', '2006', 'Antal |', '1.759 |', '1.676 |'])).toBeUndefined()
    // Words where values should stand: a letterhead set as a table, not a table of figures.
    expect(wordCells(['Dato: |', '||', 'Kontor for integration |', '||', 'mwb/ANM |', '||'])).toBeUndefined()
  })

  it('reads years as the rows under a header of words, a last row of text after them', () => {
    const body = ['|', 'Aarhus-Kalundborg |', 'Odden-Ebeltoft |', '2010 |', '512.300 |', '1.204.000 |', '2011 |', '498.750 |']
    body.push('1.310.200 |', '2012 |', '530.010 |', '1.298.400 |', 'Ændring 2010-2012 |', '17.710 |', '94.400 |')
    expect(cellTexts(wordCells(body))).toEqual([
      ['', 'Aarhus-Kalundborg', 'Odden-Ebeltoft'],
      ['2010', '512.300', '1.204.000'],
      ['2011', '498.750', '1.310.200'],
      ['2012', '530.010', '1.298.400'],
      ['Ændring 2010-2012', '17.710', '94.400'],
    ])
    expect(wordCells(body)?.data?.orderInferred).toBeUndefined()
  })

  it('takes no year for a row label where the years do not rise, or years head the columns too', () => {
    // Falling years: no run of rows.
    expect(wordCells(['|', 'Nord |', 'Syd |', '2012 |', '1 |', '2 |', '2011 |', '3 |', '4 |'])).toBeUndefined()
    // Years over the columns and years for the rows: the cells are read as the years heading the columns.
    const body = ['|', '2019 |', '2020 |', '2021 |', 'Antal |', '14 |', '15 |', '16 |']
    expect(cellTexts(wordCells(body))?.[0]).toEqual(['', '2019', '2020', '2021'])
  })

  it('finds such a table after its lead-in in a text rendition', () => {
    const tree = textToTree(
      ['Antallet har været nogenlunde konstant det seneste år.', '|', '2005 |', '2006 |', 'Antal modtagere |', '1.759 |', '1.676 |'].join(
        '\n',
      ),
    )
    const table = tree.children.find((node) => node.type === 'table')
    expect(table?.data?.reader).toBe('word-cells')
  })
})
