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
