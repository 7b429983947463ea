/**
 * Text a narrow column wraps over more lines than a letter's: spans measured in characters, a date broken at a line
 * end, a name wrapped before its party. Made-up lines in several ministries' styles, each with a near miss.
 */
import { describe, expect, it } from 'vitest'
import {
  beginsWrappedSentence,
  dateOverLineEnd,
  LINE_CHARS,
  linesHolding,
  nameBeforeParty,
  startsOnSplitLine,
} from '../../src/util/wrapped.js'

const lines = (...texts: string[]) => texts.map((text) => ({ text }))

describe('linesHolding', () => {
  it('takes the lines asked for where they fill a wide column', () => {
    const wide = lines('a'.repeat(LINE_CHARS), 'b'.repeat(LINE_CHARS), 'c'.repeat(LINE_CHARS), 'd')
    expect(linesHolding(wide, 0, 3).map((line) => line.text[0])).toEqual(['a', 'b', 'c'])
  })

  it('takes as many characters over more lines in a narrow column', () => {
    const narrow = lines(
      'Spørgsmålet er stillet efter ønske fra, Lars',
      'Christian Lilleholt (V), Mikkel Den-',
      'cker (DF) Villum Christensen (LA), Mike Legarth',
      '(KF).',
      'Svar:',
      'Jeg kan oplyse følgende.',
    )
    expect(linesHolding(narrow, 0, 3).map((line) => line.text)).toContain('(KF).')
  })

  it('stops at `end` however short the lines', () => {
    expect(linesHolding(lines('a', 'b', 'c', 'd', 'e'), 1, 3, 3).map((line) => line.text)).toEqual(['b', 'c'])
  })

  it('takes the line that finishes a word a hyphen broke at the last line’s end, soft or printed', () => {
    for (const mark of ['\u00ad', '-']) {
      const span = lines(
        'x'.repeat(LINE_CHARS * 1.5),
        'y'.repeat(LINE_CHARS * 1.5),
        `Spørgsmålet er stillet efter ønske fra Morten Mes${mark}`,
        'serschmidt (DF).',
        'På udvalgets vegne',
      )
      expect(linesHolding(span, 0, 3).map((line) => line.text.slice(0, 5))).toEqual(['xxxxx', 'yyyyy', 'Spørg', 'sersc'])
    }
  })

  it('near miss: a glued rendition’s long lines count as lines', () => {
    const glued = lines('x'.repeat(500), 'y'.repeat(500), 'z'.repeat(500), 'w'.repeat(500))
    expect(linesHolding(glued, 0, 3)).toHaveLength(3)
  })
})

describe('dateOverLineEnd', () => {
  it.each([
    ['Der henvises til artiklen i Politiken den 12.', 'september 2024.', '2024-09-12'],
    ['som Folketingets Retsudvalg har stillet til justitsministeren den 13. november', '2023.', '2023-11-13'],
    ['Statsministeren bedes kommentere artiklen i Ekstra Bladet den 15.', 'december 2009: ”Tjek politikernes cv”', '2009-12-15'],
    ['Ministeriet modtog henvendelsen d. 1. sept.', '2006 og svarede straks.', '2006-09-01'],
  ])('reads a date wrapped inside it: %s / %s', (line, next, iso) => {
    const date = dateOverLineEnd(line, next)
    expect(date?.iso).toBe(iso)
    expect(line.slice(date?.index)).toMatch(/^\d/u)
  })

  it.each([
    ['Som det fremgår af bemærkningerne, side 7.', 'Det fremgår også af svaret.'],
    ['Reglen følger af § 4, stk. 2.', 'marts er den måned, hvor fristen udløber.'],
    ['Der var 12.', 'Det er færre end sidste år.'],
    // A date whole on the line: not one wrapped.
    ['Loven trådte i kraft den 1. januar 2020.', 'Det fremgår af bemærkningerne.'],
    // A postcode after a month's name: no year a letter dates.
    ['Christian Friis Bach (RV) stillet den 24. januar', '1448 København K'],
  ])('near miss: no date wrapped in %s / %s', (line, next) => {
    expect(dateOverLineEnd(line, next)).toBeUndefined()
  })
})

describe('nameBeforeParty', () => {
  it.each([
    ['Medlem af Folketinget Christoffer Aagaard Melson', '(V) har den 18. februar 2021 stillet følgende spørgsmål'],
    ['Folketingsmedlem Pia Olsen Dyhr', '(SF) har stillet følgende spørgsmål nr. 12'],
    ['efter ønske fra Morten Messerschmidt', '(DF) den 10. oktober 2019 stillet spørgsmål'],
    // Wrapped inside the name, and between two askers (`… (RV)` / `og Mattias Tesfaye (S) …`).
    ['Medlem af Folketinget Sofie Carsten Nielsen (RV) og Mattias', 'Tesfaye (S) har den 9. december 2015 stillet'],
    ['Medlem af Folketinget Sofie Carsten Nielsen (RV)', 'og Mattias Tesfaye (S) har den 9. december 2015 stillet'],
  ])('reads a name wrapped before its party: %s / %s', (line, next) => {
    expect(nameBeforeParty(line, next)).toBe(true)
  })

  it.each([
    // No party: a bracketed note.
    ['Folketingets Forsvarsudvalg', '(alm. del) spørgsmål nr. 147'],
    // A line that ends in lower case: no name.
    ['Hermed sendes svar på spørgsmål', '(S) fra udvalget'],
    // A party's code alone on its line: nothing follows it.
    ['Medlem af Folketinget Jens Hansen', '(V)'],
    // A capitalised word opening a sentence with no party after it, and `og` before no name with a party.
    ['Medlem af Folketinget Sofie Carsten Nielsen (RV) og Mattias', 'Tesfaye har stillet følgende spørgsmål'],
    ['Medlem af Folketinget Sofie Carsten Nielsen (RV)', 'og har den 9. december 2015 stillet'],
  ])('near miss: %s / %s', (line, next) => {
    expect(nameBeforeParty(line, next)).toBe(false)
  })
})

describe('startsOnSplitLine', () => {
  const OPENING = /besvarelse\s+af\s+spørgsmål/u

  it.each([
    ['Miljø- og fødevareministerens besvarelse af spørgs', 'mål nr. 948 (MOF alm. del) stillet den 27. juni'],
    // The soft hyphen the layout put back.
    ['Miljø- og fødevareministerens besvarelse af spørgs\u00ad', 'mål nr. 948 (MOF alm. del)'],
    // A wrap between words, as startsOnLine reads it.
    ['Miljø- og fødevareministerens besvarelse af', 'spørgsmål nr. 948 (MOF alm. del)'],
    // The hyphen printed.
    ['Miljøministerens foreløbige besvarelse af spørgs-', 'mål nr. 523 (KEF alm. del) stillet 30. august'],
  ])('reads the phrase across a word the line end split: %s / %s', (line, next) => {
    expect(startsOnSplitLine(OPENING, line, next)).toBe(true)
  })

  it.each([
    // The phrase wholly on the next line speaks for that line.
    ['Til Folketingets Miljøudvalg', 'besvarelse af spørgsmål nr. 948'],
    // A capital after the line end: no split word.
    ['Ministerens besvarelse af spørgs', 'Mål nr. 948'],
    ['Ministerens besvarelse af spørgs-', 'Mål nr. 948'],
    // A hyphen after a capital or a digit is no word split.
    ['Ministerens besvarelse af SPØRGS-', 'mål nr. 948'],
  ])('near miss: %s / %s', (line, next) => {
    expect(startsOnSplitLine(OPENING, line, next)).toBe(false)
  })
})

describe('beginsWrappedSentence', () => {
  it.each([
    ['Udlændinge-, Integrations- og Boligudvalget har efter ønske fra Dan Hansen (S) den 8.', undefined],
    ['Udlændinge-, Integrations-, og Boligudvalget har', undefined],
    ['Medlem af Folketinget Christoffer Aagaard Melson', '(V) har den 18. februar 2021 stillet følgende spørgsmål'],
  ])('a sentence may begin on %s', (line, next) => {
    expect(beginsWrappedSentence(line, next)).toBe(true)
  })

  it.each([
    // Lower case: the sentence began before it.
    ['efter ønske fra (MFU) Rune Hansen (EL) den 22.', undefined],
    // A name alone with no party after it on the next line, an address line.
    ['Medlem af Folketinget Christoffer Aagaard Melson', undefined],
    ['Udlændinge-, Integrations-, og Boligudvalget', undefined],
  ])('near miss: no sentence begins on %s', (line, next) => {
    expect(beginsWrappedSentence(line, next)).toBe(false)
  })
})
