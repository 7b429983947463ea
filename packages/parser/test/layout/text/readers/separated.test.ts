import { describe, expect, it } from 'vitest'
import { separated } from '../../../../src/layout/text/readers/separated.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe('separated: cells set apart by tabs or runs of spaces', () => {
  it('reads the cells between the gaps, the first line the header', () => {
    const body = ['Køn\tAntal', 'Mænd\t40.100', 'Kvinder  38.200']
    expect(cellTexts(separated(body))).toEqual([
      ['Køn', 'Antal'],
      ['Mænd', '40.100'],
      ['Kvinder', '38.200'],
    ])
    expect(tableFromText(body)?.data?.reader).toBe('separated')
  })

  it('gives a header one cell short an empty heading over the label column', () => {
    expect(cellTexts(separated(['Mænd  Kvinder', 'I alt  1.234  1.300']))).toEqual([
      ['', 'Mænd', 'Kvinder'],
      ['I alt', '1.234', '1.300'],
    ])
  })

  it('leaves lines alone that do not all split into as many cells, or hold no values', () => {
    expect(separated(['Køn Antal', 'Mænd  40.100'])).toBeUndefined()
    expect(separated(['Køn  Antal', 'Mænd  40.100  12', 'Kvinder  38.200'])).toBeUndefined()
    expect(separated(['Navn  Titel', 'Mette  formand'])).toBeUndefined()
  })
})
