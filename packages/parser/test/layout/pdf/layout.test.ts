import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { TABLE_LABEL } from '../../../src/layout/markers.js'
import { captionWraps, headingStarts, inTableSize, layoutPdf, leavesTable, repeatedHeading } from '../../../src/layout/pdf/layout.js'
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

  it('the header still above the table’s lines, wrapped over lines of its own (thirty-first session)', () => {
    const above = [row(224, 'Antal', 'Provenu'), row(212, 'ejere', 'Mio. kr.'), row(200, '', '(1.000)')]
    const table = [row(188, '1. Ejendomsværdiskat', '2.025', '15.400'), row(176, '2. Progressiv', '20', '310')]
    const next = [
      row(780, 'Antal', 'Provenu'),
      row(768, 'ejere', 'Mio. kr.'),
      row(756, '', '(1.000)'),
      row(744, 'I alt', '2.025', '12.050'),
    ]
    expect(repeatedHeading(table, next, above)).toBe(3)
    // Without the lines above, nothing on the next page repeats the table's heading.
    expect(repeatedHeading(table, next)).toBe(0)
  })

  it('not a row that only looks like the heading (near miss)', () => {
    const table = [row(200, 'Persongruppe', '2018', '2019'), row(188, 'Afviste', '189', '161')]
    const next = [row(780, 'Afviste', '189', '161'), row(768, 'I alt', '341', '298')]
    expect(repeatedHeading(table, next)).toBe(0)
  })
})

describe('a table label whose caption starts on its line', () => {
  /** The column's right edge. */
  const right = 414
  const line = (text: string, x0: number, x1: number) => ({ text, x0, x1 })

  it('runs on when the label line ends in a hyphen', () => {
    const label = line('Tabel 1: Beboersammensætning på Udrejsecenter Kærshovedgård i peri-', 71, 413)
    expect(captionWraps(label, line('oden 2018-2023 (opgjort pr. ultimo året)', 71, 259), right)).toBe(true)
  })

  it('runs on when the next line’s first word would not have fitted after it', () => {
    // Chromium: the label line stops 33 pt short of the edge; "perioden" needs ~40 pt.
    const label = line('Tabel 1: Beboersammensætning på Udrejsecenter Kærshovedgård i', 70, 381)
    expect(captionWraps(label, line('perioden 2018-2023 (opgjort pr. ultimo året)', 70, 268), right)).toBe(true)
  })

  it('not a label alone, nor a caption that ends on the label’s line (near misses)', () => {
    expect(captionWraps(line('Tabel 2', 70, 105), line('Antal personer fordelt på år', 70, 220), right)).toBe(false)
    // A short caption: "Kilde" would have fitted after it, so the caption ended there.
    const short = line('Tabel 3. Ledige i alt', 70, 170)
    expect(captionWraps(short, line('Kilde: Danmarks Statistik', 70, 190), right)).toBe(false)
    expect(captionWraps(line('Tabel 1: Beboersammensætning', 70, 200), undefined, right)).toBe(false)
  })
})

describe('where an unlabelled table starts and ends', () => {
  /** A line of one piece at x, on baseline y, in `size` pt. */
  const text = (y: number, words: string, size: number, x = 70) =>
    makeLine(1, [{ text: words, x0: x, x1: x + words.length * 5, y, size, font: 'f' }])
  const startsTable = (body: readonly ReturnType<typeof row>[], index: number) => (body[index]?.text ?? '').startsWith('Forsvars')
  // Forsvarsministeriet's table: a group heading and a heading cell that wraps over lines of its own, set in 9 pt under
  // 11 pt text, then the rows.
  const body = [
    text(400, 'godkendt af Finansudvalget d. 17. december 2020.', 11),
    text(380, 'Fordeling på løn/drift', 9, 190),
    row(369, '', 'Realiserede merudgifter', 'Løn', 'Drift'),
    text(358, 'i 2020 vedrørende', 9, 130),
    row(347, 'Forsvarskommandoen', '14,8', '13,1', '1,7'),
    row(336, 'Total', '82,8', '24,0', '58,6'),
  ]

  it('takes the heading lines set in the table’s size above its first row of values', () => {
    expect([...headingStarts(body, startsTable, 11, 12.5)]).toEqual([1])
  })

  it('not a text line in the body’s size right above a table (near miss)', () => {
    const plain = [text(400, 'godkendt af Finansudvalget d. 17. december 2020.', 11), ...body.slice(4)]
    expect([...headingStarts(plain, startsTable, 11, 12.5)]).toEqual([])
  })

  it('ends at a line in the body’s size after its rows: the greeting is not the last row’s label', () => {
    expect(leavesTable(body.slice(4), text(325, 'Med venlig hilsen', 11))).toBe(true)
  })

  it('a row’s wrapped label in the rows’ size goes on (near miss)', () => {
    expect(leavesTable(body.slice(4), text(325, 'kommandoen', 9))).toBe(false)
  })

  it('a line in the rows’ size, not the body’s, is the table’s however wide (a row of text cells as one item)', () => {
    const cells = text(325, 'Omfattede klassetrin Bh.kl. Bh.kl.-1. Bh.kl.-2. Bh.kl.-3. Bh.kl.-4. Bh.kl.-5.', 9)
    expect(inTableSize(body.slice(4), cells, 11)).toBe(true)
    // Near misses: a footnote opened by its mark, a note's sentence, a line in the body's size, a table in it.
    expect(inTableSize(body.slice(4), text(325, '*Der er her medtaget afstemninger i Forvaltningskomitéen', 9), 11)).toBe(false)
    expect(inTableSize(body.slice(4), text(325, 'Tallene for 2020 er foreløbige og kan blive rettet.', 9), 11)).toBe(false)
    expect(inTableSize(body.slice(4), text(325, 'Omfattede klassetrin Bh.kl. Bh.kl.-1.', 11), 11)).toBe(false)
    expect(inTableSize(body.slice(4), cells, 9)).toBe(false)
  })
})

describe('a table label set apart from its caption by a dash', () => {
  it('the dash is not the caption’s: "Tabel 1 – Investeringsramme og finansieringsbidrag"', () => {
    expect(TABLE_LABEL.exec('Tabel 1 – Investeringsramme og finansieringsbidrag')?.slice(1)).toEqual([
      '1',
      'Investeringsramme og finansieringsbidrag',
    ])
    expect(TABLE_LABEL.exec('Tabel 1 - Landsdelsorkestrenes koncerter i 2019')?.[2]).toBe('Landsdelsorkestrenes koncerter i 2019')
  })

  it('a number after a hyphen stays (near miss): "Tabel 1 -5 pct."', () => {
    expect(TABLE_LABEL.exec('Tabel 1 -5 pct.')?.[2]).toBe('-5 pct.')
  })
})

describe('a table label without a number (Word’s caption with its numbering off)', () => {
  it.each([
    ['Tabel', ''],
    ['Tabel:', ''],
    ['Tabel: Forventet fald i antal fødsler', 'Forventet fald i antal fødsler'],
  ])('%j is a label, its caption %j, no number', (text, caption) => {
    expect(TABLE_LABEL.exec(text)?.slice(1)).toEqual([undefined, caption])
  })

  it.each(['Tabellen viser udviklingen', 'Tabel viser udviklingen', 'Tabeller'])('near miss: %j is no label', (text) => {
    expect(TABLE_LABEL.test(text)).toBe(false)
  })
})

describe('a caption and the heading over a value column', () => {
  /** A line of pieces `[text, x0]` on baseline y in `size` pt. */
  const text = (y: number, size: number, ...pieces: Array<[string, number]>) =>
    makeLine(
      1,
      pieces.map(([words, x0]) => ({ text: words, x0, x1: x0 + words.length * size * 0.5, y, size, font: 'f' })),
    )
  const prose = 'OECD-DAC laver med jævne mellemrum detaljerede opgørelser over DAC medlemmernes bistand'
  const rows = ['Australien', 'Østrig', 'Belgien'].map((country, at) => text(600 - at * 12, 9, [country, 70], ['0.09', 300]))
  const headerCells = (heading: ReturnType<typeof text>) => {
    const lines = [
      text(700, 11, [prose, 70]),
      text(686, 11, [prose, 70]),
      text(660, 10, ['Tabel 1: DAC landenes udviklingsbistand', 70]),
      heading,
      ...rows,
    ]
    const { items } = layoutPdf({ pages: [lines], boxes: [{ page: 1, width: 595, height: 842 }], rules: new Map() })
    const table = items.find((item) => item.kind === 'table')
    return table?.kind === 'table' ? table.table.children[0]?.children.map((cell) => nodeToString(cell)) : undefined
  }

  it('a line set well right of the label heads the value column, not the caption', () => {
    expect(headerCells(text(612, 9, ['Udviklingsbistand som pct. af BNI', 250]))).toEqual(['', 'Udviklingsbistand som pct. af BNI'])
  })

  it('a caption line from the label’s left edge stays the caption’s (near miss)', () => {
    expect(headerCells(text(648, 10, ['opgjort som procent af BNI (2013).', 70]))).toEqual(['', ''])
  })
})

/** A line of pieces `[text, x0, x1]` on baseline y in `size` pt. */
const sized = (y: number, size: number, ...pieces: Array<[string, number, number]>) =>
  makeLine(
    1,
    pieces.map(([words, x0, x1]) => ({ text: words, x0, x1, y, size, font: 'f' })),
  )

/** A line of pieces `[text, x0, x1]` on baseline y, 11 pt: a letter's text or a table's line. */
const line = (y: number, ...pieces: Array<[string, number, number]>) => sized(y, 11, ...pieces)

/** The cells of the first table a page of `lines` lays out, or undefined where it lays out none. */
function tableOf(lines: ReturnType<typeof line>[]): string[][] | undefined {
  const { items } = layoutPdf({ pages: [lines], boxes: [{ page: 1, width: 595, height: 842 }], rules: new Map() })
  const table = items.find((item) => item.kind === 'table')
  return table?.kind === 'table' ? table.table.children.map((row) => row.children.map((cell) => nodeToString(cell))) : undefined
}

/** A line of a letter's lead-in paragraph. */
const prose = 'Ministeriet har til brug for besvarelsen indhentet et bidrag fra Danmarks Statistik, som det'

describe('a header row set so close that it reads as a line of text', () => {
  const rows = [
    line(420, ['Fanø', 70, 92], ['3.426', 165, 191]),
    line(406, ['Læsø', 70, 92], ['1.789', 165, 191]),
    line(392, ['I alt', 70, 90], ['5.215', 165, 191]),
  ]
  const tableOf = (lines: ReturnType<typeof line>[]) => {
    const { items } = layoutPdf({ pages: [lines], boxes: [{ page: 1, width: 595, height: 842 }], rules: new Map() })
    const table = items.find((item) => item.kind === 'table')
    const texts = items.flatMap((item) => (item.kind === 'table' ? [] : [item.text]))
    return {
      cells: table?.kind === 'table' ? table.table.children.map((row) => row.children.map((cell) => nodeToString(cell))) : undefined,
      texts,
    }
  }

  it('after Tabel N, the caption’s last line heads the columns: `Kommune Befolkning` over `Fanø  3.426`', () => {
    const { cells, texts } = tableOf([
      line(520, [prose, 70, 504]),
      line(506, ['fremgår af tabellen nedenfor.', 70, 211]),
      line(470, ['Tabel 1', 70, 108]),
      line(456, ['Befolkning i ø-kommuner med tilskud til nedsættelse af færgetakster', 70, 402]),
      // Two pieces 25 pt apart: one segment of text, each piece over a column of its own.
      line(437, ['Kommune', 70, 115], ['Befolkning', 140, 191]),
      ...rows,
    ])
    expect(cells?.[0]).toEqual(['Kommune', 'Befolkning'])
    expect(cells?.[1]).toEqual(['Fanø', '3.426'])
    expect(texts).toContain('Befolkning i ø-kommuner med tilskud til nedsættelse af færgetakster')
    expect(texts).not.toContain('Kommune Befolkning')
  })

  it('before an unlabelled table, the text’s last lines are taken back as its header, a wrapped heading too', () => {
    const { cells, texts } = tableOf([
      line(520, [prose, 70, 504]),
      line(506, ['fremgår af tabellen nedenfor.', 70, 211]),
      line(452, ['Indbyggere i', 140, 191]),
      line(438, ['Kommune', 70, 115], ['kommunen', 140, 191]),
      ...rows,
    ])
    expect(cells?.[0]).toEqual(['Kommune', 'Indbyggere i kommunen'])
    expect(texts).toEqual([prose, 'fremgår af tabellen nedenfor.'])
  })

  it('a caption of one piece stays the caption, and a line whose pieces share a column is no header (near misses)', () => {
    const lead = [line(520, [prose, 70, 504]), line(506, ['fremgår af tabellen nedenfor.', 70, 211])]
    const caption = tableOf([...lead, line(470, ['Tabel 1', 70, 108]), line(437, ['Befolkning i ø-kommuner', 70, 191]), ...rows])
    expect(caption.cells?.[0]).toEqual(['', ''])
    expect(caption.texts).toContain('Befolkning i ø-kommuner')
    const shared = tableOf([...lead, line(470, ['Tabel 1', 70, 108]), line(437, ['Kommune', 70, 100], ['og ø', 104, 125]), ...rows])
    expect(shared.cells?.[0]).toEqual(['', ''])
  })
})

describe('a header of headings set close in small print, one piece under the caption (thirty-ninth session)', () => {
  // Where Chromium sets an 8 pt table with no padding between its rows: values flush right in their cells.
  const rows = [
    ['2007', '1498', '395', '582'],
    ['2008', '1462', '395', '582'],
    ['2009', '1391', '395', '582'],
  ].map(([year = '', a = '', b = '', c = ''], at) =>
    sized(431 - at * 9, 8, [year, 72.7, 90.5], [a, 128.9, 146.7], [b, 172.7, 186], [c, 226.6, 240]),
  )
  const page = (header: ReturnType<typeof sized>) => {
    const { items } = layoutPdf({
      pages: [
        [
          sized(520, 11, [prose, 70, 504]),
          sized(506, 11, ['fremgår af tabellen nedenfor.', 70, 211]),
          sized(470, 11, ['Tabel 1', 70, 108]),
          sized(456, 11, ['Normerede sengepladser i psykiatrien', 70, 255]),
          header,
          ...rows,
        ],
      ],
      boxes: [{ page: 1, width: 595, height: 842 }],
      rules: new Map(),
    })
    const table = items.find((item) => item.kind === 'table')
    return {
      header: table?.kind === 'table' ? table.table.children[0]?.children.map((cell) => nodeToString(cell)) : undefined,
      texts: items.flatMap((item) => (item.kind === 'table' ? [] : [item.text])),
    }
  }

  it('the line in the rows’ 8 pt heads the columns, its words shared out over them; the caption stays', () => {
    const { header, texts } = page(sized(440, 8, ['Antal Hovedstaden Sjælland Syddanmark', 70.5, 240]))
    expect(header).toEqual(['Antal', 'Hovedstaden', 'Sjælland', 'Syddanmark'])
    expect(texts).toContain('Normerede sengepladser i psykiatrien')
    expect(texts).not.toContain('Antal Hovedstaden Sjælland Syddanmark')
  })

  it('a caption line in the caption’s 11 pt stays the caption’s (near miss)', () => {
    const { header, texts } = page(sized(442, 11, ['fordelt på regioner i hele landet', 70.5, 240]))
    expect(header).toEqual(['', '', '', ''])
    expect(texts).toContain('fordelt på regioner i hele landet')
  })
})

describe('a table of words set tight in small print under its label (thirty-ninth session)', () => {
  // Chromium's 8 pt table with no padding: cells 6 pt apart, closer than a cell gap, so each line is one segment.
  const rows = [
    ['200 kr.', 'Mindre end 5.633 kr. pr. måned.'],
    ['400 kr.', 'Mindst 5.633 kr. og højst 9.935 kr. pr. måned.'],
    ['600 kr.', 'Mere end 9.935 kr. og højst 13.519 kr. pr. måned.'],
  ].map(([amount = '', interval = ''], at) =>
    sized(431 - at * 9.5, 8, [amount, 100.7, 124.7], [interval, 130.7, 130.7 + interval.length * 3.6]),
  )
  // The letter's text above, in 11 pt: more of it than the table's small print.
  const text = [0, 1, 2, 3].map((at) => line(576 - at * 14, [prose, 70, 504]))
  const page = (header: ReturnType<typeof sized>) =>
    tableOf([
      ...text,
      line(520, [prose, 70, 504]),
      line(506, ['fremgår af tabellen nedenfor.', 70, 211]),
      line(470, ['Tabel 1.1', 70, 117]),
      line(456, ['Sanktionssatser', 70, 149]),
      header,
      ...rows,
    ])

  it('reads the header and rows, not more caption lines', () => {
    expect(page(sized(440.7, 8, ['Sanktionssats', 70.5, 124.7], ['Ydelsesinterval', 130.7, 189.3]))).toEqual([
      ['Sanktionssats', 'Ydelsesinterval'],
      ['200 kr.', 'Mindre end 5.633 kr. pr. måned.'],
      ['400 kr.', 'Mindst 5.633 kr. og højst 9.935 kr. pr. måned.'],
      ['600 kr.', 'Mere end 9.935 kr. og højst 13.519 kr. pr. måned.'],
    ])
  })

  it('near miss: the same lines in the text’s size stay caption and text (cells a word space apart make no table)', () => {
    const bodySized = (y: number, words: string) => line(y, [words, 70, 70 + words.length * 5])
    expect(
      tableOf([
        ...text,
        line(520, [prose, 70, 504]),
        line(470, ['Tabel 1.1', 70, 117]),
        line(456, ['Sanktionssatser', 70, 149]),
        bodySized(440, 'Sanktionssats Ydelsesinterval'),
        bodySized(426, '200 kr. Mindre end 5.633 kr. pr. måned.'),
        bodySized(412, '400 kr. Mindst 5.633 kr. og højst 9.935 kr. pr. måned.'),
      ]),
    ).toBeUndefined()
  })
})

describe('a table of one row under a header of years, with no label', () => {
  it('reads `2007  2008  2009` over `Hektar brakarealer  170.199  85.047  43.852` as a table', () => {
    expect(
      tableOf([
        line(520, [prose, 70, 504]),
        line(506, ['fremgår af tabellen nedenfor.', 70, 211]),
        line(480, ['2007', 250, 272], ['2008', 320, 342], ['2009', 390, 412]),
        line(466, ['Hektar brakarealer', 70, 160], ['170.199', 236, 272], ['85.047', 311, 342], ['43.852', 381, 412]),
      ]),
    ).toEqual([
      ['', '2007', '2008', '2009'],
      ['Hektar brakarealer', '170.199', '85.047', '43.852'],
    ])
  })

  it('two lines stay text where fewer years than values head them (near miss)', () => {
    expect(
      tableOf([
        line(520, [prose, 70, 504]),
        line(506, ['fremgår af tabellen nedenfor.', 70, 211]),
        line(480, ['2009', 320, 342], ['2008', 390, 412]),
        line(466, ['Hektar brakarealer', 70, 160], ['170.199', 236, 272], ['85.047', 311, 342], ['43.852', 381, 412]),
      ]),
    ).toBeUndefined()
  })
})

describe('a table of one row under headings that stand over its values, with no label', () => {
  const lead = [line(520, [prose, 70, 504]), line(506, ['fremgår af tabellen nedenfor.', 70, 211])]
  const values = line(466, ['Ansøgninger', 70, 130], ['2.748', 246, 272], ['522', 326, 342], ['3.270', 386, 412])

  it('reads headings of words and marked years, and the label column’s own heading, over their values', () => {
    const headings = line(480, ['1.000 personer', 70, 130], ['2022', 250, 272], ['2023*', 318, 342], ['I alt', 394, 412])
    expect(tableOf([...lead, headings, values])).toEqual([
      ['1.000 personer', '2022', '2023*', 'I alt'],
      ['Ansøgninger', '2.748', '522', '3.270'],
    ])
  })

  it('reads codes of periods given as one piece, as many as the values (`R14 R15 BO2025`)', () => {
    const codes = line(480, ['R14 R15 BO2025', 250, 412])
    expect(tableOf([...lead, codes, values])?.[0]).toEqual(['', 'R14', 'R15', 'BO2025'])
  })

  it('leaves a line of words that is no header over a row as text (near misses)', () => {
    // As many words as values, but not codes, given as one piece: no places to read them by.
    expect(tableOf([...lead, line(480, ['Antal Andel Sum', 250, 412]), values])).toBeUndefined()
    // Values are no headings: two rows of values.
    expect(tableOf([...lead, line(480, ['Afslag', 70, 100], ['35', 262, 272], ['41', 332, 342], ['76', 402, 412]), values])).toBeUndefined()
  })
})

describe('a table whose every row wraps a cell onto a line of its own', () => {
  const lead = [line(560, [prose, 70, 504]), line(546, ['fremgår af tabellen nedenfor.', 70, 211])]
  const rows = [
    line(520, ['2012', 70, 92], ['632', 200, 218], ['25 (9,8', 300, 336]),
    line(506, ['%) (9)', 300, 330]),
    line(488, ['2013', 70, 92], ['715', 200, 218], ['22 (6,1', 300, 336]),
    line(474, ['%)', 300, 310]),
    line(456, ['2014', 70, 92], ['643', 200, 218], ['30', 300, 312]),
  ]

  it('starts at the first row though no two tabular lines follow each other, the wrapped ends in their cells', () => {
    const cells = tableOf([...lead, ...rows])
    expect(cells?.slice(1)).toEqual([
      ['2012', '632', '25 (9,8 %) (9)'],
      ['2013', '715', '22 (6,1 %)'],
      ['2014', '643', '30'],
    ])
  })

  it('a line of text between two lines of values is no wrapped cell (near miss)', () => {
    const text = line(506, ['Tallene for 2012 er foreløbige og omfatter kun de sager, der var afgjort', 70, 420])
    expect(tableOf([...lead, rows[0] as ReturnType<typeof line>, text, line(488, ['2013', 70, 92], ['715', 200, 218])])).toBeUndefined()
  })
})

describe('a table of words only', () => {
  const body = [
    line(460, ['Sanktionssats', 70, 140], ['Ydelsesinterval', 220, 300]),
    line(446, ['200 kr.', 70, 105], ['Mindre end 5.633 kr. pr. måned.', 220, 380]),
    line(432, ['400 kr.', 70, 105], ['Mindst 5.633 kr. og højst 9.935 kr. pr. måned.', 220, 460]),
  ]

  it('is read under `Tabel N`, its caption kept', () => {
    const lines = [line(520, [prose, 70, 504]), line(490, ['Tabel 1.1', 70, 115]), line(476, ['Sanktionssatser', 70, 150]), ...body]
    expect(tableOf(lines)).toEqual([
      ['Sanktionssats', 'Ydelsesinterval'],
      ['200 kr.', 'Mindre end 5.633 kr. pr. måned.'],
      ['400 kr.', 'Mindst 5.633 kr. og højst 9.935 kr. pr. måned.'],
    ])
  })

  it('is not read where no label announced a table (near miss): lines of words in two columns may be anything', () => {
    expect(tableOf([line(520, [prose, 70, 504]), ...body])).toBeUndefined()
  })
})

describe("a header line under a table's label that reads as wide as prose (thirty-third session)", () => {
  const lead = [line(520, [prose, 70, 504]), line(506, ['fremgår af tabellen nedenfor.', 70, 211])]
  const label = [line(470, ['Tabel 1', 70, 108]), line(456, ['Beregnet effekt af udeladt pris- og lønregulering', 70, 330])]
  // The header's first line in pieces over their columns; its second, headings that pdf.js gave as one text item
  // across the columns (Chromium): one piece as wide as the text.
  const first = line(437, ['Bloktilskud', 136, 185], ['Effekt på', 212, 252], ['Effekt på', 279, 319], ['Effekt på', 460, 500])
  const wide = line(423, ['BO13 bloktilskud ved bloktilskud ved bloktilskud ved udeladt', 76, 500])

  it('is the header’s where a row of values follows close below', () => {
    const cells = tableOf([
      ...lead,
      ...label,
      first,
      wide,
      line(409, ['for 2012', 150, 185], ['i 1 år', 230, 252], ['i 2 år', 300, 319], ['i 3 år', 480, 500]),
      line(395, ['Kommuner', 76, 121], ['57,6', 167, 185], ['-1,7', 236, 252], ['-3,4', 303, 319], ['-5,2', 484, 500]),
      line(366, [prose, 70, 504]),
    ])
    expect(cells?.at(-1)).toEqual(['Kommuner', '57,6', '-1,7', '-3,4', '-5,2'])
    expect(cells?.[0]?.[1]).toMatch(/^Bloktilskud .*for 2012$/u)
  })

  it('near miss: a wide line with no row of values close below ends the region, as prose does', () => {
    expect(tableOf([...lead, ...label, first, wide, line(409, [prose, 70, 504]), line(395, [prose, 70, 504])])).toBeUndefined()
  })
})

describe("a letterhead's label column, its values in figures (fortieth session)", () => {
  /** Sundhedsministeriet's letterhead block, 8.5 pt at the top right of page 1: phone lines, then labels and values. */
  const letterhead = (last: Array<[string, string]>) => [
    sized(722, 8.5, ['T +45 7226 9000', 368.5, 433]),
    sized(710, 8.5, ['F +45 7226 9001', 368.5, 433]),
    sized(699, 8.5, ['W sum.dk', 368.5, 406]),
    sized(688, 8.5, ['Dato:', 368.5, 390], ['23-06-2021', 417, 466]),
    sized(676, 8.5, ['Enhed:', 368.5, 395], ['FOPS', 417, 446]),
    ...last.map(([label, value], at) => sized(664 - 12 * at, 8.5, [label, 368.5, 400], [value, 417, 455])),
    line(600, [prose, 70, 504]),
    line(586, ['fremgår af brevet.', 70, 160]),
  ]

  it('starts no table at `Sagsnr.: 2107964` under the phone lines', () => {
    expect(
      tableOf(
        letterhead([
          ['Sagsnr.:', '2107964'],
          ['Dok. nr.:', '1791770'],
        ]),
      ),
    ).toBeUndefined()
  })

  it('rows with labels of their own under the same lines still make a table (near miss)', () => {
    expect(
      tableOf(
        letterhead([
          ['Hovedstaden', '2107964'],
          ['Sjælland', '1791770'],
        ]),
      )?.slice(-2),
    ).toEqual([
      ['Hovedstaden', '2107964'],
      ['Sjælland', '1791770'],
    ])
  })
})

describe('a footnote to the cells under an unlabelled table, opened by its mark and a bracket (fortieth session)', () => {
  const rows = [
    line(520, [prose, 70, 504]),
    line(506, ['sat i forhold til antallet af førtidspensionister:', 70, 300]),
    sized(480, 9, ['', 70, 70], ['2003', 250, 272], ['2004', 320, 342], ['2005', 390, 412]),
    sized(468, 9, ['SAP-indbetalere¹', 70, 150], ['38,7', 252, 272], ['48,8', 322, 342], ['53,9', 392, 412]),
    sized(456, 9, ['Antal førtidspensionister¹', 70, 190], ['256,1', 247, 272], ['253,4', 317, 342], ['246,6', 387, 412]),
  ]

  it('ends the rows at `¹) angivet i 1.000 helårspersoner`, though it holds a figure', () => {
    expect(tableOf([...rows, sized(444, 8.5, ['¹) angivet i 1.000 helårspersoner', 70, 210])])).toEqual([
      ['', '2003', '2004', '2005'],
      ['SAP-indbetalere¹', '38,7', '48,8', '53,9'],
      ['Antal førtidspensionister¹', '256,1', '253,4', '246,6'],
    ])
  })

  it('near miss: a row label wrapped onto its own line goes on the row', () => {
    expect(tableOf([...rows, sized(444, 9, ['i alt', 70, 90])])?.at(-1)?.[0]).toBe('Antal førtidspensionister¹ i alt')
  })
})

describe("ft.dk's stamp beside a logo's lettering at the top of page 1 (fortieth session)", () => {
  it('sets the stamp first, so that the lettering’s two lines stand together: `Indenrigs- og` / `Sundhedsministeriet`', () => {
    // Chromium's print of Indenrigs- og Sundhedsministeriet's letter, scaled to fit: the stamp's lines at the top right
    // fall between the logo's two lines at the top left.
    const text = 'Der henvises til besvarelsen af spørgsmål nr. 5 samt den tidligere besvarelse af ULØ alm. del'
    const { items } = layoutPdf({
      pages: [
        [
          sized(809, 5.4, ['Udvalget for Landdistrikter og Øer 2023-24', 318, 420]),
          sized(802, 5.4, ['ULØ Alm.del endeligt svar på spørgsmål 8', 319, 420]),
          sized(799, 5.8, ['Indenrigs- og', 90, 123]),
          sized(796, 5.4, ['Offentligt', 399, 420]),
          sized(791, 5.8, ['Sundhedsministeriet', 90, 140]),
          ...Array.from({ length: 8 }, (_, at) => sized(650 - at * 11, 8, [text, 49, 300])),
        ],
      ],
      boxes: [{ page: 1, width: 595, height: 842 }],
      rules: new Map(),
    })
    expect(items.slice(0, 5).map((item) => ('role' in item ? [item.text, item.role] : []))).toEqual([
      ['Udvalget for Landdistrikter og Øer 2023-24', 'stamp'],
      ['ULØ Alm.del endeligt svar på spørgsmål 8', 'stamp'],
      ['Offentligt', 'stamp'],
      ['Indenrigs- og', 'sidebar'],
      ['Sundhedsministeriet', 'sidebar'],
    ])
  })
})
