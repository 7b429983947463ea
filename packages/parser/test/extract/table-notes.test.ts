/**
 * A table's caption, notes and source as the record gives them, where the text sets a unit under the caption and
 * footnotes under the table opened by their marks rather than `Anm.:`.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/** An answer letter around `table` (lines), in the corpus's text rendition. */
const letter = (table: readonly string[]) =>
  [
    'Beskæftigelsesudvalget 2022-23',
    'BEU Alm.del - Endeligt svar på spørgsmål 12',
    'Offentligt',
    '',
    'Spørgsmål nr. 12 (Alm. del) fra Folketingets Beskæftigelsesudvalg:',
    'Vil ministeren oplyse antallet af anbragte børn?',
    '',
    'Svar:',
    'Tallene fremgår af tabel 1.',
    '',
    ...table,
    'Som det fremgår af tabellen, er antallet faldet.',
    '',
    'Med venlig hilsen',
    'Peter Hummelgaard',
  ].join('\n')

const TABLE = [
  'Tabel 1. Anbragte børn, 2020-2022',
  '(antal personer)',
  '2020',
  '2021',
  '2022¹',
  'Drenge',
  '6.123',
  '6.050',
  '5.987 *',
  'Piger',
  '5.210',
  '5.190',
  '5.102 *',
]

describe('table notes and caption', () => {
  it('keeps a unit under a caption in the caption, the label its table’s, and marked footnotes as notes before the source', async () => {
    const record = await parse(letter([...TABLE, 'Anm.: * Foreløbige tal.', '¹ Opgjort efter ny metode.', 'Kilde: Danmarks Statistik.']))
    const [table] = record.answer.tables
    expect(table?.label).toBe('Tabel 1')
    expect(table?.caption).toBe('Anbragte børn, 2020-2022 (antal personer)')
    expect(table?.header).toEqual(['', '2020', '2021', '2022¹'])
    expect(table?.rows[0]?.[3]).toEqual({ raw: '5.987 *', value: 5987 })
    expect(table?.notes).toEqual(['* Foreløbige tal.', '¹ Opgjort efter ny metode.'])
    expect(table?.source).toBe('Danmarks Statistik.')
    expect(record.warnings.map((warning) => warning.code)).not.toContain('table-not-found')
  })

  it('takes a footnote right under the table, without `Anm.:`, as its note', async () => {
    const record = await parse(letter([...TABLE, '* Foreløbige tal for 2022.', 'Kilde: Danmarks Statistik.']))
    expect(record.answer.tables[0]?.notes).toEqual(['* Foreløbige tal for 2022.'])
    expect(record.answer.tables[0]?.source).toBe('Danmarks Statistik.')
  })

  it('ends a marked note without its stop where the next line’s first word would have fitted (forty-first session)', async () => {
    const record = await parse(letter([...TABLE, '* Omfatter også netværkspleje']))
    expect(record.answer.tables[0]?.notes).toEqual(['* Omfatter også netværkspleje'])
    expect(record.answer.text).toContain('\n\nSom det fremgår af tabellen, er antallet faldet.')
  })

  it('near miss: a marked note whose line is full goes on on the next line, in capitals or not', async () => {
    const record = await parse(
      letter([...TABLE, '* Omfatter også børn anbragt i netværkspleje efter reglerne i serviceloven og i', 'Barnets lov.']),
    )
    expect(record.answer.tables[0]?.notes).toEqual([
      '* Omfatter også børn anbragt i netværkspleje efter reglerne i serviceloven og i Barnets lov.',
    ])
  })

  it('near miss: a paragraph after the table that opens with no mark stays the answer’s text', async () => {
    const record = await parse(letter([...TABLE, 'Kilde: Danmarks Statistik.']))
    expect(record.answer.tables[0]?.notes).toEqual([])
    expect(record.answer.text).toContain('Som det fremgår af tabellen, er antallet faldet.')
  })
})

describe('an annex of one table under its title (fortieth session)', () => {
  const table =
    'År        Sager i alt      Heraf kritik\n2019          735               19\n2020          710                9\n2021          702               12\n'
  const stamp = 'Retsudvalget 2021-22\nREU Alm.del\nOffentligt\n'

  it('opens the answer at the title, the table’s caption: `Oversigt over adfærdsklagesager`', async () => {
    const record = await parse(`${stamp}Oversigt over adfærdsklagesager\n${table}`)
    expect(record.answer.tables.map((each) => each.caption)).toEqual(['Oversigt over adfærdsklagesager'])
  })

  it('near miss: a sentence above the table is no caption', async () => {
    const record = await parse(
      `${stamp}Ministeriet har oplyst følgende om sagerne i de seneste tre år, som det fremgår nedenfor.\n${table}`,
    )
    expect(record.answer.tables.map((each) => each.caption)).toEqual([null])
  })

  it('four stars open a note too: `**** Antallet af sager …` after `*** …`', async () => {
    const record = await parse(
      `${stamp}Oversigt over adfærdsklagesager\n${table}*** Antallet af sager med kritik\n**** Antallet af sager, hvor adfærden er fundet beklagelig\n`,
    )
    expect(record.answer.tables[0]?.notes).toEqual([
      '*** Antallet af sager med kritik',
      '**** Antallet af sager, hvor adfærden er fundet beklagelig',
    ])
  })
})
