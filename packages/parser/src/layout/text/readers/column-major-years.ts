/** The `column-major-years` text table reader: the cells listed column by column under rising years. */
import type { Table } from 'mdast'
import { YEAR_HEADING } from '../../markers.js'
import { columnTable, entries, isValueLine } from '../table-lines.js'

/**
 * Column by column under years: `2010`, the row labels, the 2010 values, then `2011` and its values, and so on.
 * The number of rows is the one that makes every column a year followed by that many values, the years rising.
 */
export function columnMajorYears(lines: readonly string[]): Table | undefined {
  const [firstYear, ...after] = lines.map((line) => line.trim())
  if (firstYear === undefined || !YEAR_HEADING.test(firstYear)) return undefined
  const labelLines: string[] = []
  while (after.length > 0 && !isValueLine(after[0] ?? '')) labelLines.push(after.shift() ?? '')
  if (labelLines.length === 0 || !after.every(isValueLine)) return undefined
  const labels = entries(labelLines)
  const height = labels.length
  // `after`: the first year's values, then (year, values) per further column.
  if (height < 1 || after.length % (height + 1) !== height) return undefined
  const columns = [{ heading: firstYear, values: after.slice(0, height) }]
  for (let start = height; start < after.length; start += height + 1) {
    columns.push({ heading: after[start] ?? '', values: after.slice(start + 1, start + 1 + height) })
  }
  const years = columns.map((column) => Number.parseInt(column.heading, 10))
  if (
    columns.length < 2 ||
    !columns.every((column) => YEAR_HEADING.test(column.heading)) ||
    years.some((year, index) => index > 0 && year <= (years[index - 1] ?? 0))
  ) {
    return undefined
  }
  return columnTable(
    columns.map((column) => column.heading),
    labels,
    columns,
  )
}
