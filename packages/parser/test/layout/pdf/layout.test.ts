import { describe, expect, it } from 'vitest'
import { repeatedHeading } from '../../../src/layout/pdf/layout.js'
import { makeLine } from '../../../src/layout/pdf/lines.js'
import type { Run } from '../../../src/layout/pdf/runs.js'

/** A table row: cells 60 pt apart from x = 70, on baseline y. */
function row(y: number, ...cells: string[]) {
  const runs: Run[] = cells.map((text, index) => ({
    text,
    x0: 70 + index * 60,
    x1: 70 + index * 60 + text.length * 5,
    y,
    size: 9,
    font: 'f',
  }))
  return makeLine(1, runs)
}

describe('a table heading repeated at the top of the next page', () => {
  it('a heading row of years (values itself) is the table’s first line', () => {
    const table = [row(200, 'Persongruppe', '2018', '2019'), row(188, 'Afviste', '189', '161')]
    const next = [row(780, 'Persongruppe', '2018', '2019'), row(768, 'I alt', '341', '298')]
    expect(repeatedHeading(table, next)).toBe(1)
  })

  it('a heading of words before the first row of values', () => {
    const table = [row(200, 'År', 'Bruttoledige', 'Beskæftigede'), row(188, '1990', '271.000', '2.560.700')]
    const next = [row(780, 'År', 'Bruttoledige', 'Beskæftigede'), row(768, '2010', '114.100', '2.733.700')]
    expect(repeatedHeading(table, next)).toBe(1)
  })

  it('not a row that only looks like the heading (near miss)', () => {
    const table = [row(200, 'Persongruppe', '2018', '2019'), row(188, 'Afviste', '189', '161')]
    const next = [row(780, 'Afviste', '189', '161'), row(768, 'I alt', '341', '298')]
    expect(repeatedHeading(table, next)).toBe(0)
  })
})
