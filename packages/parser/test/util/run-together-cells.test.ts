/**
 * A table cell holding several values run together (a row's columns a rendition set on one line, read as one cell):
 * the reading is flagged, not taken as right; one value with a stray space or in groups of thousands is no such cell.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { cellOfValuesRunTogether, holdsValuesRunTogether } from '../../src/util/run-together-cells.js'

describe('holdsValuesRunTogether', () => {
  it.each(['11,0 30,0 37,5 33,5', '12 15 18', '1.228 1.956 2.378', '3,0 % 3,9 % 4,8 %'.replaceAll(' %', '%')])(
    '%s: several values',
    (raw) => {
      expect(holdsValuesRunTogether(raw)).toBe(true)
    },
  )
  it.each(['-0,5 2,5 %', '1,8 -0,2'])('%s: two numbers with decimals, two values (forty-first session)', (raw) => {
    expect(holdsValuesRunTogether(raw)).toBe(true)
  })
  it.each(['124. 800', '1 234 567', '41,0', '12 mio. kr.', 'Tilskud 12 15', '', '2019 og 2020 i alt', '2,7 %', '2,5 12', '3 4'])(
    '%s: no run of values (near miss)',
    (raw) => {
      expect(holdsValuesRunTogether(raw)).toBe(false)
    },
  )
  it("reads the value cells, not a row's label", () => {
    expect(cellOfValuesRunTogether([[{ raw: '2019 2020 2021' }, { raw: '12' }]])).toBeUndefined()
    expect(
      cellOfValuesRunTogether([
        [{ raw: 'I alt' }, { raw: '12' }],
        [{ raw: 'Heraf' }, { raw: '4 5 6' }],
      ]),
    ).toBe('4 5 6')
  })
})

describe('a text table whose row of values was read as one cell', () => {
  // REU alm. del bilag 189 (2020-21), Erhvervsministeriet: the months over the row on one line, the label on a line
  // of its own, the values on the next; the two last columns after them, a label and a value a line.
  const letter = (row: string) =>
    [
      'Retsudvalget 2020-21',
      'REU Alm.del',
      'Retsudvalget har den 3. november 2020 stillet følgende spørgsmål nr. 188 (alm. del), som hermed besvares.',
      'Spørgsmål nr. 188:',
      'Vil ministeren oplyse antallet af medarbejdere i kontrolteamet?',
      'Svar:',
      'Af tabel 1 fremgår antal fuldtidsbeskæftigede i det særlige kontrolteam i 2020.',
      'Tabel 1. Fuldtidsbeskæftigede i det særlige kontrolteam',
      'Apr. Maj Jun. Jul. Aug. Sep. Okt. Nov. Dec.',
      'Fuldtidsbeskæftigede',
      row,
      'Pr. måned,',
      'april-dec.',
      '30,5',
      'Årsværk',
      '22,9',
      'Med venlig hilsen',
      'Simon Kollerup',
    ].join('\n')

  it('warns table-layout-inferred, quoting the cell, and sends the record to review', async () => {
    const record = await parse(letter('11,0 30,0 37,5 33,5 31,0 35,5 31,5 31,5 33,1'), { requireFolketingDocument: false })
    const warning = record.warnings.find((candidate) => candidate.code === 'table-layout-inferred')
    expect(warning?.message).toContain('"11,0 30,0 37,5 33,5 31,0 35,5 31,5 31,5 33,1"')
    expect(record.quality).toBe('needs-review')
  })

  it('near miss: one value in the row is no run of values', async () => {
    const record = await parse(letter('11,0'), { requireFolketingDocument: false })
    expect(record.warnings.map((warning) => warning.message).join('\n')).not.toContain('run together')
  })
})
