/** The `column-major-years` text table reader: the cells listed column by column under rising years. */
import type { Table } from 'mdast'
import { joinLines } from '../../../util/hyphenation.js'
import { YEAR_HEADING } from '../../markers.js'
import { columnTable, entries, fitOneColumn, isValueLine } from '../table-lines.js'

/** A column heading after the years that is words, not a year: `I alt`, `Gns.`, `Total` (short, one line). */
const MAX_TEXT_HEADING = 30

/**
 * Column by column under years: `2010`, the row labels, the 2010 values, then `2011` and its values, and so on;
 * after the years, columns headed by words (`I alt` and its values). The number of rows is the number of labels,
 * every column a heading followed by that many values, the years rising.
 */
export function columnMajorYears(lines: readonly string[]): Table | undefined {
  return yearsFirst(lines) ?? labelsFirst(lines)
}

/**
 * The labels first, then each year and its values: `Mia. kr., 2017-pl` `Kommuner` `Regioner` `2017` `16,3` `7,2`
 * (`2018` …) — the label column's heading, if any, and its labels, then the value columns, each a year and as many
 * values as there are labels. One column is enough when it has two rows.
 */
function labelsFirst(lines: readonly string[]): Table | undefined {
  const texts = lines.map((line) => line.trim())
  const firstData = texts.findIndex(isValueLine)
  if (firstData < 1 || !YEAR_HEADING.test(texts[firstData] ?? '')) return undefined
  const data = texts.slice(firstData)
  const second = data.findIndex((cell, at) => at > 0 && YEAR_HEADING.test(cell))
  const height = (second === -1 ? data.length : second) - 1
  if (height < 1 || data.length % (height + 1) !== 0) return undefined
  const columns = Array.from({ length: data.length / (height + 1) }, (_, column) => ({
    heading: data[column * (height + 1)] ?? '',
    values: data.slice(column * (height + 1) + 1, (column + 1) * (height + 1)),
  }))
  const years = columns.map((column) => Number.parseInt(column.heading, 10))
  if (
    (columns.length < 2 && height < 2) ||
    !columns.every((column) => YEAR_HEADING.test(column.heading) && column.values.every(isValueLine)) ||
    years.some((year, index) => index > 0 && year <= (years[index - 1] ?? 0))
  ) {
    return undefined
  }
  const parts = entries(texts.slice(0, firstData))
  if (parts.length !== height && parts.length !== height + 1) return undefined
  const labels = parts.length > height ? parts.slice(1) : parts
  if (!fitOneColumn(labels)) return undefined
  const labelHeading = parts.length > height ? joinLines(parts[0] ?? []) : ''
  return columnTable(
    columns.map((column) => column.heading),
    labels,
    columns,
    labelHeading,
  )
}

/** `2010`, the labels, the 2010 values, then each further year (or word heading) and its values. */
function yearsFirst(lines: readonly string[]): Table | undefined {
  const [firstYear, ...after] = lines.map((line) => line.trim())
  if (firstYear === undefined || !YEAR_HEADING.test(firstYear)) return undefined
  const labelLines: string[] = []
  while (after.length > 0 && !isValueLine(after[0] ?? '')) labelLines.push(after.shift() ?? '')
  const labels = entries(labelLines)
  const height = labels.length
  if (height < 1 || !fitOneColumn(labels)) return undefined
  // `after`: the first year's values, then (heading, values) per further column.
  const columns = [{ heading: firstYear, values: after.slice(0, height) }]
  for (let start = height; start < after.length; start += height + 1) {
    columns.push({ heading: after[start] ?? '', values: after.slice(start + 1, start + 1 + height) })
  }
  const yearColumns = columns.findIndex((column) => !YEAR_HEADING.test(column.heading))
  const years = (yearColumns === -1 ? columns : columns.slice(0, yearColumns)).map((column) => Number.parseInt(column.heading, 10))
  const wordColumns = yearColumns === -1 ? [] : columns.slice(yearColumns)
  if (
    years.length < 2 ||
    years.some((year, index) => index > 0 && year <= (years[index - 1] ?? 0)) ||
    !columns.every((column) => column.values.length === height && column.values.every(isValueLine)) ||
    !wordColumns.every((column) => !isValueLine(column.heading) && column.heading.length <= MAX_TEXT_HEADING)
  ) {
    return undefined
  }
  return columnTable(
    columns.map((column) => column.heading),
    labels,
    columns,
  )
}
