/** The `label-value` text table reader: two columns, a label of words and one value on every line. */
import type { Table } from 'mdast'
import { tableNode } from '../../../util/mdast-table.js'
import { isLabelValueRun, labelAndValue } from '../table-lines.js'

/** A table when every line is a label and one value. */
export function labelValue(lines: readonly string[]): Table | undefined {
  if (!isLabelValueRun(lines)) return undefined
  return tableNode(lines.map((line) => labelAndValue(line) as [string, string]))
}
