/**
 * Tables in layout-kept text (`pdftotext -layout`) whose header wraps over several lines in narrow columns, and
 * whose first column numbers the rows: made-up tables in several ministries' styles, and near-misses.
 */
import { describe, expect, it } from 'vitest'
import { layoutTable } from '../../../src/layout/text/layout-table.js'
import { cellTexts } from '../../table-cells.js'

describe('headings wrapped over several lines', () => {
  it('puts each part of a wrapped heading over the column it stands over, flush right (Klima-, Energi- og Forsyningsministeriet)', () => {
    const lines = [
      '                                   Offentlig    Erhverv (inkl.      I alt',
      'Mia. kr.          Husholdninger      service         industri)     sektor',
      'Vestdanmark                 1,1          0,3               2,2        3,6',
      'Østdanmark                  1,5          0,4               3,0        4,9',
    ]
    const table = layoutTable(lines)
    expect(cellTexts(table)).toEqual([
      ['Mia. kr.', 'Husholdninger', 'Offentlig service', 'Erhverv (inkl. industri)', 'I alt sektor'],
      ['Vestdanmark', '1,1', '0,3', '2,2', '3,6'],
      ['Østdanmark', '1,5', '0,4', '3,0', '4,9'],
    ])
    expect(table?.data?.headerInferred).toBeUndefined()
  })

  it('reads headings centred over their columns, over a first column of years (Skatteministeriet)', () => {
    const lines = [
      '          Antal ejere    Provenu',
      '            (1.000)     mio. kr.',
      '2019          2.025       15.400',
      '2020          2.031       15.710',
    ]
    expect(cellTexts(layoutTable(lines))).toEqual([
      ['', 'Antal ejere (1.000)', 'Provenu mio. kr.'],
      ['2019', '2.025', '15.400'],
      ['2020', '2.031', '15.710'],
    ])
  })

  it('keeps group headings over headings that repeat with the group (Time 7 / Time 16 under two years)', () => {
    const lines = [
      '                         2006                     2012',
      'Strækning        Time 7     Time 16      Time 7     Time 16',
      'Næstved-Kbh.         60          56          54          46',
      'Holbæk-Kbh.          58          52          53          47',
    ]
    const table = layoutTable(lines)
    expect(cellTexts(table)?.[0]).toEqual(['Strækning', '2006 Time 7', '2006 Time 16', '2012 Time 7', '2012 Time 16'])
    expect(table?.data?.headerInferred).toBeUndefined()
  })

  it('does not share two parts out as group headings over headings that do not repeat (near miss)', () => {
    const lines = [
      '                 Antal       Antal            ',
      'Område        modtaget     afgjort     Afslag     Tilladelse',
      'Nord              120          98         12             86',
      'Syd               140         110         20             90',
    ]
    expect(cellTexts(layoutTable(lines))?.[0]).toEqual(['Område', 'Antal modtaget', 'Antal afgjort', 'Afslag', 'Tilladelse'])
  })
})

describe('two headings set one space apart', () => {
  // Politiklagemyndigheden's table of complaints (REU spm. 421, 2021-22) as pdftotext -layout sets it.
  const lines = [
    '          Adfærdsklagesager i            Øvrige*            Antal afgjorte           Heraf udtalt Heraf fundet beklageligt',
    '                          alt                         adfærdsklagesager**                kritik***                   eller',
    '                                                                                                    uhensigtsmæssigt****',
    '2012                    632 (111)       377 (75)                       255 (36)    25 (9,8 %) (9)                    16 (6,3%) (7)',
    '2013                          715             357                           358        22 (6,1 %)                       14 (3,9%)',
  ]

  it('cuts a part over two columns before a capital where each piece stands over its own column', () => {
    expect(cellTexts(layoutTable(lines))?.[0]).toEqual([
      '',
      'Adfærdsklagesager i alt',
      'Øvrige*',
      'Antal afgjorte adfærdsklagesager**',
      'Heraf udtalt kritik***',
      'Heraf fundet beklageligt eller uhensigtsmæssigt****',
    ])
  })

  it('leaves a part whose words go on in lower case whole (near miss: one heading over both)', () => {
    const lower = [lines[0]?.replace('udtalt Heraf', 'udtalt heraf') ?? '', ...lines.slice(1)]
    const header = cellTexts(layoutTable(lower))?.[0]
    expect(header?.[4]).toMatch(/^Heraf udtalt heraf fundet beklageligt/u)
    expect(header?.[5]).toMatch(/^Heraf udtalt heraf fundet beklageligt/u)
  })
})

describe('a year under the wrapped headings', () => {
  it("reads a label and a year alone under heading lines as the header's last line, flagged (DSB)", () => {
    const lines = [
      '                  Antal',
      '              påstigere',
      '             (tusinder)',
      'Station            2013',
      'Lejre               106',
      'Hvalsø              334',
    ]
    const table = layoutTable(lines)
    expect(cellTexts(table)).toEqual([
      ['Station', 'Antal påstigere (tusinder) 2013'],
      ['Lejre', '106'],
      ['Hvalsø', '334'],
    ])
    expect(table?.data?.headerInferred).toMatch(/year alone under the heading lines/u)
  })

  it('keeps a first row whose value is a year as a row where no heading line stands over it (near miss)', () => {
    const lines = ['Kommune         Indbyggere', 'Læsø                  2013', 'Fanø                  3.460', 'Samsø                 3.700']
    expect(cellTexts(layoutTable(lines))?.[1]).toEqual(['Læsø', '2013'])
  })

  it('keeps a row of a label and a year where the values below are years too (near miss: a column of years)', () => {
    const lines = ['                   Etableret', 'Skole                 år', 'Nordskolen          1998', 'Sydskolen           2004']
    expect(cellTexts(layoutTable(lines))?.slice(1)).toEqual([
      ['Nordskolen', '1998'],
      ['Sydskolen', '2004'],
    ])
  })
})

describe('a first column of years or row numbers', () => {
  it('reads years as the row labels where a totals row is labelled in words (Velfærdsministeriet)', () => {
    const lines = [
      '                    Antal            Antal',
      '             Individuelle       Kollektive',
      'Tilsagnsår   bofællesskaber   bofællesskaber',
      '1998                    104               20',
      '1999                    342               32',
      'Alle år                 446               52',
    ]
    expect(cellTexts(layoutTable(lines))).toEqual([
      ['Tilsagnsår', 'Antal Individuelle bofællesskaber', 'Antal Kollektive bofællesskaber'],
      ['1998', '104', '20'],
      ['1999', '342', '32'],
      ['Alle år', '446', '52'],
    ])
  })

  it('reads row numbers from 1 before a totals row as the labels (Udlændinge- og Integrationsministeriet)', () => {
    const lines = [
      'Kvartal   Antal   Heraf uledsagede',
      '1           699                  4',
      '2           707                  5',
      'Totalt     1406                  9',
    ]
    expect(cellTexts(layoutTable(lines))).toEqual([
      ['Kvartal', 'Antal', 'Heraf uledsagede'],
      ['1', '699', '4'],
      ['2', '707', '5'],
      ['Totalt', '1406', '9'],
    ])
  })

  it('keeps numbers as a value column where the row labelled in words is no total (near miss)', () => {
    const lines = ['Nr.   Antal   Andel', '1       699    12,0', '2       707    13,1', 'Øvrige  90     1,5']
    const table = layoutTable(lines)
    expect(cellTexts(table)?.[3]).not.toEqual(['Øvrige', '90', '1,5'])
  })
})

describe('row labels wrapped onto lines without values', () => {
  it('joins a label line to the row above where it goes on from it, values at the row top (Skatteministeriet)', () => {
    const lines = [
      'Komponent                               Antal   Provenu',
      '1. Ejendomsværdiskat beregnet            2.025    15.400',
      'med 10 promille',
      '2. Pensionistnedslag                       395     1.255',
    ]
    const table = layoutTable(lines)
    expect(cellTexts(table)?.slice(1)).toEqual([
      ['1. Ejendomsværdiskat beregnet med 10 promille', '2.025', '15.400'],
      ['2. Pensionistnedslag', '395', '1.255'],
    ])
    expect(table?.data?.orderInferred).toBeUndefined()
  })

  it('joins label lines to the row below where the row goes on from them, values at the row foot (Transportministeriet)', () => {
    const lines = [
      'Rejser i begge retninger        År 2014',
      'Mellem Karlskrona-Hässleholm',
      'og Københavns Lufthavn          215.000',
      'Mellem Kalmar-Hässleholm',
      'og Københavns Lufthavn          175.000',
    ]
    expect(cellTexts(layoutTable(lines))).toEqual([
      ['Rejser i begge retninger', 'År 2014'],
      ['Mellem Karlskrona-Hässleholm og Københavns Lufthavn', '215.000'],
      ['Mellem Kalmar-Hässleholm og Københavns Lufthavn', '175.000'],
    ])
  })

  it('takes a line after the last row as that row’s, and a comma as a label going on (Miljø- og Fødevareministeriet)', () => {
    const lines = [
      '                                        2015   2016',
      'Den Stående Komité for Planter,          296    269',
      'Dyr, Fødevarer og Foder',
      'Komitéen for den Fælles                   42     38',
      'Markedsordning for Landbrugsprodukter',
    ]
    expect(cellTexts(layoutTable(lines))?.slice(1)).toEqual([
      ['Den Stående Komité for Planter, Dyr, Fødevarer og Foder', '296', '269'],
      ['Komitéen for den Fælles Markedsordning for Landbrugsprodukter', '42', '38'],
    ])
  })

  it('flags label lines it joined to the row above with nothing to tell (near miss: no evidence either way)', () => {
    const lines = [
      'Udvalg                    2015   2016',
      'Komité A                    12     14',
      'Planter og Dyr',
      'Komité B                     8      9',
    ]
    const table = layoutTable(lines)
    expect(cellTexts(table)?.[1]).toEqual(['Komité A Planter og Dyr', '12', '14'])
    expect(table?.data?.orderInferred).toMatch(/joined to the row above/u)
  })
})

describe('layoutTable: one value a row, each where its label ends', () => {
  it('reads no columns of places from a staircase (a tab-separated table with its tabs made two spaces)', () => {
    const lines = [
      '  Mio. kr.',
      'Øvrig sygehuse  540',
      '- heraf sygehusmedicin og øvrige udgifter  520',
      '- heraf forskning  20',
      'Sygesikring  550',
    ]
    expect(layoutTable(lines)).toBeUndefined()
  })

  it('near miss: one value a row all in one column is a column', () => {
    const lines = [
      '                   Mio. kr.',
      'Øvrig sygehuse          540',
      'Sygesikring             550',
      'Praksissektoren         240',
    ]
    expect(cellTexts(layoutTable(lines))).toEqual([
      ['', 'Mio. kr.'],
      ['Øvrig sygehuse', '540'],
      ['Sygesikring', '550'],
      ['Praksissektoren', '240'],
    ])
  })
})

describe('a month and its year as a row label', () => {
  it('keeps the year with the month, not as a value column (`Juli 2016   1.228`)', () => {
    const lines = [
      'Periode          Antal sanktioner   Andel sanktionerede',
      'Juli 2016                   1.228                 3,0 %',
      'August 2016                 1.956                 3,9 %',
      'September 2016              2.378                 4,8 %',
    ]
    expect(cellTexts(layoutTable(lines))).toEqual([
      ['Periode', 'Antal sanktioner', 'Andel sanktionerede'],
      ['Juli 2016', '1.228', '3,0 %'],
      ['August 2016', '1.956', '3,9 %'],
      ['September 2016', '2.378', '4,8 %'],
    ])
  })

  it('near miss: a label and a year value one space apart are still two cells (`Statsborgerskab 2016`)', () => {
    const lines = [
      'Kategori              År         Antal',
      'Statsborgerskab 2016            1.228',
      'Opholdstilladelse 2017          1.956',
    ]
    expect(cellTexts(layoutTable(lines)).slice(1)).toEqual([
      ['Statsborgerskab', '2016', '1.228'],
      ['Opholdstilladelse', '2017', '1.956'],
    ])
  })
})
