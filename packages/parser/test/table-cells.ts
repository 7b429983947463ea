/** A table's cells as text, row by row, for comparing tables with what the document prints. */
import type { Table } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'

export function cellTexts(table: Table | undefined): string[][] | undefined {
  return table?.children.map((row) => row.children.map((cell) => nodeToString(cell)))
}
