import { describe, expect, it } from 'vitest'
import { findDayMonth, yearBefore } from '../../src/util/day-month.js'

describe('findDayMonth', () => {
  it('finds a day and month without a year', () => {
    expect(findDayMonth('5. november stillet følgende')).toEqual({ day: 5, month: 11, index: 0 })
    expect(findDayMonth('af 28. April fra Folketingets')).toEqual({ day: 28, month: 4, index: 3 })
  })

  it('passes over a whole date', () => {
    expect(findDayMonth('5. november 2018 stillet')).toBeUndefined()
    expect(findDayMonth('24. september2010 følger')).toBeUndefined()
  })
})

describe('yearBefore', () => {
  it.each([
    [{ day: 5, month: 11 }, '2018-11-27', '2018-11-05'],
    [{ day: 27, month: 11 }, '2018-11-27', '2018-11-27'],
    [{ day: 23, month: 6 }, '2024-01-10', '2023-06-23'],
    [{ day: 29, month: 2 }, '2023-03-01', undefined],
  ])('%j before %s → %s', (date, before, expected) => {
    expect(yearBefore({ ...date, index: 0 }, before)).toBe(expected)
  })
})
