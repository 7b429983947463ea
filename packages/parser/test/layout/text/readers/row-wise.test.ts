import { describe, expect, it } from 'vitest'
import { rowWise } from '../../../../src/layout/text/readers/row-wise.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe('row-wise: a label, then values set apart by spaces, on every line', () => {
  it('reads one row a line, the words before the first value its label', () => {
    const body = ['År 2013 2014 2024*', 'Andel i pct. 9,8 11,4 12,0']
    expect(cellTexts(rowWise(body))).toEqual([
      ['År', '2013', '2014', '2024*'],
      ['Andel i pct.', '9,8', '11,4', '12,0'],
    ])
    expect(tableFromText(body)?.data?.reader).toBe('row-wise')
  })

  it('leaves lines alone that are not rows of values', () => {
    expect(rowWise(['År 2013 2014', 'Andelen steg fra 9,8 pct. i 2013 til 11,4 pct. i 2014 for alle grupper'])).toBeUndefined()
    expect(rowWise(['Mænd 40.100', 'Kvinder 38.200'])).toBeUndefined()
  })
})
