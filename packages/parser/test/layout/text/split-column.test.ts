import type { Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { withTables } from '../../../src/layout/text/tables.js'
import type { LayoutItem, LayoutLine } from '../../../src/tree.js'
import { cellTexts } from '../../table-cells.js'

function itemsOf(texts: readonly string[], roles: Readonly<Record<number, LayoutLine['role']>> = {}): LayoutItem[] {
  return withTables(
    texts.map((text, at) => ({ text, line: at + 1, breakBefore: false, endsParagraph: false, ...(roles[at] ? { role: roles[at] } : {}) })),
  )
}

const tablesOf = (items: readonly LayoutItem[]): Table[] => items.flatMap((item) => ('kind' in item ? [item.table] : []))
const textsOf = (items: readonly LayoutItem[]): string[] => items.flatMap((item) => ('kind' in item ? [] : [item.text]))

const PROSE = [
  'Styrelsen oplyser, at der i en periode af 2023 har været etableret en midlertidig',
  'ordning, som forventes at have påvirket tallene for de øvrige kommuner.',
]

describe('split-column: the labels, the text beside the table, then the value column', () => {
  it('matches the value column to the labels by count, its heading and year joined, and keeps the text between', () => {
    const items = itemsOf([
      'Tabel 1: Antal ansøgninger fordelt på kommune 2023',
      'Kommune',
      'Aarhus',
      'Odense',
      'Aalborg',
      'Esbjerg',
      'Kilde: Styrelsen',
      ...PROSE,
      'Antal ansøgninger',
      '(tusinder)',
      '2023',
      '12,4',
      '8,1',
      '7,9',
      '4,2',
      'Med venlig hilsen',
    ])
    const [table] = tablesOf(items)
    expect(cellTexts(table)).toEqual([
      ['Kommune', 'Antal ansøgninger (tusinder) 2023'],
      ['Aarhus', '12,4'],
      ['Odense', '8,1'],
      ['Aalborg', '7,9'],
      ['Esbjerg', '4,2'],
    ])
    expect(table?.data?.reader).toBe('split-column')
    expect(table?.data?.orderInferred).toBeTruthy()
    // The source, the text between and the closing stay text; the value column is the table's only.
    expect(textsOf(items)).toEqual([
      'Tabel 1: Antal ansøgninger fordelt på kommune 2023',
      'Kilde: Styrelsen',
      ...PROSE,
      'Med venlig hilsen',
    ])
  })

  it('reads labels without a heading of their own, after a note', () => {
    const items = itemsOf([
      'Tabel 2 Udgifter fordelt på ordning',
      'Boligstøtte',
      'Børnetilskud',
      'Førtidspension',
      'Anm.: Foreløbige tal.',
      'Mio. kr.',
      '1.234',
      '567',
      '8.901',
    ])
    expect(cellTexts(tablesOf(items)[0])).toEqual([
      ['', 'Mio. kr.'],
      ['Boligstøtte', '1.234'],
      ['Børnetilskud', '567'],
      ['Førtidspension', '8.901'],
    ])
  })

  it('takes a lone number that ends a cut text after the column, taken for a page number, where the count needs it', () => {
    const texts = [
      'Tabel 1: Antal',
      'Station',
      'Lejre',
      'Hvalsø',
      'Tølløse',
      'Kilde: DSB',
      ...PROSE,
      'Antal påstigere',
      '106',
      '334',
      '370',
    ]
    const cut = itemsOf(texts.slice(0, -1).concat('370'), { [texts.length - 1]: 'page-footer' })
    expect(cellTexts(tablesOf(cut)[0])?.at(-1)).toEqual(['Tølløse', '370'])
  })

  it('reads nothing where the values do not match the labels one to one, or no heading stands over them', () => {
    const labels = ['Tabel 3: Antal', 'Kommune', 'Aarhus', 'Odense', 'Aalborg', 'Kilde: Styrelsen', ...PROSE]
    expect(tablesOf(itemsOf([...labels, 'Antal', '12', '8']))).toEqual([])
    expect(tablesOf(itemsOf([...labels, 'Antal', '12', '8', '7', '4', '3']))).toEqual([])
    expect(tablesOf(itemsOf([...labels.slice(0, -1), `${PROSE[1]}`, '12', '8', '7']))).toEqual([])
  })

  it('leaves a list of short lines after a label alone when no column of values follows within a few lines', () => {
    const far = Array.from({ length: 14 }, (_, at) => `Sætning nummer ${at + 1} i en længere redegørelse om sagen, som fortsætter.`)
    expect(
      tablesOf(itemsOf(['Tabel 4: Kommuner', 'Kommune', 'Aarhus', 'Odense', 'Aalborg', 'Kilde: KL', ...far, 'Antal', '12', '8', '7'])),
    ).toEqual([])
  })
})

describe("split-column: the column's year over the labels, the source between labels and values", () => {
  const lines = (values: readonly string[]) => [
    'Tabel 1. Fordeling af BoligJobfradraget i 2014 på fradragskategorier (pct.)',
    '2014',
    'Rengøring/vinduespudsning',
    'Børnepasning',
    'Havearbejde',
    'Vedligeholdelse',
    'I alt',
    'Kilde: SKATs registre',
    ...values,
    'Ordningen blev i 2014 benyttet i alle indkomstintervaller, men både den relative andel,',
    'der bruger ordningen, og det gennemsnitlige fradrag pr. person var stigende med ind-',
    'komsten.',
  ]

  it('heads the value column with the year and ends the source at its line', () => {
    const items = itemsOf(lines(['4,7', '0,1', '4,6', '90,6', '100,0']))
    const [table] = tablesOf(items)
    expect(cellTexts(table)).toEqual([
      ['', '2014'],
      ['Rengøring/vinduespudsning', '4,7'],
      ['Børnepasning', '0,1'],
      ['Havearbejde', '4,6'],
      ['Vedligeholdelse', '90,6'],
      ['I alt', '100,0'],
    ])
    const source = items.find((item) => !('kind' in item) && item.text.startsWith('Kilde:'))
    expect(source && !('kind' in source) && source.endsParagraph).toBe(true)
  })

  it('near miss: one value too few matches no labels', () => {
    const items = itemsOf(lines(['4,7', '0,1', '4,6', '90,6']))
    expect(tablesOf(items).every((table) => table.data?.reader !== 'split-column')).toBe(true)
  })
})
