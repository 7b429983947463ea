import { describe, expect, it } from 'vitest'
import { labelValue } from '../../../../src/layout/text/readers/label-value.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe('label-value: two columns, a label of words and one value on every line', () => {
  it('reads a label and its value a line', () => {
    const body = ['Mænd 40.100', 'Kvinder i alt 38.200']
    expect(cellTexts(labelValue(body))).toEqual([
      ['Mænd', '40.100'],
      ['Kvinder i alt', '38.200'],
    ])
    expect(tableFromText(body)?.data?.reader).toBe('label-value')
  })

  it('leaves a single line, a line without a value, or a value inside the label alone', () => {
    expect(labelValue(['Mænd 40.100'])).toBeUndefined()
    expect(labelValue(['Mænd 40.100', 'Kvinder'])).toBeUndefined()
    expect(labelValue(['Mænd 40.100', 'Kvinder 2020 38.200'])).toBeUndefined()
  })
})
