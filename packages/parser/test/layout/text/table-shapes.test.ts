/**
 * The shapes a Word table takes in ft.dk's text renditions (one cell a line; empty cells dropped; a heading or a
 * row label wrapped onto more lines; the order row by row or column by column), each with made-up numbers in the
 * documents' style and the table a reader of the printed page writes down — and near-misses that are no table.
 */
import type { Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { withTables } from '../../../src/layout/text/tables.js'
import type { LayoutLine } from '../../../src/tree.js'
import { cellTexts } from '../../table-cells.js'

function layoutLines(texts: readonly string[]): LayoutLine[] {
  return texts.map((text, at) => ({ text, line: at + 1, breakBefore: false, endsParagraph: false }))
}

const tablesOf = (texts: readonly string[]): Table[] =>
  withTables(layoutLines(texts)).flatMap((item) => ('kind' in item ? [item.table] : []))

/** The one table the lines hold, as cell texts. */
function cellsOf(texts: readonly string[]): string[][] | undefined {
  const tables = tablesOf(texts)
  expect(tables).toHaveLength(1)
  return cellTexts(tables[0])
}

/** Whether the reader said its reading was inferred (the record then carries `table-layout-inferred`). */
const flagged = (table: Table | undefined) => Boolean(table?.data?.columnMajor || table?.data?.orderInferred)

const YEARS = Array.from({ length: 34 }, (_, at) => String(1990 + at))
const COUNTS = YEARS.map((_, at) => `${1 + (at % 9)}.${String(100 + at * 7).padStart(3, '0')}`)

describe('column by column: each column its heading and its cells', () => {
  it('reads a label column with a heading of its own as the same table listed row by row, transposed, and flags it', () => {
    // `Region`, the regions, `Antal`, values, `Andel, pct.`, values: column by column (regions as rows), or row by
    // row (regions as the headings, `Antal` and `Andel, pct.` as rows). Counts cannot tell a table from its
    // transpose; the row-by-row reading (the usual order) is taken, and flagged.
    const lines = [
      'Tabel 1 Ledige fordelt på region, 2023',
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
      'Kilde: Danmarks Statistik.',
    ]
    expect(cellsOf(lines)).toEqual([
      ['Region', 'Hovedstaden', 'Sjælland', 'Syddanmark'],
      ['Antal', '12.345', '4.567', '7.890'],
      ['Andel, pct.', '49,6', '18,4', '31,7'],
    ])
    expect(flagged(tablesOf(lines)[0])).toBe(true)
  })

  it("reads the header's years, all the row labels, then all the values column by column, with caption and note", () => {
    const lines = [
      'Tabel 12',
      'Voksne modtagere af botilbud, 2016-2018',
      '2016',
      '2017',
      '2018',
      'Midlertidigt ophold',
      'Socialpædagogisk støtte i botilbudslignende',
      'tilbud',
      '7.900',
      '13.100',
      '8.200',
      '13.700',
      '8.500',
      '14.100',
      'Anm.: Afrundet til nærmeste 100.',
    ]
    const table = tablesOf(lines)[0]
    expect(cellTexts(table)).toEqual([
      ['', '2016', '2017', '2018'],
      ['Midlertidigt ophold', '7.900', '8.200', '8.500'],
      ['Socialpædagogisk støtte i botilbudslignende tilbud', '13.100', '13.700', '14.100'],
    ])
    expect(flagged(table)).toBe(true)
  })

  it('reads two columns listed as all the labels, then all the values (no headings)', () => {
    const lines = [
      'Tabel 2 Sager fordelt på type',
      'Familiesammenføring til ægtefæller',
      'Familiesammenføring til børn',
      'I alt',
      '1.234',
      '567',
      '1.801',
      'Anm.: Opgjort pr. 1. januar.',
    ]
    expect(cellsOf(lines)).toEqual([
      ['', ''],
      ['Familiesammenføring til ægtefæller', '1.234'],
      ['Familiesammenføring til børn', '567'],
      ['I alt', '1.801'],
    ])
    expect(flagged(tablesOf(lines)[0])).toBe(true)
  })

  it("reads the label column's heading and labels, then a year heading the values; and a page-turn mark inside", () => {
    expect(
      cellsOf(['Tabel 13', 'Aftalte anlægsniveauer i 2021', 'Mia. kr., 2020-pl', 'Kommuner', 'Regioner', '2021', '16,3', '7,2']),
    ).toEqual([
      ['Mia. kr., 2020-pl', '2021'],
      ['Kommuner', '16,3'],
      ['Regioner', '7,2'],
    ])
    const lines = [
      'Tabel 14 Befolkning',
      'Kommune',
      'Fanø',
      'Læsø',
      'I alt',
      'Befolkning',
      '3.400',
      '1.800',
      '5.200',
      './.',
      'Kilde: Danmarks Statistik.',
    ]
    expect(cellsOf(lines)).toEqual([
      ['Kommune', 'Befolkning'],
      ['Fanø', '3.400'],
      ['Læsø', '1.800'],
      ['I alt', '5.200'],
    ])
  })

  it('ends a caption of one line that ends no sentence after a bare label where the table begins', () => {
    const lines = ['Tabel 15', 'Befolkning i kommuner med tilskud til færger', 'Kommune', 'Fanø', 'Læsø', 'Befolkning', '3.400', '1.800']
    expect(cellsOf(lines)).toEqual([
      ['Kommune', 'Befolkning'],
      ['Fanø', '3.400'],
      ['Læsø', '1.800'],
    ])
    expect(withTables(layoutLines(lines)).some((item) => 'text' in item && item.text === lines[1])).toBe(true)
  })

  it('takes words over a unit of money after a bare label for the caption, a heading of words over labels for a heading', () => {
    const lines = [
      'Tabel 1',
      'Økonomiske konsekvenser',
      'Mio. kr.',
      'Reduktion af 1.000 årsværk',
      '756,0',
      'Reduktion af 500 årsværk',
      '378,0',
    ]
    expect(cellsOf(lines)).toEqual([
      ['', 'Mio. kr.'],
      ['Reduktion af 1.000 årsværk', '756,0'],
      ['Reduktion af 500 årsværk', '378,0'],
    ])
    expect(withTables(layoutLines(lines)).some((item) => 'text' in item && item.text === lines[1])).toBe(true)
    // Near miss: a heading of words over a heading that names no unit of money heads the label column.
    const headed = ['Tabel 1', 'Nationalitet', 'Antal', 'Syrien', '214', 'Eritrea', '98']
    expect(cellsOf(headed)).toEqual([
      ['Nationalitet', 'Antal'],
      ['Syrien', '214'],
      ['Eritrea', '98'],
    ])
  })

  it("reads two columns with the value column's heading before the labels", () => {
    const lines = ['Tabel 3', 'Antal', 'Ægtefæller', 'Børn', 'Forældre', '1.234', '567', '89']
    expect(cellsOf(lines)).toEqual([
      ['', 'Antal'],
      ['Ægtefæller', '1.234'],
      ['Børn', '567'],
      ['Forældre', '89'],
    ])
  })

  it("takes a page number set before ft.dk's page footer for the page's foot, not the column's last value", () => {
    const texts = ['Tabel 6', 'Udgifter i 1.000 kr.', 'Kommune', 'Assens', 'Faxe', 'Lejre', 'Beløb', '4.120', '3.310', '2.905', '2']
    const lines = layoutLines([...texts, 'SOU, Alm.del - 2021-22 - Endeligt svar på spørgsmål 14: Spm. om udgifter'])
    lines[lines.length - 1] = { ...(lines.at(-1) as LayoutLine), role: 'page-footer' }
    const items = withTables(lines)
    const tables = items.flatMap((item) => ('kind' in item ? [item.table] : []))
    expect(cellTexts(tables[0])).toEqual([
      ['Kommune', 'Beløb'],
      ['Assens', '4.120'],
      ['Faxe', '3.310'],
      ['Lejre', '2.905'],
    ])
    expect(items.some((item) => 'text' in item && item.text === '2' && item.role === 'page-footer')).toBe(true)
    // Without the footer after it, the line is the column's: one value too many, read another way, and flagged.
    const without = tablesOf(texts)[0]
    expect(cellTexts(without)?.[0]).not.toEqual(['Kommune', 'Beløb'])
    expect(flagged(without)).toBe(true)
  })

  it('reads a year table of 30+ rows listed column by column: a table 35 columns wide is no page', () => {
    const lines = ['Tabel 4 Antal tilkendelser, 1990-2023', 'År', ...YEARS, 'Antal', ...COUNTS]
    const cells = cellsOf(lines)
    expect(cells?.[0]).toEqual(['År', 'Antal'])
    expect(cells).toHaveLength(35)
    expect(cells?.[34]).toEqual(['2023', COUNTS[33]])
  })
})

describe('row by row: a header, then each row its label and values', () => {
  it('reads a two-column table with a wrapped heading and a label wrapped at a hyphen', () => {
    const lines = [
      'Tabel 5',
      'Nationalitet',
      'Gennemsnitlig',
      'sagsbehandlingstid',
      '(dage)',
      'Syrien*',
      '214',
      'Alle nationa-',
      'liteter',
      '213',
    ]
    expect(cellsOf(lines)).toEqual([
      ['Nationalitet', 'Gennemsnitlig sagsbehandlingstid (dage)'],
      ['Syrien*', '214'],
      ['Alle nationaliteter', '213'],
    ])
  })

  it('reads a two-column table of long text labels and one value each, without headings', () => {
    const lines = [
      'Tabel 6 Udgifter fordelt på ordning',
      'Tilskud til private leverandører af praktisk hjælp',
      '12,5 mio. kr.',
      'Tilskud til kommunernes egne',
      'hjemmeplejeordninger',
      '3,2 mio. kr.',
      'I alt',
      '15,7 mio. kr.',
    ]
    expect(cellsOf(lines)).toEqual([
      ['', ''],
      ['Tilskud til private leverandører af praktisk hjælp', '12,5 mio. kr.'],
      ['Tilskud til kommunernes egne hjemmeplejeordninger', '3,2 mio. kr.'],
      ['I alt', '15,7 mio. kr.'],
    ])
  })

  it('reads rows set apart by blank lines under a unit alone in the corner (`Mia. kr.`), its heading beside it', () => {
    // `¶` marks a line after a blank line (an old Word rendition's spacer paragraphs between the rows).
    const texts = ['Tabel 1', '¶Statens renteudgifter (bevilling)', '¶Mia. kr.', 'FFL08', '¶Nettotal', '24,2']
    texts.push('¶37.11 Renter af indenlandsk statsgæld', '18,0', '¶37.12 Renter af udenlandsk statsgæld', '6,2')
    const lines = texts.map((text, at) => ({
      text: text.replace('¶', ''),
      line: at + 1,
      breakBefore: text.startsWith('¶'),
      endsParagraph: texts[at + 1]?.startsWith('¶') ?? true,
    }))
    const tables = withTables(lines).flatMap((item) => ('kind' in item ? [item.table] : []))
    expect(tables.map((table) => cellTexts(table))).toEqual([
      [
        ['Mia. kr.', 'FFL08'],
        ['Nettotal', '24,2'],
        ['37.11 Renter af indenlandsk statsgæld', '18,0'],
        ['37.12 Renter af udenlandsk statsgæld', '6,2'],
      ],
    ])
  })

  it('takes a heading of abbreviations (`Mio. kr.`, `T. kr.`) for a heading, not the end of the caption', () => {
    const lines = ['Tabel 3. Udgifter til tilskud', 'Tilskudsordning', 'Mio. kr.', 'Puljen til lokale kulturhuse og foreninger', '41,5']
    lines.push('Puljen til landdistrikter', '18,0', 'I alt', '59,5')
    expect(cellsOf(lines)).toEqual([
      ['Tilskudsordning', 'Mio. kr.'],
      ['Puljen til lokale kulturhuse og foreninger', '41,5'],
      ['Puljen til landdistrikter', '18,0'],
      ['I alt', '59,5'],
    ])
    // A caption line that ends in a unit ends the caption all the same.
    const captioned = ['Tabel 3', 'Udgifter til tilskud, mio. kr.', 'Tilskudsordning', 'Beløb', 'Puljen til kulturhuse', '41,5']
    captioned.push('Puljen til landdistrikter', '18,0')
    expect(cellsOf(captioned)?.[0]).toEqual(['Tilskudsordning', 'Beløb'])
  })

  it('takes headings of months or quarters of a year for headings, not a caption ending in a year', () => {
    const quarters = [
      'Tabel 2. Tilgang',
      'Kvartal',
      '3. kvt. 2023',
      '4. kvt. 2023',
      'Fleksjob',
      '2.410',
      '2.380',
      'Ressourceforløb',
      '910',
      '955',
    ]
    expect(cellsOf(quarters)).toEqual([
      ['Kvartal', '3. kvt. 2023', '4. kvt. 2023'],
      ['Fleksjob', '2.410', '2.380'],
      ['Ressourceforløb', '910', '955'],
    ])
    const months = ['Tabel 2. Tilgang', 'Måned', 'Oktober 2023', 'November 2023', 'Fleksjob', '810', '790', 'Ressourceforløb', '300', '318']
    expect(cellsOf(months)?.[0]).toEqual(['Måned', 'Oktober 2023', 'November 2023'])
    // One line that names a month and a year, then the headings: the caption's end, as before.
    const caption = ['Tabel 2', 'Tilgang i november 2023', 'Ordning', 'Antal', 'Fleksjob', '790', 'Ressourceforløb', '318']
    expect(cellsOf(caption)?.[0]).toEqual(['Ordning', 'Antal'])
  })

  it('keeps a row whose label is as long as a line of prose, and ends at the prose after the table', () => {
    const lines = ['Tabel 5. Nedslag', 'Nedslag', 'Mio. kr.', 'Nedslag for boliger anskaffet før 1998', '1.715']
    lines.push('Nedslag for enfamiliehuse og sommerhuse anskaffet 1. juli 1998 eller tidligere', '970', 'I alt', '2.685')
    lines.push('Nedslagene er beregnet på grundlag af de seneste oplysninger fra slutligningen for 2006.')
    const cells = cellsOf(lines)
    expect(cells).toHaveLength(4)
    expect(cells?.[2]).toEqual(['Nedslag for enfamiliehuse og sommerhuse anskaffet 1. juli 1998 eller tidligere', '970'])
  })

  it('reads a year table of 30+ rows listed row by row', () => {
    const lines = ['Tabel 7 Antal tilkendelser, 1990-2023', 'År', 'Antal', ...YEARS.flatMap((year, at) => [year, COUNTS[at] ?? ''])]
    const cells = cellsOf(lines)
    expect(cells?.[0]).toEqual(['År', 'Antal'])
    expect(cells).toHaveLength(35)
    expect(cells?.[1]).toEqual(['1990', COUNTS[0]])
  })

  it('reads years as rows under headings of several value columns', () => {
    const lines = [
      'Tabel 8',
      'År',
      'Mænd',
      'Kvinder',
      'I alt',
      '2021',
      '1.200',
      '1.300',
      '2.500',
      '2022',
      '1.250',
      '1.350',
      '2.600',
      '2023*',
      '700',
      '720',
      '1.420',
    ]
    expect(cellsOf(lines)).toEqual([
      ['År', 'Mænd', 'Kvinder', 'I alt'],
      ['2021', '1.200', '1.300', '2.500'],
      ['2022', '1.250', '1.350', '2.600'],
      ['2023*', '700', '720', '1.420'],
    ])
  })

  it('puts group headings over their share of the columns', () => {
    const lines = [
      'Tabel 9',
      'Mænd',
      'Kvinder',
      '2022',
      '2023',
      '2022',
      '2023',
      'Under 30 år',
      '1',
      '2',
      '3',
      '4',
      '30 år og derover',
      '5',
      '6',
      '7',
      '8',
    ]
    expect(cellsOf(lines)).toEqual([
      ['', 'Mænd 2022', 'Mænd 2023', 'Kvinder 2022', 'Kvinder 2023'],
      ['Under 30 år', '1', '2', '3', '4'],
      ['30 år og derover', '5', '6', '7', '8'],
    ])
  })

  it('reads a month table and cells with units and signs (`÷ 3`, `12,5 pct.`, `−`)', () => {
    const lines = [
      'Tabel 10 Tilgang pr. måned',
      'Måned',
      'jan.',
      'feb.',
      'mar.',
      'Tilgang',
      '÷ 3',
      '12,5 pct.',
      '..',
      'Afgang',
      '2,5 mio. kr.',
      '−',
      '1.234*',
    ]
    expect(cellsOf(lines)).toEqual([
      ['Måned', 'jan.', 'feb.', 'mar.'],
      ['Tilgang', '÷ 3', '12,5 pct.', '..'],
      ['Afgang', '2,5 mio. kr.', '−', '1.234*'],
    ])
  })

  it('joins a units row under the years to each year, not to the first row’s label', () => {
    const lines = [
      'Tabel 1 Udgifter',
      '2021',
      '2022',
      '2023',
      'Mio. kr.',
      'Mio. kr.',
      'Mio. kr.',
      'Drift',
      '1.234',
      '1.300',
      '1.400',
      'Anlæg',
      '200',
      '210',
      '220',
    ]
    expect(cellsOf(lines)).toEqual([
      ['', '2021 Mio. kr.', '2022 Mio. kr.', '2023 Mio. kr.'],
      ['Drift', '1.234', '1.300', '1.400'],
      ['Anlæg', '200', '210', '220'],
    ])
    // One unit line is no units row (`Mio. kr.` over the labels, or the first label's): left as it was read.
    const one = ['Tabel 1 Udgifter', '2021', '2022', 'Pct.', 'Drift', '12,1', '13,0', 'Anlæg', '2,0', '2,1']
    expect(cellsOf(one)?.[0]).toEqual(['', '2021', '2022'])
  })

  it('reads a row label with a units line (`(antal)`) joined to it', () => {
    const lines = ['Tabel 11', '2021', '2022', 'Udbetalt', '(mio. kr.)', '1.234,5', '1.300,0', 'Modtagere', '(antal)', '12.345', '13.000']
    expect(cellsOf(lines)).toEqual([
      ['', '2021', '2022'],
      ['Udbetalt (mio. kr.)', '1.234,5', '1.300,0'],
      ['Modtagere (antal)', '12.345', '13.000'],
    ])
  })

  it("reads the table after a caption that carries Word's field error", () => {
    const lines = [
      'Tabel Fejl! Ingen tekst med den anførte typografi i dokumentet..1 Ledige fordelt på køn',
      '2022',
      '2023',
      'Mænd',
      '1.100',
      '1.200',
      'Kvinder',
      '900',
      '950',
      'Kilde: Jobindsats.dk.',
    ]
    expect(cellsOf(lines)).toEqual([
      ['', '2022', '2023'],
      ['Mænd', '1.100', '1.200'],
      ['Kvinder', '900', '950'],
    ])
  })
})

describe('headings the caption took, and Statistikbanken period codes', () => {
  it('gives back headings that end in a unit abbreviation (`Andel, pct.`) to the table, after a label with its caption', () => {
    const lines = [
      'Tabel 4 Ledige fordelt på region',
      'Region',
      'Antal',
      'Andel, pct.',
      'Hovedstaden',
      '12.345',
      '49,6',
      'Sjælland',
      '4.567',
      '18,4',
      'Kilde: Danmarks Statistik.',
    ]
    expect(cellsOf(lines)).toEqual([
      ['Region', 'Antal', 'Andel, pct.'],
      ['Hovedstaden', '12.345', '49,6'],
      ['Sjælland', '4.567', '18,4'],
    ])
    expect(flagged(tablesOf(lines)[0])).toBe(true)
  })

  it('keeps the caption line after a bare label, and a caption ending in a unit where the table reads without it', () => {
    const bare = ['Tabel 2', 'Udgifter fordelt på område', 'Område', 'Beløb, mio. kr.', 'Drift', '1.234', 'Anlæg', '200']
    expect(cellsOf(bare)).toEqual([
      ['Område', 'Beløb, mio. kr.'],
      ['Drift', '1.234'],
      ['Anlæg', '200'],
    ])
    // A caption whose last line ends a sentence keeps it: a table without headings.
    const sentence = ['Tabel 5', 'Antal sager', 'Fordelt på kommune, 2023.', 'Aarhus', '1.234', 'Odense', '980']
    expect(cellsOf(sentence)?.[0]).toEqual(['', ''])
    const unit = ['Tabel 3', 'Udgifter til drift og anlæg, mio. kr.', '2021', '2022', 'Drift', '1.234', '1.300', 'Anlæg', '200', '210']
    expect(cellsOf(unit)).toEqual([
      ['', '2021', '2022'],
      ['Drift', '1.234', '1.300'],
      ['Anlæg', '200', '210'],
    ])
  })

  it('reads months in period codes as the headings of a table listed row by row', () => {
    const lines = [
      'Tabel 2 Ledige, 2020M01-2020M03',
      'Område',
      '2020M01',
      '2020M02',
      '2020M03',
      'Hovedstaden',
      '12.345',
      '12.100',
      '13.400',
    ]
    expect(cellsOf([...lines, 'Sjælland', '4.567', '4.500', '4.800'])).toEqual([
      ['Område', '2020M01', '2020M02', '2020M03'],
      ['Hovedstaden', '12.345', '12.100', '13.400'],
      ['Sjælland', '4.567', '4.500', '4.800'],
    ])
  })

  it('reads months in period codes as the rows under `Måned`', () => {
    const lines = ['Tabel 3 Antal ansøgninger', 'Måned', 'Antal', '2023M01', '1.234', '2023M02', '1.100', '2023M03', '1.350']
    expect(cellsOf(lines)).toEqual([
      ['Måned', 'Antal'],
      ['2023M01', '1.234'],
      ['2023M02', '1.100'],
      ['2023M03', '1.350'],
    ])
  })

  it('reads month names under `Måned` with a column per year as the rows, the years across', () => {
    const lines = [
      'Tabel 1 Ledige pr. måned',
      'Måned',
      'Januar',
      'Februar',
      'Marts',
      '2022',
      '1.234',
      '1.200',
      '1.180',
      '2023',
      '1.300',
      '1.280',
      '1.260',
    ]
    expect(cellsOf(lines)).toEqual([
      ['Måned', '2022', '2023'],
      ['Januar', '1.234', '1.300'],
      ['Februar', '1.200', '1.280'],
      ['Marts', '1.180', '1.260'],
    ])
  })

  it('reads rows of a year and its values under a line of headings (`År Mænd Kvinder`)', () => {
    expect(cellsOf(['Tabel 3 Antal', 'År Mænd Kvinder', '2019 1.234 1.100', '2020 1.300 1.150'])).toEqual([
      ['År', 'Mænd', 'Kvinder'],
      ['2019', '1.234', '1.100'],
      ['2020', '1.300', '1.150'],
    ])
  })

  it('reads quarters, all the row labels, then all the values, column by column and flagged', () => {
    const lines = [
      'Tabel 3 Antal sager',
      '2021K1',
      '2021K2',
      '2021K3',
      'Region Hovedstaden',
      'Region Sjælland',
      '120',
      '50',
      '130',
      '55',
      '140',
      '60',
    ]
    expect(cellsOf(lines)).toEqual([
      ['', '2021K1', '2021K2', '2021K3'],
      ['Region Hovedstaden', '120', '130', '140'],
      ['Region Sjælland', '50', '55', '60'],
    ])
    expect(flagged(tablesOf(lines)[0])).toBe(true)
  })

  it('reads a row of 18 quarters wrapped into two blocks, the row label repeated, as one table', () => {
    const quarters = ['14K3', '14K4', '15K1', '15K2', '15K3']
    const lines = [
      'Tabel 1',
      'Beskæftigede i kommunerne, 2014K1-2015K3',
      '1.000 personer',
      'Hele landet',
      '14K1 14K2',
      '443,2 440,0',
      quarters.join(' '),
      'Hele landet',
      '436,6 434,6 431,6 430,3 429,8',
      'Kilde: Danmarks Statistik.',
    ]
    expect(cellsOf(lines)).toEqual([
      ['1.000 personer', '14K1', '14K2', ...quarters],
      ['Hele landet', '443,2', '440,0', '436,6', '434,6', '431,6', '430,3', '429,8'],
    ])
  })
})

describe('empty cells', () => {
  it('reads cells marked empty by an abbreviation (`n.a.`, `i.a.`) in their places', () => {
    const lines = [
      'Tabel 3 Nøgletal',
      'Område',
      '2021',
      '2022',
      'Hovedstaden',
      '120',
      'n.a.',
      'Sjælland',
      '55',
      '60',
      'Syddanmark',
      'i.a.',
      '75',
    ]
    expect(cellsOf(lines)?.slice(1)).toEqual([
      ['Hovedstaden', '120', 'n.a.'],
      ['Sjælland', '55', '60'],
      ['Syddanmark', 'i.a.', '75'],
    ])
  })

  it('keeps a table whose empty cell the rendition dropped as cells lost, not shifted under the wrong years', () => {
    const lines = ['Tabel 1 Antal', 'Region', '2021', '2022', 'Hovedstaden', '120', '130', 'Sjælland', '55', 'Syddanmark', '70', '75']
    const [table] = tablesOf(lines)
    expect(table?.data?.reader).toBe('layout-lost')
    expect(table?.children).toEqual([])
  })
})

describe('near-misses: lines with numbers that are no table', () => {
  const none = (texts: readonly string[]) => expect(tablesOf(texts)).toEqual([])

  it('a numbered list of years', () => {
    none(['Ordningen er evalueret i følgende år:', '2019', '2020', '2021', 'Evalueringerne er offentlige.'])
  })

  it('a paragraph of amounts', () => {
    none(['Udgifterne fordeler sig således:', 'I 2020 udgjorde de', '1.234 mio. kr.', 'og i 2021', '1.300 mio. kr.'])
  })

  it('an address block and a list of dates', () => {
    none(['Henvendelser kan rettes til:', 'Slotsholmsgade 10', '1216 København K', 'Tel.', '7226 8400'])
    none(['Udvalget har holdt møder på følgende datoer:', '12. marts 2021', '3. maj 2021', '1. juni 2021'])
  })

  it('headings over years whose values are set apart (a group heading, the label heading, the years)', () => {
    none(['Tabel 1 viser tallene.', 'Mænd', 'Alder', '2022', '2023'])
  })

  it('a sentence naming quarters and their figures', () => {
    none(['Beskæftigelsen faldt fra 2019K1 til 2019K2', 'og steg igen i 2020K1 med 1.234 personer.', 'Udviklingen ses i bilaget.'])
  })

  it("the letterhead's labels and their values after a sentence", () => {
    none(['Jeg henviser til svaret på spørgsmål 12.', 'Tel.', 'CVR-nr.', '7226 8400', '36977191'])
  })
})

describe('the record says when a reading was inferred', () => {
  const letter = (table: readonly string[]) =>
    [
      'Beskæftigelsesudvalget har i brev af 1. marts 2023 stillet følgende spørgsmål nr. 100 (alm. del), som hermed besvares.',
      'Spørgsmål nr. 100:',
      '”Vil ministeren oplyse antallet af modtagere?”',
      'Svar:',
      'Styrelsen har oplyst følgende:',
      ...table,
      'Med venlig hilsen',
      'Peter Hummelgaard',
    ].join('\n')

  it('warns `table-layout-inferred` on a table read from the order of its cells, with the cells read', async () => {
    const record = await parse(letter(['Tabel 1', '2016', '2017', 'Ægtefæller', 'Børn', '1.234', '567', '1.300', '600']))
    expect(record.answer?.tables?.[0]?.rows.map((row) => row.map((cell) => cell.raw))).toEqual([
      ['Ægtefæller', '1.234', '1.300'],
      ['Børn', '567', '600'],
    ])
    expect(record.warnings.map((warning) => warning.code)).toContain('table-layout-inferred')
  })

  it('warns `table-header-inferred` where a year under wrapped headings was read as theirs (pdftotext -layout)', async () => {
    const table = [
      'Tabel 1',
      'Rejser fra stationerne',
      '             Påstigere',
      '            (tusinder)',
      'Station           2013',
      'Lejre              106',
      'Hvalsø             334',
    ]
    const record = await parse(letter(table))
    expect(record.answer?.tables?.[0]?.header).toEqual(['Station', 'Påstigere (tusinder) 2013'])
    expect(record.warnings.map((warning) => warning.code)).toContain('table-header-inferred')
  })

  it('gives values with units and signs their numbers', async () => {
    const record = await parse(letter(['Tabel 1', 'Udgift', 'Ændring', 'Drift', '2,5 mio. kr.', '÷ 3', 'Anlæg', '1,0 mio. kr.', '−']))
    expect(record.answer?.tables?.[0]?.rows.map((row) => row.map((cell) => cell.value))).toEqual([
      [null, 2.5, -3],
      [null, 1, null],
    ])
  })
})

describe('a unit in brackets under the caption', () => {
  it("reads `(mio. kr.)` after a caption as the caption's, the label column's heading empty (flagged)", () => {
    const lines = [
      'Tabel 1. Udgifter til tolkning, 2020-2022',
      '(mio. kr.)',
      '2020',
      '2021',
      '2022',
      'Region Hovedstaden',
      '12,4',
      '13,1',
      '14,0',
      'I alt',
      '16,6',
      '17,6',
      '18,9',
    ]
    const table = tablesOf(lines)[0]
    expect(cellTexts(table)?.[0]).toEqual(['', '2020', '2021', '2022'])
    expect(String(table?.data?.orderInferred)).toMatch(/unit in brackets/u)
  })

  it('reads it after a bare label and a caption that ends no sentence, and in a row-wise table', () => {
    const bare = [
      'Tabel 3',
      'Udgifter til tolkning fordelt på region',
      '(1.000 kr.)',
      '2020',
      '2021',
      'Hovedstaden',
      '12,4',
      '13,1',
      'Sjælland',
      '4,2',
      '4,5',
    ]
    expect(cellTexts(tablesOf(bare)[0])).toEqual([
      ['', '2020', '2021'],
      ['Hovedstaden', '12,4', '13,1'],
      ['Sjælland', '4,2', '4,5'],
    ])
    const rowWise = ['Tabel 2 Antal sager', '(antal personer)', '2021 2022', 'Familiesammenføring 1.234 1.300', 'Studie 567 601']
    expect(cellTexts(tablesOf(rowWise)[0])?.[0]).toEqual(['', '2021', '2022'])
  })

  it('near miss: a unit without brackets (`Mio. kr.`) stays the label column’s heading, as Word sets it in that cell', () => {
    const lines = [
      'Tabel 1. Udgifter til tolkning, 2020-2022',
      'Mio. kr.',
      '2020',
      '2021',
      'Hovedstaden',
      '12,4',
      '13,1',
      'Sjælland',
      '4,2',
      '4,5',
    ]
    expect(cellTexts(tablesOf(lines)[0])?.[0]).toEqual(['Mio. kr.', '2020', '2021'])
  })
})

describe('the header row first, then the label column, then the value columns', () => {
  const HEADER = ['Region', 'Drift (mio. kr.)', 'Anlæg (mio. kr.)']
  const LABELS = ['Hovedstaden', 'Sjælland', 'Syddanmark']

  it('reads the headings naming units over the labels after them, the values column by column, flagged', () => {
    const [table] = tablesOf(['Tabel 7 Udgifter, 2023', ...HEADER, ...LABELS, '120', '55', '70', '20', '5', '7'])
    expect(cellTexts(table)).toEqual([HEADER, ['Hovedstaden', '120', '20'], ['Sjælland', '55', '5'], ['Syddanmark', '70', '7']])
    expect(flagged(table)).toBe(true)
  })

  it('reads the values row by row where only so a totals row adds up', () => {
    const lines = ['Tabel 8 Udgifter', ...HEADER, 'Hovedstaden', 'Sjælland', 'I alt', '120', '20', '55', '5', '175', '25']
    expect(cellTexts(tablesOf(lines)[0])?.slice(1)).toEqual([
      ['Hovedstaden', '120', '20'],
      ['Sjælland', '55', '5'],
      ['I alt', '175', '25'],
    ])
  })

  it('near-miss: two columns of labels and values whose labels name no measure stay a table of two columns', () => {
    const lines = ['Tabel 9 Tilskud', 'Fanø', 'Læsø', 'Samsø', 'Ærø', '10', '20', '30', '40']
    expect(cellTexts(tablesOf(lines)[0])?.slice(1)).toEqual([
      ['Fanø', '10'],
      ['Læsø', '20'],
      ['Samsø', '30'],
      ['Ærø', '40'],
    ])
  })
})

describe('sub-rows set with a dash', () => {
  it('reads "- heraf …" labels as rows of the table, not as a list that ends it', () => {
    const lines = [
      'Tabel 1. Midler til sygehuse, 2009',
      '',
      'Mio. kr.',
      'Øvrig sygehuse',
      '540',
      '- heraf sygehusmedicin',
      '520',
      '- heraf klinisk forskning',
      '20',
      'Sygesikring',
      '550',
      '- heraf medicin',
      '310',
    ]
    expect(cellsOf(lines)).toEqual([
      ['', 'Mio. kr.'],
      ['Øvrig sygehuse', '540'],
      ['- heraf sygehusmedicin', '520'],
      ['- heraf klinisk forskning', '20'],
      ['Sygesikring', '550'],
      ['- heraf medicin', '310'],
    ])
  })

  it('near miss: a list after the table still ends it', () => {
    const tables = tablesOf([
      'Tabel 1. Midler, 2009',
      'Mio. kr.',
      'Sygehuse',
      '540',
      'Sygesikring',
      '550',
      '- Midlerne fordeles efter bloktilskud.',
    ])
    expect(tables).toHaveLength(1)
    expect(cellTexts(tables[0])).toEqual([
      ['', 'Mio. kr.'],
      ['Sygehuse', '540'],
      ['Sygesikring', '550'],
    ])
  })
})

describe("a statistic's title over a table no label announces", () => {
  const cells = ['0 til 3 år', '3 år og derover', 'I alt', 'Arbejdsløse', '227', '1.778', '2.005', 'Beskæftigede', '844', '6.177', '7.021']
  const expected = [
    ['', '0 til 3 år', '3 år og derover', 'I alt'],
    ['Arbejdsløse', '227', '1.778', '2.005'],
    ['Beskæftigede', '844', '6.177', '7.021'],
  ]

  it('reads the cells under "… fordelt på …" and gives the title as the caption', async () => {
    const title = 'Ledighed blandt 16-64-årige flygtninge fordelt på opholdstid pr. 1. januar 2005'
    expect(cellsOf(['Tallene fremgår nedenfor.', title, ...cells])).toEqual(expected)
    const record = await parse(['Svar:', '', 'Tallene er opgjort af ministeriet.', '', title, '', ...cells].join('\n'))
    expect(record.answer.tables.map((table) => [table.label, table.caption])).toEqual([[null, title]])
  })

  it('near miss: a paragraph whose sentence ends before the phrase is no title', async () => {
    const text = 'Tallene er opgjort af ministeriet. Ledighed fordelt på opholdstid'
    const record = await parse(['Svar:', '', 'Tallene følger.', '', text, '', ...cells].join('\n'))
    expect(record.answer.tables.map((table) => table.caption)).not.toContain(text)
  })

  it('near miss: a sentence that ends is no title, and a table after it needs more values than these', () => {
    expect(tablesOf(['Udgifterne er fordelt på kommunerne.', ...cells.slice(0, 7)])).toEqual([])
  })

  it('reads a title that ends in its unit after a comma as the caption, not as the corner (Skatteministeriet, 2006)', async () => {
    const title = 'Ledighed blandt flygtninge 2002-2006, antal'
    const record = await parse(['Svar:', '', 'Tallene er opgjort af ministeriet.', '', title, '', ...cells].join('\n'))
    expect(record.answer.tables.map((table) => [table.label, table.caption, table.header])).toEqual([[null, title, expected[0]]])
    const money = await parse(
      ['Svar:', '', 'Tallene er opgjort af ministeriet.', '', 'Udgifter til ledige, i mia. kr.', '', ...cells].join('\n'),
    )
    expect(money.answer.tables.map((table) => table.caption)).toEqual(['Udgifter til ledige, i mia. kr.'])
  })

  it('near miss: a sentence before the comma and unit is no title', async () => {
    const text = 'Tallene er opgjort. Ledighed, antal'
    const record = await parse(['Svar:', '', 'Tallene følger.', '', text, '', ...cells].join('\n'))
    expect(record.answer.tables.map((table) => table.caption)).not.toContain(text)
  })

  it("near miss: a labelled table's caption stays the label's", async () => {
    const record = await parse(['Svar:', '', 'Tabel 1. Ledighed fordelt på opholdstid', '', ...cells].join('\n'))
    expect(record.answer.tables.map((table) => [table.label, table.caption])).toEqual([['Tabel 1', 'Ledighed fordelt på opholdstid']])
  })
})

describe("a caption's period wrapped at its dash", () => {
  const table = ['Periode', 'Juli 2016', 'August 2016', 'Antal sanktioner', '1.228', '1.956', 'Andel sanktionerede', '3,0 %', '3,9 %']
  it('keeps `– / juni 2017` in the caption, not as an empty cell and a heading', async () => {
    const record = await parse(
      [
        'Spørgsmål nr. 124:',
        'Vil ministeren oplyse antallet af sanktioner?',
        'Svar:',
        'Jeg kan oplyse følgende.',
        'Tabel 1. Antal sanktioner blandt modtagerne, juli 2016',
        '–',
        'juni 2017',
        ...table,
        'Kilde: Kommunale sagsbehandlingssystemer.',
        '',
      ].join('\n'),
      { requireFolketingDocument: false },
    )
    expect(record.answer.tables).toHaveLength(1)
    expect(record.answer.tables[0]?.caption).toBe('Antal sanktioner blandt modtagerne, juli 2016 – juni 2017')
    expect(record.answer.tables[0]?.rows.flat().map((cell) => cell.raw)).not.toContain('–')
  })

  it('near miss: a dash alone under a line that ends in a word is an empty cell', () => {
    expect(cellsOf(['Tabel 1. Antal sager', 'Region', '2019', '2020', 'Hovedstaden', '–', '12', 'Sjælland', '4', '7'])).toEqual([
      ['Region', '2019', '2020'],
      ['Hovedstaden', '–', '12'],
      ['Sjælland', '4', '7'],
    ])
  })
})

describe('a footnote mark on a line of its own after a row label (Kulturministeriet, 2014)', () => {
  const rows = ['DR Symfoniorkestret', '95.254', '89.874', '74.330', 'DR Bigbandet', '23.970', '9.082', '16.781']

  it('goes back on the label where the table reads only so', () => {
    const lines = [
      'Tabel 1: Solgte billetter, 2011/12 – 2013/14',
      '2011/12',
      '2012/13',
      '2013/14',
      'DR Underholdningsorkestret',
      '1',
      '76.922',
      '74.800',
      '66.417',
      ...rows,
    ]
    expect(cellsOf(['Billetsalget fremgår nedenfor.', ...lines])).toEqual([
      ['', '2011/12', '2012/13', '2013/14'],
      ['DR Underholdningsorkestret 1', '76.922', '74.800', '66.417'],
      ['DR Symfoniorkestret', '95.254', '89.874', '74.330'],
      ['DR Bigbandet', '23.970', '9.082', '16.781'],
    ])
  })

  // Near misses: a mark's shape in a table that reads as set is a cell — a lone `1` a value, a dash an empty cell.
  it.each(['1', '-'])('near miss: a lone %s in a table that reads as set stays its cell', (mark) => {
    const lines = ['Tabel 1: Antal sager', 'Region', 'Antal', 'Hovedstaden', mark, 'Sjælland', '3', 'Syddanmark', '4', 'Nordjylland', '2']
    expect(cellsOf(['Sagerne fremgår nedenfor.', ...lines])).toEqual([
      ['Region', 'Antal'],
      ['Hovedstaden', mark],
      ['Sjælland', '3'],
      ['Syddanmark', '4'],
      ['Nordjylland', '2'],
    ])
  })
})

describe("a sub-row's dash alone on a line, and a caption whose bracket the label line leaves open (Miljø- og Fødevareministeriet, 2018)", () => {
  const body = [
    '2018',
    'Udledning fra akvakultur',
    '-',
    'Heraf tilført kystvande',
    '143',
    '136',
    '2019',
    '263',
    '250',
    '2020',
    '363',
    '343',
  ]

  it('reads the dash as the sub-row’s and the lines up to the closing bracket as the caption', async () => {
    const label = 'Tabel 1. Forventet udledning fra akvakultur (akkumuleret,'
    const record = await parse(
      ['Svar:', '', 'Udledningen fremgår nedenfor.', label, '2018-2020), ton N', ...body, 'Med venlig hilsen', 'Jens Hansen'].join('\n'),
      {
        requireFolketingDocument: false,
      },
    )
    const [table] = record.answer.tables
    expect(table?.caption).toBe('Forventet udledning fra akvakultur (akkumuleret, 2018-2020), ton N')
    expect([table?.header, ...(table?.rows ?? []).map((row) => row.map((cell) => cell.raw))]).toEqual([
      ['', '2018', '2019', '2020'],
      ['Udledning fra akvakultur', '143', '263', '363'],
      ['- Heraf tilført kystvande', '136', '250', '343'],
    ])
  })
})
