import { describe, expect, it } from 'vitest'
import { periodBlocks } from '../../../../src/layout/text/readers/period-blocks.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe('period-blocks: a wide table set in blocks under lines of years or period codes', () => {
  it('joins the blocks of one row whose label stands before the first headings and after the second', () => {
    // The stub heading wrapped at a hyphen, the row label, 6 quarters and values; then 3 more quarters, the label again.
    const body = [
      '1.000 fuldtids-',
      'beskæftigede',
      'Hele landet',
      '11K2 11K3 11K4 12K1 12K2 12K3',
      '443,2 440,0 436,6 434,6 431,6 430,3',
      '12K4 13K1 13K2',
      'Hele landet',
      '429,8 429,3 416,6',
    ]
    const table = tableFromText(body)
    expect(table?.data?.reader).toBe('period-blocks')
    expect(cellTexts(table)).toEqual([
      ['1.000 fuldtidsbeskæftigede', '11K2', '11K3', '11K4', '12K1', '12K2', '12K3', '12K4', '13K1', '13K2'],
      ['Hele landet', '443,2', '440,0', '436,6', '434,6', '431,6', '430,3', '429,8', '429,3', '416,6'],
    ])
    // The labels were given their values by order: flagged.
    expect(table?.data?.orderInferred).toBeTruthy()
  })

  it('joins blocks of months whose rows carry their labels, the heading over the labels before the first block', () => {
    const body = [
      'Område',
      '2023M01 2023M02 2023M03',
      'Hovedstaden 1.204 1.187 1.250',
      'Syddanmark 845 860 902',
      '2023M04 2023M05',
      'Hovedstaden 1.301 1.276',
      'Syddanmark 911 930',
    ]
    expect(cellTexts(periodBlocks(body))).toEqual([
      ['Område', '2023M01', '2023M02', '2023M03', '2023M04', '2023M05'],
      ['Hovedstaden', '1.204', '1.187', '1.250', '1.301', '1.276'],
      ['Syddanmark', '845', '860', '902', '911', '930'],
    ])
  })

  it('reads blocks of plain years with two rows on lines of their own, labels after each line of headings', () => {
    const body = [
      '2015 2016 2017',
      'Mænd',
      'Kvinder',
      '10,1 10,4 10,9',
      '9,2 9,5 9,9',
      '2018 2019',
      'Mænd',
      'Kvinder',
      '11,3 11,0',
      '10,2 10,6',
    ]
    expect(cellTexts(periodBlocks(body))).toEqual([
      ['', '2015', '2016', '2017', '2018', '2019'],
      ['Mænd', '10,1', '10,4', '10,9', '11,3', '11,0'],
      ['Kvinder', '9,2', '9,5', '9,9', '10,2', '10,6'],
    ])
  })

  it('reads one block whose row label stands on its own line before the headings', () => {
    const body = ['Antal sager', 'Hele landet', '2019K1 2019K2 2019K3', '120 135 128']
    expect(cellTexts(periodBlocks(body))).toEqual([
      ['Antal sager', '2019K1', '2019K2', '2019K3'],
      ['Hele landet', '120', '135', '128'],
    ])
  })

  it('leaves blocks alone whose labels differ, whose periods do not rise, or whose rows are not as wide as the headings', () => {
    expect(periodBlocks(['2019K1 2019K2', 'Mænd 1 2', '2019K3 2019K4', 'Kvinder 3 4'])).toBeUndefined()
    expect(periodBlocks(['2019K3 2019K4', 'Mænd 1 2', '2019K1 2019K2', 'Mænd 3 4'])).toBeUndefined()
    expect(periodBlocks(['2019K1 2019K2 2019K3', 'Mænd 1 2', 'Kvinder 3 4 5'])).toBeUndefined()
  })

  it('leaves a row-wise table of one block to `row-wise`, and a caption naming the period for no stub', () => {
    expect(periodBlocks(['År 2013 2014 2015', 'Andel 9,8 11,4 11,3'])).toBeUndefined()
    expect(cellTexts(tableFromText(['2013-2024*', 'År 2013 2014 2015', 'Andel 9,8 11,4 11,3']))?.[0]?.[0]).not.toBe('2013-2024*')
  })

  it('leaves prose with years and numbers alone', () => {
    expect(periodBlocks(['Udgifterne var i 2019 og 2020 henholdsvis', '1.234 1.456', 'mio. kr.'])).toBeUndefined()
  })
})
