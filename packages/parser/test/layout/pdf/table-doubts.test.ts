import { describe, expect, it } from 'vitest'
import { tableDoubt } from '../../../src/layout/pdf/table-doubts.js'

const VALUES = [
  ['Kommuner', '57,6', '-1,7'],
  ['Regioner', '12,0', '-0,4'],
]

describe("a PDF table's marks of a misreading", () => {
  it('finds none in a table that reads as one (values, marks, units, a row of words under the values)', () => {
    expect(tableDoubt([['Mio. kr.', '2022', '2023'], ...VALUES])).toBeUndefined()
    expect(
      tableDoubt([
        ['', 'Andel', 'Antal'],
        ['Mænd', '3,0 %', '-'],
        ['Kvinder', '4,1 %', '1.228'],
      ]),
    ).toBeUndefined()
    expect(
      tableDoubt([
        ['', 'År 1', 'År 2'],
        ['Omkostning', '0,1', '0,3'],
        ['Klassetrin', 'Bh.kl.', 'Bh.kl.-1. kl.'],
      ]),
    ).toBeUndefined()
    // A span of years is one heading; empty headings side by side are not the same heading twice.
    expect(tableDoubt([['', '2022-2023', '2024-2025'], ...VALUES])).toBeUndefined()
    // One value column with no heading: a list of labels and a value each.
    expect(
      tableDoubt([
        ['', ''],
        ['Mænd', '40.100'],
        ['Kvinder', '38.900'],
      ]),
    ).toBeUndefined()
  })

  it('doubts a heading ending in a figure beside one opening with its unit: headings set close shared out wrong', () => {
    expect(
      tableDoubt([
        ['Årligt køb', '1 kr. – 1.000 kr. 1.001', 'kr. – 2.500 kr. 2.501', 'kr. – 5.000 kr.'],
        ...VALUES.map((row) => [...row, '3,0']),
      ]),
    ).toMatch(/opens with the unit of a figure/u)
    // Near misses: a heading ending in a figure beside one opening with a capital or a figure (`2006 Time 7` /
    // `2006 Time 16`), and a heading opening in lower case after one ending in a word.
    expect(tableDoubt([['Strækning', '2006 Time 7', '2006 Time 16'], ...VALUES])).toBeUndefined()
    expect(tableDoubt([['', 'Antal 2022', 'I alt'], ...VALUES])).toBeUndefined()
    expect(tableDoubt([['', 'Udgifter i', 'mio. kr.'], ...VALUES])).toBeUndefined()
  })

  it('doubts two value columns or more with no heading over any: the header lost to the caption or the text', () => {
    expect(tableDoubt([['', '', ''], ...VALUES])).toMatch(/no value column has a heading/u)
  })

  it('doubts a heading of two years: two columns read as one', () => {
    expect(tableDoubt([['Mio. kr.', '2022 2023', '2024'], ...VALUES])).toMatch(/two years/u)
  })

  it('doubts the same heading over two neighbouring columns: wrapped headings shared out wrongly', () => {
    const header = ['', 'Folketingsvalget i', 'Folketingsvalget i']
    expect(tableDoubt([header, ...VALUES])).toMatch(/same heading/u)
  })

  it('doubts the whole of a heading of several words again at the start of the next, not a group heading or a unit', () => {
    const again = ['', 'Kvartal Antal Heraf under 18', 'Kvartal Antal Heraf under 18 år']
    expect(tableDoubt([again, ...VALUES])).toMatch(/same heading/u)
    expect(tableDoubt([['', 'Fordeling på løn/drift Løn', 'Fordeling på løn/drift Drift'], ...VALUES])).toBeUndefined()
    expect(tableDoubt([['', 'I alt', 'I alt, pct.'], ...VALUES])).toBeUndefined()
  })

  it("doubts a heading that joins several headings' lines: words said twice running, a cut word and another word", () => {
    expect(tableDoubt([['', 'Folketingsvalget i Folketingsvalget i 2015', '2019'], ...VALUES])).toMatch(/several headings/u)
    expect(tableDoubt([['', 'Bloktilskud, jf. blok- ved tilskud', 'Effekt'], ...VALUES])).toMatch(/several headings/u)
    // A cut word joined to the next by a conjunction, and short words twice, are a heading's own.
    expect(tableDoubt([['', 'Syd- og Sønderjylland', 'Løn- eller driftsudgift'], ...VALUES])).toBeUndefined()
    expect(tableDoubt([['', 'Antal i i alt', 'Pct.'], ...VALUES])).toBeUndefined()
  })

  it('doubts a column with no cell in any row', () => {
    const rows = [
      ['', '1', '699'],
      ['', '2', '707'],
    ]
    expect(tableDoubt([['Kvartal', '', 'Antal'], ...rows])).toMatch(/no cell in any row/u)
    // A column empty in some rows only is a table's own.
    expect(
      tableDoubt([
        ['Kvartal', 'Antal', 'Heraf'],
        ['1', '699', ''],
        ['2', '707', '5'],
      ]),
    ).toBeUndefined()
  })

  it('doubts a value cell that is a number and words: two rows run together', () => {
    const rows = [['Estimeret omkostning', '0,1 Bh.kl. Bh.kl.-1.', '0,3 kl.']]
    expect(tableDoubt([['', 'År 1', 'År 2'], ...rows])).toMatch(/number and words \(0,1 Bh\.kl\. Bh\.kl\.-1\.\)/u)
  })

  it("doubts a first row of figures that are no values over rows of values: the header's lines read as rows", () => {
    const rows = [
      ['Årligt køb', '1.000 – 2.500', '2.501 –'],
      ['Antal personer', '464.816', '372.526'],
    ]
    expect(tableDoubt([['', 'Interval', 'Interval 2'], ...rows])).toMatch(/first row/u)
    // Words under the headings with no row label, over rows of values: a heading's wrapped line.
    const wrapped = [
      ['', 'Samtykke', 'samtykke'],
      ['Grønlandske børn', '312', '81'],
    ]
    expect(tableDoubt([['', 'Antal Med', 'Antal Uden'], ...wrapped])).toMatch(/no label/u)
    // The same row under the values is a row of the table's own (a range given as text), not a header's line.
    expect(tableDoubt([['', 'Interval', 'Interval 2'], rows[1] as string[], rows[0] as string[]])).toBeUndefined()
  })
  it('doubts a later row with no label and only words under the headings, among rows of values (thirty-third session)', () => {
    // `Politikredsene` set inside the table over the columns after a change of them, read as a row of its own.
    const rows = [
      ['2005', '4.207', '1.069'],
      ['', 'Politikredsene', ''],
      ['2007', '2.514', '6.538'],
    ]
    expect(tableDoubt([['År', 'Rigspolitiet', 'Lokale'], ...rows])).toMatch(/heading set inside the table/u)
    // Near misses: such a row with a label (a group's heading row, `Brevstemmer`), or with a figure (`Fra 2007`).
    expect(
      tableDoubt([
        ['År', 'Rigspolitiet', 'Lokale'],
        ['2005', '4.207', '1.069'],
        ['Brevstemmer', '', ''],
        ['2007', '2.514', '6.538'],
      ]),
    ).toBeUndefined()
    expect(
      tableDoubt([
        ['År', 'Rigspolitiet', 'Lokale'],
        ['2005', '4.207', '1.069'],
        ['', 'Fra 2007', ''],
        ['2007', '2.514', '6.538'],
      ]),
    ).toBeUndefined()
  })
})
