import { describe, expect, it } from 'vitest'
import { toString as nodeToString } from 'mdast-util-to-string'
import { tableFromCellGroups, tableFromText } from '../src/layout/text/table.js'
import { findDate, joinLines, parseDanishNumber, parseDateLine, sessionFromDate } from '../src/index.js'

describe('parseDanishNumber', () => {
  it.each([
    ['35.564', 35564],
    ['9,8', 9.8],
    ['1.234,5', 1234.5],
    ['-1,5', -1.5],
    ['−2', -2],
    ['25,1*', 25.1],
    ['2024*', 2024],
    ['40 pct.', 40],
    ['0', 0],
    ['35 564', 35564],
    ['35\u00A0564', 35564],
    ['12\u202F345\u202F678', 12345678],
    ['÷2,5', -2.5],
    ['÷ 1.200', -1200],
    ['+3,2', 3.2],
    ['1,0 pct.-point', 1],
    ['0,4 procentpoint', 0.4],
    ['kr. 1.234', 1234],
    ['2,5 mio. kr.', 2.5],
    ['1,5 mia.', 1.5],
    ['12,5 %', 12.5],
  ])('%s → %s', (raw, value) => {
    expect(parseDanishNumber(raw)).toBe(value)
  })
  it.each(['-', '..', '–', '…', 'Andel', '1.10', '', '12.34.5', '2013 2014', '1 23', '÷', 'kr.'])('%s → null', (raw) => {
    expect(parseDanishNumber(raw)).toBeNull()
  })
})

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
  ])('%s → %s', (text, iso) => {
    expect(parseDateLine(text)).toBe(iso)
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
})

describe('joinLines', () => {
  it('joins a word split by hyphenation', () => {
    expect(joinLines(['Op-', 'gørelsen sker'])).toBe('Opgørelsen sker')
  })
  it('keeps a suspended hyphen', () => {
    expect(joinLines(['på førtidspension-', 'og fleksjobreformen'])).toBe('på førtidspension- og fleksjobreformen')
  })
  it('keeps compound hyphens after capitals and digits', () => {
    expect(joinLines(['afskedigelse af SOSU-', 'frontpersonale'])).toBe('afskedigelse af SOSU-frontpersonale')
    expect(joinLines(['status på 2020-', 'målene'])).toBe('status på 2020-målene')
    expect(joinLines(['EU-', 'borgere'])).toBe('EU-borgere')
  })
  it('keeps a hyphen before a capital', () => {
    expect(joinLines(['Lennart Damsbo-', 'Andersen'])).toBe('Lennart Damsbo-Andersen')
  })
  it('joins at a soft hyphen and drops soft hyphens inside lines', () => {
    expect(joinLines(['Op\u00AD', 'gørelsen ud\u00ADført'])).toBe('Opgørelsen udført')
  })
  it('treats U+2010 and U+2011 at a line end as a hyphen (Chromium draws a soft hyphen taken as U+2010)', () => {
    expect(joinLines(['overgang til fleksjob\u2010', 'ordningen?'])).toBe('overgang til fleksjobordningen?')
    expect(joinLines(['kvindelige ikke\u2011', 'vestlige'])).toBe('kvindelige ikke-vestlige')
    expect(joinLines(['social\u2010', 'og indenrigsministeren'])).toBe('social- og indenrigsministeren')
  })
  it('repairs glued lines of old renditions', () => {
    expect(joinLines(['medvirke til,at'])).toBe('medvirke til, at')
  })
})

describe('sessionFromDate', () => {
  it.each([
    ['2016-11-17', '20161'],
    ['2017-05-04', '20161'],
    ['2024-09-20', '20231'],
    ['2005-04-20', '20042'],
    ['2005-01-20', '20041'],
    ['2015-08-01', '20142'],
    ['2022-11-15', '20222'],
    ['2022-10-10', '20221'],
  ])('%s → %s', (date, session) => {
    expect(sessionFromDate(date)).toBe(session)
  })
})

describe('tables from text: column by column', () => {
  const cells = (lines: string[]) => tableFromText(lines)?.children.map((row) => row.children.map((cell) => nodeToString(cell)))

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
    expect(cells(body)).toEqual([
      ['', 'Faktisk antal beskæftigede', 'Hypotetisk antal beskæftigede', 'Forskel'],
      ['Kvindelige indvandrere fra ikke-vestlige lande', '82.667', '118.232', '35.564'],
      ['Kvindelige efterkommere fra ikke-vestlige lande', '26.143', '31.238', '5.095'],
    ])
    expect(tableFromText(body)?.data?.columnMajor).toBe(true)
  })

  it('reads a table listed column by column under rising years, joining label lines that go on', () => {
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
    expect(cells(body)).toEqual([
      ['', '2010', '2011', '2012'],
      ['Danske statsborgere i alt', '119.908', '116.229', '116.721'],
      ['EU/EØS/EFTA uden Norden i alt', '2.827', '3.237', '3.968'],
    ])
    // Years that do not rise are not column headings.
    expect(cells(['2010', 'A', 'B', '1', '2', '2009', '3', '4'])).toBeUndefined()
  })

  it('leaves it alone when the labels do not match the values one to one, or the columns differ in length', () => {
    // Three labels for two values: which two rows they name is a guess.
    expect(cells(['Heading', 'Mænd', 'Kvinder', 'Alle', '1', '2', 'Other', '3', '4'])).toBeUndefined()
    expect(cells(['Heading', 'Mænd', 'Kvinder', '1', '2', 'Other', '3'])).toBeUndefined()
  })
})

describe('tables one cell per paragraph (pdftotext in reading order)', () => {
  const cells = (groups: string[][]) =>
    tableFromCellGroups(groups)?.table.children.map((row) => row.children.map((cell) => nodeToString(cell)))

  it('reads rows led by a year under heading cells, a caption running on into the first heading', () => {
    const groups = [
      ['Bruttotilgang, 2010-2011', 'År'],
      ['Bruttotilgang,', 'personer'],
      ['Andel, pct.'],
      ['2010'],
      ['7.925'],
      ['40'],
      ['2011'],
      ['7.225'],
      ['38'],
    ]
    expect(cells(groups)).toEqual([
      ['År', 'Bruttotilgang, personer', 'Andel, pct.'],
      ['2010', '7.925', '40'],
      ['2011', '7.225', '38'],
    ])
    expect(tableFromCellGroups(groups)?.caption).toBe(1)
  })

  it('reads rows led by a label under group headings that divide the columns evenly', () => {
    const groups = [
      ['Personer i job, 2022-2023.'],
      ['Mænd'],
      ['Kvinder'],
      ['Alder'],
      ['2022'],
      ['2023'],
      ['2022'],
      ['2023'],
      ['16-29 år'],
      ['1.234'],
      ['1.300'],
      ['-'],
      ['1.100'],
      ['I alt'],
      ['3.000'],
      ['4.250'],
      ['3.110'],
      ['3.300'],
    ]
    expect(cells(groups)).toEqual([
      ['Alder', 'Mænd 2022', 'Mænd 2023', 'Kvinder 2022', 'Kvinder 2023'],
      ['16-29 år', '1.234', '1.300', '-', '1.100'],
      ['I alt', '3.000', '4.250', '3.110', '3.300'],
    ])
  })

  it('passes over the heading row repeated after a page break, and leaves rows of uneven length alone', () => {
    const repeated = [['Tabel-tekst.'], ['År'], ['Ledige'], ['2010'], ['7.925'], ['År'], ['Ledige'], ['2011'], ['7.225']]
    expect(cells(repeated)).toEqual([
      ['År', 'Ledige'],
      ['2010', '7.925'],
      ['2011', '7.225'],
    ])
    expect(cells([['Tabel-tekst.'], ['År'], ['Ledige'], ['2010'], ['7.925'], ['2011'], ['7.225'], ['12']])).toBeUndefined()
  })
})
