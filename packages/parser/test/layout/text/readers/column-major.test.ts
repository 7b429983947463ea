import { describe, expect, it } from 'vitest'
import { columnMajor } from '../../../../src/layout/text/readers/column-major.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe('column-major: a table listed column by column', () => {
  it('reads a table listed column by column (heading, labels, values; then heading, values per column)', () => {
    const body = [
      'Faktisk antal be-',
      'skæftigede',
      'Kvindelige indvandrere fra ikke-vestlige',
      'lande',
      'Kvindelige efterkommere fra ikke-vestlige',
      'lande',
      '82.667',
      '26.143',
      'Hypotetisk antal',
      'beskæftigede',
      '118.232',
      '31.238',
      'Forskel',
      '35.564',
      '5.095',
    ]
    expect(cellTexts(columnMajor(body))).toEqual([
      ['', 'Faktisk antal beskæftigede', 'Hypotetisk antal beskæftigede', 'Forskel'],
      ['Kvindelige indvandrere fra ikke-vestlige lande', '82.667', '118.232', '35.564'],
      ['Kvindelige efterkommere fra ikke-vestlige lande', '26.143', '31.238', '5.095'],
    ])
    expect(tableFromText(body)?.data).toEqual({ columnMajor: true, reader: 'column-major' })
  })

  it('reads months with their year as the rows, too wide to head the columns of a page (UUI 2017-18)', () => {
    const months = ['Juli 2016', 'August 2016', 'September 2016', 'Oktober 2016', 'November 2016', 'December 2016']
    const more = ['Januar 2017', 'Februar 2017', 'Marts 2017', 'April 2017', 'Maj 2017', 'Juni 2017']
    const counts = ['1.228', '1.956', '2.378', '1.955', '2.168', '2.290', '2.524', '2.333', '2.826', '2.395', '3.188', '3.077']
    const shares = ['3,0 %', '3,9 %', '4,8 %', '4,0 %', '4,1 %', '4,6 %', '4,8 %', '4,7 %', '5,8 %', '5,2 %', '6,7 %', '6,4 %']
    const body = ['Periode', ...months, ...more, 'Antal sanktioner', ...counts, 'Andel sanktionerede', ...shares]
    const table = tableFromText(body)
    expect(table?.data?.reader).toBe('column-major')
    expect(cellTexts(table)).toEqual([
      ['Periode', 'Antal sanktioner', 'Andel sanktionerede'],
      ...[...months, ...more].map((month, at) => [month, counts[at], shares[at]]),
    ])
  })

  it('near miss: twelve years head the columns of a page, the headings their rows', () => {
    const years = ['2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']
    const body = ['År', ...years, 'Mænd', ...years.map((_, at) => String(100 + at)), 'Kvinder', ...years.map((_, at) => String(200 + at))]
    expect(cellTexts(tableFromText(body))[0]).toEqual(['År', ...years])
  })

  it("reads a label column with a heading of its own: its heading, the labels, then the next column's heading", () => {
    const body = ['Region', 'Hovedstaden', 'Sjælland', 'Antal', '12.345', '4.567', 'Andel, pct.', '49,6', '18,4']
    expect(cellTexts(columnMajor(body))).toEqual([
      ['Region', 'Antal', 'Andel, pct.'],
      ['Hovedstaden', '12.345', '49,6'],
      ['Sjælland', '4.567', '18,4'],
    ])
  })

  it('reads two columns listed as the labels, then the values, with a heading or none', () => {
    expect(cellTexts(columnMajor(['Ægtefæller', 'Børn', 'I alt', '1.234', '567', '1.801']))).toEqual([
      ['', ''],
      ['Ægtefæller', '1.234'],
      ['Børn', '567'],
      ['I alt', '1.801'],
    ])
    expect(cellTexts(columnMajor(['Antal', 'Ægtefæller', 'Børn', '1.234', '567']))?.[0]).toEqual(['', 'Antal'])
    // One label and one value is no table.
    expect(columnMajor(['Ægtefæller', '1.234'])).toBeUndefined()
  })

  it('reads the header row first (two headings, the second naming a unit), then the labels, then the values', () => {
    expect(cellTexts(columnMajor(['Kommune', 'Tilskud (mio. kr.)', 'Aarhus', 'Odense', 'Aalborg', '12,4', '8,1', '7,9']))).toEqual([
      ['Kommune', 'Tilskud (mio. kr.)'],
      ['Aarhus', '12,4'],
      ['Odense', '8,1'],
      ['Aalborg', '7,9'],
    ])
    // The value column's heading last, after the labels, where it names the unit (column by column).
    expect(cellTexts(columnMajor(['Kommune', 'Aarhus', 'Odense', 'Aalborg', 'Tilskud (mio. kr.)', '12,4', '8,1', '7,9']))?.[0]).toEqual([
      'Kommune',
      'Tilskud (mio. kr.)',
    ])
    // Neither names a unit: column by column, as before.
    expect(cellTexts(columnMajor(['Kommune', 'Aarhus', 'Odense', 'Aalborg', 'Tilskud', '12,4', '8,1', '7,9']))?.[0]).toEqual([
      'Kommune',
      'Tilskud',
    ])
  })

  it('reads the header row first where the second heading names a year or a measure, or the last line is a totals label', () => {
    const year = ['Rejser i begge retninger', 'År 2014', 'Karlskrona-Hässleholm', 'Kalmar-Hässleholm', '215.000', '175.000']
    expect(cellTexts(columnMajor(year))).toEqual([
      ['Rejser i begge retninger', 'År 2014'],
      ['Karlskrona-Hässleholm', '215.000'],
      ['Kalmar-Hässleholm', '175.000'],
    ])
    const totals = ['Område', 'Sager', 'Nord', 'Syd', 'I alt', '12', '14', '26']
    expect(cellTexts(columnMajor(totals))?.[3]).toEqual(['I alt', '26'])
    // Near miss: the last line names the year, the second does not: column by column, as before.
    const last = ['Strækning', 'Karlskrona-Hässleholm', 'Kalmar-Hässleholm', 'År 2014', '215.000', '175.000']
    expect(cellTexts(columnMajor(last))?.[0]).toEqual(['Strækning', 'År 2014'])
  })

  it('leaves it alone when the labels do not match the values one to one, or the columns differ in length', () => {
    // Four lines of text for two values: which two rows they name is a guess (two would be the headings).
    expect(columnMajor(['Heading', 'Mænd', 'Kvinder', 'Alle', 'Børn', '1', '2', 'Other', '3', '4'])).toBeUndefined()
    expect(tableFromText(['Heading', 'Mænd', 'Kvinder', '1', '2', 'Other', '3'])).toBeUndefined()
  })

  it('reads a first column of rising years as the rows where the headings wrap at different widths', () => {
    const body = [
      'År',
      '2015',
      '2016',
      '2017',
      'Samlet areal',
      '(ha)',
      '100',
      '120',
      '130',
      'Ændring i',
      'perioden',
      '-',
      '2015->2016',
      '2016->2017',
      'Heraf det samlede areal, der året efter ikke',
      'kunne genfindes (ha)',
      '-',
      '5',
      '7',
    ]
    const table = columnMajor(body)
    expect(cellTexts(table)).toEqual([
      ['År', 'Samlet areal (ha)', 'Ændring i perioden', 'Heraf det samlede areal, der året efter ikke kunne genfindes (ha)'],
      ['2015', '100', '-', '-'],
      ['2016', '120', '2015->2016', '5'],
      ['2017', '130', '2016->2017', '7'],
    ])
    expect(table?.data?.columnMajor).toBe(true)
    expect(table?.data?.orderInferred).toMatch(/wrap at different widths/u)
  })

  it('leaves a first column of years alone where nothing tells the headings from row labels', () => {
    // Headings that could share one column: read row by row, they would be labels under a header of years.
    expect(columnMajor(['År', '2015', '2016', 'Ledige', '100', '120', 'Beskæftigede', '300', '320'])).toBeUndefined()
    // Years that do not rise are no rows.
    expect(
      columnMajor(['År', '2016', '2015', 'Samlet areal i alt for hele landet', '1', '2', 'Ændring i', 'perioden', '3', '4']),
    ).toBeUndefined()
  })

  it('leaves it alone when its row labels wrap at widths no one column has', () => {
    expect(
      columnMajor(['Antal', 'Kvindelige indvandrere fra ikke-vestlige lande i alt', 'Mænd i', 'alt', '1', '2', 'Andel', '3', '4']),
    ).toBeUndefined()
  })

  it('leaves one value a column alone: each heading and value read as well as a row label and its value', () => {
    const body = ['Tilskud til istandsættelse af', 'kirker', '1', 'Pulje til lokale', 'museer', '2', 'Tilskud til sejlads', '3']
    expect(columnMajor(body)).toBeUndefined()
    // Two values a column is a table.
    expect(cellTexts(columnMajor(['Pulje', 'Nord', 'Syd', 'Antal', '4', '5', 'Beløb', '1,2', '3,4']))?.[0]).toEqual([
      'Pulje',
      'Antal',
      'Beløb',
    ])
  })

  it('reads the years as the rows where the other headings wrap into narrow value columns', () => {
    const body = ['Mio. kr.', '(løbende', '2020-', 'priser)', '2019', '2020', '2021', 'Kommu-', 'ner', '410', '432', '455']
    body.push('Regio-', 'ner', '120', '118', '131', 'Staten', 'i alt', '1.020', '1.090', '1.130')
    const table = columnMajor(body)
    expect(cellTexts(table)).toEqual([
      ['Mio. kr. (løbende 2020-priser)', 'Kommuner', 'Regioner', 'Staten i alt'],
      ['2019', '410', '120', '1.020'],
      ['2020', '432', '118', '1.090'],
      ['2021', '455', '131', '1.130'],
    ])
    expect(table?.data?.orderInferred).toMatch(/narrow value column/u)
    // Labels set unwrapped beside one wrapped one: a label column, read row by row (`cell-per-line`), not here.
    const labels = [
      'År',
      '2019',
      '2020',
      'Kommunerne i Region',
      'Hovedstaden',
      '410',
      '432',
      'Regionerne',
      '120',
      '118',
      'Staten',
      '1.020',
      '1.090',
    ]
    expect(columnMajor(labels)).toBeUndefined()
  })
})

describe('column-major: the labels, then the value column’s heading, then the values', () => {
  it('takes the line after a totals label (`I alt`) as the heading, not the first label', () => {
    const body = ['Asyl', 'Familiesammenføring', 'Studie', 'I alt', 'Sager', '1.200', '800', '400', '2.400']
    expect(cellTexts(columnMajor(body))).toEqual([
      ['', 'Sager'],
      ['Asyl', '1.200'],
      ['Familiesammenføring', '800'],
      ['Studie', '400'],
      ['I alt', '2.400'],
    ])
  })

  it('takes a last line naming a measure (`Antal`, `Beløb (mio. kr.)`) as the heading where the first names none', () => {
    const body = ['Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Beløb (mio. kr.)', '12,4', '4,2', '7,9']
    expect(cellTexts(columnMajor(body))?.[0]).toEqual(['', 'Beløb (mio. kr.)'])
    expect(cellTexts(columnMajor(body))?.[1]).toEqual(['Region Hovedstaden', '12,4'])
  })

  it('takes a last line naming a year (`Styrkemål 2011`) as the heading where the first names none (REU 2007-08)', () => {
    const body = ['Nordjylland', 'Østjylland', 'Bornholm', 'Styrkemål 2011', '667', '739', '61', 'Styrke 2008', '654', '738', '61']
    expect(cellTexts(columnMajor(body))).toEqual([
      ['', 'Styrkemål 2011', 'Styrke 2008'],
      ['Nordjylland', '667', '654'],
      ['Østjylland', '739', '738'],
      ['Bornholm', '61', '61'],
    ])
  })

  it('near miss: the heading set first (`Antal` over the labels) stays first, and a totals label last is a label', () => {
    const first = ['Antal', 'Asyl', 'Familiesammenføring', 'Studie', '1.200', '800', '400']
    expect(cellTexts(columnMajor(first))?.[0]).toEqual(['', 'Antal'])
    const totalLast = ['Personer', 'Mænd', 'Kvinder', 'I alt', '1.200', '800', '2.000']
    expect(cellTexts(columnMajor(totalLast))).toEqual([
      ['', 'Personer'],
      ['Mænd', '1.200'],
      ['Kvinder', '800'],
      ['I alt', '2.000'],
    ])
  })
})

describe('column-major: the first value column’s heading worded like a later one’s (BUU 2024-25)', () => {
  const labels = ['Bruttobetaling for tre børn', 'Søskenderabat for to børn', 'Samlet betaling for tre børn', 'Betaling pr. plads']
  const body = ['Pr. måned', ...labels, '4.656', '-1.552', '3.104', '1.035', 'Pr. år', '55.873', '-18.624', '37.249', '12.416']

  it('takes the first line as the first value column’s heading where it opens like a later heading, a total among the labels', () => {
    expect(cellTexts(columnMajor(body))).toEqual([
      ['', 'Pr. måned', 'Pr. år'],
      ['Bruttobetaling for tre børn', '4.656', '55.873'],
      ['Søskenderabat for to børn', '-1.552', '-18.624'],
      ['Samlet betaling for tre børn', '3.104', '37.249'],
      ['Betaling pr. plads', '1.035', '12.416'],
    ])
    // Read row by row, `Pr. måned` would head a column and `Pr. år` label a row: the reader that wins is column-major.
    expect(tableFromText(body)?.data?.reader).toBe('column-major')
  })

  it('near miss: worded unlike the later heading, the line after a total is the heading', () => {
    const unlike = ['Månedlig', ...labels, '4.656', '-1.552', '3.104', '1.035', 'Pr. år', '55.873', '-18.624', '37.249', '12.416']
    expect(cellTexts(columnMajor(unlike))?.[0]).toEqual(['', 'Betaling pr. plads', 'Pr. år'])
  })
})

describe('column-major: a first column numbering its rows, ending in a totals label', () => {
  it('reads quarter numbers and `Totalt` as the label column, flagged', () => {
    const body = [
      'Kvartal',
      '1',
      '2',
      '3',
      '4',
      'Totalt',
      'Ansøgninger',
      '120',
      '95',
      '140',
      '210',
      '565',
      'Heraf børn',
      '12',
      '9',
      '15',
      '30',
      '66',
    ]
    const table = tableFromText(body)
    expect(cellTexts(table)).toEqual([
      ['Kvartal', 'Ansøgninger', 'Heraf børn'],
      ['1', '120', '12'],
      ['2', '95', '9'],
      ['3', '140', '15'],
      ['4', '210', '30'],
      ['Totalt', '565', '66'],
    ])
    expect(table?.data).toMatchObject({ reader: 'column-major', columnMajor: true })
    expect(table?.data?.orderInferred).toMatch(/numbers its rows/u)
  })

  it('reads rising years and `I alt` the same way, a heading wrapped over two lines', () => {
    const body = ['År', '2019', '2020', '2021', 'I alt', 'Antal sager', 'i alt', '1.200', '1.350', '1.100', '3.650']
    expect(cellTexts(columnMajor(body))).toEqual([
      ['År', 'Antal sager i alt'],
      ['2019', '1.200'],
      ['2020', '1.350'],
      ['2021', '1.100'],
      ['I alt', '3.650'],
    ])
  })

  it('leaves numbers that do not count up (measured values), or no totals label, alone', () => {
    const measured = ['Kommune', '14', '27', '3', 'Totalt', 'Ansøgninger', '120', '95', '140', '355']
    expect(columnMajor(measured)).toBeUndefined()
    const noTotal = ['Kvartal', '1', '2', '3', 'Bemærkning', 'Ansøgninger', '120', '95', '140', '355']
    expect(columnMajor(noTotal)).toBeUndefined()
  })
})

describe('column-major: a totals row last proves the order where row by row fits the count too (round 38)', () => {
  const body = (total: string) => [
    'Under 3 mio. kr.',
    'Hovedstaden',
    'Midtjylland',
    'Nordjylland',
    'Sjælland',
    'Syddanmark',
    'I alt',
    '314.400',
    '605.900',
    '317.000',
    '412.300',
    '619.200',
    total,
    'Over 3 mio. kr.',
    '425.300',
    '156.200',
    '39.500',
    '85.100',
    '92.600',
    '798.700',
  ]

  it('reads it column by column: the regions are the rows, `I alt` the last', () => {
    const table = tableFromText(body('2.268.800'))
    expect(table?.data?.reader).toBe('column-major')
    expect(cellTexts(table)).toEqual([
      ['', 'Under 3 mio. kr.', 'Over 3 mio. kr.'],
      ['Hovedstaden', '314.400', '425.300'],
      ['Midtjylland', '605.900', '156.200'],
      ['Nordjylland', '317.000', '39.500'],
      ['Sjælland', '412.300', '85.100'],
      ['Syddanmark', '619.200', '92.600'],
      ['I alt', '2.268.800', '798.700'],
    ])
  })

  it('near miss: where the totals do not add up, the usual row-by-row reading stands', () => {
    expect(tableFromText(body('9.999.999'))?.data?.reader).toBe('cell-per-line')
  })
})

describe('column-major: a totals row set after the columns (sixty-third session)', () => {
  const regions = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland']
  const counts = ['1.204', '512', '866', '790', '377']

  it('reads the totals label and its value after the columns as the last row, where the value is the column’s sum', () => {
    const table = tableFromText(['Antal sager', ...regions, ...counts, 'I alt', '3.749'])
    expect(cellTexts(table)).toEqual([['', 'Antal sager'], ...regions.map((region, at) => [region, counts[at] ?? '']), ['I alt', '3.749']])
    expect(table?.data?.reader).toBe('column-major')
    expect(table?.data?.orderInferred).toMatch(/its column's sum/u)
  })

  it('reads two columns so, each total its own column’s sum', () => {
    const shares = ['32,1', '13,7', '23,1', '21,1', '10,0']
    const table = columnMajor(['Antal', ...regions, ...counts, 'Andel, pct.', ...shares, 'I alt', '3.749', '100,0'])
    expect(cellTexts(table).at(-1)).toEqual(['I alt', '3.749', '100,0'])
  })

  it('near miss: a value after the label that is no sum of the column leaves the lines unread', () => {
    expect(columnMajor(['Antal sager', ...regions, ...counts, 'I alt', '4.100'])).toBeUndefined()
  })

  it('near miss: a label after the columns that is no totals label leaves the lines unread', () => {
    expect(columnMajor(['Antal sager', ...regions, ...counts, 'Grønland', '3.749'])).toBeUndefined()
  })
})
