import { describe, expect, it } from 'vitest'
import { openingDay, sessionFromMonth, sessionStart } from '../../src/extract/session.js'
import { sessionFromDate } from '../../src/index.js'

describe('sessionFromDate', () => {
  it.each([
    ['2016-11-17', '20161'],
    ['2017-05-04', '20161'],
    ['2024-09-20', '20231'],
    ['2005-04-20', '20042'],
    ['2005-01-20', '20041'],
    ['2015-08-01', '20142'],
    ['2022-11-15', '20222'],
    ['2022-10-10', '20221'],
    // The year opens on the first Tuesday of October, not on the 1st: 2016-17 on 4 October 2016.
    ['2016-10-03', '20151'],
    ['2016-10-04', '20161'],
    ['2016-09-23', '20151'],
    // 2022-23 opened on Tuesday 4 October; the election of 1 November opened its 2nd session.
    ['2022-10-03', '20211'],
    ['2022-11-01', '20221'],
    ['2022-11-02', '20222'],
    // After an election in the summer, the 2nd session runs to the next opening (6 October 2015).
    ['2015-10-05', '20142'],
    ['2015-10-06', '20151'],
  ])('%s → %s', (date, session) => {
    expect(sessionFromDate(date)).toBe(session)
  })
})

describe('openingDay', () => {
  it.each([
    [2016, '2016-10-04'],
    [2019, '2019-10-01'],
    [2024, '2024-10-01'],
    [2025, '2025-10-07'],
  ])('%i opens on %s', (year, day) => {
    expect(openingDay(year)).toBe(day)
  })
})

describe('sessionFromMonth', () => {
  it('gives the session of a month wholly within one', () => {
    expect(sessionFromMonth(2005, 5)).toBe('20042')
    expect(sessionFromMonth(2016, 9)).toBe('20151')
    expect(sessionFromMonth(2016, 11)).toBe('20161')
  })
  it('gives none for October, in which the year opens', () => {
    expect(sessionFromMonth(2016, 10)).toBeUndefined()
  })
  it('gives none for a month with an election in it', () => {
    expect(sessionFromMonth(2005, 2)).toBeUndefined()
    expect(sessionFromMonth(2015, 6)).toBeUndefined()
  })
})

describe('sessionStart', () => {
  it.each([
    ['2016-11-17', '2016-10-04'],
    ['2016-10-03', '2015-10-06'],
    // 2nd sessions begin with their election.
    ['2015-08-01', '2015-06-18'],
    ['2022-11-02', '2022-11-01'],
    ['2022-11-01', '2022-10-04'],
    ['2019-06-06', '2019-06-05'],
    ['2008-01-09', '2007-11-13'],
  ])('%s → %s', (date, start) => {
    expect(sessionStart(date)).toBe(start)
  })
})
