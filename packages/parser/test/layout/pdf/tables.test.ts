import { readFileSync } from 'node:fs'
import type { Table } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { loadPdfjs, openPdf } from '../../../src/input/pdf-load.js'
import { makeLine, toLines } from '../../../src/layout/pdf/lines.js'
import { rulesFromOperatorList } from '../../../src/layout/pdf/rules.js'
import { toRuns } from '../../../src/layout/pdf/runs.js'
import { tableDoubt } from '../../../src/layout/pdf/table-doubts.js'
import { buildTable, buildWordTable, latticeColumns, streamColumns } from '../../../src/layout/pdf/tables.js'

const RULED = new URL('../../../../../fixtures/pdf/beu-20211-spm245/input.pdf', import.meta.url)
/** The same letter printed by Chromium: headings flush left in their cells, numbers flush right. */
const RULED_CHROMIUM = new URL('../../../../../fixtures/pdf/beu-20211-spm245/input.chromium.pdf', import.meta.url)

async function firstPage(file = RULED) {
  const { OPS } = await loadPdfjs()
  const document = await openPdf(new Uint8Array(readFileSync(file)))
  try {
    const page = await document.getPage(1)
    const lines = toLines(1, toRuns((await page.getTextContent()).items))
    const rules = rulesFromOperatorList(await page.getOperatorList(), OPS)
    return { lines, rules }
  } finally {
    await document.destroy()
  }
}

/** A line of pieces `[text, x0, x1]` at baseline y, 9 pt. */
const row = (y: number, ...pieces: Array<[string, number, number]>) =>
  makeLine(
    1,
    pieces.map(([text, x0, x1]) => ({ text, x0, x1, y, size: 9, font: 'f' })),
  )

function cells(table: Table | undefined): string[][] {
  return (table?.children ?? []).map((row) => row.children.map((cell) => nodeToString(cell)))
}

describe('tables from positions', () => {
  it('reads the drawn rules of a ruled table (lattice) and gets the same cells as stream mode', async () => {
    const { lines, rules } = await firstPage()
    const start = lines.findIndex((line) => line.text.startsWith('Faktisk antal'))
    const end = lines.findIndex((line) => line.text.startsWith('Anm.:'))
    const region = lines.slice(start, end)
    const top = Math.max(...region.map((line) => line.y + line.size))
    const bottom = Math.min(...region.map((line) => line.y))
    // Four columns framed by five vertical rules; rows framed by horizontal rules.
    const left = Math.min(...region.map((line) => line.x0))
    const right = Math.max(...region.map((line) => line.x1))
    const lattice = latticeColumns(rules, top, bottom, left, right)
    expect(lattice).toHaveLength(4)
    expect(rules.horizontal.filter((rule) => rule.at <= top + 8 && rule.at >= bottom - 8).length).toBeGreaterThanOrEqual(4)
    const stream = streamColumns(region.filter((line) => /\d/u.test(line.text)))
    expect(stream).toHaveLength(4)
    const withRules = buildTable(region, rules)
    const withoutRules = buildTable(region)
    expect(withRules?.uncertain).toBe(false)
    expect(cells(withRules?.table)).toEqual(cells(withoutRules?.table))
    expect(cells(withRules?.table)).toEqual([
      ['', 'Faktisk antal beskæftigede', 'Hypotetisk antal beskæftigede', 'Forskel'],
      ['Kvindelige indvandrere fra ikke-vestlige lande', '82.667', '118.232', '35.564'],
      ['Kvindelige efterkommere fra ikke-vestlige lande', '26.143', '31.238', '5.095'],
    ])
  })

  it('puts heading lines that sit in the gap before right-aligned numbers in their own column (stream)', async () => {
    const { lines } = await firstPage(RULED_CHROMIUM)
    const start = lines.findIndex((line) => line.text.startsWith('Faktisk antal'))
    const end = lines.findIndex((line) => line.text.startsWith('Anm.:'))
    const region = lines.slice(start, end)
    // Chromium wraps the headings onto three lines: "Faktisk antal | Hypotetisk | Forskel", "be- | antal",
    // "skæftigede | beskæftigede"; "be-" and "antal" lie left of every number in their columns.
    expect(region.slice(0, 3).map((line) => line.segments.length)).toEqual([3, 2, 2])
    const built = buildTable(region)
    expect(built?.uncertain).toBe(false)
    expect(cells(built?.table)).toEqual([
      ['', 'Faktisk antal beskæftigede', 'Hypotetisk antal beskæftigede', 'Forskel'],
      ['Kvindelige indvandrere fra ikke-vestlige lande', '82.667', '118.232', '35.564'],
      ['Kvindelige efterkommere fra ikke-vestlige lande', '26.143', '31.238', '5.095'],
    ])
  })
})

describe('no-value marks in stream columns', () => {
  /** A row of pieces `[text, x0, x1]` at baseline y, 8.7 pt. */
  const row = (y: number, ...pieces: Array<[string, number, number]>) =>
    makeLine(
      1,
      pieces.map(([text, x0, x1]) => ({ text, x0, x1, y, size: 8.7, font: 'f' })),
    )

  it('a mark set flush left before numbers set flush right fills the cell of the column after it', () => {
    // Chromium: "-" at 284–287 in the gap before the 2020 column (295–309).
    const rows = [
      row(156, ['Afviste asylansøgere', 75, 155], ['189', 228, 242], ['161', 261, 276], ['140', 295, 309]),
      row(78, ['Evt. øvrige beboere', 75, 151], ['5', 237, 242], ['4', 271, 276], ['-', 284, 287]),
    ]
    expect(streamColumns(rows)).toHaveLength(4)
    expect(cells(buildTable(rows)?.table).slice(1)).toEqual([
      ['Afviste asylansøgere', '189', '161', '140'],
      ['Evt. øvrige beboere', '5', '4', '-'],
    ])
  })

  it('a mark beside a value of the column after it keeps a column of its own (near miss)', () => {
    const rows = [
      row(156, ['Afviste', 75, 120], ['189', 228, 242], ['140', 295, 309]),
      row(78, ['Øvrige', 75, 110], ['5', 237, 242], ['-', 284, 287], ['3', 304, 309]),
    ]
    expect(streamColumns(rows)).toHaveLength(4)
  })
})

describe('a header of one year', () => {
  it('heads the table where the next line’s values are no years: `Mia. kr., 2017-pl   2017` over `Kommuner   16,3`', () => {
    const lines = [
      row(400, ['Mia. kr., 2017-pl', 70, 150], ['2017', 280, 300]),
      row(388, ['Kommuner', 70, 115], ['16,3', 284, 300]),
      row(376, ['Regioner', 70, 110], ['7,2', 288, 300]),
    ]
    expect(cells(buildTable(lines)?.table)).toEqual([
      ['Mia. kr., 2017-pl', '2017'],
      ['Kommuner', '16,3'],
      ['Regioner', '7,2'],
    ])
  })

  it('a first row of years over more years is a row of a table of years (near miss)', () => {
    const lines = [
      row(400, ['Etableret', 70, 110], ['1998', 280, 300]),
      row(388, ['Flyttet', 70, 100], ['2004', 280, 300]),
      row(376, ['Lukket', 70, 98], ['2011', 280, 300]),
    ]
    expect(cells(buildTable(lines)?.table)[1]).toEqual(['Etableret', '1998'])
  })
})

describe('a label column of years set flush right and words set flush left', () => {
  it('is one column: `1998` … at its right edge, `Alle år` at its left', () => {
    const lines = [
      row(400, ['Tilsagnsår', 70, 115], ['Individuelle', 180, 230], ['Kollektive', 260, 300]),
      row(388, ['1998', 100, 118], ['104', 215, 230], ['20', 290, 300]),
      row(376, ['1999', 100, 118], ['342', 215, 230], ['32', 290, 300]),
      row(364, ['Alle år', 70, 96], ['446', 215, 230], ['52', 290, 300]),
    ]
    expect(cells(buildTable(lines)?.table)).toEqual([
      ['Tilsagnsår', 'Individuelle', 'Kollektive'],
      ['1998', '104', '20'],
      ['1999', '342', '32'],
      ['Alle år', '446', '52'],
    ])
  })

  it('is one column too where the numbers count the rows from 1: `1` … `4` and `Totalt` under `Kvartal` (thirty-first session)', () => {
    const lines = [
      row(400, ['Kvartal', 70, 105], ['Antal', 200, 230], ['Heraf uledsagede', 240, 300]),
      row(388, ['1', 112, 118], ['699', 215, 230], ['4', 296, 300]),
      row(376, ['2', 112, 118], ['707', 215, 230], ['5', 296, 300]),
      row(364, ['3', 112, 118], ['842', 215, 230], ['10', 292, 300]),
      row(352, ['Totalt', 70, 98], ['2.248', 205, 230], ['19', 292, 300]),
    ]
    expect(cells(buildTable(lines)?.table)).toEqual([
      ['Kvartal', 'Antal', 'Heraf uledsagede'],
      ['1', '699', '4'],
      ['2', '707', '5'],
      ['3', '842', '10'],
      ['Totalt', '2.248', '19'],
    ])
    // Near miss: numbers that do not count up from 1 are values of a column of their own.
    const values = lines.map((line, at) => (at === 2 ? row(376, ['7', 112, 118], ['707', 215, 230], ['5', 296, 300]) : line))
    expect(cells(buildTable(values)?.table)[2]).toEqual(['', '7', '707', '5'])
  })

  it('two columns whose rows share none stay two where the second holds values, not years (near miss)', () => {
    const lines = [
      row(388, ['Nord', 70, 90], ['104', 215, 230], ['20', 290, 300]),
      row(376, ['12,5', 100, 118], ['342', 215, 230], ['32', 290, 300]),
      row(364, ['Syd', 70, 86], ['446', 215, 230], ['52', 290, 300]),
    ]
    expect(cells(buildTable(lines)?.table)[2]).toEqual(['', '12,5', '342', '32'])
  })
})

describe('a heading cell that spans columns', () => {
  it('heads each column it stands over: "Fordeling på løn/drift" over "Løn" and "Drift"', () => {
    const lines = [
      row(400, ['Fordeling på løn/drift', 300, 385]),
      row(389, ['Realiserede merudgifter', 190, 280], ['Løn', 330, 345], ['Drift', 370, 388]),
      row(378, ['Forsvarskommandoen', 70, 160], ['14,8', 262, 280], ['13,1', 327, 345], ['1,7', 376, 388]),
      row(367, ['Total', 70, 90], ['82,8', 262, 280], ['24,0', 327, 345], ['58,6', 370, 388]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual([
      '',
      'Realiserede merudgifter',
      'Fordeling på løn/drift Løn',
      'Fordeling på løn/drift Drift',
    ])
  })

  it('splits headings given as one text item over several columns into their columns (Chromium)', () => {
    // `Hovedstaden Sjælland Syddanmark` as one piece from 150 to 318 (5.6 pt a character) over three value columns.
    const lines = [
      row(400, ['Antal', 70, 95], ['Hovedstaden Sjælland Syddanmark', 150, 318]),
      row(388, ['2007', 70, 92], ['1498', 180, 200], ['395', 245, 260], ['582', 300, 315]),
      row(376, ['2008', 70, 92], ['1462', 180, 200], ['395', 245, 260], ['582', 300, 315]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['Antal', 'Hovedstaden', 'Sjælland', 'Syddanmark'])
  })

  it('reads a heading wrapped in each narrow column, its first lines one text item: `Juli Aug. Sept.` / `2005 2005 2005`', () => {
    const lines = [
      row(412, ['Juli Aug. Sept.', 178, 316]),
      row(400, ['2005', 180, 200], ['2005', 240, 260], ['2005', 295, 315]),
      row(388, ['Antal modtagere', 70, 140], ['1759', 180, 200], ['1933', 240, 260], ['2093', 295, 315]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['', 'Juli 2005', 'Aug. 2005', 'Sept. 2005'])
  })

  it("gives a wrapped heading's first word back to its column where the words were shared out into the one before (`Nordjylland Hele` / `landet`)", () => {
    // `Midtjylland Nordjylland Hele` as one piece over two columns; `landet`, the last heading's second line, alone
    // over the third: the piece's words shared out by their share of its width put `Hele` over the second column.
    const lines = [
      row(412, ['Antal', 70, 95], ['Midtjylland Nordjylland Hele', 150, 318]),
      row(400, ['landet', 330, 350]),
      row(388, ['2007', 70, 92], ['535', 180, 200], ['277', 280, 300], ['3287', 330, 350]),
      row(376, ['2008', 70, 92], ['543', 180, 200], ['277', 280, 300], ['3259', 330, 350]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['Antal', 'Midtjylland', 'Nordjylland', 'Hele landet'])
  })

  it('gives back the words in lower case after that capital too: `Dec. Pr. måned,` / `april-dec.` (thirty-third session)', () => {
    const lines = [
      row(412, ['Nov.', 150, 170], ['Dec. Pr. måned,', 200, 290]),
      row(400, ['april-dec.', 250, 290]),
      row(388, ['Fuldtidsbeskæftigede', 70, 140], ['31,5', 150, 170], ['33,1', 200, 220], ['30,5', 270, 290]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['', 'Nov.', 'Dec.', 'Pr. måned, april-dec.'])
  })

  it('near miss: a heading in lower case after a heading of one word keeps its place (`Løn` / `i alt`)', () => {
    const lines = [
      row(400, ['Udgift', 70, 100], ['Løn', 180, 200], ['i alt', 280, 300]),
      row(388, ['Drift', 70, 92], ['14,8', 180, 200], ['13,1', 280, 300]),
      row(376, ['Anlæg', 70, 92], ['82,8', 180, 200], ['24,0', 280, 300]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['Udgift', 'Løn', 'i alt'])
  })

  it('keeps a piece whole where its words do not fall one column each at least (near miss)', () => {
    // `Antal personer` stands over three value columns, its two words over the first and the last: the middle
    // column gets none, so nothing tells where the heading's words belong.
    const lines = [
      row(400, ['År', 70, 82], ['Antal personer', 175, 315]),
      row(388, ['2007', 70, 92], ['1498', 180, 200], ['395', 245, 260], ['58', 305, 315]),
      row(376, ['2008', 70, 92], ['1462', 180, 200], ['395', 245, 260], ['52', 305, 315]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['År', 'Antal personer', '', ''])
  })

  it('reads headings set close, one segment of pieces each over a column of its own, as each column’s heading', () => {
    // `Folketingsvalget i` three times, flush right over its column, 8 pt apart: one segment (closer than a cell gap),
    // three phrases (further apart than a word space). Read as one heading spanning them, each column had all three.
    const lines = [
      row(412, ['Folketingsvalget i', 160, 220], ['Folketingsvalget i', 228, 288], ['Folketingsvalget i', 296, 356]),
      row(400, ['2015', 200, 220], ['2019', 268, 288], ['2022', 336, 356]),
      row(388, ['Blanke', 70, 100], ['29.920', 195, 220], ['27.781', 263, 288], ['46.272', 331, 356]),
      row(376, ['Andre ugyldige', 70, 130], ['11.153', 195, 220], ['10.020', 263, 288], ['12.599', 331, 356]),
    ]
    expect(lines[0]?.segments).toHaveLength(1)
    expect(cells(buildTable(lines)?.table)[0]).toEqual([
      '',
      'Folketingsvalget i 2015',
      'Folketingsvalget i 2019',
      'Folketingsvalget i 2022',
    ])
  })

  it('reads headings set close over the label column too: `Kvartal` `Antal` `Heraf uledsaget …` as one segment', () => {
    const lines = [
      row(412, ['Kvartal', 75, 112], ['Antal', 121, 147], ['Heraf uledsaget mindreårige under 18', 155, 338]),
      row(400, ['år', 328, 338]),
      row(388, ['1', 75, 80], ['699', 130, 147], ['4', 333, 338]),
      row(376, ['2', 75, 80], ['707', 130, 147], ['5', 333, 338]),
    ]
    expect(lines[0]?.segments).toHaveLength(1)
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['Kvartal', 'Antal', 'Heraf uledsaget mindreårige under 18 år'])
  })

  it('reads headings that came out as one piece, a word over each column, beside a heading of their line as no groups', () => {
    // `Antal Hovedstaden Sjælland Syddanmark` as one piece over the label column and three value columns, `Hele` over
    // the last (`landet` under it): two pieces over four value columns would otherwise read as two groups of two.
    const lines = [
      row(412, ['Antal Hovedstaden Sjælland Syddanmark', 75, 290], ['Hele', 330, 350]),
      row(400, ['landet', 322, 350]),
      row(388, ['2007', 75, 97], ['1498', 150, 170], ['395', 205, 222], ['582', 275, 291], ['3287', 328, 350]),
      row(376, ['2008', 75, 97], ['1462', 150, 170], ['395', 205, 222], ['582', 275, 291], ['3259', 328, 350]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['Antal', 'Hovedstaden', 'Sjælland', 'Syddanmark', 'Hele landet'])
  })

  it('splits a piece over several columns whose gaps are wider than spaces where its groups meet the columns’ edges (thirty-third session)', () => {
    // Chromium: the headings' second lines as one text item from 163 to 519, its gaps between the columns ~20 pt but
    // given as single spaces; a character ~4.4 pt wide (the first line's pieces). Shared out by the characters' share of
    // the width, `ved` fell in the first column (`blok- ved`) and the last column lost its `ved`.
    const size = (y: number, ...pieces: Array<[string, number, number]>) =>
      makeLine(
        1,
        pieces.map(([text, x0, x1]) => ({ text, x0, x1, y, size: 11, font: 'f' })),
      )
    const lines = [
      size(430, ['Bloktilskud', 136, 185], ['Effekt på', 212, 252], ['Effekt på', 279, 319], ['Effekt på', 346, 385]),
      size(416, ['blok- ved udeladt ved udeladt ved udeladt', 163, 385]),
      size(402, ['Kommuner', 76, 121], ['57,6', 167, 185], ['-1,7', 236, 252], ['-3,4', 303, 319], ['-5,2', 370, 385]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual([
      '',
      'Bloktilskud blok-',
      'Effekt på ved udeladt',
      'Effekt på ved udeladt',
      'Effekt på ved udeladt',
    ])
  })

  it('cuts such a piece by the columns’ edges though it is barely wider than its characters: `2006 Time 7 2006 Time 16 …`', () => {
    // Four headings flush right over their columns as one item, 6 pt a character plus gaps of ~11 pt given as spaces;
    // the rows' labels measure 5 pt a character. By their characters' share the second heading fell in the first column.
    const lines = [
      row(412, ['Strækning', 70, 115], ['2006 Time 7 2006 Time 16 2012 Time 7 2012 Time 16', 197, 481]),
      row(400, ['Næstved', 70, 105], ['60', 240, 252], ['56', 318, 330], ['54', 390, 402], ['46', 469, 481]),
      row(388, ['Holbæk', 70, 100], ['58', 240, 252], ['52', 318, 330], ['53', 390, 402], ['47', 469, 481]),
      row(376, ['Slagelse', 70, 110], ['59', 240, 252], ['52', 318, 330], ['55', 390, 402], ['53', 469, 481]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['Strækning', '2006 Time 7', '2006 Time 16', '2012 Time 7', '2012 Time 16'])
  })

  it('a heading over one column only stays that column’s (near miss)', () => {
    const lines = [
      row(400, ['Drift', 372, 388]),
      row(389, ['Realiserede merudgifter', 190, 280], ['Løn', 330, 345], ['i alt', 370, 388]),
      row(378, ['Forsvarskommandoen', 70, 160], ['14,8', 262, 280], ['13,1', 327, 345], ['1,7', 376, 388]),
      row(367, ['Total', 70, 90], ['82,8', 262, 280], ['24,0', 327, 345], ['58,6', 370, 388]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['', 'Realiserede merudgifter', 'Løn', 'Drift i alt'])
  })
})

describe('a table whose reading looks wrong', () => {
  it('is marked doubted where a heading stands over no values (`2022`): its column read empty, or a column lost', () => {
    const built = buildTable([
      row(700, ['Mio. kr.', 72, 110], ['2022', 150, 170], ['2023', 200, 220], ['2024', 250, 270]),
      row(688, ['Udgifter', 72, 110], ['213,6', 200, 220], ['226,6', 250, 270]),
      row(676, ['Merudgifter', 72, 120], ['93,6', 204, 220], ['93,6', 254, 270]),
    ])
    // Since the thirty-third session the heading makes a column of its own (`withEmptyColumns`); before, it joined the
    // next (`2022 2023`), doubted as two years in one heading.
    expect(cells(built?.table)[0]).toEqual(['Mio. kr.', '2022', '2023', '2024'])
    expect(built?.table.data?.positionsDoubted).toMatch(/no cell in any row/u)
    expect(
      tableDoubt([
        ['Mio. kr.', '2022 2023', '2024'],
        ['Udgifter', '213,6', '226,6'],
      ]),
    ).toMatch(/two years/u)
  })

  it('is not marked where every heading stands over its values (near miss)', () => {
    const built = buildTable([
      row(700, ['Mio. kr.', 72, 110], ['2023', 200, 220], ['2024', 250, 270]),
      row(688, ['Udgifter', 72, 110], ['213,6', 200, 220], ['226,6', 250, 270]),
      row(676, ['Merudgifter', 72, 120], ['93,6', 204, 220], ['93,6', 254, 270]),
    ])
    expect(cells(built?.table)[0]).toEqual(['Mio. kr.', '2023', '2024'])
    expect(built?.table.data?.positionsDoubted).toBeUndefined()
  })
})

describe('a table of words only (under `Tabel N`)', () => {
  const header = row(700, ['Sanktionssats', 72, 130], ['Ydelsesinterval', 200, 270])
  const rows = [
    row(688, ['200 kr.', 72, 100], ['Mindre end 5.633 kr. pr. måned.', 200, 330]),
    row(676, ['400 kr.', 72, 100], ['Mindst 5.633 kr. og højst 9.935 kr.', 200, 340]),
    row(664, ['pr. måned.', 200, 240]),
    row(652, ['700 kr.', 72, 100], ['Mere end 13.519 kr. pr. måned.', 200, 330]),
  ]

  it('reads the header and a row at each line with a piece in the first column, wrapped text in its cell', () => {
    expect(cells(buildWordTable([header, ...rows])?.table)).toEqual([
      ['Sanktionssats', 'Ydelsesinterval'],
      ['200 kr.', 'Mindre end 5.633 kr. pr. måned.'],
      ['400 kr.', 'Mindst 5.633 kr. og højst 9.935 kr. pr. måned.'],
      ['700 kr.', 'Mere end 13.519 kr. pr. måned.'],
    ])
  })

  it('reads nothing where the header does not head every column, or fewer than two rows fill every column (near misses)', () => {
    expect(buildWordTable([row(700, ['Sanktionssatser og ydelsesintervaller', 72, 270]), ...rows])).toBeUndefined()
    expect(buildWordTable([header, rows[0] as ReturnType<typeof row>, row(676, ['Ydelsen nedsættes.', 72, 150])])).toBeUndefined()
  })
})

describe('a heading wrapped under the header line with its footnote mark (thirty-first session)', () => {
  // `Antal Med` / `Samtykke` / `1` over a column: the wrapped line and the mark read as lines with values.
  const header = [
    row(700, ['Antal Med', 160, 195], ['Antal Uden', 222, 260], ['Pct. Med', 288, 320]),
    row(690, ['Samtykke', 162, 195], ['samtykke', 226, 260], ['samtykke', 290, 320]),
    row(680, ['1', 191, 195], ['2', 256, 260]),
  ]
  const body = [
    row(665, ['Grønlandske børn og unge', 40, 130], ['312', 180, 195], ['81', 250, 260], ['76', 310, 320]),
    row(655, ['Øvrige børn og unge', 40, 120], ['7.939', 175, 195], ['2.213', 240, 260], ['75', 310, 320]),
  ]

  it('joins the wrapped lines and the marks to the header', () => {
    expect(cells(buildTable([...header, ...body])?.table)).toEqual([
      ['', 'Antal Med Samtykke 1', 'Antal Uden samtykke 2', 'Pct. Med samtykke'],
      ['Grønlandske børn og unge', '312', '81', '76'],
      ['Øvrige børn og unge', '7.939', '2.213', '75'],
    ])
  })

  it('near miss: a first row with no label whose values are counts stays a row', () => {
    const unlabelled = row(680, ['12', 180, 195], ['45', 250, 260], ['9', 310, 320])
    expect(cells(buildTable([header[0] as ReturnType<typeof row>, unlabelled, ...body])?.table)[1]).toEqual(['', '12', '45', '9'])
  })
})

describe("a group's heading row with no values between rows (thirty-first session)", () => {
  // Label column x = 40–200 (its longest label reaches 196); values right-aligned at 260, 320.
  const lines = [
    row(700, ['Folketingsvalget i 2015', 210, 262], ['Folketingsvalget i 2019', 270, 322]),
    row(685, ['I alt ugyldige, brevstemmer og stemmer i alt', 40, 196], ['41.073', 240, 262], ['37.801', 300, 322]),
    row(673, ['Andre ugyldige', 40, 95], ['11.153', 240, 262], ['10.020', 300, 322]),
    row(661, ['Stemmer afgivet på valgdagen', 40, 150]),
    row(649, ['I alt ugyldige', 40, 92], ['35.593', 240, 262], ['32.426', 300, 322]),
    row(637, ['Brevstemmer afgivet i alt i hele', 40, 160], ['1.200', 245, 262], ['1.300', 305, 322]),
    row(625, ['Danmark', 40, 75]),
  ]

  it('reads a line that would have fitted after the label above as a row of its own; a wrapped label as the label', () => {
    expect(cells(buildTable(lines)?.table).slice(2)).toEqual([
      ['Andre ugyldige', '11.153', '10.020'],
      ['Stemmer afgivet på valgdagen', '', ''],
      ['I alt ugyldige', '35.593', '32.426'],
      // Near miss: `i hele` ends open, so `Danmark` goes on with the label.
      ['Brevstemmer afgivet i alt i hele Danmark', '1.200', '1.300'],
    ])
  })
})

describe('a row of its own or a wrapped label, told by the steps between lines (thirty-third session)', () => {
  // Rows of values 16.5 pt apart, a label's wrapped lines 14.3 pt (a cell's padding between rows, none inside a cell,
  // as Chromium sets a table). Label column x = 70–200; its longest line reaches 180, so `Brevstemmer` would not have
  // fitted after `Andre ugyldige` (70–150): the widths alone read it as the label wrapped.
  const lines = [
    row(700, ['2015', 240, 262], ['2019', 300, 322]),
    row(683.5, ['I alt ugyldige', 70, 130], ['41.073', 240, 262], ['37.801', 300, 322]),
    row(667, ['Andre ugyldige', 70, 150], ['11.153', 240, 262], ['10.020', 300, 322]),
    row(651.3, ['Brevstemmer', 70, 130]),
    row(635.6, ['Brevstemmer, der ikke kom i', 70, 180], ['2.253', 245, 262], ['3.108', 305, 322]),
    row(621.3, ['betragtning', 70, 120]),
    row(604.8, ['For sent modtagne', 70, 150], ['181', 250, 262], ['15', 310, 322]),
    row(590.5, ['Brevstemmer', 70, 130]),
  ]

  it('reads a line a row’s step below the one above as a row of its own', () => {
    expect(cells(buildTable(lines)?.table).slice(2, 4)).toEqual([
      ['Andre ugyldige', '11.153', '10.020'],
      ['Brevstemmer', '', ''],
    ])
  })

  it('near miss: a line a wrapped line’s step below goes on with the label, capital or not', () => {
    expect(cells(buildTable(lines)?.table).slice(4)).toEqual([
      ['Brevstemmer, der ikke kom i betragtning', '2.253', '3.108'],
      ['For sent modtagne Brevstemmer', '181', '15'],
    ])
  })

  it('near miss: without a wrapped line to measure, the widths decide as before', () => {
    const unmeasured = lines.filter((line) => line.text !== 'betragtning')
    expect(cells(buildTable(unmeasured)?.table)[2]).toEqual(['Andre ugyldige Brevstemmer', '11.153', '10.020'])
  })
})

describe('a column whose body cells are all empty (thirty-third session)', () => {
  it('is read where its heading stands in the gap before a column headed on its own line by another', () => {
    // `2022` over no values: the data rows show columns from `2023` on only.
    const lines = [
      row(412, ['Mio. kr.', 70, 110], ['2022', 263, 285], ['2023', 299, 321], ['2024', 334, 356]),
      row(400, ['Foreslået profil', 70, 150], ['108', 306, 321], ['109', 341, 356]),
      row(388, ['Merudgifter', 70, 120], ['93,6', 302, 321], ['93,6', 337, 356]),
    ]
    expect(cells(buildTable(lines)?.table)).toEqual([
      ['Mio. kr.', '2022', '2023', '2024'],
      ['Foreslået profil', '', '108', '109'],
      ['Merudgifter', '', '93,6', '93,6'],
    ])
  })

  it('is read where its heading is a year set close beside the next column’s year, in one segment (`2022 2023`)', () => {
    const lines = [
      row(412, ['Mio. kr.', 70, 110], ['2022', 275, 290], ['2023', 298, 321], ['2024', 334, 356]),
      row(400, ['Foreslået profil', 70, 150], ['108', 306, 321], ['109', 341, 356]),
      row(388, ['Merudgifter', 70, 120], ['93,6', 302, 321], ['93,6', 337, 356]),
    ]
    expect(lines[0]?.segments.some((segment) => segment.runs.length >= 2)).toBe(true)
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['Mio. kr.', '2022', '2023', '2024'])
  })

  it('near miss: a heading in the gap before a column with no other heading on its line is that column’s', () => {
    const lines = [
      row(412, ['Mio. kr.', 70, 110], ['Faktisk antal', 263, 315], ['2024', 334, 356]),
      row(400, ['Foreslået profil', 70, 150], ['108', 306, 321], ['109', 341, 356]),
      row(388, ['Merudgifter', 70, 120], ['93,6', 302, 321], ['93,6', 337, 356]),
    ]
    expect(cells(buildTable(lines)?.table)[0]).toEqual(['Mio. kr.', 'Faktisk antal', '2024'])
  })
})

describe('a header whose lines hold figures that are no values (thirty-third session)', () => {
  // Intervals as headings, wrapped in their cells: `1 kr. – 1.000` / `kr.`; the first line's `10.001 kr.` reads as a
  // value, so the line read as a row.
  const lines = [
    row(412, ['Årligt køb i', 70, 120], ['1 kr. – 1.000', 150, 200], ['1.001 kr. –', 215, 260], ['10.001 kr.', 280, 320]),
    row(400, ['intervallet', 70, 112], ['kr.', 185, 200], ['2.500 kr.', 225, 260], ['- >', 305, 320]),
    row(388, ['Antal personer', 70, 130], ['1.621.381', 165, 200], ['464.816', 230, 260], ['203.604', 290, 320]),
    row(376, ['Merudgift (kr.)', 70, 130], ['0 - 178', 175, 200], ['179 – 233', 225, 260], ['259', 305, 320]),
  ]

  it('reads them as the header, down to the first line of values only; later rows with such figures stay rows', () => {
    expect(cells(buildTable(lines)?.table)).toEqual([
      ['Årligt køb i intervallet', '1 kr. – 1.000 kr.', '1.001 kr. – 2.500 kr.', '10.001 kr. - >'],
      ['Antal personer', '1.621.381', '464.816', '203.604'],
      ['Merudgift (kr.)', '0 - 178', '179 – 233', '259'],
    ])
  })

  it('near miss: a first row with one such figure among values stays a row', () => {
    const one = [
      row(412, ['Aldersgruppe', 70, 120], ['Antal', 180, 200], ['Andel', 240, 260]),
      row(400, ['18-24 år', 70, 112], ['1.200', 180, 200], ['12 – 14', 240, 260]),
      row(388, ['25-34 år', 70, 112], ['1.500', 180, 200], ['13', 250, 260]),
    ]
    expect(cells(buildTable(one)?.table)[1]).toEqual(['18-24 år', '1.200', '12 – 14'])
  })
})

describe('a row of text cells that pdf.js gave as one item (thirty-third session)', () => {
  // A character 4 pt wide in every piece over one column; the text cells set flush left in their cells.
  const lines = (cells: [string, number, number]) => [
    row(700, ['År 1', 134, 150], ['År 2', 175, 191], ['År 3', 216, 232]),
    row(688, ['Estimeret', 75, 111], ['0,1', 138, 150], ['0,3', 179, 191], ['0,5', 220, 232]),
    row(677, ['omkostning', 75, 115]),
    row(666, ['Omfattede', 75, 111], cells),
  ]

  it('starts a row under a row of values, its item cut into the columns where its groups meet their edges', () => {
    const built = buildTable(lines(['Bh.kl. Bh.kl.-1. Bh.kl.-2.', 130, 248]))
    expect(cells(built?.table).slice(1)).toEqual([
      ['Estimeret omkostning', '0,1', '0,3', '0,5'],
      ['Omfattede', 'Bh.kl.', 'Bh.kl.-1.', 'Bh.kl.-2.'],
    ])
    expect(built?.table.data?.positionsDoubted).toBeUndefined()
  })

  it('near miss: an item no wider than its characters is not cut, and the table is doubted', () => {
    const built = buildTable(lines(['Bh.kl. Bh.kl.-1. Bh.kl.-2.', 130, 234]))
    expect(cells(built?.table)[2]?.[0]).toBe('Omfattede')
    expect(built?.table.data?.positionsDoubted).toMatch(/several value columns as one piece/u)
  })
})

describe("a group's heading row right under the header (thirty-fourth session)", () => {
  // Label column x = 40–200; values right-aligned at 262, 322; the headings over the value columns only.
  const header = row(700, ['Forhold til 2009', 210, 262], ['Forhold til 2010', 270, 322])
  const body = [
    row(673, ['Antal besøg', 40, 95], ['769', 247, 262], ['966', 307, 322]),
    row(661, ['Forventet fald i alt', 40, 130], ['102', 247, 262], ['128', 307, 322]),
  ]

  it("reads a label alone under headings that leave the label column empty as a row, not the label column's heading", () => {
    expect(cells(buildTable([header, row(685, ['Konsultationer', 40, 105]), ...body])?.table)).toEqual([
      ['', 'Forhold til 2009', 'Forhold til 2010'],
      ['Konsultationer', '', ''],
      ['Antal besøg', '769', '966'],
      ['Forventet fald i alt', '102', '128'],
    ])
  })

  it("near miss: beside a heading over the label column (`Region` above), a label alone stays the header's", () => {
    const headed = row(700, ['Region', 40, 70], ['Forhold til 2009', 210, 262], ['Forhold til 2010', 270, 322])
    const table = cells(buildTable([headed, row(685, ['Konsultationer', 40, 105]), ...body])?.table)
    expect(table[0]?.[0]).toBe('Region Konsultationer')
    expect(table).toHaveLength(3)
  })
})

describe("a group's row under a group's row right under the header, told by the steps (thirty-ninth session)", () => {
  // Chromium's rows 16.5 pt apart, a label's wrapped lines 14.3 pt; the label column reaches 225, so `IVF/ICSI` would
  // not have fitted after `Forventet fald` (70–206): the widths alone read it as that label wrapped.
  const header = row(420, ['I forhold til 2009', 300, 384], ['I forhold til 2010', 430, 514])
  const group = row(406.2, ['Inseminationer', 70, 142])
  const rows = [
    row(389.7, ['Fald i antal inseminationer', 70, 199], ['769', 366, 384], ['966', 496, 514]),
    row(373.2, ['Forventet fødsler pr. behandling', 70, 225], ['13,2', 363, 384], ['13,2', 493, 514]),
    row(343.2, ['Forventet fald i antal fødsler', 70, 206], ['102', 366, 384], ['128', 496, 514]),
    row(326.7, ['IVF/ICSI behandling', 70, 169]),
    row(310.2, ['IVF/ICSI', 70, 112], ['1.663', 357, 384], ['1.628', 487, 514]),
  ]
  const wrapped = (text: string) => row(358.9, [text, 70, 70 + text.length * 4.2])

  it('measures the wrapped step at a label wrapped onto a bracket (`(pct.)*`): the heading is a row of its own', () => {
    const table = cells(buildTable([header, group, ...rows.slice(0, 2), wrapped('(pct.)*'), ...rows.slice(2)])?.table)
    expect(table.slice(1)).toEqual([
      ['Inseminationer', '', ''],
      ['Fald i antal inseminationer', '769', '966'],
      ['Forventet fødsler pr. behandling (pct.)*', '13,2', '13,2'],
      ['Forventet fald i antal fødsler', '102', '128'],
      ['IVF/ICSI behandling', '', ''],
      ['IVF/ICSI', '1.663', '1.628'],
    ])
  })

  it('near miss: a wrapped line that opens with a capital is not measured, and the widths decide as before', () => {
    const table = cells(buildTable([header, group, ...rows.slice(0, 2), wrapped('Pct.'), ...rows.slice(2)])?.table)
    expect(table[4]).toEqual(['Forventet fald i antal fødsler IVF/ICSI behandling', '102', '128'])
  })
})

describe("a row's cells run into its label (thirty-fourth session)", () => {
  // Label column x = 40–200; values right-aligned at 262, 322.
  const header = row(700, ['År 1', 240, 262], ['År 2', 300, 322])
  const values = row(685, ['Estimeret omkostning', 40, 130], ['0,1', 250, 262], ['0,3', 310, 322])

  it('flags a row whose label piece stands over the value columns while cells of its own stand under them', () => {
    const run = [header, values, row(673, ['Omfattede klassetrin Bh.kl. Bh.kl.-1.', 40, 320]), row(663, ['kl.', 300, 312])]
    const built = buildTable(run)
    expect(cells(built?.table).at(-1)?.[0]).toBe('Omfattede klassetrin Bh.kl. Bh.kl.-1.')
    expect(built?.table.data?.positionsDoubted).toMatch(/several value columns as one piece/u)
  })

  it("near miss: a group's heading row spanning the columns alone is no doubt", () => {
    const run = [header, values, row(673, ['Stemmer afgivet på afstemningsstedet på valgdagen', 40, 320]), values]
    expect(buildTable(run)?.table.data?.positionsDoubted).toBeUndefined()
  })
})
