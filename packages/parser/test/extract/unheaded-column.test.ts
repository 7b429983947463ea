/**
 * A table whose value column has no heading beside value columns that have one: no table of the corpus has such a
 * column (0 of the 73 expected tables), so a reader that gives one has most likely shifted a row's cells — the
 * record says so (`table-header-inferred`).
 */
import { describe, expect, it } from 'vitest'
import { hasNoHeadings, hasUnheadedValueColumn } from '../../src/util/table-headings.js'

describe('hasUnheadedValueColumn', () => {
  it('finds a value column without a heading beside headed ones', () => {
    expect(hasUnheadedValueColumn(['Mio. kr. (2022-pl)', '', '2022', '2023'])).toBe(true)
    expect(hasUnheadedValueColumn(['', '2022', ' ', '2024'])).toBe(true)
  })

  it('passes an empty label heading, a table without headings and no table header (near misses)', () => {
    expect(hasUnheadedValueColumn(['', '2022', '2023'])).toBe(false)
    expect(hasUnheadedValueColumn(['', '', ''])).toBe(false)
    expect(hasUnheadedValueColumn(['Område'])).toBe(false)
    expect(hasUnheadedValueColumn(null)).toBe(false)
  })
})

describe('hasNoHeadings', () => {
  it('finds two value columns or more with no heading over any (no table of the corpus has them)', () => {
    expect(hasNoHeadings(['', '', ''])).toBe(true)
    expect(hasNoHeadings(['Område', ' ', ''])).toBe(true)
  })

  it('passes one unheaded value column (a list of labels and values), headed columns and no header (near misses)', () => {
    expect(hasNoHeadings(['', ''])).toBe(false)
    expect(hasNoHeadings(['', '2022', '2023'])).toBe(false)
    expect(hasNoHeadings(null)).toBe(false)
  })
})
