import { describe, expect, it } from 'vitest'
import { columnMajorYears } from '../../../../src/layout/text/readers/column-major-years.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe('column-major-years: a table listed column by column under rising years', () => {
  it('reads the columns, joining label lines that go on', () => {
    const body = [
      '2010',
      'Danske statsborgere',
      'i alt',
      'EU/EØS/EFTA uden',
      'Norden i alt',
      '119.908',
      '2.827',
      '2011',
      '116.229',
      '3.237',
      '2012',
      '116.721',
      '3.968',
    ]
    expect(cellTexts(columnMajorYears(body))).toEqual([
      ['', '2010', '2011', '2012'],
      ['Danske statsborgere i alt', '119.908', '116.229', '116.721'],
      ['EU/EØS/EFTA uden Norden i alt', '2.827', '3.237', '3.968'],
    ])
    expect(tableFromText(body)?.data).toEqual({ columnMajor: true, reader: 'column-major-years' })
  })

  it('reads columns headed by words after the years (`I alt`)', () => {
    const body = ['2018', 'Ansøgninger', '2.748', '2019', '2.061', '2023*', '522', 'I alt', '5.331']
    expect(cellTexts(columnMajorYears(body))).toEqual([
      ['', '2018', '2019', '2023*', 'I alt'],
      ['Ansøgninger', '2.748', '2.061', '522', '5.331'],
    ])
    expect(tableFromText(body)?.data).toEqual({ columnMajor: true, reader: 'column-major-years' })
  })

  it('leaves a word heading before a year, or a long line for a heading, alone', () => {
    expect(columnMajorYears(['2018', 'Ansøgninger', '2.748', 'I alt', '2.061', '2019', '522'])).toBeUndefined()
    expect(columnMajorYears(['2018', 'A', '1', '2019', '2', 'Det samlede antal ansøgninger i perioden', '3'])).toBeUndefined()
  })

  it('reads group headings set before their years, each over its own run of years', () => {
    const body = ['Ledighed', '2021', 'Norge', 'Sverige', 'Finland', '4,4', '8,8', '7,7', '2022', '3,3', '7,5', '6,8']
    body.push('Beskæftigelse', '2021', '76,2', '75,1', '72,3', '2022', '77,0', '77,2', '74,0')
    expect(cellTexts(columnMajorYears(body))).toEqual([
      ['', 'Ledighed 2021', 'Ledighed 2022', 'Beskæftigelse 2021', 'Beskæftigelse 2022'],
      ['Norge', '4,4', '3,3', '76,2', '77,0'],
      ['Sverige', '8,8', '7,5', '75,1', '77,2'],
      ['Finland', '7,7', '6,8', '72,3', '74,0'],
    ])
    // Without a group heading first, years that start over are no columns of one table.
    const ungrouped = ['2021', 'Norge', 'Sverige', '4,4', '8,8', '2022', '3,3', '7,5', 'Beskæftigelse', '2021', '76,2', '75,1']
    expect(columnMajorYears(ungrouped)).toBeUndefined()
    // Years that fall inside a group: no table.
    expect(columnMajorYears(['Ledighed', '2022', 'Norge', 'Sverige', '4,4', '8,8', '2021', '3,3', '7,5'])).toBeUndefined()
  })

  it('takes years that do not rise for no column headings', () => {
    expect(columnMajorYears(['2010', 'A', 'B', '1', '2', '2009', '3', '4'])).toBeUndefined()
    expect(tableFromText(['2010', 'A', 'B', '1', '2', '2009', '3', '4'])).toBeUndefined()
  })
})

describe('column-major-years: the labels first, then each year and its values', () => {
  it('reads the label column and its heading, then the years', () => {
    const body = ['Mio. kr.', 'Stat', 'Kommuner', '2019', '41,2', '17,0', '2020', '43,9', '18,4']
    expect(cellTexts(columnMajorYears(body))).toEqual([
      ['Mio. kr.', '2019', '2020'],
      ['Stat', '41,2', '43,9'],
      ['Kommuner', '17,0', '18,4'],
    ])
  })

  it('reads fiscal years (`2022-23`) as the years', () => {
    const body = ['Mio. kr.', 'Drift', 'Anlæg', '2022-23', '410', '95', '2023-24', '432', '88']
    expect(cellTexts(columnMajorYears(body))).toEqual([
      ['Mio. kr.', '2022-23', '2023-24'],
      ['Drift', '410', '432'],
      ['Anlæg', '95', '88'],
    ])
  })

  it('reads columns after the years headed by words or a part of a year', () => {
    // Three rows, two years: `Jan.-apr. 2024` can only be a column (three values, not two).
    const body = ['Uger', 'Byret', 'Landsret', 'Højesteret', '2022', '11,4', '20,2', '31', '2023', '12', '19,8', '28,5']
    body.push('Jan.-apr. 2024', '10,9', '18,1', '30,2')
    expect(cellTexts(columnMajorYears(body))).toEqual([
      ['Uger', '2022', '2023', 'Jan.-apr. 2024'],
      ['Byret', '11,4', '12', '10,9'],
      ['Landsret', '20,2', '19,8', '18,1'],
      ['Højesteret', '31', '28,5', '30,2'],
    ])
  })

  it('takes an open-ended first line for the label column’s heading (`Ansøgere fra` / `Eritrea`)', () => {
    const body = ['Ansøgere fra', 'Eritrea', 'Somalia', '2017', '12', '40', '2018', '9', '0', '2019', '3', '8', 'I alt', '24', '48']
    expect(cellTexts(columnMajorYears(body))).toEqual([
      ['Ansøgere fra', '2017', '2018', '2019', 'I alt'],
      ['Eritrea', '12', '9', '3', '24'],
      ['Somalia', '40', '0', '8', '48'],
    ])
    // A line in lower case goes on with the label: no heading, two labels.
    const joined = ['Personer fra', 'tredjelande', 'Norden', '2017', '5', '6', '2018', '7', '8']
    expect(cellTexts(columnMajorYears(joined))?.map((row) => row[0])).toEqual(['', 'Personer fra tredjelande', 'Norden'])
  })

  it('reads a row the rendition set after the year columns, flagged', () => {
    // Two rows in the columns, then a third with one value per year (four), not one per row (two).
    const body = ['Pct.', 'Under 30 år', '30-59 år', '2019', '2,2', '5,1', '2020', '2,4', '5,0', '2021', '2,1', '4,8']
    body.push('2022', '2,0', '4,9', '60 år og', 'derover', '9,7', '9,9', '10,2', '10,4')
    const table = columnMajorYears(body)
    expect(cellTexts(table)).toEqual([
      ['Pct.', '2019', '2020', '2021', '2022'],
      ['Under 30 år', '2,2', '2,4', '2,1', '2,0'],
      ['30-59 år', '5,1', '5,0', '4,8', '4,9'],
      ['60 år og derover', '9,7', '9,9', '10,2', '10,4'],
    ])
    expect(table?.data?.orderInferred).toMatch(/one value per year/u)
  })

  it('lets a totals row or column decide where the lines after the years fit both', () => {
    // Two rows, two years: `I alt` with two values is a column or a row.
    const asColumn = ['Region', 'Nord', 'Syd', '2020', '40', '60', '2021', '50', '70', 'I alt', '90', '130']
    expect(cellTexts(columnMajorYears(asColumn))?.[0]).toEqual(['Region', '2020', '2021', 'I alt'])
    const asRow = ['Region', 'Nord', 'Syd', '2020', '40', '60', '2021', '50', '70', 'I alt', '100', '120']
    expect(cellTexts(columnMajorYears(asRow))).toEqual([
      ['Region', '2020', '2021'],
      ['Nord', '40', '50'],
      ['Syd', '60', '70'],
      ['I alt', '100', '120'],
    ])
  })

  it('reads nothing where neither way adds up, or the lines after the years fit no column or row', () => {
    expect(columnMajorYears(['Region', 'Nord', 'Syd', '2020', '40', '60', '2021', '50', '70', 'Øvrige', '30', '20'])).toBeUndefined()
    // Three values after a heading: neither a value per row (two) nor per year (two).
    expect(columnMajorYears(['Region', 'Nord', 'Syd', '2020', '4', '6', '2021', '5', '7', 'Øvrige', '3', '2', '1'])).toBeUndefined()
    // A long line after the years is prose, not a heading.
    const prose = [
      'Nord',
      'Syd',
      'Vest',
      '2020',
      '4',
      '6',
      '1',
      '2021',
      '5',
      '7',
      '2',
      'Tallene for 2022 er endnu ikke opgjort',
      '1',
      '2',
      '3',
    ]
    expect(columnMajorYears(prose)).toBeUndefined()
  })
})

describe('column-major-years: a unit in the corner over the labels', () => {
  const labels = ['Indkomst før forhøjelse', 'Underskud til fremførsel', 'Skat (22 pct.)']
  const columns = ['2022', '-50.000', '0', '0', '2023', '10.000', '9.200', '176']

  it.each(['1.000 kr.', 'Mio. kr.', '1.000 personer'])('reads %j as the label column’s heading', (corner) => {
    expect(cellTexts(columnMajorYears([corner, ...labels, ...columns]))).toEqual([
      [corner, '2022', '2023'],
      ['Indkomst før forhøjelse', '-50.000', '10.000'],
      ['Underskud til fremførsel', '0', '9.200'],
      ['Skat (22 pct.)', '0', '176'],
    ])
  })

  it('near miss: a value that is no unit opens no label column', () => {
    expect(columnMajorYears(['1.250', ...labels, ...columns])).toBeUndefined()
  })
})

describe("a table's title over its corner unit, a second table after it (text)", () => {
  const table = (title: string, values: readonly string[]) => [
    title,
    '1.000 kr.',
    'Indkomst før forhøjelse',
    'Underskud til fremførsel',
    'Skat (22 pct.)',
    '2022',
    ...values.slice(0, 3),
    '2023',
    ...values.slice(3),
  ]
  const letter = [
    'Spørgsmål nr. 8:',
    '”Vil ministeren kommentere eksemplet?”',
    'Svar:',
    'Eksemplet bliver herefter således:',
    ...table('Gældende regler', ['-50.000', '0', '0', '10.000', '9.200', '176']),
    ...table('Forslaget', ['-50.000', '0', '0', '10.000', '8.000', '440']),
    'Med venlig hilsen',
    'Jeppe Bruus',
  ].join('\n')

  it('reads both tables, each under its title', async () => {
    const { parse } = await import('../../../../src/index.js')
    const record = await parse(letter, { format: 'text' })
    expect(record.answer.tables.map((read) => read.header)).toEqual([
      ['1.000 kr.', '2022', '2023'],
      ['1.000 kr.', '2022', '2023'],
    ])
    expect(record.answer.tables[1]?.rows[2]?.map((cell) => cell.raw)).toEqual(['Skat (22 pct.)', '0', '440'])
  })
})
