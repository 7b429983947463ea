/** The `cell-per-line` text table reader: one cell per line, rows under a header run of years. */
import type { Table } from 'mdast'
import { tableNode } from '../../../util/mdast-table.js'
import { YEAR_HEADING } from '../../markers.js'
import { MIN_ROW_VALUES, isValueLine, label } from '../table-lines.js'

/**
 * One cell per line: `label…`, run of years (header), then per row `label…` + run of values of the same
 * length. The labels of a row are the text lines before its run.
 */
export function cellPerLine(lines: readonly string[]): Table | undefined {
  const groups: { labels: string[]; values: string[] }[] = []
  let current: { labels: string[]; values: string[] } = { labels: [], values: [] }
  for (const line of lines) {
    if (isValueLine(line)) {
      current.values.push(line.trim())
    } else {
      if (current.values.length > 0) {
        groups.push(current)
        current = { labels: [], values: [] }
      }
      current.labels.push(line.trim())
    }
  }
  if (current.values.length > 0) groups.push(current)
  // A header run of years directly followed by the first row's values: `2010 … 2020 7.925 … 9.625`.
  const head = groups[0]
  if (head) {
    const years = head.values.findIndex((value) => !YEAR_HEADING.test(value))
    if (years > 0 && head.values.length === 2 * years) {
      groups.splice(0, 1, { labels: [], values: head.values.slice(0, years) }, { labels: head.labels, values: head.values.slice(years) })
    }
  }
  const [first, ...rest] = groups
  if (!first || rest.length === 0) return undefined
  const width = first.values.length
  if (width < MIN_ROW_VALUES || !first.values.every((value) => YEAR_HEADING.test(value))) return undefined
  // Labels before the header run that are not the first row's label: a heading for the label column.
  const headerLabels = first.labels.slice(0, Math.max(0, first.labels.length - 1))
  const firstRowLabels = first.labels.slice(headerLabels.length)
  if (!rest.every((group) => group.values.length === width)) return undefined
  const rows: string[][] = [[label(headerLabels), ...first.values]]
  rest.forEach((group, index) => {
    const labels = index === 0 ? [...firstRowLabels, ...group.labels] : group.labels
    rows.push([label(labels), ...group.values])
  })
  return tableNode(rows)
}
