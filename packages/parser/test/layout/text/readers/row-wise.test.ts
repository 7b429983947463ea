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

  it('takes the values from the end of the line, as many as the header has years: labels may hold numbers', () => {
    const body = ['Alder 2021 2022', 'Under 25 år 1.234 1.300', '25-39 år 2.100 2.150', '40 år og derover 3.000 3.100', 'I alt 6.334 6.550']
    expect(cellTexts(rowWise(body))).toEqual([
      ['Alder', '2021', '2022'],
      ['Under 25 år', '1.234', '1.300'],
      ['25-39 år', '2.100', '2.150'],
      ['40 år og derover', '3.000', '3.100'],
      ['I alt', '6.334', '6.550'],
    ])
  })

  it('keeps a unit after each value in its cell (`12,5 pct.`, `1,5 mio. kr.`)', () => {
    expect(cellTexts(rowWise(['Region 2022 2023', 'Hovedstaden 12,5 pct. 13,1 pct.', 'Sjælland 1,5 mio. kr. 2,0 mio. kr.']))).toEqual([
      ['Region', '2022', '2023'],
      ['Hovedstaden', '12,5 pct.', '13,1 pct.'],
      ['Sjælland', '1,5 mio. kr.', '2,0 mio. kr.'],
    ])
  })

  it('takes a rising year that leads a row of values only for its label (years as the rows)', () => {
    expect(cellTexts(rowWise(['2019 1.234 1.100', '2020 1.300 1.150', '2021 1.350 1.200']))).toEqual([
      ['2019', '1.234', '1.100'],
      ['2020', '1.300', '1.150'],
      ['2021', '1.350', '1.200'],
    ])
    // Years that do not rise lead no rows: the first value stays a value.
    expect(cellTexts(rowWise(['2021 1.234', '2019 1.300']))?.[0]).toEqual(['', '2021', '1.234'])
  })

  it('reads no table where a row has fewer values than the header (an empty cell dropped), or rows differ without one', () => {
    expect(rowWise(['År 2021 2022 2023', 'Mænd 1.100 1.200 1.300', 'Kvinder 900 950'])).toBeUndefined()
    expect(rowWise(['Mænd 1.100 1.200 1.300', 'Kvinder 900 950'])).toBeUndefined()
  })

  it('leaves lines alone that are not rows of values', () => {
    expect(rowWise(['År 2013 2014', 'Andelen steg fra 9,8 pct. i 2013 til 11,4 pct. i 2014 for alle grupper'])).toBeUndefined()
    expect(rowWise(['Mænd 40.100', 'Kvinder 38.200'])).toBeUndefined()
  })
})
