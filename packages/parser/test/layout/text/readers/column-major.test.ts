import { describe, expect, it } from 'vitest'
import { columnMajor } from '../../../../src/layout/text/readers/column-major.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe('column-major: a table listed column by column', () => {
  it('reads a table listed column by column (heading, labels, values; then heading, values per column)', () => {
    const body = [
      'Faktisk antal be-',
      'skæftigede',
      'Kvindelige indvandrere fra ikke-vestlige',
      'lande',
      'Kvindelige efterkommere fra ikke-vestlige',
      'lande',
      '82.667',
      '26.143',
      'Hypotetisk antal',
      'beskæftigede',
      '118.232',
      '31.238',
      'Forskel',
      '35.564',
      '5.095',
    ]
    expect(cellTexts(columnMajor(body))).toEqual([
      ['', 'Faktisk antal beskæftigede', 'Hypotetisk antal beskæftigede', 'Forskel'],
      ['Kvindelige indvandrere fra ikke-vestlige lande', '82.667', '118.232', '35.564'],
      ['Kvindelige efterkommere fra ikke-vestlige lande', '26.143', '31.238', '5.095'],
    ])
    expect(tableFromText(body)?.data).toEqual({ columnMajor: true, reader: 'column-major' })
  })

  it('leaves it alone when the labels do not match the values one to one, or the columns differ in length', () => {
    // Three labels for two values: which two rows they name is a guess.
    expect(tableFromText(['Heading', 'Mænd', 'Kvinder', 'Alle', '1', '2', 'Other', '3', '4'])).toBeUndefined()
    expect(tableFromText(['Heading', 'Mænd', 'Kvinder', '1', '2', 'Other', '3'])).toBeUndefined()
  })
})
