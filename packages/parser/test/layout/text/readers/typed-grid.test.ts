import { describe, expect, it } from 'vitest'
import { typedGrid } from '../../../../src/layout/text/readers/typed-grid.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe('typed-grid: one cell a line, row by row, counted out by the kinds of the columns', () => {
  it('reads rows whose labels are numbers, a totals row last (Udlændingestyrelsen, quarters)', () => {
    const body = ['Kvartal', 'Antal', 'Heraf uledsagede', '1', '812', '6', '2', '905', '9', '3', '1.104', '12', 'I alt', '2.821', '27']
    const table = tableFromText(body)
    expect(cellTexts(table)).toEqual([
      ['Kvartal', 'Antal', 'Heraf uledsagede'],
      ['1', '812', '6'],
      ['2', '905', '9'],
      ['3', '1.104', '12'],
      ['I alt', '2.821', '27'],
    ])
    expect(table?.data?.reader).toBe('typed-grid')
    // Always flagged: a cell wrapped onto a second line would shift every cell after it.
    expect(table?.data?.orderInferred).toMatch(/counting/u)
  })

  it('reads a text column among the values, marks for none in it (Landbrugsstyrelsen, areas by year)', () => {
    const body = [
      'År',
      'Areal i alt (ha)',
      'Periode',
      'Udgået (ha)',
      '2019',
      '285.526',
      '-',
      '-',
      '2020',
      '299.998',
      '2019-2020',
      '8.114',
      '2021',
      '306.014',
      '2020-2021',
      '9.022',
    ]
    expect(cellTexts(typedGrid(body))).toEqual([
      ['År', 'Areal i alt (ha)', 'Periode', 'Udgået (ha)'],
      ['2019', '285.526', '-', '-'],
      ['2020', '299.998', '2019-2020', '8.114'],
      ['2021', '306.014', '2020-2021', '9.022'],
    ])
  })

  it('reads a header without a heading over the label column, the first row labelled in words', () => {
    const body = ['Mænd', 'Kvinder', 'I alt', 'København', '1.210', '1.340', '2.550', 'Aarhus', '640', '702', '1.342']
    expect(cellTexts(typedGrid(body))).toEqual([
      ['', 'Mænd', 'Kvinder', 'I alt'],
      ['København', '1.210', '1.340', '2.550'],
      ['Aarhus', '640', '702', '1.342'],
    ])
  })

  it('reads a header and a single row of values (Skatteministeriet, one line of amounts)', () => {
    // A year heads a column as well as words do.
    expect(cellTexts(typedGrid(['Mio. kr.', '2024', 'Provenu', '1.250']))).toEqual([
      ['Mio. kr.', '2024'],
      ['Provenu', '1.250'],
    ])
    const words = ['Januar', 'Februar', 'Marts', 'Antal ansøgninger', '412', '389', '450']
    expect(cellTexts(typedGrid(words))).toEqual([
      ['', 'Januar', 'Februar', 'Marts'],
      ['Antal ansøgninger', '412', '389', '450'],
    ])
  })

  it('says where the same lines also fit column by column', () => {
    const body = ['Mænd', 'Kvinder', 'København', '1.210', '1.340', 'Aarhus', '640', '702']
    expect(typedGrid(body)?.data?.orderInferred).toMatch(/column-by-column/u)
  })

  it('joins a heading or label wrapped onto lines of its own before counting, and says so', () => {
    // `Gennemsnitlig` / `sagsbehandlingstid` / `(dage)` is one heading: counted as three, the rows would shift.
    const table = typedGrid(['Nationalitet', 'Gennemsnitlig', 'sagsbehandlingstid', '(dage)', 'Syrien', '214', 'Eritrea', '198'])
    expect(cellTexts(table)).toEqual([
      ['Nationalitet', 'Gennemsnitlig sagsbehandlingstid (dage)'],
      ['Syrien', '214'],
      ['Eritrea', '198'],
    ])
    expect(table?.data?.orderInferred).toMatch(/joined/u)
  })

  it('reads nothing where a value column holds both values and words, or one row has a word among values', () => {
    // Letterhead lines among the cells: the kinds of the columns disagree row to row.
    expect(typedGrid(['Område', 'Antal', 'Syd', '12', 'Tel.', '33 92 50 00', 'Nord', 'Mail'])).toBeUndefined()
    // One row: a word where a value stands says nothing of its column.
    expect(typedGrid(['Område', 'Antal', 'Status', 'Syd', '12', 'Afsluttet'])).toBeUndefined()
  })

  it('reads nothing where two counts fit, nor prose, nor a header with no value after it', () => {
    expect(typedGrid(['Svaret følger.', 'Med venlig hilsen'])).toBeUndefined()
    expect(typedGrid(['12', '13', '14'])).toBeUndefined()
    // Two counts fit: two headings over three rows of two, or (the label column's heading missing) two rows of three.
    expect(typedGrid(['Antal', 'Andel', '1', '2', '3', '4', '5', '6'])).toBeUndefined()
    // Words among the row labels before the last row: no label column (`Hovedstaden` / `12.100` / `Sjælland`).
    expect(typedGrid(['Jan.', 'Feb.', 'Hovedstaden', '12.345', '12.100', '13.400', 'Sjælland', '4.567', '4.500', '4.800'])).toBeUndefined()
  })

  it('reads column by column where no row-by-row count fits: years as the rows, a totals row last (Transportministeriet)', () => {
    const body = [
      '2005',
      '2006',
      '2007',
      'Stigning 2005-2007',
      'Gedser-Rostock',
      '1.376.000',
      '1.507.000',
      '1.612.000',
      '236.000',
      'Rødby-Puttgarden',
      '6.761.000',
      '6.789.000',
      '7.058.000',
      '297.000',
    ]
    const table = typedGrid(body)
    // Row by row the same lines also count out, the years across: that reading (the usual order) is taken.
    expect(cellTexts(table)).toEqual([
      ['', '2005', '2006', '2007', 'Stigning 2005-2007'],
      ['Gedser-Rostock', '1.376.000', '1.507.000', '1.612.000', '236.000'],
      ['Rødby-Puttgarden', '6.761.000', '6.789.000', '7.058.000', '297.000'],
    ])
    expect(table?.data?.orderInferred).toMatch(/column-by-column reading too/u)
    const byColumn = ['Skole', 'Skole A', 'Skole B', 'Skole C', 'Elever', '312', '298', '145', 'Status', 'Åben', 'Lukket', 'Åben']
    const read = typedGrid(byColumn)
    expect(cellTexts(read)).toEqual([
      ['Skole', 'Elever', 'Status'],
      ['Skole A', '312', 'Åben'],
      ['Skole B', '298', 'Lukket'],
      ['Skole C', '145', 'Åben'],
    ])
    expect(read?.data?.columnMajor).toBe(true)
  })

  it('reads nothing where measured values would be row labels, nor a totals row after one numbered row', () => {
    // `12.345` and `49,6` label no rows: no column-by-column reading under `Hovedstaden` `Sjælland`.
    expect(typedGrid(['Hovedstaden', '12.345', '49,6', 'Sjælland', '4.567', '18,4'])).toBeUndefined()
    // A totals row after one numbered row only: too little to call the numbers row labels.
    expect(typedGrid(['2010', 'A', 'B', '1', '2', '2009', '3', '4'])).toBeUndefined()
  })

  it('takes labels of a year and a part of it (`1997 2. halvår`) as dated rows among plain years (Skatteministeriet)', () => {
    const body = ['Benzin', 'Diesel', '1997 2. halvår', '185,0', '162,5', '1998', '182,4', '155,5', '1999 1. halvår', '177,8', '149,0']
    expect(cellTexts(typedGrid(body))).toEqual([
      ['', 'Benzin', 'Diesel'],
      ['1997 2. halvår', '185,0', '162,5'],
      ['1998', '182,4', '155,5'],
      ['1999 1. halvår', '177,8', '149,0'],
    ])
    // A label that only starts with a year and goes on as words (`1997 og senere år`) dates no row: the lines are
    // then read column by column, flagged, as before.
    const words = typedGrid(['Benzin', 'Diesel', '1997 og senere år', '185,0', '162,5', '1998', '182,4', '155,5', '1999', '177,8', '149,0'])
    expect(cellTexts(words)?.[0]).toEqual(['', '1997 og senere år', '1998', '1999'])
    expect(words?.data?.columnMajor).toBe(true)
  })

  it('takes a plain year among the values of a column as a value (a total of 1976), not as a heading', () => {
    const body = ['Kvartal', 'Antal', '1', '512', '2', '498', '3', '966', 'I alt', '1976']
    expect(cellTexts(typedGrid(body))?.at(-1)).toEqual(['I alt', '1976'])
    // A period code among the values is no value: the column mixes kinds.
    expect(typedGrid(['Kvartal', 'Antal', '1', '512', '2', '22K3', '3', '966', 'I alt', '1.976'])).toBeUndefined()
  })
})

describe('typed-grid: a column of values first, the labels a later column of words', () => {
  it('reads each column under its heading, in the order printed (Beskæftigelsesministeriet, sanctions by income)', () => {
    const body = [
      'Sanktionssats',
      '200 kr.',
      '400 kr.',
      '600 kr.',
      'Ydelsesinterval',
      'Mindre end 5.633 kr. pr. måned.',
      'Mindst 5.633 kr. og højst 9.935 kr. pr. måned.',
      'Mere end 9.935 kr. pr. måned.',
    ]
    const table = typedGrid(body)
    expect(cellTexts(table)).toEqual([
      ['Sanktionssats', 'Ydelsesinterval'],
      ['200 kr.', 'Mindre end 5.633 kr. pr. måned.'],
      ['400 kr.', 'Mindst 5.633 kr. og højst 9.935 kr. pr. måned.'],
      ['600 kr.', 'Mere end 9.935 kr. pr. måned.'],
    ])
    expect(table?.data?.columnMajor).toBe(true)
  })

  it('near misses: a later column of values and words mixed labels nothing, and a row of values on one line is no cell', () => {
    expect(typedGrid(['Sats', '200 kr.', '400 kr.', 'Interval', 'Mindre end 5.633 kr.', '9.935'])).toBeUndefined()
    expect(typedGrid(['Sats', '200 kr.', '400 kr.', 'Interval', 'I alt 1.234 5.678', 'Mere end 9.935 kr.'])).toBeUndefined()
  })
})

describe('typed-grid: headings of a word over its year, two lines each', () => {
  it('joins each word and its year into one heading, no heading over the labels', () => {
    const lines = ['Styrkemål', '2011', 'Styrke', '2008', 'Nordjylland', '667', '654', 'Fyn', '690', '674', 'København', '2.346', '2.354']
    const table = typedGrid(lines)
    expect(cellTexts(table)).toEqual([
      ['', 'Styrkemål 2011', 'Styrke 2008'],
      ['Nordjylland', '667', '654'],
      ['Fyn', '690', '674'],
      ['København', '2.346', '2.354'],
    ])
    expect(table?.data?.orderInferred).toBeDefined()
  })

  it('near miss: a word and a year that do not pair up (a year first) are not joined', () => {
    const lines = ['2011', 'Styrkemål', '2008', 'Styrke', 'Nordjylland', '667', '654', 'Fyn', '690', '674']
    expect(cellTexts(typedGrid(lines))?.[0]).not.toEqual(['', 'Styrkemål 2011', 'Styrke 2008'])
  })
})
