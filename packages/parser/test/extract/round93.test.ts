/**
 * Round 93's rules, from its training documents: Word's text-box label before a letter's date (`Text Box: November
 * 2006`); a committee's name whose suspended hyphen the letter left out (`Udvalg for Udlændinge og
 * Integrationspolitik`); `Kommenteret høringsnotat` as a hearing note's title; a bill's number run into a month on the
 * next line (`vedr. L8.` / `November 2006`) no date; a table's note set among its rows under the heading it marks; the
 * label column's heading apart from value headings that each open with one word (`65 år` / `til 70 år` …).
 */
import { readFileSync } from 'node:fs'
import type { Table } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { normaliseText } from '../../src/input/text.js'
import { cellPerLine } from '../../src/layout/text/readers/cell-per-line.js'
import { committeeByName, committeeNamedIn } from '../../src/registry/index.js'
import { LONG_DATE } from '../../src/util/dates.js'
import { dateOverLineEnd } from '../../src/util/wrapped.js'

describe("Word's text-box label", () => {
  it('is taken off the line it opens', () => {
    expect(normaliseText('Svar på spørgsmål\nText Box: November 2006\nVores sag')).toBe('Svar på spørgsmål\nNovember 2006\nVores sag')
  })

  it('keeps the indent of the line it opens', () => {
    expect(normaliseText('  Text Box: November 2006')).toBe('  November 2006')
  })

  it('near miss: the words inside a line are the letter’s', () => {
    expect(normaliseText('Se figuren (Text Box: 1) nedenfor')).toBe('Se figuren (Text Box: 1) nedenfor')
  })

  it('gives the session of a letter dated by month in a text box', async () => {
    const record = await parse(
      'Beskæftigelsesministerens besvarelse af spørgsmål nr. 3 fra Folketingets Arbejdsmarkedsudvalg vedr. L 8.\nText Box: November 2006\nSpørgsmål nr. 3\nKan ministeren oplyse, hvor mange der udskyder udbetalingen?\nSvar:\nDet er ATP’s vurdering, at under en halv procent vil udskyde den.\n',
    )
    expect(record.session).toBe('20061')
    expect(record.answer.answeredOn).toBeNull()
  })
})

describe("a committee's name without its suspended hyphen", () => {
  it.each([
    ['Besvarelse af spørgsmål nr. 13 ad L 10 stillet af Folketingets Udvalg for Udlændinge og Integrationspolitik til ministeren', 'UUI'],
    ['stillet af Folketingets Udvalg for Udlændinge- og Integrationspolitik', 'UUI'],
    ['svar til Børne og Undervisningsudvalget', 'BUU'],
  ])('%j → %s', (text, code) => {
    expect(committeeNamedIn(text)?.entry.code).toBe(code)
  })

  it('by name too', () => {
    expect(committeeByName('Folketingets Udvalg for Udlændinge og Integrationspolitik')?.code).toBe('UUI')
  })

  it('near miss: words joined by `og` that name no committee', () => {
    expect(committeeNamedIn('Børne og unge under udvalgets særlige bevågenhed')).toBeUndefined()
  })
})

describe('a commented hearing note', () => {
  // Kulturministeriet's note on a draft order (2013), filed as the answer to L 50's question 3: its title glued to its
  // first sentence, and annexes named further down (`… vedlagte …`), which alone read as a cover letter's.
  const text = readFileSync(new URL('../../../../fixtures/real/20131_l50_spm3_1307561/input.txt', import.meta.url), 'utf8')

  it('is a note, not a cover letter', async () => {
    expect((await parse(text)).documentType).toBe('unknown')
  })

  it("near miss: without the hearing note's title the same lines read as a cover letter", async () => {
    expect((await parse(text.replace('Kommenteret høringsnotat', 'Kommenteret notat'))).documentType).toBe('cover-letter')
  })
})

describe("a bill's number before a month", () => {
  it.each([
    ['vedr. L8.\nNovember 2006', undefined],
    ['ad B 12. december 2006', undefined],
    ['stillet den 8. november 2006', '8'],
    ['Justitsministeren3. oktober 2012', '3'],
    ['LB 4. maj 2010', '4'],
  ])('%j → day %s', (text, day) => {
    expect(LONG_DATE.exec(text)?.[1]).toBe(day)
  })
})

describe("a bill's number at a line's end before a month", () => {
  it('is no date over the line end', () => {
    expect(dateOverLineEnd('… fra Folketingets Arbejdsmarkedsudvalg vedr. L8.', 'November 2006')).toBeUndefined()
  })

  it('near miss: a day at the line end is one', () => {
    expect(dateOverLineEnd('… har udvalget den 8.', 'november 2006 stillet')?.iso).toBe('2006-11-08')
  })
})

describe("the label column's heading before value headings of one shape", () => {
  const cells = (table: Table | undefined) => table?.children.map((row) => row.children.map((cell) => nodeToString(cell)))
  const rows = ['Årlig pension i forhold til årlig pension uden udsættelse', '160 %', '260 %', 'Ekstra pension', '14 %', '30 %']

  it('stands apart from the first value heading', () => {
    expect(cells(cellPerLine(['Udsættelse af udbetaling fra', '65 år', 'til 70 år', '65 år', 'til 75 år', ...rows]))?.[0]).toEqual([
      'Udsættelse af udbetaling fra',
      '65 år til 70 år',
      '65 år til 75 år',
    ])
  })

  it('near miss: value headings of unlike shapes are not split by their first word', () => {
    expect(cells(cellPerLine(['Udsættelse af udbetaling fra', '65 år', 'til 70 år', '65 år', ...rows]))?.[0]?.[0]).toBe('')
  })

  it('near miss: one value column’s heading wrapped stays whole', () => {
    const table = cellPerLine([
      'Land',
      'Udviklingsbistand til mindst',
      'udviklede lande som pct. af BNI',
      'Danmark',
      '0,25',
      'Sverige',
      '0,22',
    ])
    expect(cells(table)?.[0]).toEqual(['Land', 'Udviklingsbistand til mindst udviklede lande som pct. af BNI'])
  })
})

describe('a table note set among the rows', () => {
  const letter = (note: string) =>
    `Folketingets Miljø- og Fødevareudvalg\nDen 24. oktober 2019\nSvar på spørgsmål nr. 149 (MOF alm. del) stillet efter ønske fra René Christensen (DF).\nSpørgsmål nr. 149\n”Vil ministeren oplyse, hvor mange dage bomtrawlerne har været til søs?”\nSvar\nAntallet af dage fremgår af tabel 1.\nTabel 1: Bomtrawleres aktivitet i Skagerrak 2017 - 2019\nÅr\n2017\n2018\n2019*\n${note}\nAntal dage til søs\n330\n386\n634\nMed venlig hilsen\nJakob Jensen\n`

  it('is the note of the heading it marks, not a row label', async () => {
    const [table] = (await parse(letter('*til og med 8. september 2019'))).answer.tables
    expect(table?.header).toEqual(['År', '2017', '2018', '2019*'])
    expect(table?.rows.map((row) => row.map((cell) => cell.raw))).toEqual([['Antal dage til søs', '330', '386', '634']])
    expect(table?.notes).toEqual(['*til og med 8. september 2019'])
  })

  it('near miss: a mark no heading carries stays in the rows', async () => {
    const [table] = (await parse(letter('**til og med 8. september 2019'))).answer.tables
    expect(table?.notes).toEqual([])
  })
})
