import { describe, expect, it } from 'vitest'
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
  ])('%s → %s', (date, session) => {
    expect(sessionFromDate(date)).toBe(session)
  })
})
