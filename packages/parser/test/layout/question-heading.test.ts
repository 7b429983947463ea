/**
 * A question heading's number is digits (with a letter glued on) or a samråd question's capitals; the heading's
 * pattern is case-insensitive, so a word after `Spm.` (`Spm. om`) used to read as question "om".
 */
import { describe, expect, it } from 'vitest'
import { headingNumber } from '../../src/extract/question.js'
import { isQuestionNumber, QUESTION_HEADING } from '../../src/layout/markers.js'

describe('QUESTION_HEADING: the number a heading gives', () => {
  it.each([
    ['Spørgsmål nr. 128:', '128'],
    ['Spm. nr. 31:', '31'],
    ['SPØRGSMÅL NR. 7:', '7'],
    ['Spørgsmål 12a:', '12a'],
    ['Spørgsmål nr. 117A (Alm. del):', '117A'],
    ['Samrådsspørgsmål A', 'A'],
    ['Samrådsspørgsmål BA:', 'BA'],
    ['KUU Alm.del Samrådsspørgsmål Ø', 'Ø'],
    ['Spørgsmål E', 'E'],
    ['Spørgsmål nr. 5 til L 87:', '5'],
    ['Spørgsmål nr. 671 (Alm. del) fra Folketingets Retsudvalg:', '671'],
    ['FOU spørgsmål 289:', '289'],
    ['ULØ samrådsspørgsmål C', 'C'],
  ])('%s is a heading numbered %s', (line, number) => {
    expect(QUESTION_HEADING.test(line)).toBe(true)
    expect(headingNumber(line)).toBe(number)
  })

  it.each([['Spørgsmål:'], ['Spørgsmål nr. S 1188:'], ['Spørgsmål nr.: L 85'], ['Spørgsmål til L 12:']])(
    '%s is still a heading (no number, an S-number or a bill)',
    (line) => {
      expect(QUESTION_HEADING.test(line)).toBe(true)
    },
  )

  it.each([
    ['Spm. om'],
    ['Spm. om:'],
    ['Spørgsmål om (L 12):'],
    ['Spørgsmål ad'],
    ['spørgsmål til'],
    ['Spørgsmål og'],
    ['Samrådsspørgsmål ab'],
  ])('near miss: %s — a word, not a number — is no heading', (line) => {
    expect(QUESTION_HEADING.test(line)).toBe(false)
    expect(headingNumber(line)).toBeUndefined()
  })

  it.each([['Til spørgsmål 3:'], ['Mit spørgsmål 3:'], ['EU spørgsmål 3:']])(
    'near miss: %s — a short word before it that is no committee code — is no heading',
    (line) => {
      expect(QUESTION_HEADING.test(line)).toBe(false)
    },
  )

  it('isQuestionNumber: digits first or capitals', () => {
    expect(['1', '12a', 'A', 'BA', 'Ø'].map(isQuestionNumber)).toEqual([true, true, true, true, true])
    expect(['om', 'Ab', 'ad', 'ø'].map(isQuestionNumber)).toEqual([false, false, false, false])
  })
})
