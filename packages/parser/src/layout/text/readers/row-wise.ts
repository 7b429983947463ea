/** The `row-wise` text table reader: a label, then values set apart by spaces, on every line. */
import type { Table } from 'mdast'
import { tableNode } from '../../../util/mdast-table.js'
import { isNumericToken } from '../../../util/numbers.js'
import { isPeriodCode, isTableRowLine, tokens } from '../table-lines.js'

/** A line as its cells: the words before the first value (or period code, `2019K1`) are the label, then one cell per value. */
function splitRow(line: string): string[] {
  const parts = tokens(line)
  let firstValue = parts.findIndex((part) => isNumericToken(part) || isPeriodCode(part))
  if (firstValue === -1) firstValue = parts.length
  const label = parts.slice(0, firstValue).join(' ')
  return [label, ...parts.slice(firstValue)]
}

/** A table when every line is a row of values (the first may be the header: `År 2013 2014 …`). */
export function rowWise(lines: readonly string[]): Table | undefined {
  if (!lines.every((line) => isTableRowLine(line))) return undefined
  return tableNode(lines.map(splitRow))
}
