import { describe, expect, it } from 'vitest'
import { yearsLabelsValues } from '../../../../src/layout/text/readers/years-labels-values.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

const LABELS = ['Midlertidigt ophold', 'Længerevarende ophold', 'Botilbud i alt']

describe('years-labels-values: the header of years, all the labels, then all the values', () => {
  it('reads the values column by column, flagged', () => {
    // No totals row to tell the order: column by column, said so.
    const body = ['2015', '2016', 'Midlertidigt ophold', 'Længerevarende ophold', '7.800', '5.800', '7.900', '5.600']
    const table = tableFromText(body)
    expect(cellTexts(table)).toEqual([
      ['', '2015', '2016'],
      ['Midlertidigt ophold', '7.800', '7.900'],
      ['Længerevarende ophold', '5.800', '5.600'],
    ])
    expect(table?.data?.reader).toBe('years-labels-values')
    expect(table?.data?.orderInferred).toMatch(/column by column, the usual order/u)
  })

  it('reads them row by row where only so the totals row adds up', () => {
    // Row by row: 7.800 + 5.800 = 13.600 and 7.900 + 5.600 = 13.500; column by column they do not add up.
    const body = ['2015', '2016', ...LABELS, '7.800', '7.900', '5.800', '5.600', '13.600', '13.500']
    const table = yearsLabelsValues(body)
    expect(cellTexts(table)).toEqual([
      ['', '2015', '2016'],
      ['Midlertidigt ophold', '7.800', '7.900'],
      ['Længerevarende ophold', '5.800', '5.600'],
      ['Botilbud i alt', '13.600', '13.500'],
    ])
    expect(table?.data?.orderInferred).toMatch(/row by row: the totals row adds up only so/u)
    // Column by column, the totals add up so: said so.
    const byColumns = yearsLabelsValues(['2015', '2016', ...LABELS, '7.800', '5.800', '13.600', '7.900', '5.600', '13.500'])
    expect(cellTexts(byColumns)?.[3]).toEqual(['Botilbud i alt', '13.600', '13.500'])
    expect(byColumns?.data?.orderInferred).toMatch(/column by column: the totals row adds up so/u)
  })

  it("reads the label column's heading set before the years, as the header row's first cell (Sundhedsministeriet)", () => {
    const body = ['Procent', '2013', '2014', '65-79 år', '80 år og derover', 'I alt', '1,4', '12,9', '14,3', '1,3', '12,6', '13,9']
    const table = yearsLabelsValues(body)
    expect(cellTexts(table)).toEqual([
      ['Procent', '2013', '2014'],
      ['65-79 år', '1,4', '1,3'],
      ['80 år og derover', '12,9', '12,6'],
      ['I alt', '14,3', '13,9'],
    ])
    expect(table?.data?.orderInferred).toMatch(/totals row adds up so/u)
    const wrapped = ['Mia. kr., 2015-pl og', '2015-opgaveniveau', '2012', '2013', 'Kommuner', 'Regioner', '230,8', '7,1', '231,1', '7,3']
    expect(cellTexts(yearsLabelsValues(wrapped))?.[0]).toEqual(['Mia. kr., 2015-pl og 2015-opgaveniveau', '2012', '2013'])
  })

  it("near miss: two headings before the years are no label column's heading", () => {
    expect(yearsLabelsValues(['Region', 'Antal', '2013', '2014', 'Nord', 'Syd', '1', '2', '3', '4'])).toBeUndefined()
  })

  it('leaves years that do not rise, counts that do not fit, and a list of years alone', () => {
    expect(yearsLabelsValues(['2016', '2015', 'A', 'B', '1', '2', '3', '4'])).toBeUndefined()
    expect(yearsLabelsValues(['2015', '2016', 'A', 'B', '1', '2', '3'])).toBeUndefined()
    expect(yearsLabelsValues(['2019', '2020', '2021'])).toBeUndefined()
  })
})

describe('years-labels-values: the labels first, then word headings, then the values', () => {
  const labels = ['Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark']
  const want = [
    ['', 'Antal', 'Andel, pct.'],
    ['Region Hovedstaden', '1.200', '50'],
    ['Region Sjælland', '800', '33'],
    ['Region Syddanmark', '400', '17'],
  ]

  it('reads the values column by column or row by row, whichever makes the share column add up to 100 (flagged)', () => {
    const byColumns = yearsLabelsValues([...labels, 'Antal', 'Andel, pct.', '1.200', '800', '400', '50', '33', '17'])
    expect(cellTexts(byColumns)).toEqual(want)
    expect(byColumns?.data?.orderInferred).toMatch(/column by column: the share column/u)
    const byRows = yearsLabelsValues([...labels, 'Antal', 'Andel, pct.', '1.200', '50', '800', '33', '400', '17'])
    expect(cellTexts(byRows)).toEqual(want)
    expect(byRows?.data?.orderInferred).toMatch(/row by row: the share column/u)
  })

  it('lets a totals row decide, with headings of a measure (`Antal modtaget`, `Antal afgjort`)', () => {
    const body = [
      'Asyl',
      'Familie',
      'Studie',
      'I alt',
      'Antal modtaget',
      'Antal afgjort',
      '1.200',
      '1.100',
      '800',
      '750',
      '400',
      '390',
      '2.400',
      '2.240',
    ]
    expect(cellTexts(yearsLabelsValues(body))?.[4]).toEqual(['I alt', '2.400', '2.240'])
    expect(cellTexts(yearsLabelsValues(body))?.[1]).toEqual(['Asyl', '1.200', '1.100'])
  })

  it('near miss: with nothing to decide the order, no table — not two columns of labels and values either', () => {
    const body = ['Asyl', 'Familie', 'Antal modtaget', 'Antal afgjort', '1.200', '1.100', '800', '750']
    expect(yearsLabelsValues(body)).toBeUndefined()
    expect(tableFromText(body)).toBeUndefined()
  })
})

describe('years-labels-values: group headings between rules of dashes', () => {
  const body = [
    'Mænd',
    '1',
    'Kvinder',
    'I alt',
    'Mænd',
    'Kvinder',
    'I alt',
    '------------- Antal -------------',
    'Fuldtids-',
    'ansatte',
    'Deltidsansatte',
    'I alt',
    '300',
    '100',
    '400',
    '200',
    '150',
    '350',
    '500',
    '250',
    '750',
    '------------- Pct. -------------',
    '60',
    '40',
    '53',
    '40',
    '60',
    '47',
    '100',
    '100',
    '100',
  ]

  it('puts each group heading before its columns, a footnote number ending its heading, values column by column', () => {
    const table = tableFromText(body)
    expect(cellTexts(table)).toEqual([
      ['', 'Antal Mænd 1', 'Antal Kvinder', 'Antal I alt', 'Pct. Mænd', 'Pct. Kvinder', 'Pct. I alt'],
      ['Fuldtidsansatte', '300', '200', '500', '60', '40', '100'],
      ['Deltidsansatte', '100', '150', '250', '40', '60', '100'],
      ['I alt', '400', '350', '750', '53', '47', '100'],
    ])
    expect(table?.data?.reader).toBe('years-labels-values')
    expect(table?.data?.orderInferred).toMatch(/group headings between rules of dashes/u)
  })

  it('takes rules of en or em dashes alike', () => {
    const dashes = body.map((line) => (line.startsWith('---') ? line.replaceAll('-', '—') : line))
    expect(cellTexts(tableFromText(dashes))?.[0]?.[1]).toBe('Antal Mænd 1')
  })

  it('reads nothing where a group heading stands inside a group of values', () => {
    const shifted = [...body]
    const rule = shifted.splice(21, 1)[0] as string
    shifted.splice(19, 0, rule)
    expect(yearsLabelsValues(shifted)).toBeUndefined()
  })
})

describe('years-labels-values: the header row first, then the years as the row labels, then the values (thirty-first session)', () => {
  const HEADINGS = ['Tilsagnsår', 'Antal individuelle bofællesskaber', 'Antal kollektive bofællesskaber']

  it('reads the values column by column where the totals row adds up so, the label column headed by a time', () => {
    const body = [...HEADINGS, '2005', '2006', '2007', 'Alle år', '99', '105', '3', '207', '25', '36', '8', '69']
    const table = tableFromText(body)
    expect(cellTexts(table)).toEqual([HEADINGS, ['2005', '99', '25'], ['2006', '105', '36'], ['2007', '3', '8'], ['Alle år', '207', '69']])
    expect(table?.data?.reader).toBe('years-labels-values')
    expect(table?.data?.orderInferred).toMatch(/column by column: the totals row adds up so/u)
  })

  it('reads headings over the value columns only, and a row labelled in words after the years, in the usual order', () => {
    const body = [
      'Gedser-Rostock',
      'Rødby-Puttgarden',
      '2002',
      '2003',
      'Stigning 2002-2003',
      '1.226.000',
      '1.297.000',
      '71.000',
      '5.100.000',
      '5.200.000',
      '100.000',
    ]
    expect(cellTexts(yearsLabelsValues(body))).toEqual([
      ['', 'Gedser-Rostock', 'Rødby-Puttgarden'],
      ['2002', '1.226.000', '5.100.000'],
      ['2003', '1.297.000', '5.200.000'],
      ['Stigning 2002-2003', '71.000', '100.000'],
    ])
  })

  it('reads half-years written out among the years as labels (`1997 2. halvår` … `2006 1. halvår`)', () => {
    const body = ['Benzin', 'Diesel', '1997 2. halvår', '1998', '2006 1. halvår', '185,0', '182,4', '162,5', '184,6', '181,5', '158,6']
    expect(cellTexts(yearsLabelsValues(body))).toEqual([
      ['', 'Benzin', 'Diesel'],
      ['1997 2. halvår', '185,0', '184,6'],
      ['1998', '182,4', '181,5'],
      ['2006 1. halvår', '162,5', '158,6'],
    ])
  })

  it.each([
    // A first line that names no time nor unit: the table's title as much as the label column's heading.
    [['Oversigt over klagesager', 'Klager i alt', 'Afgjort', '2012', '2013', '632', '715', '377', '357']],
    // Values that do not fill the rows.
    [['År', 'Klager i alt', 'Afgjort', '2012', '2013', '632', '715', '377']],
    // Headings that do not match the values' columns.
    [['År', 'Klager i alt', 'Afgjort', 'Heraf kritik', 'Øvrige', '2012', '2013', '632', '715', '377', '357']],
    // Years that fall.
    [['År', 'Klager i alt', 'Afgjort', '2013', '2012', '632', '715', '377', '357']],
  ])('near miss: %j', (body) => {
    expect(yearsLabelsValues(body)).toBeUndefined()
  })
})

describe('years-labels-values: a totals column after the years, before the row labels (thirty-first session)', () => {
  it('reads `I alt` as the last column where only so the values fill the rows, in the order its sums say', () => {
    const body = ['Indrejst fra', '2020', '2021', '2022', 'I alt', 'Rwanda', 'Tyrkiet', '0', '31', '57', '0', '150', '0', '207', '31']
    const table = yearsLabelsValues(body)
    expect(cellTexts(table)).toEqual([
      ['Indrejst fra', '2020', '2021', '2022', 'I alt'],
      ['Rwanda', '0', '57', '150', '207'],
      ['Tyrkiet', '31', '0', '0', '31'],
    ])
    expect(table?.data?.orderInferred).toMatch(/column by column: the totals column/u)
    // Row by row, the sums say so.
    const byRows = yearsLabelsValues(['2020', '2021', '2022', 'I alt', 'Rwanda', 'Tyrkiet', '1', '2', '3', '6', '4', '5', '6', '15'])
    expect(cellTexts(byRows)?.slice(1)).toEqual([
      ['Rwanda', '1', '2', '3', '6'],
      ['Tyrkiet', '4', '5', '6', '15'],
    ])
    expect(byRows?.data?.orderInferred).toMatch(/row by row: the totals column/u)
  })

  it('near miss: `I alt` stays a row where the values fill the rows so', () => {
    const table = yearsLabelsValues(['2020', '2021', 'Rwanda', 'Tyrkiet', 'I alt', '1', '4', '5', '2', '5', '7'])
    expect(cellTexts(table)?.at(-1)).toEqual(['I alt', '5', '7'])
  })

  it('reads `I alt` as a column where both fill the rows and only its sums add up (thirty-fourth session)', () => {
    // A totals column and a totals row: twelve values fill four rows of three years, or three rows of four columns;
    // only the second adds up (2 + 5 + 3 = 10, 4 + 1 + 6 = 11 and each year's 2 + 4 = 6 …).
    const labels = ['2020', '2021', '2022', 'I alt', 'Rwanda', 'Tyrkiet', 'I alt']
    const table = yearsLabelsValues([...labels, '2', '4', '6', '5', '1', '6', '3', '6', '9', '10', '11', '21'])
    expect(cellTexts(table)).toEqual([
      ['', '2020', '2021', '2022', 'I alt'],
      ['Rwanda', '2', '5', '3', '10'],
      ['Tyrkiet', '4', '1', '6', '11'],
      ['I alt', '6', '6', '9', '21'],
    ])
  })
})

describe('years-labels-values: headings and labels told apart only by where the totals add up (thirty-fourth session)', () => {
  const HEADINGS = ['Nyuddannede', 'Efteruddannede']
  const REGIONS = ['Nordjylland', 'Sjælland', 'Hovedstaden', 'I alt']

  it('reads the header row first, then the labels, where only one split makes the totals row add up', () => {
    // Six texts and eight values: two headings over four labels, or four headings over two labels — only the first
    // has a totals row that adds up (120 + 75 + 310 = 505, 40 + 22 + 98 = 160).
    const body = [...HEADINGS, ...REGIONS, '120', '75', '310', '505', '40', '22', '98', '160']
    const table = yearsLabelsValues(body)
    expect(cellTexts(table)).toEqual([
      ['', 'Nyuddannede', 'Efteruddannede'],
      ['Nordjylland', '120', '40'],
      ['Sjælland', '75', '22'],
      ['Hovedstaden', '310', '98'],
      ['I alt', '505', '160'],
    ])
    expect(table?.data?.orderInferred).toMatch(/one split in which the totals row adds up/u)
  })

  it('leaves a row of shares out of a totals column, and takes the header row first of the two turned readings', () => {
    // The header row (with a totals column, `I alt`) first, then the labels, then the values column by column: 40 + 25
    // = 65 and 300 + 180 = 480; the rates (11,8 % …) are no sums. Read the labels first and row by row, the same cells
    // turned also add up (a totals row): the usual order of such renditions, the header row first, decides.
    const body = ['Under 30 år', '30 år og derover', 'I alt', 'Ledige', 'Beskæftigede', 'Ledighed', '40', '300', '11,8 %']
    body.push('25', '180', '12,2 %', '65', '480', '11,9 %')
    const table = yearsLabelsValues(body)
    expect(cellTexts(table)).toEqual([
      ['', 'Under 30 år', '30 år og derover', 'I alt'],
      ['Ledige', '40', '25', '65'],
      ['Beskæftigede', '300', '180', '480'],
      ['Ledighed', '11,8 %', '12,2 %', '11,9 %'],
    ])
    expect(table?.data?.orderInferred).toMatch(
      /\(column by column\), were read from the one split in which the totals column adds up.*header row listed first/u,
    )
  })

  it('takes the header row first of two readings that are each other’s transpose (a totals row, or a totals column)', () => {
    // Headings first, column by column, a totals row; or the labels taken for headings, row by row, a totals column:
    // the same cells turned. The usual order of such renditions decides.
    const body = ['Drift', 'Anlæg', 'Styrelse A', 'Styrelse B', 'Total', '10,0', '4,5', '14,5', '2,0', '1,0', '3,0']
    expect(cellTexts(yearsLabelsValues(body))).toEqual([
      ['', 'Drift', 'Anlæg'],
      ['Styrelse A', '10,0', '2,0'],
      ['Styrelse B', '4,5', '1,0'],
      ['Total', '14,5', '3,0'],
    ])
  })

  it('takes no split that puts a total between other headings or labels (months, a totals column and row)', () => {
    // `Måned`, four months and `I alt`, then two labels and `I alt`: read as three labels and six headings, the same
    // values add up too, but `I alt` would stand between `apr.` and `Indland`.
    const header = ['Måned', 'jan.', 'feb.', 'mar.', 'apr.', 'I alt']
    const values = ['10', '5', '15', '20', '6', '26', '30', '7', '37', '40', '8', '48', '100', '26', '126']
    expect(cellTexts(yearsLabelsValues([...header, 'Indland', 'Udland', 'I alt', ...values]))).toEqual([
      ['Måned', 'jan.', 'feb.', 'mar.', 'apr.', 'I alt'],
      ['Indland', '10', '20', '30', '40', '100'],
      ['Udland', '5', '6', '7', '8', '26'],
      ['I alt', '15', '26', '37', '48', '126'],
    ])
  })

  it('near miss: no table where no split adds up, or with no totals label', () => {
    expect(yearsLabelsValues([...HEADINGS, ...REGIONS, '120', '75', '310', '540', '40', '22', '98', '160'])).toBeUndefined()
    expect(yearsLabelsValues([...HEADINGS, 'Nordjylland', 'Sjælland', 'Hovedstaden', '120', '75', '310', '40', '22', '98'])).toBeUndefined()
  })
})
