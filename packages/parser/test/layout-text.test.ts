/**
 * The PDF fixtures as pdftotext writes them (`fixtures/layout/` with -layout, `fixtures/pdftotext/` without; made by
 * `fixtures/layout/make_layout_texts.sh`). Each must give the metadata and question of the PDF fixture's
 * hand-written expectations, and its tables where the text holds them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { FtRecord } from '@ft-answers/schema'
import { recordSchema } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
import { parse, parseFile } from '../src/index.js'

const FIXTURES = new URL('../../../fixtures/', import.meta.url)

interface Rendition {
  group: string
  title: string
  /** Fixtures whose tables the rendition does not give back, with the reason in the comment. */
  tablesNotRead: Set<string>
  /** Fixtures whose text the rendition itself changed (question text and table labels are not compared). */
  textChanged: Set<string>
  /** Fixtures whose unread table the record cannot even flag, with the reason in the comment. */
  unflagged: Set<string>
  /**
   * Fixtures whose letterhead, question or signature the rendition does not give back (an expected failure: the test
   * fails the day it is read), with the reason in the comment.
   */
  fieldsNotRead: Set<string>
  /**
   * Fixtures whose table is read otherwise than in the PDF and NOT flagged — a wrong value with no warning, the worst
   * case: listed so that it shows (an expected failure of "the table not read is flagged"), with the reason.
   */
  tablesWrongUnflagged: Set<string>
}

const RENDITIONS: Rendition[] = [
  {
    group: 'layout',
    title: 'pdftotext -layout renditions of the PDF fixtures',
    // Cells of running text (a description wrapped in its cell); sum: the table's columns do not line up in the
    // text (flagged, table-layout-lost); ufm: on page 2 pdftotext sets a row's two values left, under the wrong
    // years (flagged, table-header-inferred: a value column without a heading).
    tablesNotRead: new Set(['synthetic-text-table', 'sum-20201-spm1190', 'ufm-20211-ufu-spm191']),
    textChanged: new Set(),
    unflagged: new Set(),
    // (kum, its question set before the sentence that introduces it and its bare-name signature above a footnote at
    // the page's foot, is read since the forty-first session.)
    fieldsNotRead: new Set(),
    // mfvm: the table's note runs on into the paragraph after it (in the text nothing but the print's size, which
    // the text has lost, sets them apart).
    tablesWrongUnflagged: new Set(['mfvm-20171-euu-spm9']),
  },
  {
    group: 'pdftotext',
    title: 'pdftotext renditions (reading order, no -layout) of the PDF fixtures',
    // One cell per paragraph is read row by row where rows are led by a year or a label and the heading cells are
    // plain; not: group headings (`Mænd` over two years), a header of years read across (`År 2013 … 2024*` with the
    // star on a line of its own), values run together, cells of running text, and "Tabel" set apart from its "1".
    // In other ministries' letters: skm, sum, ufm, uim, vfm (its second table), pka: flagged (table-layout-lost); ism-20051:
    // its header's two lines read as headings and rows of the table over the page break, flagged (table-layout-inferred).
    tablesNotRead: new Set([
      'beu-20191-l85-spm11',
      'beu-20241-spm75',
      'synthetic-full-width',
      'synthetic-group-header',
      'synthetic-group-header-serif',
      'synthetic-text-table',
      'skm-20222-spm20',
      'sum-20201-spm1190',
      'ufm-20211-ufu-spm191',
      'uim-20231-spm453',
      'vfm-20072-sou-spm272',
      'pka-20211-reu-spm421-annex',
      'ism-20051-kou-b50-spm6-long-table',
    ]),
    // pdftotext mends line-end hyphens by dropping them: "ikke-" + "vestlige" comes out "ikkevestlige", in the
    // question and in the table's row labels (the table itself is read); "e-" + "boks" (buvm) and "Europa-" +
    // "Kommissionens" (kefm) in the question likewise.
    textChanged: new Set(['beu-20211-spm245', 'buvm-20201-ufo-spm32', 'kefm-20211-kef-spm209']),
    // pdftotext sets "Tabel" and its "1" apart in synthetic-full-width (the number after the caption): the label is
    // read without its number (`Tabel`), and the run of values, which no reader takes, is flagged as a table whose
    // cells are lost (`lostCellsRun`).
    unflagged: new Set(),
    // kum: the sidebar pdftotext sets after the text (its labels' values, the date) and the bare-name signature above
    // the footnote are not read (warned: answer-date-missing, signature-missing).
    fieldsNotRead: new Set(['kum-20181-kuu-spm89']),
    tablesWrongUnflagged: new Set(),
  },
]

type Expected = Partial<FtRecord> & { answer: { answeredOn?: string | null; tables?: FtRecord['answer']['tables'] } }

const expectedOf = (name: string): Expected => JSON.parse(readFileSync(new URL(`pdf/${name}/expected.json`, FIXTURES), 'utf8'))
const withoutPage = (tables: FtRecord['answer']['tables']) => tables.map(({ page: _page, ...table }) => table)
/** Every PDF fixture, the letters in other ministries' layouts included. */
const pdfNames = readdirSync(new URL('pdf/', FIXTURES), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`pdf/${entry.name}/input.pdf`, FIXTURES)))
  .map((entry) => entry.name)

/** Warnings that flag a table not read as in the PDF: lost, not found, read in one of several orders, headings guessed. */
const TABLE_FLAGS = new Set(['table-layout-lost', 'table-not-found', 'table-layout-inferred', 'table-header-inferred'])

for (const { group, title, tablesNotRead, textChanged, unflagged, fieldsNotRead, tablesWrongUnflagged } of RENDITIONS) {
  describe(title, () => {
    const names = readdirSync(new URL(`${group}/`, FIXTURES), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    it('has one for every PDF fixture', () => {
      expect([...names].sort()).toEqual([...pdfNames].sort())
    })

    for (const name of names) {
      const input = new URL(`${group}/${name}/input.txt`, FIXTURES).pathname
      const fieldsTest = fieldsNotRead.has(name) ? it.fails : it
      fieldsTest(`${name}: letterhead, question and signature as in the PDF`, async () => {
        const record = await parseFile(input)
        expect(recordSchema.safeParse(record).success).toBe(true)
        const expected = expectedOf(name)
        for (const key of ['documentType', 'session', 'caseNumber', 'signature', 'ministry'] as const) {
          if (key in expected) expect(record[key], key).toEqual(expected[key])
        }
        expect(record.committee?.code, 'committee').toBe(expected.committee?.code)
        for (const [key, value] of Object.entries(expected.question ?? {})) {
          if (key === 'text' && textChanged.has(name)) continue
          if (!key.startsWith('text') || key === 'text')
            expect(record.question[key as keyof FtRecord['question']], `question.${key}`).toEqual(value)
        }
        expect(record.answer.answeredOn, 'answeredOn').toBe(expected.answer.answeredOn)
      })

      if (textChanged.has(name)) continue
      if (tablesNotRead.has(name) || tablesWrongUnflagged.has(name)) {
        // Not read, but not lost in silence: the record says so (or, listed, it does not yet).
        if ((expectedOf(name).answer.tables ?? []).length === 0 || unflagged.has(name)) continue
        const flaggedTest = tablesWrongUnflagged.has(name) ? it.fails : it
        flaggedTest(`${name}: the table not read is flagged`, async () => {
          const record = await parseFile(input)
          expect(withoutPage(record.answer.tables)).not.toEqual(withoutPage(expectedOf(name).answer.tables ?? []))
          expect(record.warnings.some((warning) => TABLE_FLAGS.has(warning.code))).toBe(true)
        })
        continue
      }
      it(`${name}: tables as in the PDF`, async () => {
        const record = await parseFile(input)
        expect(withoutPage(record.answer.tables)).toEqual(withoutPage(expectedOf(name).answer.tables ?? []))
      })
    }
  })
}

describe('layout-kept text without a sidebar', () => {
  it('a table whose last column holds words at one place is no sidebar: the words stay in the answer', async () => {
    const rows = ['Ordning', 'Fleksjob', 'Seniorpension', 'Dagpenge', 'Ressourceforløb'].map(
      (name, at) => `${name.padEnd(42)}${['Myndighed', 'Kommunen', 'Udbetaling Danmark', 'A-kassen', 'Kommunen'][at]}`,
    )
    const record = await parse(
      `Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 102 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 102:\n”Hvem har ansvaret?”\n\nSvar:\nAnsvaret fordeler sig således:\n\n${rows.join('\n')}\n\nVenlig hilsen\nLudvig Ayoub Jensen`,
      { format: 'text' },
    )
    for (const word of ['Myndighed', 'Udbetaling Danmark', 'A-kassen', 'Kommunen']) expect(record.answer.text).toContain(word)
    expect(record.signature?.name).toBe('Ludvig Ayoub Jensen')
  })
})

describe('a table over a page break in layout-kept text', () => {
  const letter = (tableLines: string[]) =>
    `Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 102 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 102:\n”Hvor mange?”\n\nSvar:\nTallene fremgår af tabel 1.\n\nTabel 1: Beboere pr. ultimo året\n${tableLines.join('\n')}\nKilde: Styrelsen.\n\nVenlig hilsen\nLudvig Ayoub Jensen`

  it('reads a heading of years repeated after the page footer as the same table going on, not as a row', async () => {
    const record = await parse(
      letter([
        'Gruppe                     2021   2022    2023',
        'Afviste                     121     98     104',
        'Udløbne                      11      8       6',
        '',
        '',
        '                                                Side 1/2',
        '\fGruppe                         2021     2022    2023',
        'Tålte                         42        39      41',
        'Øvrige                         3         2       -',
      ]),
      { format: 'text' },
    )
    expect(record.answer.tables.map((table) => table.rows.map((row) => row.map((cell) => cell.raw)))).toEqual([
      [
        ['Afviste', '121', '98', '104'],
        ['Udløbne', '11', '8', '6'],
        ['Tålte', '42', '39', '41'],
        ['Øvrige', '3', '2', '-'],
      ],
    ])
    expect(record.answer.tables[0]?.header).toEqual(['Gruppe', '2021', '2022', '2023'])
  })

  it('keeps a row that repeats an earlier one where no page break stands between (near miss)', async () => {
    const record = await parse(
      letter([
        'Gruppe                     2021   2022    2023',
        'Afviste                     121     98     104',
        'Afviste                     121     98     104',
        'Udløbne                      11      8       6',
      ]),
      { format: 'text' },
    )
    expect(record.answer.tables[0]?.rows.map((row) => row[0]?.raw)).toEqual(['Afviste', 'Afviste', 'Udløbne'])
  })
})

describe('footnotes at a page’s foot in layout-kept text (forty-first session)', () => {
  const letter = (foot: string[]) =>
    [
      'Kulturudvalget har den 8. februar 2019 stillet mig følgende spørgsmål nr. 89 (alm. del), som hermed besvares.',
      'Spørgsmål nr. 89:',
      '”Vil ministeren redegøre for besparelserne?”',
      'Svar:',
      'Besparelserne fremgår af tabel 1.1 Tabellen viser det årlige omprioriteringsbidrag.',
      'Mette Bock',
      '',
      '',
      ...foot,
      '',
      '                                                                  Side 1/1',
    ].join('\n')

  it('takes a paragraph whose number is glued to its first word, down to the page’s footer, for a footnote', async () => {
    const record = await parse(
      letter(['1Bevillingerne påvirkes også af en række andre faktorer, herunder', 'pris- og lønregulering mv.']),
      { format: 'text' },
    )
    expect(record.answer.blocks.filter((block) => block.type === 'footnote')).toEqual([
      {
        type: 'footnote',
        identifier: '1',
        text: 'Bevillingerne påvirkes også af en række andre faktorer, herunder pris- og lønregulering mv.',
      },
    ])
    expect(record.signature?.name).toBe('Mette Bock')
  })

  it('near miss: such a paragraph with the letter going on under it is the letter’s', async () => {
    const record = await parse(
      letter(['1Bevillingerne påvirkes også af en række andre faktorer.', '', 'Med venlig hilsen', 'Mette Bock']),
      {
        format: 'text',
      },
    )
    expect(record.answer.blocks.filter((block) => block.type === 'footnote')).toEqual([])
  })
})

describe('a table no label announces, over a page break in layout-kept text', () => {
  const letter = (secondPage: string[]) =>
    [
      'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 102 (alm. del), som hermed besvares.',
      '',
      'Spørgsmål nr. 102:',
      '”Hvor meget er budgetterne ændret?”',
      '',
      'Svar:',
      'Nedenstående tabel viser de kommuner, der har ændret deres budgetter.',
      '',
      '                    Vækst pct.        Bevilling      Vækst pct.',
      '                    Oprindelig           Mio.kr       Revideret',
      'Arden                   2,7 %              -0,5           2,5 %',
      'Assens                  1,5 %              -4,1           0,2 %',
      'Bogense                 2,4 %              -0,2           2,3 %',
      '',
      '                                                         Side 1/2',
      ...secondPage,
      'Kilde: Danmarks Statistik.',
      '',
      'Med venlig hilsen',
      '',
      'Ludvig Ayoub Jensen',
    ].join('\n')
  const grids = (record: FtRecord) =>
    record.answer.tables.map((table) => [table.header, ...table.rows.map((row) => row.map((cell) => cell.raw))])

  it('reads the heading repeated on the next page in its two lines, set at other places, as the same table going on', async () => {
    const record = await parse(
      letter([
        '\f                           Vækst pct.          Bevilling        Vækst pct.',
        '                           Oprindelig             Mio.kr         Revideret',
        'Ullerslev                       1,8 %                -1,2             1,0 %',
        'Vallø                           2,1 %                -1,0             1,8 %',
      ]),
      { format: 'text' },
    )
    expect(grids(record)).toEqual([
      [
        ['', 'Vækst pct. Oprindelig', 'Bevilling Mio.kr', 'Vækst pct. Revideret'],
        ['Arden', '2,7 %', '-0,5', '2,5 %'],
        ['Assens', '1,5 %', '-4,1', '0,2 %'],
        ['Bogense', '2,4 %', '-0,2', '2,3 %'],
        ['Ullerslev', '1,8 %', '-1,2', '1,0 %'],
        ['Vallø', '2,1 %', '-1,0', '1,8 %'],
      ],
    ])
  })

  it('keeps a table under other headings on the next page a table of its own (near miss)', async () => {
    const record = await parse(
      letter([
        '\f                           Vækst pct.          Bevilling        Vækst pct.',
        '                           Oprindelig             Mio.kr            Endelig',
        'Ullerslev                       1,8 %                -1,2             1,0 %',
        'Vallø                           2,1 %                -1,0             1,8 %',
      ]),
      { format: 'text' },
    )
    expect(grids(record).map((grid) => grid.length)).toEqual([4, 3])
  })
})

describe('a table right after the sidebar in layout-kept text', () => {
  const side = (text: string, part: string) => `${text.padEnd(64)}${part}`
  const letter = (after: string[]) =>
    [
      side('Folketingets Forsvarsudvalg', ''),
      side('Medlem af Folketinget Ida Holm (V) har den 18. februar', 'Dato:        18. marts 2021'),
      side('2021 stillet følgende spørgsmål nr. 147, som hermed besvares.', 'Sagsnr.:     2021/001416'),
      '',
      side('Spørgsmål nr. 147:', 'Forsvarsministeriet'),
      side('Ministeren bedes redegøre for omkostningerne.', 'Holmens Kanal 9'),
      side('', '1060 København K'),
      side('Svar:', 'www.fmn.dk'),
      side('Omkostningerne fordeler sig således på de berørte', 'EAN: 5798000201200'),
      side('styrelser.', 'CVR: 25 77 56 35'),
      '',
      ...after,
      'Med venlig hilsen',
      '',
      'Trine Bramsen',
    ].join('\n')

  it('reads a table whose columns the layout keeps, though the line before it is the sidebar’s', async () => {
    const record = await parse(
      letter([
        '                              Merudgifter        Løn       Drift',
        'Forsvarskommandoen                   14,8       13,1         1,7',
        'Beredskabsstyrelsen                  15,1       10,0         5,0',
        'Total                                29,9       23,1         6,7',
      ]),
      { format: 'text' },
    )
    expect(record.answer.tables.map((table) => [table.header, ...table.rows.map((row) => row.map((cell) => cell.raw))])).toEqual([
      [
        ['', 'Merudgifter', 'Løn', 'Drift'],
        ['Forsvarskommandoen', '14,8', '13,1', '1,7'],
        ['Beredskabsstyrelsen', '15,1', '10,0', '5,0'],
        ['Total', '29,9', '23,1', '6,7'],
      ],
    ])
    expect(record.caseNumber).toBe('2021/001416')
    expect(record.question.text).toBe('Ministeren bedes redegøre for omkostningerne.')
  })

  it('reads no table from lines one a line after the sidebar (near miss: the letterhead’s own lines)', async () => {
    const record = await parse(letter(['Centertype', 'Modtagecenter', 'Opholdscenter', '']), { format: 'text' })
    expect(record.answer.tables).toEqual([])
  })
})
