/**
 * mdast table nodes from cell texts: one builder for every table reader (PDF positions, text, layout-kept text)
 * and for the Markdown rendering of a record, so that an empty cell, a row and a table's `align` are made one way.
 */
import type { AlignType, Table, TableCell, TableRow } from 'mdast'

/** A cell holding `value` as text; the empty string makes an empty cell (no text node). */
export function tableCell(value: string): TableCell {
  return { type: 'tableCell', children: value === '' ? [] : [{ type: 'text', value }] }
}

/** A row of cells, one per value. */
export function tableRow(values: readonly string[]): TableRow {
  return { type: 'tableRow', children: values.map(tableCell) }
}

/**
 * A table of rows of cell texts, the first row its header. Rows shorter than the widest are padded with empty
 * cells; `align` gives each column's alignment (none by default).
 */
export function tableNode(rows: ReadonlyArray<readonly string[]>, align: (column: number) => AlignType = () => null): Table {
  const width = Math.max(0, ...rows.map((cells) => cells.length))
  const padded = rows.map((cells) => [...cells, ...Array<string>(width - cells.length).fill('')])
  return {
    type: 'table',
    align: padded.length > 0 ? Array.from({ length: width }, (_, column) => align(column)) : [],
    children: padded.map(tableRow),
  }
}
