/**
 * Tables whose rows stand a line each, their cells set apart by tabs (a copy from a word processor) or by runs of
 * spaces (`pdftotext -layout`), read through the text input: the caption after a bare `Tabel N`, a header of years
 * one cell short, a row label long enough to look like prose.
 */
import type { Table } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { textToTree } from '../../../src/input/text.js'
import { cellTexts } from '../../table-cells.js'

const LEAD = ['Svar:', 'Det fremgår af tabellen nedenfor.']

function tablesOf(lines: readonly string[]): Table[] {
  return textToTree([...LEAD, ...lines, 'Med venlig hilsen', 'Jens Hansen'].join('\n')).children.filter(
    (node): node is Table => node.type === 'table',
  )
}

describe('rows a line, cells apart by tabs or spaces', () => {
  it('reads a header of years after a tab, each row a label and its values (Social- og Boligstyrelsen)', () => {
    const lines = [
      'Tabel 1',
      'Voksne modtagere af botilbud, 2016-2018',
      '\t2016\t2017\t2018',
      'Midlertidigt ophold\t7.900\t8.200\t8.500',
      'Socialpædagogisk støtte i botilbudslignende tilbud\t13.100\t13.700\t14.100',
      'Botilbud i alt\t25.600\t26.300\t27.100',
      'Kilde: Danmarks Statistik',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['', '2016', '2017', '2018'],
      ['Midlertidigt ophold', '7.900', '8.200', '8.500'],
      ['Socialpædagogisk støtte i botilbudslignende tilbud', '13.100', '13.700', '14.100'],
      ['Botilbud i alt', '25.600', '26.300', '27.100'],
    ])
  })

  it('takes the line after a bare label as the caption though it ends in a year (pdftotext -layout)', () => {
    const lines = [
      'Tabel 2',
      'Antal rejser fra stationerne 2013',
      'Station     Påstigere (tusinder)',
      'Lejre                        106',
      'Hvalsø                       334',
      'Holbæk                       862',
      'Kilde: DSB',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['Station', 'Påstigere (tusinder)'],
      ['Lejre', '106'],
      ['Hvalsø', '334'],
      ['Holbæk', '862'],
    ])
  })

  it('reads a heading that is a year beside a unit cell, tabs apart (Finansministeriet)', () => {
    const lines = ['Tabel 1', 'Aftalte anlægsniveauer i 2017', 'Mia. kr., 2017-pl\t2017', 'Kommuner\t16,3', 'Regioner\t7,2']
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['Mia. kr., 2017-pl', '2017'],
      ['Kommuner', '16,3'],
      ['Regioner', '7,2'],
    ])
  })

  it('keeps prose with a double space out of a table (near miss: no values after the gap)', () => {
    const lines = [
      'Tabel 3',
      'Sager',
      'Område  Antal',
      'Syd  12',
      'Nord  14',
      'Det viser tabellen.  Se også bilag 2 og den seneste opgørelse fra styrelsen.',
    ]
    const [table] = tablesOf(lines)
    expect(cellTexts(table)?.length).toBe(3)
  })

  it('reads a header of period codes after a heading that starts with a number (pdftotext -layout)', () => {
    const lines = [
      'Tabel 1',
      'Fuldtidsbeskæftigede i kommunerne, 2022K1-2022K3',
      '1.000 fuldtidsbeskæftigede    22K1    22K2    22K3',
      'Hele landet                  443,2   440,0   436,6',
      'Kilde: Danmarks Statistik.',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['1.000 fuldtidsbeskæftigede', '22K1', '22K2', '22K3'],
      ['Hele landet', '443,2', '440,0', '436,6'],
    ])
  })

  it('reads one year alone over the value column, and a heading that ends in a year as one heading', () => {
    const single = [
      'Tabel 1',
      '                                                 2019',
      'Antal personer på vedtagne lovforslag om indfødsret 3.543',
      'Antal afslag på ansøgning om indfødsret           2.807',
    ].map((line) => line.replace(' 3.543', '   3.543').replace('           2.807', '             2.807'))
    expect(cellTexts(tablesOf(single)[0])?.[0]).toEqual(['', '2019'])
    const heading = [
      'Tabel 2',
      'Rejser',
      'Station      Påstigere (tusinder) 2013',
      'Lejre                          106',
      'Hvalsø                         334',
    ]
    expect(cellTexts(tablesOf(heading)[0])?.[0]).toEqual(['Station', 'Påstigere (tusinder) 2013'])
  })

  it('puts a wide heading over the label column where the header has one part per column (pdftotext -layout)', () => {
    const lines = [
      'Tabel 1',
      'PSO-opkrævningen fordelt på sektorer',
      'Mia. kr. (faste 2016-priser)   Husholdninger   Erhverv',
      '2011                                     1,1       2,2',
      '2012                                     1,5       3,0',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['Mia. kr. (faste 2016-priser)', 'Husholdninger', 'Erhverv'],
      ['2011', '1,1', '2,2'],
      ['2012', '1,5', '3,0'],
    ])
  })

  it('reads rows a line with no `Tabel N` after a lead-in, two rows at least (tabs, -layout)', () => {
    const tabs = ['Område\tAntal\tAndel, pct.', 'Hovedstaden\t12.345\t49,6', 'Sjælland\t4.567\t18,4']
    expect(cellTexts(tablesOf(tabs)[0])).toEqual([
      ['Område', 'Antal', 'Andel, pct.'],
      ['Hovedstaden', '12.345', '49,6'],
      ['Sjælland', '4.567', '18,4'],
    ])
    const aligned = ['                    2019', 'Antal afslag       2.807', 'Antal sager        3.543']
    expect(cellTexts(tablesOf(aligned)[0])).toEqual([
      ['', '2019'],
      ['Antal afslag', '2.807'],
      ['Antal sager', '3.543'],
    ])
  })

  it('reads a header wrapped over lines set in over the value columns, with no `Tabel N` (pdftotext -layout)', () => {
    const skat = [
      '                                          Antal ejere   Provenu mio.',
      '                                              (1.000)            kr.',
      '1. Ejendomsværdiskat med 10 promille            2.025         15.400',
      '2. Pensionistnedslag                              395          1.255',
    ]
    expect(cellTexts(tablesOf(skat)[0])).toEqual([
      ['', 'Antal ejere (1.000)', 'Provenu mio. kr.'],
      ['1. Ejendomsværdiskat med 10 promille', '2.025', '15.400'],
      ['2. Pensionistnedslag', '395', '1.255'],
    ])
    const kvartal = [
      '                        Heraf',
      '                    uledsaget',
      '                  mindreårige',
      'Kvartal   Antal   under 18 år',
      '1           699             4',
      '2           707             5',
      'Totalt     1406             9',
    ]
    expect(cellTexts(tablesOf(kvartal)[0])?.[0]).toEqual(['Kvartal', 'Antal', 'Heraf uledsaget mindreårige under 18 år'])
  })

  it('reads on over row labels wrapped onto lines without values, with no `Tabel N` (pdftotext -layout)', () => {
    const lines = [
      '                                        2015   2016',
      'REACH-komitéen                            15     21',
      'Den Stående Komité for Planter,          296    269',
      'Dyr, Fødevarer og Foder',
      'Komitéen for den Fælles                   42     38',
      'Markedsordning for Landbrugsprodukter',
      'Kilde: Kommissionen',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['', '2015', '2016'],
      ['REACH-komitéen', '15', '21'],
      ['Den Stående Komité for Planter, Dyr, Fødevarer og Foder', '296', '269'],
      ['Komitéen for den Fælles Markedsordning for Landbrugsprodukter', '42', '38'],
    ])
  })

  it('reads on over a last label wrapped to a unit alone (`pct.`) before a marked note, with no `Tabel N` (-layout)', () => {
    const lines = [
      '                                       2003       2004       2005',
      'Indbetalere¹                           38,7       48,8       53,9',
      'Pensionister¹                         256,1      253,4      246,6',
      'Andel indbetalere ift. bestand i         15         19         22',
      'pct.',
      '¹) angivet i 1.000 helårspersoner',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['', '2003', '2004', '2005'],
      ['Indbetalere¹', '38,7', '48,8', '53,9'],
      ['Pensionister¹', '256,1', '253,4', '246,6'],
      ['Andel indbetalere ift. bestand i pct.', '15', '19', '22'],
    ])
  })

  it('ends the table at a sentence of one word after the last row (near miss: `Alle.` is no unit)', () => {
    const lines = [
      'Område                  Antal',
      'Nord                      120',
      'Syd og Øst                140',
      'Alle.',
      '¹) angivet i 1.000 helårspersoner',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['Område', 'Antal'],
      ['Nord', '120'],
      ['Syd og Øst', '140'],
    ])
  })

  it('ends the table at a sentence after the last row (near miss: prose is no wrapped label)', () => {
    const lines = [
      'Område                  Antal',
      'Nord                      120',
      'Syd                       140',
      'Tallene er foreløbige.',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['Område', 'Antal'],
      ['Nord', '120'],
      ['Syd', '140'],
    ])
  })

  it('takes no line at the margin above the header into it (near miss: the lead-in paragraph)', () => {
    const lines = [
      'Antallet fremgår af oversigten nedenfor:',
      '                          Antal   Andel',
      'Hovedstaden               12.345   49,6',
      'Sjælland                   4.567   18,4',
    ]
    const [table] = tablesOf(lines)
    expect(cellTexts(table)?.[0]).toEqual(['', 'Antal', 'Andel'])
  })

  it('reads tab-separated rows with no `Tabel N` whose header opens with a tab or whose rows are numbered', () => {
    const years = ['\t2020\t2021\tI alt', 'Rwanda\t0\t57\t57', 'Tyrkiet\t31\t0\t31']
    expect(cellTexts(tablesOf(years)[0])).toEqual([
      ['', '2020', '2021', 'I alt'],
      ['Rwanda', '0', '57', '57'],
      ['Tyrkiet', '31', '0', '31'],
    ])
    const numbered = ['Kvartal\tAntal\tHeraf uledsagede', '1\t699\t4', '2\t707\t5', 'Totalt\t1406\t9']
    expect(cellTexts(tablesOf(numbered)[0])?.[3]).toEqual(['Totalt', '1406', '9'])
  })

  it('reads one row under a header of rising years with a value under each, with no `Tabel N` (-layout, tabs)', () => {
    const aligned = ['                      2014     2015     2016', 'Antal indkvarterede   10.764   17.145   9.365']
    expect(cellTexts(tablesOf(aligned)[0])).toEqual([
      ['', '2014', '2015', '2016'],
      ['Antal indkvarterede', '10.764', '17.145', '9.365'],
    ])
    const tabs = ['\t2021\t2022\tI alt', 'Ansøgninger\t2.061\t2.035\t4.096']
    expect(cellTexts(tablesOf(tabs)[0])?.[1]).toEqual(['Ansøgninger', '2.061', '2.035', '4.096'])
    // The label column's own heading before the years (Undervisningsministeriet, Finansministeriet).
    const corner = ['Årstal         1998    1999    2000', 'Årselever[1]   5.671   5.250   5.011']
    expect(cellTexts(tablesOf(corner)[0])).toEqual([
      ['Årstal', '1998', '1999', '2000'],
      ['Årselever[1]', '5.671', '5.250', '5.011'],
    ])
    expect(cellTexts(tablesOf(['1.000 personer         2003   2004', 'Antal helårspersoner   38,7   48,8'])[0])?.[1]).toEqual([
      'Antal helårspersoner',
      '38,7',
      '48,8',
    ])
    // Near misses: years that do not rise, or a value short; a corner heading that is a year is one of the years.
    expect(tablesOf(['\t2016\t2015', 'Antal\t10\t12'])).toHaveLength(0)
    expect(tablesOf(['\t2014\t2015\t2016', 'Antal\t10\t12'])).toHaveLength(0)
    expect(tablesOf(['2013     2014    2015', 'Antal    10      12'])).toHaveLength(0)
  })

  it('reads rows a line after a caption on a line of its own, no stop at its end (Sundhedsstyrelsen, -layout)', () => {
    const lines = [
      'Dimensionerede, opslåede og besatte hoveduddannelsesstillinger i almen medicin 2011-2018 (hele landet)',
      'År              2011   2012   2013',
      'Dimensioneret    240    240    252',
      'Opslået          235    241    242',
      'Besat            217    220    233',
      'Kilde: Sundhedsstyrelsen',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['År', '2011', '2012', '2013'],
      ['Dimensioneret', '240', '240', '252'],
      ['Opslået', '235', '241', '242'],
      ['Besat', '217', '220', '233'],
    ])
    // Three rows without a header of years read after a caption too; a caption that ends in a comma is a sentence's
    // line, not a caption (near miss).
    const three = [
      'Sager i politikredsene 2023',
      '        Sager   Øvrige',
      'Nord      12       3',
      'Syd       14       5',
      'Øst       11       2',
    ]
    expect(cellTexts(tablesOf(three)[0])?.[3]).toEqual(['Øst', '11', '2'])
    expect(tablesOf(['Sagerne fordeler sig, som det ses,', ...three.slice(1)])).toHaveLength(0)
  })

  it('reads rows a line after a title on a line of its own, a note in brackets kept with its value (Rigspolitiet)', () => {
    const lines = [
      'Oversigt over adfærdsklagesager',
      '        Sager i alt    Øvrige    Heraf udtalt kritik',
      '2012      632 (111)  377 (75)        25 (9,8 %) (9)',
      '2013            715       357            22 (6,1 %)',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['', 'Sager i alt', 'Øvrige', 'Heraf udtalt kritik'],
      ['2012', '632 (111)', '377 (75)', '25 (9,8 %) (9)'],
      ['2013', '715', '357', '22 (6,1 %)'],
    ])
    // Near miss: a line of prose without a stop before the rows is no title.
    expect(tablesOf(['Sagerne fordeler sig sådan', '        Sager   Øvrige', 'Nord      12       3', 'Syd       14       5'])).toHaveLength(
      0,
    )
  })

  it('keeps a row of words in as many cells as the row of values above it (pdftotext -layout)', () => {
    const lines = [
      '                      2021      2022      2023',
      'Udgift (mio. kr.)      0,1       0,3       0,5',
      'Antal kommuner          12        14        15',
      'Ordning              Fuld    Delvis     Ingen',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['', '2021', '2022', '2023'],
      ['Udgift (mio. kr.)', '0,1', '0,3', '0,5'],
      ['Antal kommuner', '12', '14', '15'],
      ['Ordning', 'Fuld', 'Delvis', 'Ingen'],
    ])
    // Near miss: a line of words in fewer cells after the rows is no row of theirs.
    const [short] = tablesOf([...lines.slice(0, 3), 'Ordningen gælder  fra 2021'])
    expect(cellTexts(short)).toHaveLength(3)
  })

  it('reads no unannounced table from one row, nor from gapped lines without values (near misses)', () => {
    expect(tablesOf(['Område\tAntal', 'Hovedstaden\t12.345'])).toHaveLength(0)
    expect(tablesOf(['Navn\tTitel', 'Mette Hansen\tformand', 'Ole Jensen\tnæstformand'])).toHaveLength(0)
  })
})

describe('cells one a line, the rows apart by blank lines', () => {
  it('reads on over a blank line before a row: its label, then a value', () => {
    const lines = [
      'Tabel 1',
      'Aftalte anlægsniveauer i 2017',
      'Mia. kr., 2017-pl',
      '2017',
      '',
      'Kommuner',
      '16,3',
      '',
      'Regioner',
      '7,2',
      'Kilde: Finansministeriet',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['Mia. kr., 2017-pl', '2017'],
      ['Kommuner', '16,3'],
      ['Regioner', '7,2'],
    ])
  })

  it('reads on over a blank line before the first row, under headings of words (Transportministeriet)', () => {
    const lines = [
      'Tabel 1',
      'Befolkning i ø-kommuner med tilskud til nedsættelse af færgetakster',
      'Kommune',
      'Befolkning',
      '',
      'Fanø',
      '3.426',
      '',
      'Læsø',
      '1.789',
      '',
      'I alt',
      '5.215',
      'Kilde: Danmarks Statistik',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['Kommune', 'Befolkning'],
      ['Fanø', '3.426'],
      ['Læsø', '1.789'],
      ['I alt', '5.215'],
    ])
    // Near miss: a paragraph of prose after the headings and a blank line ends the table there.
    const prose = [...lines.slice(0, 5), 'Opgørelsen følger i et senere svar.', '', 'Fanø', '3.426']
    expect(tablesOf(prose).filter((table) => table.children.length > 1)).toHaveLength(0)
  })

  it('ends the table at a blank line before prose, even a short paragraph (near miss)', () => {
    const lines = [
      'Tabel 1',
      'Ledige fordelt på område, 2023',
      'Område',
      'Antal',
      'Syd',
      '12',
      'Nord',
      '14',
      '',
      'Tallene er foreløbige.',
      '',
      'Jeg kan i øvrigt oplyse, at opgørelsen opdateres hvert kvartal af styrelsen.',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['Område', 'Antal'],
      ['Syd', '12'],
      ['Nord', '14'],
    ])
  })
})

describe("a table's foot", () => {
  const tree = (lines: readonly string[]) => textToTree([...LEAD, ...lines].join('\n'))
  const paragraphs = (lines: readonly string[]) =>
    tree(lines)
      .children.filter((node) => node.type === 'paragraph')
      .map((node) => nodeToString(node))

  it('ends the source line where the letter goes on under it in a sentence', () => {
    const lines = [
      'Tabel 1',
      'Ledige fordelt på område, 2023',
      'Område',
      'Antal',
      'Syd',
      '12',
      'Nord',
      '14',
      'Kilde: Danmarks Statistik',
      'Som det fremgår af tabellen, er tallene opgjort på det senest tilgængelige grundlag, og de kan afvige.',
    ]
    expect(paragraphs(lines)).toContain('Kilde: Danmarks Statistik')
  })

  it('keeps a source line that ends open, or fills the line, with the line after it (near misses)', () => {
    const open = [
      'Tabel 1',
      'Ledige',
      'Område',
      'Antal',
      'Syd',
      '12',
      'Nord',
      '14',
      'Kilde: Danmarks Statistik og',
      'Styrelsen for Arbejdsmarked og Rekruttering',
    ]
    expect(paragraphs(open).some((text) => text.startsWith('Kilde: Danmarks Statistik og'))).toBe(true)
    expect(paragraphs(open)).not.toContain('Kilde: Danmarks Statistik og')
  })
})

describe('a row of text cells in an aligned table', () => {
  const HEADER = '                                 År 1            År 2            År 3            År 4'
  const VALUES = 'Estimeret omkostning (mia. kr.)   0,1             0,3             0,5             0,7'

  it('is a row, however long the line, where wide gaps set its short cells apart (pdftotext -layout)', () => {
    const lines = [
      'Tabel 1',
      'Estimerede kommunale meromkostninger',
      HEADER,
      VALUES,
      'Omfattede klassetrin           Bh.kl.   Bh.kl.-1. kl.   Bh.kl.-2. kl.   Bh.kl.-3. kl.',
      'Kilde: Danmarks Statistik',
    ]
    expect(cellTexts(tablesOf(lines)[0])).toEqual([
      ['', 'År 1', 'År 2', 'År 3', 'År 4'],
      ['Estimeret omkostning (mia. kr.)', '0,1', '0,3', '0,5', '0,7'],
      ['Omfattede klassetrin', 'Bh.kl.', 'Bh.kl.-1. kl.', 'Bh.kl.-2. kl.', 'Bh.kl.-3. kl.'],
    ])
  })

  it('near miss: a sentence after the table, its words a space apart, is prose', () => {
    const lines = [
      'Tabel 1',
      'Estimerede kommunale meromkostninger',
      HEADER,
      VALUES,
      'Som det fremgår af tabellen, stiger omkostningerne år for år, efterhånden som flere klassetrin omfattes.',
    ]
    const table = tablesOf(lines)[0]
    expect(table?.children).toHaveLength(2)
  })
})

describe('a heading in lower case that opens with a unit, under the caption (Finansministeriet, 2017)', () => {
  const rows = ['Region Hovedstaden', '6,9', '4,3', '11,2', 'Region Sjælland', '7,0', '4,9', '11,9']

  it('is the label column’s heading, not a line of the caption', () => {
    const lines = ['Tabel 1', 'Regionernes udgifter til medicin', 'mia. kr. årets priser', 'Tilskud', 'Sygehus', 'I alt', ...rows]
    expect(cellTexts(tablesOf(lines)[0])[0]).toEqual(['mia. kr. årets priser', 'Tilskud', 'Sygehus', 'I alt'])
  })

  it('near miss: a line in lower case without a unit goes on with the caption', () => {
    const lines = ['Tabel 1', 'Regionernes udgifter til medicin', 'fordelt på regioner', 'Tilskud', 'Sygehus', 'I alt', ...rows]
    expect(cellTexts(tablesOf(lines)[0])[0]).toEqual(['', 'Tilskud', 'Sygehus', 'I alt'])
  })
})
