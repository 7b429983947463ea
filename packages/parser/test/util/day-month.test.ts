import { describe, expect, it } from 'vitest'
import { findDayMonth, yearBefore } from '../../src/util/day-month.js'

describe('findDayMonth', () => {
  it('finds a day and month without a year', () => {
    expect(findDayMonth('5. november stillet følgende')).toEqual({ day: 5, month: 11, index: 0 })
    expect(findDayMonth('af 28. April fra Folketingets')).toEqual({ day: 28, month: 4, index: 3 })
  })

  it('reads a month shortened with its stop', () => {
    expect(findDayMonth('har den 17. febr. stillet følgende')).toEqual({ day: 17, month: 2, index: 8 })
    expect(findDayMonth('spørgsmål nr. 91 af 28. apr. fra')).toEqual({ day: 28, month: 4, index: 20 })
    expect(findDayMonth('af 3. sept. efter ønske fra')).toEqual({ day: 3, month: 9, index: 3 })
    expect(findDayMonth('af 3. Dec. fra')).toEqual({ day: 3, month: 12, index: 3 })
  })

  it('near miss: a shortening without its stop and no year is no date (`5. Jan Hansen`), nor one with its year', () => {
    expect(findDayMonth('spørgsmål nr. 5. Jan Hansen (S)')).toBeUndefined()
    expect(findDayMonth('af 17. febr. 2010 stillet')).toBeUndefined()
    expect(findDayMonth('af 5. nov.2010 stillet')).toBeUndefined()
  })

  it('reads a date whose year has two digits as one without its year (the century is not given)', () => {
    expect(findDayMonth('har i brev af 28. januar 13 stillet mig')).toEqual({ day: 28, month: 1, index: 14 })
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
