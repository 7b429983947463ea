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

  it('takes a header of years one cell short as the headings over the value columns (a tab before the first year)', () => {
    expect(cellTexts(separated(['2015\t2016\t2017', 'Midlertidigt ophold\t7.800\t7.900\t8.200', 'I alt\t24.800\t25.600\t26.300']))).toEqual(
      [
        ['', '2015', '2016', '2017'],
        ['Midlertidigt ophold', '7.800', '7.900', '8.200'],
        ['I alt', '24.800', '25.600', '26.300'],
      ],
    )
    // A first line of values one cell short is a row that lost a cell, not a header.
    expect(separated(['1.234  1.300', 'I alt  1.234  1.300'])).toBeUndefined()
  })

  it('leaves lines alone that do not all split into as many cells, or hold no values', () => {
    expect(separated(['Køn Antal', 'Mænd  40.100'])).toBeUndefined()
    expect(separated(['Køn  Antal', 'Mænd  40.100  12', 'Kvinder  38.200'])).toBeUndefined()
    expect(separated(['Navn  Titel', 'Mette  formand'])).toBeUndefined()
  })
})
