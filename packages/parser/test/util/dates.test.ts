import { describe, expect, it } from 'vitest'
import { findDate, parseDateLine } from '../../src/index.js'
import { findDates, leadingDate, MONTH_WORD, MONTH_YEAR, misspeltMonth, monthNumber, toIso } from '../../src/util/dates.js'

describe('dates', () => {
  it.each([
    ['17. november 2016', '2016-11-17'],
    ['10. September 2015', '2015-09-10'],
    ['d. 6. oktober 2020', '2020-10-06'],
    ['11-02-2021', '2021-02-11'],
    ['Dato: 29-03-2020', '2020-03-29'],
    ['2/12 2004', '2004-12-02'],
    ['3/9-21', '2021-09-03'],
    ['København, den 13. april 2022', '2022-04-13'],
    ['København K, 13.04.2022', '2022-04-13'],
    ['Mandag, den 3. maj 2021', '2021-05-03'],
    ['Onsdag den 13. april 2022', '2022-04-13'],
    ['13 april 2022', '2022-04-13'],
    ['1. sept. 2021', '2021-09-01'],
    ['18. mar. 2022', '2022-03-18'],
    ['12 dec 2019', '2019-12-12'],
    ['Dato: 13. april 2022   Sagsnr.: 2022-1234', '2022-04-13'],
    ['13.04.2022 · J.nr. 2022-2961', '2022-04-13'],
    ['Dato: 2022-04-13', '2022-04-13'],
    ['14, november 2023', '2023-11-14'],
    ['22.november 2023', '2023-11-22'],
    ['28 . maj 2009', '2009-05-28'],
    ['7- november 2013', '2013-11-07'],
    ['01. oktober 2015', '2015-10-01'],
    ['25-08-2025', '2025-08-25'],
    ['17.12.2021', '2021-12-17'],
    ['12. maj, 2023', '2023-05-12'],
    ['12. maj 2023 / AJK', '2023-05-12'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateLine(text)).toBe(iso)
  })
  it.each([
    ['17. jan. 2010', '2010-01-17'],
    ['17. feb. 2010', '2010-02-17'],
    ['17. febr. 2010', '2010-02-17'],
    ['Dato: 17. febr. 2010', '2010-02-17'],
    ['3. mar. 2011', '2011-03-03'],
    ['3. marts 2011', '2011-03-03'],
    ['9. apr. 2008', '2008-04-09'],
    ['9. jun. 2008', '2008-06-09'],
    ['9. jul 2008', '2008-07-09'],
    ['22. aug. 2005', '2005-08-22'],
    ['1. sep. 2021', '2021-09-01'],
    ['1.sept.2021', '2021-09-01'],
    ['5. okt. 2004', '2004-10-05'],
    ['København, den 30. nov. 2006', '2006-11-30'],
    ['14. dec. 2004', '2004-12-14'],
    ['Den 14. DEC. 2004', '2004-12-14'],
  ])('a month shortened, with or without its stop: %s → %s', (text, iso) => {
    expect(parseDateLine(text)).toBe(iso)
  })
  it.each([
    ['København den 13. januar 2005', '2005-01-13'],
    ['København K den 13. januar 2005', '2005-01-13'],
    ['København d. 12/3 2015', '2015-03-12'],
    ['Aarhus den 1. maj 2010', '2010-05-01'],
    ['Slotsholmen den 1. maj 2010', '2010-05-01'],
    ['Nuuk d. 1. maj 2010', '2010-05-01'],
  ])('a place before "den" with its comma lost: %s → %s', (text, iso) => {
    expect(parseDateLine(text)).toBe(iso)
  })
  it('a day a spaced letterhead split in two is one day (`1 8. marts 2022`), where the two make a day', () => {
    expect(parseDateLine('1 8. marts 2022')).toBe('2022-03-18')
    expect(parseDateLine('3 0. juni 2021')).toBe('2021-06-30')
    expect(parseDateLine('1 5 . november 2023')).toBe('2023-11-15')
    expect(parseDateLine('4 5. marts 2022')).toBeUndefined()
    expect(parseDateLine('1 8. marts 2022 og mere')).toBeUndefined()
  })
  it('a month broken by a stray space, where nothing else is a date (`24. f ebruar 2017`)', () => {
    expect(parseDateLine('24. f ebruar 2017')).toBe('2017-02-24')
    expect(parseDateLine('11. m arts 2019')).toBe('2019-03-11')
    expect(findDate('Dato: 7. j anuar 2005 J .nr.: 2004-30')?.iso).toBe('2005-01-07')
  })
  it("a month broken by a line end's hyphen an old rendition glued into its line (`11. novem-ber 2010`)", () => {
    expect(findDate('spørgsmål nr. 88 af 11. novem-ber 2010 til udenrigsministeren')?.iso).toBe('2010-11-11')
    expect(parseDateLine('8. fe-bruar 2011')).toBe('2011-02-08')
  })
  it('near miss: two hyphened words that make no month are no date (`1. maj-juni 2010`)', () => {
    expect(findDate('den 1. maj-juni 2010')).toBeUndefined()
    expect(findDate('den 3. i-maj 2005')).toBeUndefined()
  })
  it('near miss: two words that make no month, or a whole date elsewhere on the line, take no split month', () => {
    expect(findDate('den 3. i maj 2005')).toBeUndefined()
    expect(findDate('24. f ebruar 2017 og 1. marts 2017')?.iso).toBe('2017-03-01')
    expect(parseDateLine('24. fe bru ar 2017')).toBeUndefined()
  })
  it('a year typed with the letter o for a zero closes a date line (`Den 28. juni 2o23`)', () => {
    expect(parseDateLine('Den 28. juni 2o23')).toBe('2023-06-28')
    expect(parseDateLine('1. maj 2oo5')).toBe('2005-05-01')
    expect(parseDateLine('Dato: 3. marts 2O19')).toBe('2019-03-03')
  })
  it("near miss: an o in a year is no zero where the line is more than a date or the o is no digit's place", () => {
    expect(parseDateLine('28. juni 2o23 og mere')).toBeUndefined()
    expect(parseDateLine('28. juni 2o2')).toBeUndefined()
    expect(parseDateLine('28. juni 2o234')).toBeUndefined()
    expect(parseDateLine('28-06-2o23')).toBeUndefined()
  })
  it('near miss: another word before "den" makes no date line', () => {
    expect(parseDateLine('Stillet den 14. januar 2010')).toBeUndefined()
    expect(parseDateLine('Svar den 1. maj 2010')).toBeUndefined()
    expect(parseDateLine('Modtaget den 1. maj 2010')).toBeUndefined()
  })
  it('near miss: more than initials after a slash makes no date line', () => {
    expect(parseDateLine('12. maj 2023 / se bilag')).toBeUndefined()
    expect(parseDateLine('12. maj 2023 / AJK og KBH')).toBeUndefined()
  })
  it('reads every shortening of a month to its number, and no other word', () => {
    const months = ['jan.', 'feb.', 'febr.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dec.']
    expect(months.map(monthNumber)).toEqual([1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12])
    expect(months.every((month) => MONTH_WORD.test(month))).toBe(true)
    expect(MONTH_YEAR.exec('Aug. 2005')?.[1]).toBe('Aug.')
    // Near misses: a word that starts like a month is no month (`marken`, `decideret`, `febrilsk`, `junior`).
    for (const word of ['marken', 'decideret', 'febrilsk', 'junior', 'novelle']) expect(MONTH_WORD.test(word)).toBe(false)
    expect(findDate('17. februarsk 2010')).toBeUndefined()
    expect(findDate('i nr. 17 decideret 2010')).toBeUndefined()
    // Near miss: a range of days keeps its last day (`6-7. november 2013`), a hyphen glued to the month is no date.
    expect(findDate('den 6-7. november 2013')?.iso).toBe('2013-11-07')
    expect(findDate('Ministeren7- november 2013J nr. 2013-4100')?.iso).toBe('2013-11-07')
    expect(findDate('uge 7-november 2013')).toBeUndefined()
  })
  it('reads a month misspelt by one letter where nothing else on the line is a date', () => {
    expect(findDate('Den 18. deember 2018')?.iso).toBe('2018-12-18')
    expect(findDate('3. novemberr 2010')?.iso).toBe('2010-11-03')
    expect(findDate('1. februrar 2007')?.iso).toBe('2007-02-01')
    expect(misspeltMonth('deember')).toBe(12)
    // Near misses: words that are no month (a quarter, a half-year), a word two letters from one, a short month's
    // neighbour (`jule`: juni or juli), and a right date later on the line wins over a misspelt one.
    expect(findDate('1. kvartal 2012')).toBeUndefined()
    expect(findDate('2. halvår 2010')).toBeUndefined()
    expect(findDate('5. dember 2018')).toBeUndefined()
    expect(findDate('5. jule 2018')).toBeUndefined()
    expect(findDate('5. deember 2018 og 6. december 2018')?.iso).toBe('2018-12-06')
  })
  it('reads a month with two neighbouring letters swapped', () => {
    expect(findDate('28. sepetmber 2021')?.iso).toBe('2021-09-28')
    expect(findDate('4. otkober 2015')?.iso).toBe('2015-10-04')
    // Near misses: a swap of letters that are not neighbours, and a swap plus another slip.
    expect(findDate('28. sebtemper 2021')).toBeUndefined()
    expect(findDate('28. sepetmbre 2021')).toBeUndefined()
  })

  it('rejects impossible dates and text around a date', () => {
    expect(parseDateLine('31. februar 2021')).toBeUndefined()
    expect(parseDateLine('trådte i kraft 1. januar 2020')).toBeUndefined()
    expect(parseDateLine('Loven trådte i kraft, den 1. januar 2020')).toBeUndefined()
    expect(parseDateLine('2013 april 2022')).toBeUndefined()
    expect(parseDateLine('13. aprilis 2022')).toBeUndefined()
    expect(parseDateLine('13. april 2022 Svar på spørgsmål')).toBeUndefined()
    expect(parseDateLine('2022-02-30')).toBeUndefined()
  })
  it('finds a date in running text with its position', () => {
    expect(findDate('i brev af 30. august 2021 stillet')).toEqual({ iso: '2021-08-30', index: 10, length: 15 })
  })
  it.each([
    ['Sagsnr. 30.02.2020-114 · Dato: 11-02-2021', '2021-02-11'],
    ['J.nr. 45-12-2019 af 3. marts 2020', '2020-03-03'],
    ['brevet af 31. februar 2020 (rettet: 3. marts 2020)', '2020-03-03'],
    ['i skrivelse af 2/30 2004, rettet 2/12 2004', '2004-12-02'],
    ['ref. 13.13.2013 og 14.14.2014, besvaret 15.01.2015', '2015-01-15'],
  ])('passes over a match that is no real day for the next: %s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso)
  })
  it('takes the earliest real date of any notation, a written-out one first at the same place', () => {
    expect(findDate('30.02.2020, 4. maj 2020, 05-05-2020')?.iso).toBe('2020-05-04')
    expect(findDate('1/2 2020 og 3. marts 2020')?.iso).toBe('2020-02-01')
  })
  it('near miss: a line with only impossible days has no date', () => {
    expect(findDate('30.02.2020 og 31. april 2021 og 2/13 2004')).toBeUndefined()
  })
  it('reads a day, month and year each after a slash (Sundhedsministeriet 2018: `har den 13/12/2018 stillet`)', () => {
    expect(findDate('Udvalget har den 13/12/2018 stillet følgende spørgsmål')).toEqual({ iso: '2018-12-13', index: 17, length: 10 })
    // Near misses: a month first (no 13th month), a year first, a day and month with no year.
    expect(findDate('Sent 12/13/2018 by e-mail')).toBeUndefined()
    expect(findDate('Sagsnr. 2018/12/13')).toBeUndefined()
    expect(findDate('fordelt 1/2 og 1/3')).toBeUndefined()
  })
})

describe('leadingDate', () => {
  it('reads a written-out date glued to the next field off its four-digit year', () => {
    expect(leadingDate('24. november 20112011-3899')).toEqual({ iso: '2011-11-24', rest: '2011-3899' })
    expect(leadingDate('15. januar 2014Økonomistyrings-kontoret')).toEqual({ iso: '2014-01-15', rest: 'Økonomistyrings-kontoret' })
    expect(leadingDate('København, den 10. juni 2009Sagsnr.: 16191')).toEqual({ iso: '2009-06-10', rest: 'Sagsnr.: 16191' })
  })
  it('does not read a numeric date, whose end is not certain, nor a date inside a line', () => {
    expect(leadingDate('24-11-20112011-3899')).toBeUndefined()
    expect(leadingDate('Loven af 24. november 2011')).toBeUndefined()
  })
})

describe('findDates', () => {
  it('finds every date of a text in order, each index within the whole text', () => {
    const text = 'Den 15. februar 2006 og 2/12 2004, men 11-02-2021'
    expect([...findDates(text)].map(({ iso, index }) => [iso, text.slice(index, index + 4)])).toEqual([
      ['2006-02-15', '15. '],
      ['2004-12-02', '2/12'],
      ['2021-02-11', '11-0'],
    ])
    expect([...findDates('ingen dato her')]).toEqual([])
  })
})

describe('toIso', () => {
  it('gives no ISO date for a day its month does not have', () => {
    expect(toIso(2024, 2, 29)).toBe('2024-02-29')
    expect(toIso(2023, 2, 29)).toBeUndefined()
  })
})
