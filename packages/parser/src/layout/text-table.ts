/**
 * Tables from text lines, where positions are lost. Two layouts survive in text renditions:
 *
 * - row-wise: `År 2013 2014 … 2024*` / `Andel 9,8 11,4 …` — a label, then values separated by spaces;
 * - one cell per line: a header run of years, then for each row its label and a run of values.
 *
 * Anything else is reported as not recoverable from text (the PDF path reads it from positions).
 */
import type { Table, TableCell, TableRow } from 'mdast'
import { joinLines } from '../util/hyphenation.js'
import { isNumericToken } from '../util/numbers.js'

/** A year as a column heading: `2013`, `2024*`. */
const YEAR = /^(?:19|20)\d{2}\*?$/u

/** A unit printed under a row label: `personer`, `pct.`, `mio. kr.` */
const UNIT = /^(?:personer|pct\.?|procent|antal|kr\.?|mio\.\s*kr\.?|mia\.\s*kr\.?|%|fuldtidspersoner|år)$/iu

/** Join a row's label lines; a unit on the last line is set off with a comma. */
function label(lines: readonly string[]): string {
  const last = lines.at(-1)
  if (lines.length > 1 && last && UNIT.test(last)) return `${joinLines(lines.slice(0, -1))}, ${last}`
  return joinLines(lines)
}

/** Share of a line's tokens that must be values for it to be a table row. */
const MIN_VALUE_SHARE = 0.5

/** A row needs at least this many values. */
const MIN_ROW_VALUES = 2

function tokens(line: string): string[] {
  return line.trim().split(/\s+/u).filter(Boolean)
}

/** Whether a line reads as a row of a row-wise table (or its header). */
export function isTableRowLine(line: string): boolean {
  const parts = tokens(line)
  const values = parts.filter(isNumericToken).length
  return values >= MIN_ROW_VALUES && values / parts.length >= MIN_VALUE_SHARE
}

/** Whether a line is one value alone (one-cell-per-line layout). */
export function isValueLine(line: string): boolean {
  const parts = tokens(line)
  return parts.length > 0 && parts.every(isNumericToken)
}

function cell(value: string): TableCell {
  return { type: 'tableCell', children: value === '' ? [] : [{ type: 'text', value }] }
}

function row(values: readonly string[]): TableRow {
  return { type: 'tableRow', children: values.map(cell) }
}

function splitRow(line: string): string[] {
  const parts = tokens(line)
  let firstValue = parts.findIndex(isNumericToken)
  if (firstValue === -1) firstValue = parts.length
  const label = parts.slice(0, firstValue).join(' ')
  return [label, ...parts.slice(firstValue)]
}

function table(rows: string[][]): Table {
  const width = Math.max(...rows.map((cells) => cells.length))
  const padded = rows.map((cells) => [...cells, ...Array<string>(width - cells.length).fill('')])
  return { type: 'table', align: padded[0]?.map(() => null) ?? [], children: padded.map(row) }
}

function rowWise(lines: readonly string[]): Table | undefined {
  if (!lines.every((line) => isTableRowLine(line))) return undefined
  return table(lines.map(splitRow))
}

/**
 * One cell per line: `label…`, run of years (header), then per row `label…` + run of values of the same
 * length. The labels of a row are the text lines before its run.
 */
function cellPerLine(lines: readonly string[]): Table | undefined {
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
    const years = head.values.findIndex((value) => !YEAR.test(value))
    if (years > 0 && head.values.length === 2 * years) {
      groups.splice(0, 1, { labels: [], values: head.values.slice(0, years) }, { labels: head.labels, values: head.values.slice(years) })
    }
  }
  const [first, ...rest] = groups
  if (!first || rest.length === 0) return undefined
  const width = first.values.length
  if (width < MIN_ROW_VALUES || !first.values.every((value) => YEAR.test(value))) return undefined
  // Labels before the header run that are not the first row's label: a heading for the label column.
  const headerLabels = first.labels.slice(0, Math.max(0, first.labels.length - 1))
  const firstRowLabels = first.labels.slice(headerLabels.length)
  if (!rest.every((group) => group.values.length === width)) return undefined
  const rows: string[][] = [[label(headerLabels), ...first.values]]
  rest.forEach((group, index) => {
    const labels = index === 0 ? [...firstRowLabels, ...group.labels] : group.labels
    rows.push([label(labels), ...group.values])
  })
  return table(rows)
}

/** A table from the lines of its body, or undefined when text has lost its structure. */
export function tableFromText(lines: readonly string[]): Table | undefined {
  const body = lines.filter((line) => line.trim() !== '')
  if (body.length === 0) return undefined
  return rowWise(body) ?? cellPerLine(body)
}
