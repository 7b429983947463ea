import { describe, expect, it } from 'vitest'
import { makeLine, type PdfLine } from '../../../src/layout/pdf/lines.js'
import { assignRegions, findColumn } from '../../../src/layout/pdf/regions.js'

/** A line of pieces `[text, x0]` on baseline y in `size` pt, each character half the size wide. */
function line(y: number, size: number, ...pieces: Array<[string, number]>): PdfLine {
  return makeLine(
    1,
    pieces.map(([text, x0]) => ({ text, x0, x1: x0 + text.length * size * 0.5, y, size, font: 'f' })),
  )
}

const TEXT = 'Ministeren bedes redegøre for investeringsrammerne i de kommende år, herunder'
const BOX = [{ page: 1, width: 595, height: 842 }]

/** Roles of the page's lines by text (body lines: 'body'). */
function roles(lines: PdfLine[]): Record<string, string> {
  const { pages, roles: found } = assignRegions([lines], BOX)
  return Object.fromEntries((pages[0] ?? []).map((each) => [each.text, found.get(each) ?? 'body']))
}

describe('a sidebar left of the text column', () => {
  // Uddannelses- og Forskningsministeriet: the date, address and "Ref.-nr." at x = 40 in 8.5 pt, the text at x = 160.
  const body = [0, 1, 2, 3, 4].map((at) => line(600 - at * 14, 11, [TEXT, 160]))

  it('is sidebar, also where a sidebar line shares its baseline with a line of text', () => {
    // "Ref.-nr." on the baseline of the text's first line: one line of two segments, cut where the column begins.
    const shared = makeLine(1, [
      { text: 'Ref.-nr.', x0: 40, x1: 74, y: 600, size: 8.5, font: 'f' },
      { text: TEXT, x0: 160, x1: 160 + TEXT.length * 5.5, y: 600, size: 11, font: 'f' },
    ])
    const found = roles([line(640, 8.5, ['24. juni 2022', 40]), shared, ...body.slice(1)])
    expect(found['24. juni 2022']).toBe('sidebar')
    expect(found['Ref.-nr.']).toBe('sidebar')
    expect(found[TEXT]).toBe('body')
  })

  it('not text in the body’s size that starts left of the column (near miss: a heading set out in the margin)', () => {
    const found = roles([line(640, 11, ['Svar', 40]), ...body])
    expect(found.Svar).toBe('body')
  })
})

describe('the text column beside a long table in small print (thirty-ninth session)', () => {
  // Five lines of the letter's 11 pt text, and a table of 40 rows in 8 pt whose cells hold more characters in all.
  const text = [0, 1, 2, 3, 4].map((at) => line(700 - at * 14, 11, [TEXT, 70]))
  const rows = Array.from({ length: 40 }, (_, at) =>
    line(600 - at * 9, 8, ['Høje Taastrup', 70], ['Rønnebærparken/Æblehaven', 126], [`${20 + at},3`, 238]),
  )

  it('is the text’s size and width, not the table’s: the rows’ cells stand apart', () => {
    expect(findColumn([...text, ...rows])).toEqual({ left: 70, right: 70 + TEXT.length * 5.5, bodySize: 11 })
  })

  it('a value column past the first cells stays in the body, not a sidebar', () => {
    const found = Object.entries(roles([...text, ...rows]))
    const values = found.filter(([line]) => line.includes('20,3') || line.includes('59,3'))
    expect(values.map(([line, role]) => [line.endsWith(',3'), role])).toEqual([
      [true, 'body'],
      [true, 'body'],
    ])
  })

  it('a page of nothing but rows in pieces reads their size (near miss: no line in one piece)', () => {
    expect(findColumn(rows).bodySize).toBe(8)
  })
})

describe('the letterhead’s address block at the foot of page 1, right of the text (thirty-ninth session)', () => {
  // The letter's 11 pt text from x = 70, its last line at y = 475; Justitsministeriet's and others' address block in
  // 7.8 pt at x = 434, y = 155–102, above the page's footer band.
  const text = [0, 1, 2, 3, 4].map((at) => line(560 - at * 14, 11, [TEXT, 70])).concat([line(475, 11, ['Carsten Hansen', 70])])
  const block = ['Gammel Mønt 4', '1117 København K', 'T +45 33 92 29 00'].map((words, at) => line(155 - at * 11, 7.8, [words, 434]))

  it('is the letterhead’s (sidebar), its figures no table’s values', () => {
    const found = roles([...text, ...block])
    expect([found['Gammel Mønt 4'], found['1117 København K'], found['T +45 33 92 29 00']]).toEqual(['sidebar', 'sidebar', 'sidebar'])
    expect(found['Carsten Hansen']).toBe('body')
  })

  it('not the footer’s wrapped line right of the middle: ft.dk’s running line keeps its page-footer role (near miss)', () => {
    const running = line(40, 8, ['L 85 - 2019-20 - Endeligt svar på spørgsmål 11: Spm. om, hvor mange ikke-danske statsborgere', 120])
    const found = roles([...text, ...block, running, line(31, 8, ['der modtager dagpenge', 300])])
    expect(found['der modtager dagpenge']).toBe('page-footer')
  })

  it('not small print at the column’s left (a footnote, a table’s source), nor beside the text above its last line (near misses)', () => {
    const found = roles([...text, line(150, 7.8, ['Kilde: Danmarks Statistik', 70]), line(520, 7.8, ['Bemærk', 434]), ...block])
    expect(found['Kilde: Danmarks Statistik']).toBe('body')
    expect(found.Bemærk).toBe('body')
  })
})

describe("a footer's lines around its page number", () => {
  const body = [0, 1, 2, 3].map((at) => line(600 - at * 14, 11, [TEXT, 70]))

  it('a small-print line under "Side 1/1" is footer: "Dok. nr. 19/00528-2"', () => {
    const found = roles([...body, line(40, 8, ['Side 1/1', 480]), line(30, 7.5, ['Dok. nr. 19/00528-2', 250])])
    expect(found['Dok. nr. 19/00528-2']).toBe('page-footer')
  })

  it('the ministry’s line and "Side 1/1" on one baseline are footer', () => {
    const found = roles([...body, line(40, 7.5, ['Miljø- og Fødevareministeriet • Slotsholmsgade 12', 150], ['Side 1/1', 480])])
    expect(found['Miljø- og Fødevareministeriet • Slotsholmsgade 12  Side 1/1']).toBe('page-footer')
  })

  it('not a table row ending in a value that reads as a page number, nor the rows above it (near miss)', () => {
    const rows = [
      line(90, 8.7, ['Beboere på tålt ophold', 70], ['64', 300], ['58', 350]),
      line(78, 8.7, ['Evt. øvrige beboere', 70], ['5', 300], ['1 -', 350]),
    ]
    const found = roles([...body, ...rows, line(31, 8, ['Side 1/1', 480])])
    expect(found['Evt. øvrige beboere  5  1 -']).toBe('body')
    expect(found['Beboere på tålt ophold  64  58']).toBe('body')
  })

  it('not text in the body’s size right above the page number (near miss)', () => {
    const found = roles([...body, line(52, 11, ['Med venlig hilsen', 70]), line(40, 8, ['Side 1/1', 480])])
    expect(found['Med venlig hilsen']).toBe('body')
  })
})

describe('footer lines set apart from the page number, and footnotes above them', () => {
  const body = [0, 1, 2, 3].map((at) => line(600 - at * 14, 11, [TEXT, 70]))

  it('small print centred on the page in the bottom band is footer, though far from "Side 1/1"', () => {
    const found = roles([...body, line(66, 7.5, ['Tlf. 38 14 21 42 • CVR 12854358 • www.mfvm.dk', 214]), line(34, 8, ['Side 1/1', 480])])
    expect(found['Tlf. 38 14 21 42 • CVR 12854358 • www.mfvm.dk']).toBe('page-footer')
  })

  it('a footnote’s lines stay the footnote’s; small print set further in after it is no continuation of it', () => {
    // The marker "1" stands in the text, so "1 Bevillingerne …" is a footnote.
    const marked = makeLine(1, [{ text: 'bevillingerne på finansloven.', x0: 70, x1: 230, y: 558, size: 11, font: 'f' }], ['1'])
    const found = roles([
      ...body.slice(0, 3),
      marked,
      line(75, 8.5, ['1 Bevillingerne og forløbet over årene påvirkes også af en række faktorer,', 70]),
      line(64, 8.5, ['bl.a. tilførsel af nye midler, pris- og lønregulering mv.', 70]),
      line(55, 7.5, ['Dok. nr. 19/00528-2', 264]),
      line(34, 8, ['Side 1/1', 480]),
    ])
    expect(found['bl.a. tilførsel af nye midler, pris- og lønregulering mv.']).toBe('footnote')
    expect(found['Dok. nr. 19/00528-2']).toBe('page-footer')
  })

  it('not small print at the column’s left in the bottom band (near miss: a table’s source line)', () => {
    const found = roles([...body, line(90, 8.5, ['Kilde: Danmarks Statistik.', 70]), line(34, 8, ['Side 1/1', 480])])
    expect(found['Kilde: Danmarks Statistik.']).toBe('body')
  })
})

describe("a logo's lettering at the top left of page 1", () => {
  const body = [0, 1, 2, 3].map((at) => line(600 - at * 14, 11, [TEXT, 85]))

  it('small print above the first line in the text’s size is the letterhead’s: “Miljø- og” / “Fødevareministeriet”', () => {
    const found = roles([
      line(794, 8, ['Miljø- og', 102]),
      line(783, 8, ['Fødevareministeriet', 102]),
      line(700, 11, ['Folketingets Europaudvalg', 85]),
      ...body,
    ])
    expect([found['Miljø- og'], found.Fødevareministeriet]).toEqual(['sidebar', 'sidebar'])
  })

  it('not small print below the first line of text (near miss: a table note)', () => {
    const found = roles([line(700, 11, ['Folketingets Europaudvalg', 85]), line(650, 8, ['Anm.: Tallene er afrundede.', 85]), ...body])
    expect(found['Anm.: Tallene er afrundede.']).toBe('body')
  })
})

describe('a table row whose last value alone passes the column edge (thirty-first session)', () => {
  // The text column ends at x = 493.5 (its edge for a line's parts: 499); the table's last column's values (`36`,
  // right-aligned, x = 490–501) end past it, and the last row's `.` under them (x = 500) starts past the edge: a row
  // of the table, not the margin.
  const body = [0, 1, 2, 3].map((at) => line(700 - at * 14, 11, [TEXT, 70]))
  const values = (y: number, label: string, last: string, lastX: number) =>
    line(y, 11, [label, 70], ['37', 350], ['41', 400], ['40', 450], [last, lastX])

  it('keeps the row whole where a value of the same column starts inside the edge', () => {
    const { pages } = assignRegions([[...body, values(600, 'Budgettal', '36', 490), values(586, 'Regnskab', '.', 500)]], BOX)
    expect(pages[0]?.map((each) => each.text)).toContain('Regnskab  37  41  40  .')
  })

  it('near miss: a value past the edge under no value of the table is cut off as the margin’s', () => {
    const { pages } = assignRegions(
      [[...body, line(600, 11, ['Budgettal', 70], ['37', 350], ['41', 400]), values(586, 'Regnskab', '.', 560)]],
      BOX,
    )
    expect(pages[0]?.map((each) => each.text)).not.toContain('Regnskab  37  41  40  .')
  })
})

describe('a table set wider than the text, its heading wrapped in its last column (fortieth session)', () => {
  // Notes in 8.5 pt make the column (x 57–481); the table's rows in 9 pt reach 517, its heading `eller` stands at 498.
  const note = '*Antal sager, som er afgjort med notitsbehandling, afvist som forældet eller som grundløs, tilbage'
  const notes = [0, 1, 2].map((at) => line(500 - at * 12, 8.5, [note, 57]))
  const header = line(665, 9, ['alt', 175], ['adfærdsklagesager**', 230], ['kritik***', 377], ['eller', 495])
  const rows = [0, 1, 2].map((at) => line(640 - at * 15, 9, ['2013', 70], ['715', 170], ['357', 224], ['14 (3,9%)', 477]))

  it("keeps the heading's part beyond the column in its line, over rows that reach as far", () => {
    expect(roles([header, ...rows, ...notes])['alt  adfærdsklagesager**  kritik***  eller']).toBe('body')
  })

  it('near miss: with no rows under it, the part beyond the column is cut off', () => {
    expect(Object.keys(roles([header, ...notes]))).toContain('eller')
  })

  it("reads the column's left edge from lines in one piece where table rows in nearly its size start further in", () => {
    expect(findColumn([...rows, ...rows, ...notes]).left).toBe(58)
  })
})
