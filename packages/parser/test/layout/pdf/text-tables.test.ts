import type { Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { withTextTables } from '../../../src/layout/pdf/text-tables.js'
import type { LayoutItem, LayoutLine } from '../../../src/tree.js'

/** A laid-out line of a PDF: its text, its ordinal, a paragraph of its own. */
const line = (text: string, at: number): LayoutLine => ({ text, line: at, page: 1, breakBefore: true, endsParagraph: true })

/** A table the PDF layout built from positions (its cells need not be real here). */
const built: LayoutItem = {
  kind: 'table',
  table: { type: 'table', children: [], data: { reader: 'pdf-stream' } } as Table,
  lines: [{ text: 'Medicinsk blok  94  95', line: 9 }],
}

const lead = [line('Ministeriet har til brug for besvarelsen indhentet et bidrag fra Danmarks Statistik, som det', 1)]
// A caption whose period wrapped: its last line, a year alone, reads to the text path as a table's cell.
const label = [line('Tabel 1', 2), line('Foreløbig belægningsprocent på offentlige sygehuse, pct., 2007-', 3), line('2010', 4)]

const tables = (items: LayoutItem[]) => items.filter((item) => 'kind' in item)
const texts = (items: LayoutItem[]) => items.flatMap((item) => ('kind' in item ? [] : [item.text]))

describe("a built table's label and caption, read by the text path (thirty-third session)", () => {
  it('stay lines for the table positions built where the text path would make a table of no cells of them', () => {
    const items = withTextTables([...lead, ...label, built])
    expect(tables(items)).toEqual([built])
    expect(texts(items)).toEqual([lead[0]?.text, 'Tabel 1', 'Foreløbig belægningsprocent på offentlige sygehuse, pct., 2007-', '2010'])
  })

  it('near miss: with no built table after them, the text path reads them as before (a table of no cells, flagged)', () => {
    const items = withTextTables([...lead, ...label])
    expect(tables(items)).toHaveLength(1)
    expect(tables(items)[0]).toMatchObject({ table: { data: { reader: 'layout-lost' } } })
  })
})
