import { describe, expect, it } from 'vitest'
import { isDataCell, isYearHeading } from '../../../src/layout/text/table-lines.js'

describe('isYearHeading: a year as a heading or row label', () => {
  it('takes a year, a provisional year, and a year that spans two (school, fiscal, season years)', () => {
    for (const text of ['2013', '2024*', '2019/20', '2020-21', '1999/00', '2019/2020', ' 2022/23 ', '2022¹', '2021/22²'])
      expect(isYearHeading(text)).toBe(true)
  })

  it('takes no period of several years, no value and no other span', () => {
    for (const text of ['2002-2007', '2019/21', '2015->2016', '12.345', '3000', '2019/20/21', 'År 2014', '2022¹²³⁴', '¹2022'])
      expect(isYearHeading(text)).toBe(false)
  })
})

describe('isDataCell: a cell of data on a line of its own', () => {
  it('takes values, periods and ratios; not a number in brackets (a unit) nor a year wrapped at a hyphen', () => {
    for (const text of ['7.925', '-', '2015->2016', '1/2', '12,5 pct.']) expect(isDataCell(text)).toBe(true)
    for (const text of ['(1.000)', '(2)', '2016-', 'Mænd']) expect(isDataCell(text)).toBe(false)
  })
})
