/**
 * Tables whose last column holds text, listed column by column in a text rendition (`Færgerute` / `Snaptun-Alrø` /
 * …): a cell of text may wrap onto lines that start in capitals, so which lines are one cell is not told by form.
 * Made-up tables in the renditions' layouts, and near-misses: the letterhead's column or a letter's closing after a
 * table read column by column, which are no column of it.
 */
import type { Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { withTables } from '../../../src/layout/text/tables.js'
import type { LayoutLine } from '../../../src/tree.js'
import { cellTexts } from '../../table-cells.js'

function layoutLines(texts: readonly string[]): LayoutLine[] {
  return texts.map((text, at) => ({ text, line: at + 1, breakBefore: false, endsParagraph: false }))
}

const tablesOf = (texts: readonly string[]): Table[] =>
  withTables(layoutLines(texts)).flatMap((item) => ('kind' in item ? [item.table] : []))

/** A table of islands, their population and their ferry: the headings first, then the columns one after another. */
const FERRIES = [
  'Tabel 1',
  'Øer med færgeforbindelse under 50.000 indbyggere',
  'Indbyggere pr. 1. jan. 2014',
  'Ø / Kommune',
  'Færgerute',
  'Agersø / Slagelse Kommune',
  'Femø / Lolland Kommune',
  'Omø / Slagelse Kommune',
  'Orø / Holbæk Kommune',
  '183',
  '129',
  '160',
  '845',
  'Personfærge om',
  'sommeren',
  'Stigsnæs-Agersø',
  'Kragenæs-Femø',
  'Omø-Stigsnæs',
  'Holbæk-Orø',
  'Hammer Bakker-Orø',
  'Kilde: Danmarks Statistik.',
]

describe('a last column of text cells, listed after the values', () => {
  it('keeps the table as cells lost, not with a heading taken for a row, where its text cells cannot be told apart', () => {
    const [table] = tablesOf(FERRIES)
    expect(table?.data?.reader).toBe('layout-lost')
    expect(table?.children).toEqual([])
  })
})

describe('near-misses: lines after a table read column by column that are no column of it', () => {
  /** A table read column by column: the label column, then each value column, its heading first. */
  const REGIONS = [
    'Tabel 2 Ledige fordelt på region',
    'Region',
    'Hovedstaden',
    'Sjælland',
    'Syddanmark',
    'Antal',
    '12.345',
    '4.567',
    '7.890',
    'Andel, pct.',
    '49,6',
    '18,4',
    '31,7',
  ]
  const CELLS = [
    ['Region', 'Hovedstaden', 'Sjælland', 'Syddanmark'],
    ['Antal', '12.345', '4.567', '7.890'],
    ['Andel, pct.', '49,6', '18,4', '31,7'],
  ]

  it("the letterhead's column set after the table (a ministry, its address, its labels)", () => {
    const tables = tablesOf([...REGIONS, 'Beskæftigelses-', 'ministeriet', 'Holmens Kanal 20', '1060 København K', 'Tel.', '7226 8400'])
    expect(tables).toHaveLength(1)
    expect(cellTexts(tables[0])).toEqual(CELLS)
  })

  it("a letter's closing right after the table", () => {
    const tables = tablesOf([...REGIONS, 'Med venlig hilsen', 'Peter Hummelgaard', 'Minister'])
    expect(tables).toHaveLength(1)
    expect(cellTexts(tables[0])).toEqual(CELLS)
  })
})

describe('columns of text before the values, row by row', () => {
  it('reads each row’s text lines as cells of their own where the header has a heading for each', () => {
    const lines = ['Tabel 3 Projekter i 2023', 'Projekt', 'Ansvarlig', 'Beløb (mio. kr.)']
    lines.push('Cykelsti A', 'Vejdirektoratet', '12,5', 'Cykelsti B', 'Kommunen', '8,0', 'Cykelsti C', 'Region Sjælland', '3,2')
    const [table] = tablesOf(lines)
    expect(cellTexts(table)).toEqual([
      ['Projekt', 'Ansvarlig', 'Beløb (mio. kr.)'],
      ['Cykelsti A', 'Vejdirektoratet', '12,5'],
      ['Cykelsti B', 'Kommunen', '8,0'],
      ['Cykelsti C', 'Region Sjælland', '3,2'],
    ])
    expect(table?.data?.orderInferred).toMatch(/text columns/u)
  })

  it('reads two text columns before two value columns', () => {
    const lines = ['Tabel 4 Puljer', 'Pulje', 'Modtager', 'Formål', '2022', '2023']
    lines.push('Pulje A', 'Dansk Cyklistforbund', 'Kampagne', '1,0', '1,2')
    lines.push('Pulje B', 'Rådet for Sikker Trafik', 'Skolepatrulje', '2,0', '2,1')
    lines.push('Pulje C', 'Kommunerne', 'Stier', '5,5', '6,0')
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['Pulje', 'Modtager', 'Formål', '2022', '2023'],
      ['Pulje A', 'Dansk Cyklistforbund', 'Kampagne', '1,0', '1,2'],
      ['Pulje B', 'Rådet for Sikker Trafik', 'Skolepatrulje', '2,0', '2,1'],
      ['Pulje C', 'Kommunerne', 'Stier', '5,5', '6,0'],
    ])
  })

  it('reads a text column after the values, its last cell after the last value', () => {
    const lines = ['Tabel 7 Projekter', 'Projekt', 'Beløb', 'Status', 'Cykelsti A', '12,5', 'Afsluttet', 'Cykelsti B', '8,0']
    lines.push('I gang', 'Cykelsti C', '3,2', 'Planlagt', 'Kilde: Vejdirektoratet.')
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['Projekt', 'Beløb', 'Status'],
      ['Cykelsti A', '12,5', 'Afsluttet'],
      ['Cykelsti B', '8,0', 'I gang'],
      ['Cykelsti C', '3,2', 'Planlagt'],
    ])
  })

  it('near-miss: a line after a table row by row, no heading over it, is no text column', () => {
    const lines = ['Tabel 8 Projekter', 'Projekt', 'Beløb', 'Cykelsti A', '12,5', 'Cykelsti B', '8,0', 'Cykelsti C', '3,2', 'Planlagt']
    const [table] = tablesOf(lines)
    expect(table?.data?.orderInferred ?? '').not.toMatch(/text columns/u)
    expect(cellTexts(table)?.every((row) => !row.includes('Planlagt'))).toBe(true)
  })

  it('near-miss: a label wrapped onto lines in capitals under a header with one heading over the labels stays one label', () => {
    const lines = ['Tabel 5 Ledige', 'Område', 'Antal', 'Andel', 'Region', 'Hovedstaden', '41.200', '31,0']
    lines.push('Region', 'Sjælland', '15.300', '11,5', 'Region', 'Syddanmark', '20.100', '15,2')
    const rows = cellTexts(tablesOf(lines)[0])
    expect(rows?.[0]).toEqual(['Område', 'Antal', 'Andel'])
    expect(rows?.[1]).toEqual(['Region Hovedstaden', '41.200', '31,0'])
  })

  it('near-miss: a unit over years heads the label column, not a text column', () => {
    const lines = ['Tabel 9 Udgifter', 'Mio. kr.', 'Løbende priser', '2022', '2023', 'Region', 'Hovedstaden', '120', '130']
    lines.push('Region', 'Sjælland', '55', '60', 'Region', 'Syddanmark', '70', '75')
    const [table] = tablesOf(lines)
    expect(table?.data?.orderInferred ?? '').not.toMatch(/text columns/u)
  })

  it('near-miss: a row whose label lines go on from each other is a wrapped label, not text cells', () => {
    const lines = ['Tabel 6 Projekter', 'Projekt', 'Ansvarlig', 'Beløb', 'Cykelsti A', 'Vejdirektoratet', '12,5']
    lines.push('Cykelsti B og', 'C', '8,0', 'Cykelsti D', 'Kommunen', '3,2')
    const [table] = tablesOf(lines)
    expect(table?.data?.orderInferred ?? '').not.toMatch(/text columns/u)
  })
})
