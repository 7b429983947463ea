import { describe, expect, it } from 'vitest'
import { cellPerLine } from '../../../../src/layout/text/readers/cell-per-line.js'
import { tableFromText } from '../../../../src/layout/text/table-readers.js'
import { cellTexts } from '../../../table-cells.js'

describe('cell-per-line: one cell a line, rows under a header run of years', () => {
  it('reads a header run of years, then each row its label and a run of values as long', () => {
    const body = ['Køn', '2010', '2011', 'Mænd', '7.925', '7.225', 'Kvinder', '6.100', '6.000']
    // `Køn` heads the label column: `Mænd` is the first row's label, set right before its values.
    expect(cellTexts(cellPerLine(body))).toEqual([
      ['Køn', '2010', '2011'],
      ['Mænd', '7.925', '7.225'],
      ['Kvinder', '6.100', '6.000'],
    ])
    expect(tableFromText(body)?.data?.reader).toBe('cell-per-line')
    // Read column by column the same lines fit too (years as rows): the table says which evidence chose.
    expect(cellPerLine(body)?.data?.orderInferred).toMatch(/years head the columns/u)
  })

  it("reads a measure's heading wrapped over its years as theirs, the label column's heading first (DSB, Danmarks Statistik)", () => {
    const station = ['Station', 'Antal', 'påstigere', '(tusinder)', '2013', 'Lejre', '106', 'Hvalsø', '334', 'Holbæk', '862']
    const read = cellPerLine(station)
    expect(cellTexts(read)?.[0]).toEqual(['Station', 'Antal påstigere (tusinder) 2013'])
    expect(read?.data?.orderInferred).toMatch(/group heading/u)
    const region = ['Region', 'Beløb (mio. kr.)', '2022', '2023', 'Nord', '12,5', '13,0', 'Syd', '8,1', '8,4']
    expect(cellTexts(cellPerLine(region))?.[0]).toEqual(['Region', 'Beløb (mio. kr.) 2022', 'Beløb (mio. kr.) 2023'])
  })

  it("keeps a wrapped label column's heading whole where the second line names no measure (near miss)", () => {
    const body = ['Rejser i begge', 'Retninger', '2014', 'Karlskrona', '215.000', 'Kalmar', '175.000']
    expect(cellTexts(cellPerLine(body))?.[0]).toEqual(['Rejser i begge Retninger', '2014'])
  })

  it('reads a row label wrapped onto more lines, and a unit on a line of its own', () => {
    const body = ['2010', '2011', 'Bruttotilgang til', 'fleksjob', '7.925', '7.225', 'Andel direkte', 'pct.', '40', '38']
    expect(cellTexts(cellPerLine(body))).toEqual([
      ['', '2010', '2011'],
      ['Bruttotilgang til fleksjob', '7.925', '7.225'],
      ['Andel direkte, pct.', '40', '38'],
    ])
  })

  it("reads the first row's label set before the headings, one year column being enough when more rows follow", () => {
    const body = ['Antal personer på', 'vedtagne lovforslag', '2019', '3.543', 'Antal afslag på an-', 'søgning', '2.807']
    const table = cellPerLine(body)
    expect(cellTexts(table)).toEqual([
      ['', '2019'],
      ['Antal personer på vedtagne lovforslag', '3.543'],
      ['Antal afslag på ansøgning', '2.807'],
    ])
    // Nothing else fits this order: no flag from the reader.
    expect(table?.data?.orderInferred).toBeUndefined()
    // One row alone under one year is no table.
    expect(cellPerLine(['Antal personer', '2019', '3.543'])).toBeUndefined()
  })

  it('reads a header run of words (months), one heading per value column and one over the labels, flagged', () => {
    const body = ['Måned', 'jan.', 'feb.', 'I alt', 'Fasttrack', '0', '72', '72', 'Øvrige sager', '323', '470', '793']
    const table = cellPerLine(body)
    expect(cellTexts(table)).toEqual([
      ['Måned', 'jan.', 'feb.', 'I alt'],
      ['Fasttrack', '0', '72', '72'],
      ['Øvrige sager', '323', '470', '793'],
    ])
    expect(table?.data?.orderInferred).toMatch(/row by row/u)
    // No heading over the labels.
    expect(cellTexts(cellPerLine(['jan.', 'feb.', 'Fasttrack', '0', '72', 'Øvrige', '3', '4']))?.[0]).toEqual(['', 'jan.', 'feb.'])
  })

  it('takes cells of digits and signs without letters as data (`2015->2016`, `-`)', () => {
    expect(cellTexts(cellPerLine(['Periode', '2016', '2017', 'Ændring', '2015->2016', '2016->2017', 'Areal', '-', '5']))).toEqual([
      ['Periode', '2016', '2017'],
      ['Ændring', '2015->2016', '2016->2017'],
      ['Areal', '-', '5'],
    ])
  })

  it('leaves rows alone whose labels wrap at widths no one column has (they were column headings)', () => {
    const body = [
      'År',
      '2015',
      '2016',
      'Ændring i',
      'perioden',
      '1',
      '2',
      'Heraf det samlede areal, der året efter ikke',
      'kunne genfindes',
      '3',
      '4',
    ]
    expect(cellPerLine(body)).toBeUndefined()
  })

  it('reads years as the rows only under a heading that says so; a category over the years heads the labels', () => {
    const rows = ['Periode', 'Fly', 'Tog', '2016', '3,1', '4,4', '2017', '3,3', '4,2']
    expect(cellTexts(cellPerLine(rows))).toEqual([
      ['Periode', 'Fly', 'Tog'],
      ['2016', '3,1', '4,4'],
      ['2017', '3,3', '4,2'],
    ])
    expect(cellPerLine(rows)?.data?.orderInferred).toBeUndefined()
    // `Transportform` names what `Fly` and `Tog` are: they are the rows, the years across (read column by column).
    const across = ['Transportform', 'Fly', 'Tog', '2016', '3,1', '4,4', '2017', '3,3', '4,2']
    expect(cellPerLine(across)).toBeUndefined()
    const read = tableFromText(across)
    expect(read?.data?.reader).toBe('column-major-years')
    expect(cellTexts(read)).toEqual([
      ['Transportform', '2016', '2017'],
      ['Fly', '3,1', '3,3'],
      ['Tog', '4,4', '4,2'],
    ])
    // No heading over the years: read row by row, flagged.
    expect(cellPerLine(['Fly', 'Tog', '2016', '3,1', '4,4', '2017', '3,3', '4,2'])?.data?.orderInferred).toMatch(/years across/u)
  })

  it('reads years as the rows under a heading that names a unit over two value columns or more, flagged', () => {
    // Regions' beds by year (SUU 2016-17, Danske Regioner): `Antal` says what the cells count, not what the regions are.
    const beds = ['Antal', 'Hovedstaden', 'Sjælland', 'Hele landet', '2007', '1498', '395', '1893', '2008', '1462', '395', '1857']
    const read = tableFromText(beds)
    expect(read?.data?.reader).toBe('cell-per-line')
    expect(cellTexts(read)).toEqual([
      ['Antal', 'Hovedstaden', 'Sjælland', 'Hele landet'],
      ['2007', '1498', '395', '1893'],
      ['2008', '1462', '395', '1857'],
    ])
    expect(read?.data?.orderInferred).toMatch(/names a unit/u)
    const money = ['mia. kr. årets priser', 'Medicintilskud', 'Sygehusmedicin', '2014', '5,6', '7,5', '2015', '5,7', '7,9']
    expect(cellTexts(tableFromText(money))?.[0]).toEqual(['mia. kr. årets priser', 'Medicintilskud', 'Sygehusmedicin'])
    // Near miss: one value column under the unit is a series set across the page, the years as the columns.
    const series = ['Mia. kr., 2015-pl', 'Serviceudgifter', '2012', '230,8', '2013', '231,1']
    expect(cellPerLine(series)).toBeUndefined()
    expect(cellTexts(tableFromText(series))).toEqual([
      ['Mia. kr., 2015-pl', '2012', '2013'],
      ['Serviceudgifter', '230,8', '231,1'],
    ])
  })

  it('reads wrapped labels under a unit as the rows, the years across, where as headings they would not fit a page', () => {
    // A budget's rows (made up, in the form of a Finansministeriet answer's table): each label as the rendition
    // wrapped it. Set side by side over columns, the longest lines alone would need a row of some 190 characters.
    const labels = [
      'Statsligt budget for forsk-',
      'ning og udvikling',
      '- heraf fordelt på ministeriernes områ-',
      'der',
      '- heraf afsat på reserven for forsk-',
      'ning',
      'Øvrige offentlige midler til for-',
      'skning',
      'Offentlige midler til forskning i alt',
    ]
    const lines = ['Mio. kr., 2020-priser', ...labels, '2019', '100', '80', '20', '50', '150', '2020', '110', '85', '25', '55', '165']
    const read = tableFromText(lines)
    expect(cellPerLine(lines)).toBeUndefined()
    expect(cellTexts(read)).toEqual([
      ['Mio. kr., 2020-priser', '2019', '2020'],
      ['Statsligt budget for forskning og udvikling', '100', '110'],
      ['- heraf fordelt på ministeriernes områder', '80', '85'],
      ['- heraf afsat på reserven for forskning', '20', '25'],
      ['Øvrige offentlige midler til forskning', '50', '55'],
      ['Offentlige midler til forskning i alt', '150', '165'],
    ])
    // Near miss: short headings under the same unit fit a page side by side — read row by row, the years as the rows.
    const short = ['Mio. kr., 2020-priser', 'Stat', 'Kommuner', 'Regioner', '2019', '100', '80', '20', '2020', '110', '85', '25']
    expect(cellTexts(cellPerLine(short))?.[0]).toEqual(['Mio. kr., 2020-priser', 'Stat', 'Kommuner', 'Regioner'])
  })

  it('leaves a first line worded like a later row’s label to a column-by-column reading (`Pr. måned` … `Pr. år`)', () => {
    const labels = ['Bruttobetaling', 'Søskenderabat', 'Samlet betaling', 'Betaling pr. plads']
    const values = ['4.656', '-1.552', '3.104', '1.035']
    expect(cellPerLine(['Pr. måned', ...labels, ...values, 'Pr. år', '55.873', '-18.624', '37.249', '12.416'])).toBeUndefined()
    // Near miss: headings worded unlike the row labels are read row by row, the usual order (flagged).
    const rowWise = cellPerLine([
      'Ydelse',
      'Bruttobetaling',
      'Søskenderabat',
      'Pr. måned',
      '4.656',
      '-1.552',
      'Pr. år',
      '55.873',
      '-18.624',
    ])
    expect(cellTexts(rowWise)).toEqual([
      ['Ydelse', 'Bruttobetaling', 'Søskenderabat'],
      ['Pr. måned', '4.656', '-1.552'],
      ['Pr. år', '55.873', '-18.624'],
    ])
  })

  it('leaves headings too long to stand side by side unwrapped to a column-by-column reading (SUU 2014-15)', () => {
    const labels = [
      'Tilskud fra kvalitetsfonden',
      'Regional egenfinansiering',
      'Lån til energiinvesteringer (godkendte lån pr. marts 2015)',
      'I alt',
    ]
    const body = [
      'Mio. kr., 2015-pl',
      ...labels,
      '2009-pl',
      '25.000',
      '16.400',
      '318',
      '41.718',
      '2015-pl',
      '27.200',
      '17.843',
      '346',
      '45.389',
    ]
    expect(cellPerLine(body)).toBeUndefined()
    expect(cellTexts(tableFromText(body))).toEqual([
      ['Mio. kr., 2015-pl', '2009-pl', '2015-pl'],
      ['Tilskud fra kvalitetsfonden', '25.000', '27.200'],
      ['Regional egenfinansiering', '16.400', '17.843'],
      ['Lån til energiinvesteringer (godkendte lån pr. marts 2015)', '318', '346'],
      ['I alt', '41.718', '45.389'],
    ])
    // Wrapped, each measured by its longest line: as wide together, so the same reading.
    const wrapped = [
      'Mio. kr., 2015-pl',
      'Tilskud fra kvalitetsfonden til sygehus-',
      'byggeri',
      'Regional egenfinansiering af byggepro-',
      'jekterne',
      'Lån til energiinvesteringer (godkendte',
      'lån pr. marts 2015)',
      'I alt',
      ...body.slice(5),
    ]
    expect(cellPerLine(wrapped)).toBeUndefined()
    expect(cellTexts(tableFromText(wrapped))?.map((row) => row[0])).toEqual([
      'Mio. kr., 2015-pl',
      'Tilskud fra kvalitetsfonden til sygehusbyggeri',
      'Regional egenfinansiering af byggeprojekterne',
      'Lån til energiinvesteringer (godkendte lån pr. marts 2015)',
      'I alt',
    ])
    // Near miss: five intervals a little over a page's width in characters are a header row still (Sundhedsministeriet 2007).
    const intervals = ['1 kr. – 1.000 kr.', '1.001 kr. – 2.500 kr.', '2.501 kr. – 5.000 kr.', '5.001 kr. – 10.000 kr.', '10.001 kr. - >']
    const header = ['Årligt køb i intervallet', ...intervals, 'Antal personer', '1.621.381', '464.816', '372.526', '320.582', '203.604']
    const read = cellPerLine([...header, 'Merudgift (kr.)', '0 - 178', '179 – 233', '233 – 259', '259', '259'])
    expect(cellTexts(read)?.[0]).toEqual(['Årligt køb i intervallet', ...intervals])
  })

  it('reads school and fiscal years (`2019/20`) as a header of years', () => {
    const body = ['Skoleår', '2021/22', '2022/23', 'Gymnasiet', '14.310', '14.020', 'Erhvervsskolerne', '9.850', '10.140']
    expect(cellTexts(cellPerLine(body))).toEqual([
      ['Skoleår', '2021/22', '2022/23'],
      ['Gymnasiet', '14.310', '14.020'],
      ['Erhvervsskolerne', '9.850', '10.140'],
    ])
    // A period of several years is no year heading: the run is no header.
    expect(cellPerLine(['Periode', '2010-2015', '2015-2020', 'Gymnasiet', '14.310', '14.020'])).toBeUndefined()
  })

  it('reads a label line that does not go on from the one before as a group heading where the column is wide enough', () => {
    const body = ['Oprindelse', '2022', '2023', 'EU-lande', 'Tyskland', '1.200', '1.300', 'Polen', '2.100', '2.200']
    body.push('Lande uden for EU og EØS i øvrigt', '9.100', '9.400', 'Heraf:', 'Tyrkiet', '3.100', '3.000')
    const table = cellPerLine(body)
    expect(cellTexts(table)).toEqual([
      ['Oprindelse', '2022', '2023'],
      ['EU-lande', '', ''],
      ['Tyskland', '1.200', '1.300'],
      ['Polen', '2.100', '2.200'],
      ['Lande uden for EU og EØS i øvrigt', '9.100', '9.400'],
      ['Heraf:', '', ''],
      ['Tyrkiet', '3.100', '3.000'],
    ])
    // A column as narrow as the lines: `Region` / `Hovedstaden` may be one label wrapped; kept so, and flagged.
    const narrow = cellPerLine(['Område', 'Antal', 'Andel', 'Region', 'Hovedstaden', '41.200', '31,0', 'Sjælland', '15.300', '11,5'])
    expect(cellTexts(narrow)?.[1]).toEqual(['Region Hovedstaden', '41.200', '31,0'])
    expect(narrow?.data?.orderInferred).toMatch(/group heading/u)
  })

  it('joins a header row of units to the headings above it (`Antal sager` / `(1.000)`)', () => {
    const body = ['Antal sager', 'Udgift', '(1.000)', 'Mio. kr.', 'Førtidspension', '212', '4.310', 'Fleksjob', '87', '1.120']
    expect(cellTexts(cellPerLine(body))).toEqual([
      ['', 'Antal sager (1.000)', 'Udgift Mio. kr.'],
      ['Førtidspension', '212', '4.310'],
      ['Fleksjob', '87', '1.120'],
    ])
    // A heading over the labels first.
    const labelled = ['Ydelse', 'Antal sager', 'Udgift', '(1.000)', 'Mio. kr.', 'Førtidspension', '212', '4.310', 'Fleksjob', '87', '1.120']
    expect(cellTexts(cellPerLine(labelled))?.[0]).toEqual(['Ydelse', 'Antal sager (1.000)', 'Udgift Mio. kr.'])
    // Words under the headings that are no units: not joined (read as ever, the first as the labels' heading).
    const words = ['Antal sager', 'Udgift', 'Nye', 'Gamle', 'Førtidspension', '212', '4.310', 'Fleksjob', '87', '1.120']
    expect(cellTexts(cellPerLine(words))?.[0]).not.toContain('Antal sager Nye')
  })

  it('leaves words with numbers that are no table alone', () => {
    // A letter's sidebar: labels and numbers, no run of values as long as the headings.
    expect(
      cellPerLine(['Tel.', 'Mail', 'Web', '6198 4000', '[email protected]', 'www.uim.dk', '36977191', '2019 - 4350', '683829']),
    ).toBeUndefined()
    // A page footer.
    expect(cellPerLine(['Side', '1/2'])).toBeUndefined()
    // Prose lines with a number on the next line.
    expect(cellPerLine(['Der var i alt', '3.141', 'personer i centrene'])).toBeUndefined()
  })

  it("splits the header run of years from the first row's values that follow it directly", () => {
    expect(cellTexts(cellPerLine(['Ledige', '2010', '2011', '7.925', '7.225', 'Andel', '40', '38']))).toEqual([
      ['', '2010', '2011'],
      ['Ledige', '7.925', '7.225'],
      ['Andel', '40', '38'],
    ])
  })

  it('leaves runs of values of uneven length, or a header that is no run of years, alone', () => {
    expect(cellPerLine(['Køn', '2010', '2011', 'Mænd', '7.925', 'Kvinder', '6.100', '6.000'])).toBeUndefined()
    expect(cellPerLine(['Køn', '12', '13', 'Mænd', '7.925', '7.225'])).toBeUndefined()
  })
})

describe('cell-per-line: a group heading that names the columns under it', () => {
  it('heads the columns it names, set first, and leaves the label column without a heading', () => {
    // Forsvarsministeriet style: the group heading over the two last columns printed above the tall first heading.
    const spending = ['Fordeling på løn/drift', 'Udgifter i alt', '(mio. kr.)', 'Løn', 'Drift']
    spending.push('Hjemmeværnet', '2,1', '0,9', '1,2', 'Total', '4,0', '1,9', '2,1')
    expect(cellTexts(cellPerLine(spending))).toEqual([
      ['', 'Udgifter i alt (mio. kr.)', 'Fordeling på løn/drift Løn', 'Fordeling på løn/drift Drift'],
      ['Hjemmeværnet', '2,1', '0,9', '1,2'],
      ['Total', '4,0', '1,9', '2,1'],
    ])
    // Beskæftigelsesministeriet style: `… mænd og kvinder` over the first two columns.
    const people = ['Ledige mænd og kvinder', 'Mænd', 'Kvinder', 'I alt', 'Nord', '12', '14', '26', 'Syd', '10', '11', '21']
    expect(cellTexts(cellPerLine(people))?.[0]).toEqual(['', 'Ledige mænd og kvinder Mænd', 'Ledige mænd og kvinder Kvinder', 'I alt'])
  })

  it('leaves a heading over the labels that names no column, or only one, as the labels’ heading', () => {
    const regions = ['Region', 'Antal', 'Andel', 'Nord', '12', '0,4', 'Syd', '14', '0,6']
    expect(cellTexts(cellPerLine(regions))?.[0]).toEqual(['Region', 'Antal', 'Andel'])
    const oneNamed = ['Antal pr. region', 'Antal', 'Andel', 'Nord', '12', '0,4', 'Syd', '14', '0,6']
    expect(cellTexts(cellPerLine(oneNamed))?.[0]).toEqual(['Antal pr. region', 'Antal', 'Andel'])
  })
})

describe('cell-per-line: a group heading over word columns, named by nothing in it', () => {
  it("reads one heading more than the columns as the label column's heading, then a group over the value columns (flagged)", () => {
    // Word lists the merged `Antal sager` before the row under it: `Område`, `Antal sager`, `Modtaget`, `Afgjort`.
    const body = [
      'Område',
      'Antal sager',
      'Modtaget',
      'Afgjort',
      'Beskæftigelse',
      '1.234',
      '1.100',
      'Social',
      '2.345',
      '2.300',
      'I alt',
      '3.579',
      '3.400',
    ]
    const table = cellPerLine(body)
    expect(cellTexts(table)).toEqual([
      ['Område', 'Antal sager Modtaget', 'Antal sager Afgjort'],
      ['Beskæftigelse', '1.234', '1.100'],
      ['Social', '2.345', '2.300'],
      ['I alt', '3.579', '3.400'],
    ])
    expect(table?.data?.orderInferred).toMatch(/group heading/u)
  })

  it("reads another ministry's wording: `Uddannelse` over `Optagne` `Ansøgere` under `Antal personer`", () => {
    const body = ['Uddannelse', 'Antal personer', 'Ansøgere', 'Optagne', 'Sygeplejerske', '4.120', '3.050', 'Pædagog', '5.300', '4.210']
    expect(cellTexts(cellPerLine(body))?.[0]).toEqual(['Uddannelse', 'Antal personer Ansøgere', 'Antal personer Optagne'])
  })

  it("near miss: where a later row's label takes two lines, the extra line stays the first row's (no group heading invented)", () => {
    const body = ['Område', 'Modtaget', 'Afgjort', 'Region', 'Hovedstaden', '1.234', '1.100', 'Region', 'Sjælland', '2.345', '2.300']
    expect(cellTexts(cellPerLine(body))?.[0]).toEqual(['Område', 'Modtaget', 'Afgjort'])
  })

  it('near miss: a heading wrapped over lines (going on from the line before) is one heading, not a group', () => {
    const body = ['Nationalitet', 'Antal', 'Gennemsnitlig', 'sagsbehandlingstid', 'Syrien', '120', '214', 'Eritrea', '80', '190']
    expect(cellTexts(cellPerLine(body))?.[0]).toEqual(['Nationalitet', 'Antal', 'Gennemsnitlig sagsbehandlingstid'])
  })
})

describe('cell-per-line: age groups as row labels', () => {
  it('reads `0-17` `18-64` `65+` as the rows, under `Alder` `Antal` and under years', () => {
    const byCount = ['Alder', 'Antal', '0-17', '1.200', '18-64', '3.400', '65+', '900', 'I alt', '5.500']
    expect(cellTexts(cellPerLine(byCount))?.map((row) => row[0])).toEqual(['Alder', '0-17', '18-64', '65+', 'I alt'])
    const byYear = ['2021', '2022', '18-29', '1.200', '1.250', '50+', '900', '950']
    expect(cellTexts(cellPerLine(byYear))).toEqual([
      ['', '2021', '2022'],
      ['18-29', '1.200', '1.250'],
      ['50+', '900', '950'],
    ])
  })
})

describe("cell-per-line: the first row's year set before the headings", () => {
  const headings = ['Sager i alt', 'Afvist*', 'Afgjort', 'Heraf kritik**', 'Heraf beklaget']
  const rows = (years: number) =>
    Array.from({ length: years }, (_, at) => [
      `${2012 + at}`,
      `${500 + at}`,
      `${200 + at}`,
      `${300}`,
      `${20 + at} (6,${at} %)`,
      `${10 + at} (3,${at}%)`,
    ])

  it('moves the year to the first row where the years across would be wider than a page', () => {
    const [first, ...later] = rows(9)
    const [year, ...values] = first as string[]
    const body = [year as string, ...headings, ...values, ...later.flat()]
    const table = tableFromText(body)
    expect(cellTexts(table)?.slice(0, 3)).toEqual([
      ['', ...headings],
      ['2012', '500', '200', '300', '20 (6,0 %)', '10 (3,0%)'],
      ['2013', '501', '201', '300', '21 (6,1 %)', '11 (3,1%)'],
    ])
    expect(table?.data?.orderInferred).toMatch(/year before the headings/u)
  })

  it('leaves a narrow table to the column-by-column reading under the years', () => {
    // `2013` / the labels / the 2013 values / `2014` / …: years across, the labels as rows.
    const body = ['2013', 'Komité A', 'Komité B', '15', '303', '2014', '11', '263', '2015', '15', '296']
    expect(cellPerLine(body)).toBeUndefined()
    expect(tableFromText(body)?.data?.reader).toBe('column-major-years')
  })
})

describe('cell-per-line: years as the rows under a heading compounded on -år, a totals row last', () => {
  it('reads `Tilsagnsår` (Regnskabsår, Skoleår) as the heading of a column of years, and the totals row after them', () => {
    const body = [
      'Tilsagnsår',
      'Antal individuelle',
      'Antal kollektive',
      '2005',
      '99',
      '25',
      '2006',
      '105',
      '36',
      '2007',
      '3',
      '8',
      'Alle år',
      '207',
      '69',
    ]
    expect(cellTexts(cellPerLine(body))).toEqual([
      ['Tilsagnsår', 'Antal individuelle', 'Antal kollektive'],
      ['2005', '99', '25'],
      ['2006', '105', '36'],
      ['2007', '3', '8'],
      ['Alle år', '207', '69'],
    ])
    const school = ['Skoleår', 'Elever', '2021', '1.204', '2022', '1.310', 'I alt', '2.514']
    expect(cellTexts(cellPerLine(school))?.[0]).toEqual(['Skoleår', 'Elever'])
  })

  it('reads no totals row of the wrong width, nor one whose label is running text (near misses)', () => {
    expect(cellTexts(cellPerLine(['Tilsagnsår', 'Antal', '2005', '99', '2006', '105', 'Alle år', '204', '12']))?.[1]).not.toEqual([
      '2005',
      '99',
    ])
    expect(cellTexts(cellPerLine(['Tilsagnsår', 'Antal', '2005', '99', '2006', '105', 'og i alt', '204']))?.at(-1)).not.toEqual([
      'og i alt',
      '204',
    ])
  })
})

describe('cell-per-line: a heading wrapped onto a line of words in lower case', () => {
  it('joins the lines into one heading over the value column (Udenrigsministeriet, pdftotext)', () => {
    const body = [
      'Udviklingsbistand til mindst',
      'udviklede lande som pct. af BNI',
      'Australien',
      '0.09',
      'Østrig',
      '0.08',
      'Belgien',
      '0.16',
    ]
    expect(cellTexts(cellPerLine(body))).toEqual([
      ['', 'Udviklingsbistand til mindst udviklede lande som pct. af BNI'],
      ['Australien', '0.09'],
      ['Østrig', '0.08'],
      ['Belgien', '0.16'],
    ])
  })

  it('keeps a unit in lower case as a heading of its own (near miss)', () => {
    const body = ['Område', 'Antal', 'pct.', 'Nord', '120', '12', 'Syd', '140', '14']
    expect(cellTexts(cellPerLine(body))?.[0]).toEqual(['Område', 'Antal', 'pct.'])
  })
})

describe("cell-per-line: a finance act's years, each over its value, the row's unit after the first", () => {
  it('reads one row under the years (`R14` / `Mio.` / `kr.` / `32,5` / `R15` / `29,3` …)', () => {
    const body = ['R14', 'Mio.', 'kr.', '32,5', 'R15', '29,3', 'R16', '32,7', 'F2022', '35,1', 'BO2023', '34,0']
    expect(cellTexts(tableFromText(body))).toEqual([
      ['', 'R14', 'R15', 'R16', 'F2022', 'BO2023'],
      ['Mio. kr.', '32,5', '29,3', '32,7', '35,1', '34,0'],
    ])
  })
})

describe('cell-per-line: headings wrapped, told apart by the words they open with (thirty-fourth session)', () => {
  it('starts a heading at each line opening with a word two headings or more open with', () => {
    // `Samtykke 1` opens with a capital and goes on the heading before it: only `Antal` and `Pct.` open headings.
    const header = ['Antal Med', 'Samtykke 1', 'Antal Uden', 'samtykke 2', 'Pct. Med', 'samtykke', 'Pct. Uden', 'samtykke']
    const body = [...header, 'Hovedstaden', '312', '81', '79', '21', 'Sjælland', '201', '55', '79', '21']
    expect(cellTexts(cellPerLine(body))).toEqual([
      ['', 'Antal Med Samtykke 1', 'Antal Uden samtykke 2', 'Pct. Med samtykke', 'Pct. Uden samtykke'],
      ['Hovedstaden', '312', '81', '79', '21'],
      ['Sjælland', '201', '55', '79', '21'],
    ])
  })

  it("takes the lines before the first such word as the label column's heading", () => {
    const header = ['Tilsagnsår', 'Antal', 'Individuelle', 'bofællesskaber', 'Antal', 'Kollektive', 'bofællesskaber']
    const body = [...header, 'Region Nord', '104', '20', 'Region Syd', '342', '32']
    expect(cellTexts(cellPerLine(body))?.[0]).toEqual([
      'Tilsagnsår',
      'Antal Individuelle bofællesskaber',
      'Antal Kollektive bofællesskaber',
    ])
  })

  it('near miss: a heading opening with another word stays a heading of its own (`Andel` between two `Antal`)', () => {
    const header = ['Periode', 'Antal', 'sanktioner', 'Andel', 'sanktionerede', 'Antal', 'modtagere']
    const body = [...header, 'Juli 2016', '1.228', '3,0 %', '26.385', 'August 2016', '1.956', '3,9 %', '26.738']
    expect(cellTexts(cellPerLine(body))?.[0]).toEqual(['Periode', 'Antal sanktioner', 'Andel sanktionerede', 'Antal modtagere'])
  })
})
