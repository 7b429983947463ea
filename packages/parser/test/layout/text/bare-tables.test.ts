import type { Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { textToTree } from '../../../src/input/text.js'
import { TABLE_LABEL } from '../../../src/layout/markers.js'
import {
  bareTable,
  cellMarkedTable,
  gluedValuesRun,
  isCellMarked,
  splitGluedLeadIns,
  withoutCellMark,
} from '../../../src/layout/text/bare-tables.js'
import { withTables } from '../../../src/layout/text/tables.js'
import type { LayoutLine } from '../../../src/tree.js'
import { cellTexts } from '../../table-cells.js'

/** Lines of a text rendition, one a line, as the text input gives them. */
function layoutLines(texts: readonly string[], roles: Record<number, LayoutLine['role']> = {}): LayoutLine[] {
  return texts.map((text, at) => ({
    text,
    line: at + 1,
    breakBefore: false,
    endsParagraph: false,
    ...(roles[at] ? { role: roles[at] } : {}),
  }))
}

const tablesOf = (texts: readonly string[], roles: Record<number, LayoutLine['role']> = {}) =>
  withTables(layoutLines(texts, roles)).flatMap((item) => ('kind' in item ? [item.table] : []))

describe("Word's HTML cell lines (` |`)", () => {
  it('tells cell lines and lines of marks only, and strips the mark', () => {
    expect(isCellMarked('Transportform |')).toBe(true)
    expect(isCellMarked('||||')).toBe(true)
    expect(isCellMarked('Vej | bane')).toBe(false)
    expect(withoutCellMark('3.599 |')).toBe('3.599')
    expect(withoutCellMark('|')).toBe('')
  })

  it('reads the run of cell lines after a label row by row, unflagged (HTML lists cells row by row)', () => {
    const lines = layoutLines([
      'Transportform |',
      '2001 |',
      '2002 |',
      'Fly |',
      '3 |',
      '4 |',
      'Vej |',
      '3.599 |',
      '3.360 |',
      'Carina Christensen',
    ])
    const read = cellMarkedTable(lines, 0)
    expect(cellTexts(read?.table)).toEqual([
      ['Transportform', '2001', '2002'],
      ['Fly', '3', '4'],
      ['Vej', '3.599', '3.360'],
    ])
    // `word-cells` reads them, empty cells kept; one row width fits, so nothing is inferred.
    expect(read?.table.data).toEqual({ reader: 'word-cells' })
    expect(read?.end).toBe(9)
  })

  it('keeps cell lines it cannot read as a table whose cells are lost, not as invented cells', () => {
    const read = cellMarkedTable(layoutLines(['2007 |', 'Ankomst til |', 'fra |', 'Roskilde |', 'København H |', '27.382 |']), 0)
    expect(read?.table.data?.reader).toBe('layout-lost')
    expect(read?.table.children).toEqual([])
  })

  it('takes the label line without its mark, the table after it', () => {
    const items = withTables(
      layoutLines(['Tabel 1: Tog i 2007 |', 'År |', '2006 |', '2007 |', 'Tog |', '5 |', '6 |', 'Busser |', '7 |', '8 |']),
    )
    expect(items[0]).toMatchObject({ text: 'Tabel 1: Tog i 2007' })
    expect(items).toHaveLength(2)
  })
})

describe('a lead-in glued to the first cell', () => {
  it('splits `… som følger:2007` before a line of the table', () => {
    const split = splitGluedLeadIns(layoutLines(['Arealet har udviklet sig som følger:2007', 'Hektar', '170.199']))
    expect(split.map((line) => line.text)).toEqual(['Arealet har udviklet sig som følger:', '2007', 'Hektar', '170.199'])
    expect(split[1]?.line).toBe(1)
  })

  it('cuts a table label glued to the sentence before it, not a table named in a sentence or after a space', () => {
    const glued = 'Jeg har modtaget tallene for 2006 og 2012.Tabel 1: Hurtigste rejsetider 2006 og 2012'
    expect(splitGluedLeadIns(layoutLines([glued, '2006'])).map((line) => line.text)).toEqual([
      'Jeg har modtaget tallene for 2006 og 2012.',
      'Tabel 1: Hurtigste rejsetider 2006 og 2012',
      '2006',
    ])
    for (const text of [
      'Det fremgår af bilaget.Tabel 2 viser udviklingen.',
      'Se nedenfor. Tabel 3: Udgifter',
      'Jf. afsnit 4.Tabeller følger.',
    ])
      expect(splitGluedLeadIns(layoutLines([text])).map((line) => line.text)).toEqual([text])
  })

  it('leaves times, references and a last line alone', () => {
    const texts = ['Mødet begynder kl. 10:30', 'jf. § 7:2', 'Det fremgår af følgende:2007']
    expect(splitGluedLeadIns(layoutLines(texts)).map((line) => line.text)).toEqual(texts)
  })
})

describe('values run together', () => {
  it('finds the run of glued cells around a line of glued values', () => {
    const lines = layoutLines([
      'KOU alm. del - Spørgsmål 154',
      'Samlet tilskud(mio. kr)(1)Regioner',
      '1084 Region Hovedstaden1085 Region Sjælland107.642,0',
      '33.566,416.426,323.378,7',
      'Anm: kol(1) Opgjort pba. …',
    ])
    expect(gluedValuesRun(lines, 3)).toEqual({ start: 1, end: 4 })
    const tables = withTables(lines).flatMap((item) => ('kind' in item ? [item.table] : []))
    expect(tables).toHaveLength(1)
    expect(tables[0]?.data?.reader).toBe('layout-lost')
    expect(tables[0]?.children).toEqual([])
  })

  it('leaves one number with a decimal comma, and lists of numbers, alone', () => {
    expect(gluedValuesRun(layoutLines(['Beløbet er 107.642,0 mio. kr. i alt, og 3,5 pct. af det hele.']), 0)).toBeUndefined()
    expect(gluedValuesRun(layoutLines(['Tallene er 33.566,4, 16.426,3 og 23.378,7.']), 0)).toBeUndefined()
  })

  it('finds values without thousands run together by their decimal commas (three or more in one word)', () => {
    const lines = layoutLines(['Doser pr. 100 dyredage', 'Økologisk Konventionel0,392,150,730,549,361,75', 'Der gøres opmærksom på det.'])
    expect(gluedValuesRun(lines, 1)).toEqual({ start: 1, end: 2 })
    const tables = withTables(lines).flatMap((item) => ('kind' in item ? [item.table] : []))
    expect(tables.map((table) => table.data?.reader)).toEqual(['layout-lost'])
  })

  it('leaves out a glued paragraph of running text that the cells were glued to (fifty-second session)', () => {
    const lines = layoutLines([
      'Spørgsmål nr. 165:”Ministeren bedes fremlægge en status for hjemløsestrategien”.',
      'Svar:Ved satspuljeaftalen for 2008 afsat 500 mio. kr. til strategien.Af bevillingen er der anvendt ca. 410 mio. kr. i otte kommuner.I tabellen nedenfor er der givet en oversigt.Udgifter til anlæg20092010København23,973,9Århus0,02,0',
      '20118,71,50,00,03,00,00,01,114,2',
      '20121,10,00,00,00,00,00,00,01,1',
      'I alt107,63,54,55,37,15,43,02,8139,2',
    ])
    expect(gluedValuesRun(lines, 2)).toEqual({ start: 2, end: 5 })
  })

  it('near miss: a line of glued cells with one sentence in it (a label, a title) is still part of the run', () => {
    const lines = layoutLines([
      'Udgifter til anlæg i alt. Kommuner20092010København23,973,9Århus0,02,0',
      '20118,71,50,00,03,00,00,01,114,2',
    ])
    expect(gluedValuesRun(lines, 1)).toEqual({ start: 0, end: 2 })
  })

  it('near miss: two decimal commas in a word, and a list with spaces, are not values run together', () => {
    expect(gluedValuesRun(layoutLines(['Andelen steg fra 27,3 til 27,9 pct.']), 0)).toBeUndefined()
    expect(gluedValuesRun(layoutLines(['Satserne er 1,25,2,5 og 3,75 pct., jf. stk. 1, 2, 3 og 4.']), 0)).toBeUndefined()
  })
})

describe('data cells no reader took', () => {
  const lostOf = (texts: readonly string[]) =>
    withTables(layoutLines(texts)).flatMap((item) =>
      'kind' in item && item.table.data?.reader === 'layout-lost' ? [item.table.data.uncertain] : [],
    )

  it('keeps a long run of values one per line as a table whose cells are lost, not as a paragraph of numbers', () => {
    // A scrambled table: headings apart from their columns, a year column among the values.
    const texts = [
      'Antal personer',
      'udvist',
      '13',
      '24',
      '25',
      '35',
      '38',
      'Registreret',
      '2015',
      '2016',
      '2017',
      '1.520',
      '1.922',
      '1.913',
      '1.201',
      '1.546',
    ]
    expect(lostOf(texts)).toEqual(['2015\n2016\n2017\n1.520\n1.922\n1.913\n1.201\n1.546'])
  })

  it('makes no second table of the values after a table whose cells are lost (the rest of the same table)', () => {
    const values = ['812', '845', '901', '877', '1.013', '1.150', '1.260', '1.402']
    const table = ['Tabel 1 Udgifter', '2017', '2018', 'Rådgivning 812 845', 'i alt', 'Kilde: Styrelsen.']
    expect(lostOf([...table, 'Danske', ...values])).toHaveLength(1)
    // After prose, a run of values is a table of its own.
    const prose = 'Der er tale om en længere redegørelse for udgifterne, som fortsætter over flere linjer i teksten.'
    expect(lostOf([...table, prose, ...values])).toHaveLength(2)
  })

  it('leaves a short run of values, and a list of years, as text', () => {
    expect(lostOf(['Beløbene var:', '1.234', '1.300', '1.350', 'i de tre år.'])).toEqual([])
    expect(
      lostOf(['Ordningen er evalueret i:', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', 'og igen senere.']),
    ).toEqual([])
  })
})

describe('tables no label announces', () => {
  it('reads the cells after a lead-in ending in a colon, up to the letterhead lines set after them', () => {
    const texts = [
      'Udlændingestyrelsen har modtaget følgende antal ansøgninger:',
      '2018',
      'Ansøgninger',
      '2.748',
      '2019',
      '2.061',
      'I alt',
      '4.809',
      'Udlændinge- og',
      'Integrationsministeriet',
      'Koncernstyring og Tilsyn',
      'Slotsholmsgade 10',
      '1216 København K',
      'Tel.',
      'Mail',
      '6198 4000',
      'I perioden har styrelsen desuden behandlet en række sager, som ikke er medtaget.',
    ]
    const lines = layoutLines(texts)
    const found = bareTable(lines, 1)
    expect(cellTexts(found?.table)).toEqual([
      ['', '2018', '2019', 'I alt'],
      ['Ansøgninger', '2.748', '2.061', '4.809'],
    ])
    expect(found?.end).toBe(8)
    const items = withTables(lines)
    expect(items.filter((item) => 'kind' in item)).toHaveLength(1)
    // The letterhead lines after the table stay lines.
    expect(items.at(-1)).toMatchObject({ text: texts.at(-1) })
  })

  it('needs more values after a sentence that does not end in a colon', () => {
    const small = ['Tallene ses nedenfor.', 'År', 'Ledige', '2019', '100', 'Beskæftigede', '300']
    expect(tablesOf(small)).toHaveLength(0)
    const large = [
      'Styrelsen har opgjort tallene.',
      'Måned',
      'jan.',
      'feb.',
      'mar.',
      'apr.',
      'Fasttrack',
      '1',
      '2',
      '3',
      '4',
      'Øvrige',
      '5',
      '6',
      '7',
      '8',
    ]
    expect(tablesOf(large)).toHaveLength(1)
  })

  it('reads one row after a sentence where rising years or months head it (Beskæftigelsesministeriet)', () => {
    const lead = 'Antal modtagere af hjælp i særlige tilfælde, juli 2005-februar 2006.'
    const months = ['Juli 2005', 'Aug. 2005', 'Sept. 2005', 'Okt. 2005', 'Nov. 2005', 'Dec. 2005', 'Jan. 2006', 'Feb. 2006']
    const values = ['1759', '1933', '2093', '1925', '1929', '1887', '1835', '1826']
    const [monthly] = tablesOf([lead, ...months, 'Antal modtagere', ...values])
    expect(cellTexts(monthly)).toEqual([
      ['', ...months],
      ['Antal modtagere', ...values],
    ])
    const years = ['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017']
    expect(cellTexts(tablesOf([lead, ...years, 'Antal modtagere', ...values])[0])?.[1]?.[8]).toBe('1826')
    // Near miss: months out of order head no row of one table after a sentence: its cells are kept, lost, not read.
    const [reversed] = tablesOf([lead, ...[...months].reverse(), 'Antal modtagere', ...values])
    expect(reversed?.data?.reader).toBe('layout-lost')
  })

  it('takes a paragraph that announces a table below (`Nedenstående oversigt …`) as a lead-in: a small table will do', () => {
    const texts = [
      'Politiet har oplyst antallet af sager. Nedenstående oversigt viser sagerne',
      'fordelt på kreds, opgjort for hele året.',
      'Politikreds',
      'Fyns Politi',
      'Midt- og',
      'Vestjyllands Politi',
      'Sager 2023',
      '412',
      '385',
    ]
    const lines = layoutLines(texts)
    lines[1] = { ...(lines[1] as LayoutLine), endsParagraph: true }
    lines[2] = { ...(lines[2] as LayoutLine), breakBefore: true }
    expect(cellTexts(withTables(lines).flatMap((item) => ('kind' in item ? [item.table] : []))[0])).toEqual([
      ['Politikreds', 'Sager 2023'],
      ['Fyns Politi', '412'],
      ['Midt- og Vestjyllands Politi', '385'],
    ])
    // The same lines after a paragraph that names a table elsewhere (`tabel 3 i bilaget`): too few values.
    const named = layoutLines(['Sagerne fremgår af tabel 3 i bilaget, opgjort for hele året.', ...texts.slice(2)])
    named[1] = { ...(named[1] as LayoutLine), breakBefore: true }
    expect(withTables(named).filter((item) => 'kind' in item)).toHaveLength(0)
    // Announced, but the lines go on in the same paragraph: no table starts there.
    const running = layoutLines(['Nedenstående tabel viser sagerne fordelt på kreds, for hele året.', ...texts.slice(2)])
    expect(withTables(running).filter((item) => 'kind' in item)).toHaveLength(0)
  })

  it('reads the table under a caption on a line of its own, after a sentence that announces the table', () => {
    const caption = 'Dimensionerede, opslåede og besatte hoveduddannelsesstillinger i almen medicin 2011-2013 (hele landet)'
    const cells = ['År', '2011', '2012', '2013', 'Dimensioneret', 'Besat', '240', '217', '240', '220', '252', '233']
    const read = (lead: string) => {
      const lines = layoutLines([lead, caption, ...cells])
      lines[0] = { ...(lines[0] as LayoutLine), endsParagraph: true }
      return withTables(lines).flatMap((item) => ('kind' in item ? [item.table] : []))
    }
    const tables = read('Tallene fremgår af tabellen nedenfor.')
    expect(cellTexts(tables[0])).toEqual([
      ['År', '2011', '2012', '2013'],
      ['Dimensioneret', '240', '240', '252'],
      ['Besat', '217', '220', '233'],
    ])
    // The same caption after a sentence that announces no table: the line may be prose that lost its colon.
    expect(read('Tallene er opgjort af Sundhedsstyrelsen.')).toHaveLength(0)
  })

  it('starts a table after short lines of prose, not in them (`Svar:`, `… følgende.`)', () => {
    const texts = ['Spørgsmål 7:', 'Hvor mange?', 'Svar:', 'Styrelsen oplyser følgende.', 'Tallene ses herunder:', 'År', '2022', '2023']
    texts.push('Ansøgninger', '410', '388', 'Afslag', '35', '41')
    const tables = tablesOf(texts)
    expect(tables).toHaveLength(1)
    expect(cellTexts(tables[0])?.[0]).toEqual(['År', '2022', '2023'])
    // A cell may end in an abbreviation's full stop (`Mio. kr.`, `pct.`).
    const units = ['Udgifterne var:', 'Mio. kr.', '2022', '2023', 'Drift', '41,0', '43,5', 'Anlæg', '9,5', '8,0']
    expect(cellTexts(tablesOf(units)[0])?.[0]).toEqual(['Mio. kr.', '2022', '2023'])
  })

  it('keeps a long row label inside the table (a value right after it), and stops at a long line of prose', () => {
    const texts = ['Udgifterne fordeler sig således:', 'Ordning', 'Mio. kr.', 'Tilskud', '41,0']
    texts.push('Tilskud til istandsættelse af fredede bygninger ejet af private fonde og foreninger', '12,5', 'I alt', '53,5')
    const tables = tablesOf([...texts, 'Tallene er opgjort i løbende priser og omfatter ikke de regionale midler.'])
    expect(cellTexts(tables[0])?.at(-1)).toEqual(['I alt', '53,5'])
    expect(cellTexts(tables[0])).toHaveLength(4)
  })

  it('leaves running text with numbers alone', () => {
    expect(
      tablesOf([
        'Der var pr. 10. marts 2019 indkvarteret:',
        '3.141',
        'personer i asylcentersystemet, fordelt på centre som nævnt i svaret på spørgsmål 12.',
      ]),
    ).toHaveLength(0)
    expect(tablesOf(['Jeg kan oplyse følgende:', 'Side', '1/2', 'Med venlig hilsen'])).toHaveLength(0)
    expect(tablesOf(['Svaret følger.', 'Mette Frederiksen', '/', 'Anders Andersen'])).toHaveLength(0)
  })

  it('does not cut a table before a row it could not read (a row would go missing without a word)', () => {
    // The last row's values are one short: the table is not read at all rather than read without it.
    const texts = ['Tallene er:', '2010', '2011', 'Ledige', '7', '8', 'Andel', 'pct.', '40']
    expect(tablesOf(texts)).toHaveLength(0)
  })
})

describe('labelled tables', () => {
  it('reads a bare `Tabel 1` followed by the first row label, not a caption, and flags that reading', () => {
    const tables = tablesOf([
      'Tabel 1',
      'Antal personer på',
      'vedtagne lovforslag',
      '2019',
      '3.543',
      'Antal afslag på',
      'ansøgning',
      '2.807',
      'Slotsholmsgade 10',
      '1216 København K',
      'Tel.',
      'Mail',
    ])
    expect(cellTexts(tables[0])).toEqual([
      ['', '2019'],
      ['Antal personer på vedtagne lovforslag', '3.543'],
      ['Antal afslag på ansøgning', '2.807'],
    ])
    expect(tables[0]?.data?.orderInferred).toMatch(/first row's label/u)
  })

  it('keeps a caption that ends a sentence as the caption', () => {
    const items = withTables(layoutLines(['Tabel 1', 'Ledige i 2019.', 'Ledige', '2019', '3.543', 'Andel', '2.807']))
    expect(items[1]).toMatchObject({ text: 'Ledige i 2019.' })
  })

  it('does not take a table named in a sentence for a label', () => {
    const texts = ['Tabel 2.1 indeholder en oversigt over antallet af sager, som er forelagt udvalget.', '2019', '3.543', '2020', '2.807']
    expect(tablesOf(texts)).toHaveLength(0)
  })

  it('does not take tables named as a range or a pair in a sentence for a label (`Tabel 1-4 nedenfor viser …`)', () => {
    for (const sentence of ['Tabel 1-4 nedenfor viser antal og andel af personer i hele landet.', 'Tabel 2 og 3 viser fordelingen.']) {
      expect(tablesOf([sentence, '2019', '3.543', '2020', '2.807'])).toHaveLength(0)
    }
    // Near miss: a label with a capitalised caption is a label.
    expect(tablesOf(['Tabel 1 Antal sager', 'År', 'Antal', '2019', '3.543', '2020', '2.807'])).toHaveLength(1)
  })
})

describe('table labels', () => {
  it('number tables with a dot (`Tabel 2.1`) without taking the second number for a caption', () => {
    expect(TABLE_LABEL.exec('Tabel 2.1 Sager med dispensation')?.slice(1)).toEqual(['2.1', 'Sager med dispensation'])
    expect(TABLE_LABEL.exec('Tabel 1. Bruttotilgang')?.slice(1)).toEqual(['1', 'Bruttotilgang'])
  })
})

/** Lines set one cell per paragraph: each group's first line starts a paragraph. */
function paragraphLines(groups: readonly (readonly string[])[]): LayoutLine[] {
  return groups.flatMap((group, at) =>
    group.map((text, line) => ({ text, line: at * 10 + line + 1, breakBefore: line === 0, endsParagraph: line === group.length - 1 })),
  )
}

describe('tables set one cell per paragraph, no label', () => {
  const lead = ['Kommunernes budgetter er opgjort nedenfor.']
  const cells = [
    ['Vækst  pct.', 'Budget 2006'],
    ['Tillæg', 'Mio. kr.'],
    ['Allerød'],
    ['2,7 %'],
    ['-0,5'],
    ['Brønderslev'],
    ['1,5 %'],
    ['-4,1'],
    ['Dragør'],
    ['2,4 %'],
    ['-0,2'],
    ['Egedal'],
    ['0,9 %'],
    ['1,0'],
  ]

  it('reads the paragraphs as cells where a heading cell wraps, spaces inside a cell made one', () => {
    const tables = withTables(paragraphLines([lead, ...cells])).flatMap((item) => ('kind' in item ? [item.table] : []))
    expect(cellTexts(tables[0])).toEqual([
      ['', 'Vækst pct. Budget 2006', 'Tillæg Mio. kr.'],
      ['Allerød', '2,7 %', '-0,5'],
      ['Brønderslev', '1,5 %', '-4,1'],
      ['Dragør', '2,4 %', '-0,2'],
      ['Egedal', '0,9 %', '1,0'],
    ])
    expect(tables[0]?.data?.reader).toBe('cell-groups')
  })

  it("keeps the blank line between cells of a double-spaced text as the cells' break", () => {
    const prose = 'Nedenstående oversigt viser kommunernes budgetter for 2006 opgjort i procent og i mio. kr., som de er indberettet.'
    const text = [prose, prose, prose, ' ', ...cells.map((group) => group.join('\n'))].join('\n\n')
    const tables: Table[] = []
    visitTables(textToTree(text), tables)
    expect(cellTexts(tables[0])?.[0]).toEqual(['', 'Vækst pct. Budget 2006', 'Tillæg Mio. kr.'])
    expect(tables[0]?.children).toHaveLength(5)
  })

  it('leaves paragraphs of one line each to the cell-per-line readers, and paragraphs that are no rows alone', () => {
    const single = withTables(paragraphLines([lead, ...cells.map((group) => [group.join(' ')])]))
    expect(single.filter((item) => 'kind' in item).map((item) => ('kind' in item ? item.table.data?.reader : ''))).not.toContain(
      'cell-groups',
    )
    const uneven = withTables(paragraphLines([lead, ...cells.slice(0, -1)]))
    expect(uneven.filter((item) => 'kind' in item && item.table.data?.reader === 'cell-groups')).toHaveLength(0)
  })
})

describe("a table's title announces it", () => {
  it('reads the table under `Oversigt over …` as announced', () => {
    const tables = tablesOf(['Oversigt over sager', '2019', 'Modtaget', '120', '2020', '95'])
    expect(cellTexts(tables[0])).toEqual([
      ['', '2019', '2020'],
      ['Modtaget', '120', '95'],
    ])
  })

  it('takes a title after the sentence that announces the table as the lead-in, not as a cell (thirty-fourth session)', () => {
    const header = ['Klager i alt', 'Afgjorte', 'Heraf kritik']
    const rows = ['2019', '632', '255', '25', '2020', '715', '358', '22', '2021', '643', '338', '30']
    const tables = tablesOf(['Tallene fremgår af tabellen nedenfor.', 'Oversigt over klagesager', ...header, ...rows])
    expect(cellTexts(tables[0])).toEqual([
      ['', 'Klager i alt', 'Afgjorte', 'Heraf kritik'],
      ['2019', '632', '255', '25'],
      ['2020', '715', '358', '22'],
      ['2021', '643', '338', '30'],
    ])
  })

  it('takes no title from a line that only starts like one (a sentence), nor reads a small table after it', () => {
    expect(tablesOf(['Oversigt over sager findes i bilaget, og jeg vedlægger den.', '2019', 'Modtaget', '120', '2020', '95'])).toHaveLength(
      0,
    )
    expect(tablesOf(['Sagerne i alt', '2019', 'Modtaget', '120', '2020', '95'])).toHaveLength(0)
  })

  it('reads the table under a title that ends in its unit in brackets (Skatteministeriet, CO2 by fuel)', () => {
    const title = 'Gennemsnitlig CO2-emission fra nyregistrerede personbiler (g/km)'
    const tables = tablesOf([title, 'Benzin', 'Diesel', '1998', '182,4', '155,5', '1999', '177,8', '149,0'])
    expect(cellTexts(tables[0])).toEqual([
      ['', 'Benzin', 'Diesel'],
      ['1998', '182,4', '155,5'],
      ['1999', '177,8', '149,0'],
    ])
    expect(tablesOf(['Udgifter til tolkning (mio. kr.)', '2019', '2020', 'Tolkning', '12,5', '13,1'])).toHaveLength(1)
  })

  it('takes no title from brackets that are a remark, not a unit, nor from a sentence before its brackets', () => {
    const cells = ['Benzin', 'Diesel', '1998', '182,4', '155,5', '1999', '177,8', '149,0']
    expect(tablesOf(['Gennemsnitlig udledning fra nye biler (foreløbige tal)', ...cells])).toHaveLength(0)
    expect(tablesOf(['Tallene ses nedenfor. Udledning (g/km)', ...cells])).toHaveLength(0)
  })
})

describe("page numbers at a page's foot", () => {
  it("keeps a table's last value before a footer that numbers its page itself (`Side` / `1/3`)", () => {
    const lines = layoutLines(['Styrelsen har oplyst følgende:', 'Kvartal', '1', '2', 'Totalt', 'Antal', '10', '20', '30', 'Side', '1/3'], {
      9: 'page-footer',
      10: 'page-footer',
    })
    const tables = withTables(lines).flatMap((item) => ('kind' in item ? [item.table] : []))
    expect(cellTexts(tables[0])?.at(-1)).toEqual(['Totalt', '30'])
  })
})

/** The tables of an mdast tree, in order. */
function visitTables(node: { type: string; children?: unknown[] }, into: Table[]): void {
  if (node.type === 'table') into.push(node as unknown as Table)
  for (const child of node.children ?? []) visitTables(child as { type: string; children?: unknown[] }, into)
}
