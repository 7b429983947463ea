import { describe, expect, it } from 'vitest'
import {
  continues,
  isAgeGroup,
  isDataCell,
  isPeriodCode,
  isYearHeading,
  label,
  periodOrder,
  risesInTime,
} from '../../../src/layout/text/table-lines.js'

describe('isYearHeading: a year as a heading or row label', () => {
  it('takes a year, a provisional year, and a year that spans two (school, fiscal, season years)', () => {
    for (const text of ['2013', '2024*', '2019/20', '2020-21', '1999/00', '2019/2020', ' 2022/23 ', '2022¹', '2021/22²'])
      expect(isYearHeading(text)).toBe(true)
  })

  it('takes no period of several years, no value and no other span', () => {
    for (const text of ['2002-2007', '2019/21', '2015->2016', '12.345', '3000', '2019/20/21', 'År 2014', '2022¹²³⁴', '¹2022'])
      expect(isYearHeading(text)).toBe(false)
  })
})

describe('isDataCell: a cell of data on a line of its own', () => {
  it('takes values, periods and ratios; not a number in brackets (a unit) nor a year wrapped at a hyphen', () => {
    for (const text of ['7.925', '-', '2015->2016', '1/2', '12,5 pct.']) expect(isDataCell(text)).toBe(true)
    for (const text of ['(1.000)', '(2)', '2016-', 'Mænd']) expect(isDataCell(text)).toBe(false)
  })
})

describe("period codes: Statistikbanken's headings of quarters, months and half-years", () => {
  it('takes quarters, months and half-years, with a four- or two-digit year, as headings and data cells', () => {
    for (const text of ['2019K1', '2020M03', '2020M12', '2021H2', '2019Q4', '11K2', '2024K1*']) {
      expect(isPeriodCode(text)).toBe(true)
      expect(isYearHeading(text)).toBe(true)
      expect(isDataCell(text)).toBe(true)
    }
  })

  it('takes no period that a year has not (`2019K5`, `2020M13`, `2021H3`), nor a word with digits', () => {
    for (const text of ['2019K5', '2020M13', '2020M00', '2021H3', 'K1', '2019 K1', 'Kbh2', 'M2019']) expect(isPeriodCode(text)).toBe(false)
  })

  it("takes a finance act's years as its tables head them (`R14`, `F2022`, `FL22`, `BO2023`), in order", () => {
    for (const text of ['R14', 'R2021', 'B2021', 'F2022', 'FL22', 'FFL23', 'BO2023']) expect(isPeriodCode(text)).toBe(true)
    expect(risesInTime(['R20', 'R21', 'F2022', 'BO2023', 'BO2024'])).toBe(true)
    // Near misses: a letter and digits that are no such year.
    for (const text of ['R2D2', 'BO', 'F1', 'R140', 'BO2023A', 'X2020', 'B52', 'F22']) expect(isPeriodCode(text)).toBe(false)
  })

  it('takes a month named with its year as monthly tables head their columns, in order across a new year', () => {
    for (const text of ['Juli 2005', 'Aug. 2005', 'sept. 2005', 'Marts 2006', 'jan 2007']) expect(isPeriodCode(text)).toBe(true)
    expect(risesInTime(['Nov. 2005', 'Dec. 2005', 'Jan. 2006', 'Februar 2006'])).toBe(true)
    expect(periodOrder('Juli 2005')).toBe(periodOrder('2005M07'))
    // Near misses: a month without its year, a date, a word that starts like a month.
    for (const text of ['Juli', '1. juli 2005', 'Julie 2005', 'Maj 05', 'Juni 2005 2006']) expect(isPeriodCode(text)).toBe(false)
  })

  it('takes a half-year or quarter written out with its year, either way round, in order', () => {
    for (const text of ['1997 2. halvår', '2. halvår 1997', '2006 1. halvår', '2019 3. kvartal', '1. kvt. 2020', '2020 4. kvt']) {
      expect(isPeriodCode(text)).toBe(true)
      expect(isYearHeading(text)).toBe(true)
    }
    expect(risesInTime(['1997 2. halvår', '1998', '1999', '2006 1. halvår'])).toBe(true)
    expect(periodOrder('2. halvår 1997')).toBe(periodOrder('1997H2'))
    expect(periodOrder('2019 3. kvartal')).toBe(periodOrder('2019K3'))
    // Near misses: a period a year has not, a period without its year, a date, a count of half-years.
    for (const text of ['1997 3. halvår', '2019 5. kvartal', '2. halvår', '1. juli 2005', '1997 2 halvår', '12. halvår 1997'])
      expect(isPeriodCode(text)).toBe(false)
  })

  it('orders periods in time across years and kinds, years at their first month', () => {
    const order = ['2019', '2019K2', '2019M07', '2019H2', '2019K4', '2020K1', '11K2'].map(periodOrder)
    expect(order.slice(0, 6).every((time, at) => at === 0 || time >= (order[at - 1] ?? 0))).toBe(true)
    expect(periodOrder('2019K4')).toBeLessThan(periodOrder('2020K1'))
    expect(periodOrder('11K2')).toBe(periodOrder('2011K2'))
    expect(periodOrder('98K1')).toBe(periodOrder('1998K1'))
    expect(periodOrder('Mænd')).toBeNaN()
  })

  it('risesInTime: each heading later than the one before; a repeat, a fall or a word is no rise', () => {
    expect(risesInTime(['2019', '2020', '2021K1', '2021K2'])).toBe(true)
    expect(risesInTime(['2019/20', '2020/21'])).toBe(true)
    expect(risesInTime(['2019', '2019'])).toBe(false)
    expect(risesInTime(['2020', '2019'])).toBe(false)
    expect(risesInTime(['2019', 'I alt'])).toBe(false)
  })
})

describe('isAgeGroup: an age group is a row label, not a value', () => {
  it.each(['0-17', '18-64', '65+', '80 +', '25–29'])('%s is an age group, no data cell', (text) => {
    expect(isAgeGroup(text)).toBe(true)
    expect(isDataCell(text)).toBe(false)
  })

  it.each(['2015-2016', '+3', '64-18', '150+', '1.200', '1/2'])('near miss: %s is no age group', (text) => {
    expect(isAgeGroup(text)).toBe(false)
  })
})

describe('continues: a line that goes on from the one before', () => {
  it.each([
    ['Kvindelige indvandrere fra', 'ikke-vestlige lande'],
    ['Gennemsnitlig', 'sagsbehandlingstid'],
    ['Antal ejere', '(1.000)'],
    // A unit in square brackets (Miljøministeriet, 2021).
    ['Engangskompensation', '[kr./ha]'],
    ['Beskæftigelses-', 'ministeriet'],
    // An open end goes on even into a sub-row's word.
    ['Erhverv og', 'heraf industri'],
    // A bracket left open is closed on the next line, whatever that starts with (BUU, 2023-24).
    ['Udgift pr. elev (kr.,', '2023-pl)*'],
    // After an open end, even a month goes on.
    ['Udbetalt i', 'maj'],
  ])('%j goes on into %j', (previous, line) => {
    expect(continues(previous, line)).toBe(true)
  })

  it.each([
    // A sub-row's label starts in lower case and is a row of its own (Energistyrelsen, Finansministeriet, UIM).
    ['Erhverv (inkl. industri)', 'heraf industri'],
    ['Investeringsramme i alt', '- heraf finansieringsbidrag'],
    ['Offentlige udgifter', 'herunder kommuner'],
    ['Udvist ved dom', 'hvoraf udrejst'],
    ['Husholdninger', 'Offentlig service'],
    // A bracket closed on its own line leaves nothing open.
    ['Udgifter (mio. kr.)', '2023-pl'],
    // A month, a column's heading in lower case (UIM's months, 2023).
    ['Øvrige sager', 'jan.'],
    ['Fasttrack', 'maj'],
  ])('%j does not go on into %j', (previous, line) => {
    expect(continues(previous, line)).toBe(false)
  })
})

describe('label: a row label over lines', () => {
  it('sets a unit on its own last line off with a comma', () => {
    expect(label(['Antal personer', 'pct.'])).toBe('Antal personer, pct.')
  })
  it('joins a unit broken over the lines as one (`Mio.` / `kr.`)', () => {
    expect(label(['Mio.', 'kr.'])).toBe('Mio. kr.')
    expect(label(['mia.', 'kr.'])).toBe('mia. kr.')
  })
})
