import { describe, expect, it } from 'vitest'
import { parseDanishNumber } from '../../src/index.js'
import { isNumericToken } from '../../src/util/numbers.js'

describe('parseDanishNumber', () => {
  it.each([
    ['35.564', 35564],
    ['9,8', 9.8],
    ['1.234,5', 1234.5],
    ['-1,5', -1.5],
    ['−2', -2],
    ['25,1*', 25.1],
    ['2024*', 2024],
    ['40 pct.', 40],
    ['0', 0],
    ['35 564', 35564],
    ['35\u00A0564', 35564],
    ['12\u202F345\u202F678', 12345678],
    ['÷2,5', -2.5],
    ['÷ 1.200', -1200],
    // A minus set apart from its figure by one space, as ÷ may be (thirty-ninth session).
    ['- 204.150', -204150],
    ['– 3,5', -3.5],
    ['−\u00A012', -12],
    ['+3,2', 3.2],
    ['1,0 pct.-point', 1],
    ['0,4 procentpoint', 0.4],
    ['kr. 1.234', 1234],
    ['2,5 mio. kr.', 2.5],
    ['1,5 mia.', 1.5],
    ['12,5 %', 12.5],
    ['1,5 %-point', 1.5],
    ['12 procent', 12],
    ['1.234*', 1234],
    // A footnote mark set apart by a space, as some ministries print it.
    ['25,1 *', 25.1],
    ['1.234 ¹', 1234],
    // A note's star before the value (Finansministeriet, 2017).
    ['*4,3', 4.3],
    ['* 12', 12],
    ['3.456²', 3456],
    // A point after a lone zero is a decimal point: no thousands group starts with 0 (an OECD table's `0.09`).
    ['0.09', 0.09],
    ['-0.5', -0.5],
    // A whole amount in kroner, a dash for the øre.
    ['86.000,-', 86000],
    ['kr. 1.500,–', 1500],
    ['4.500,- kr.', 4500],
    // A space typed after a group's point, inside one cell.
    ['124. 800', 124800],
    ['1.234. 567', 1234567],
  ])('%s → %s', (raw, value) => {
    expect(parseDanishNumber(raw)).toBe(value)
  })
  it.each([
    '-',
    '..',
    // Near misses: a star alone, a star before a word.
    '**',
    '*Note 2',
    '–',
    '…',
    'Andel',
    '1.10',
    '10.09',
    '124. 80',
    '124.  800',
    '12. 3456',
    '',
    '12.34.5',
    '2013 2014',
    '1 23',
    '÷',
    '−',
    'kr.',
    'ca. 200',
    '2015->2016',
    // Near misses of a sign set apart: two spaces, or a range after it.
    '-  5',
    '- 1 – 3',
    ' *',
    '1 23 *',
    // A dash alone after a comma is no amount, nor a range's dash.
    ',-',
    '2015-',
    '1.500,-,-',
  ])('%s → null', (raw) => {
    expect(parseDanishNumber(raw)).toBeNull()
  })
  it('takes the abbreviations of an empty cell (`n.a.`, `i.o.`) for values without a number, not words', () => {
    // A point alone: Danmarks Statistik's mark for a figure not (yet) available, as a table of accounts prints it.
    for (const mark of ['n.a.', 'n/a', 'i.a.', 'i.o.', '.']) {
      expect(isNumericToken(mark)).toBe(true)
      expect(parseDanishNumber(mark)).toBeNull()
    }
    for (const word of ['Uoplyst', 'na', 'i alt', 'io', '.,', ',']) expect(isNumericToken(word)).toBe(false)
  })
})

describe('parseDanishNumber: notes in brackets after a value', () => {
  it.each([
    ['632 (111)', 632],
    ['22 (6,1 %)', 22],
    ['16 (6,3%)', 16],
    ['25 (9,8 %) (9)', 25],
    ['1.204 (12 pct.)', 1204],
    ['(2)', 2],
  ])('reads %s as its leading number %s', (raw, value) => {
    expect(parseDanishNumber(raw)).toBe(value)
  })

  it('leaves words in brackets, and a note with no value before it, without a value', () => {
    expect(parseDanishNumber('12 (foreløbigt)')).toBeNull()
    expect(parseDanishNumber('(9,8 %) (9)')).toBeNull()
  })
})
