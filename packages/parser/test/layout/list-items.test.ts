import { describe, expect, it } from 'vitest'
import { opensListItem } from '../../src/layout/markers.js'

describe('opensListItem: a line that opens an item of a list or of the notes (round 72)', () => {
  it.each([
    ['2. Justitsministerens besvarelse af spørgsmål nr. 14 fra Folketingets Retsudvalg.', '1. U 2023.1234 Ø.'],
    ['b) om reglerne gælder for kommunerne', 'Ministeren bedes oplyse:'],
    ['1) Ansøgninger i alt', undefined],
  ])('%s', (text, previous) => {
    expect(opensListItem(text, previous)).toBe(true)
  })

  it.each([
    // A number the wrapping set at a line's start, closing the bracket the line before opened.
    [
      '10) vedlægges Udenrigsministeriets besvarelse af spørgsmål 10.',
      'Europaudvalgets skrivelse af 13. december 2004 (EUU alm. del – spørgsmål',
    ],
    // A date, not an item.
    ['10. januar 2005 modtog ministeriet brevet.', 'Det skete i vinter.'],
  ])('near miss: %s', (text, previous) => {
    expect(opensListItem(text, previous)).toBe(false)
  })
})
