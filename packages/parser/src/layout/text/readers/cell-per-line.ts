/**
 * The `cell-per-line` text table reader: one cell per line, row by row — a header row, then each row's label
 * and its values.
 */
import type { Table } from 'mdast'
import { tableNode } from '../../../util/mdast-table.js'
import { YEAR_HEADING } from '../../markers.js'
import { fitOneColumn, isDataCell, label } from '../table-lines.js'

/** A row's text lines (its label; for the first, the headings too) and the run of data cells after them. */
interface Group {
  labels: string[]
  values: string[]
}

/** Lines as groups: text lines, then the run of data cells that follows them. */
function groupsOf(lines: readonly string[]): Group[] {
  const groups: Group[] = []
  let current: Group = { labels: [], values: [] }
  for (const line of lines) {
    if (isDataCell(line)) {
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
  return groups
}

/** Why a row-by-row reading is chosen where a column-by-column one fits the same lines. */
const BY_YEARS = 'read row by row because the years head the columns; read column by column, the same lines fit too'
const BY_ORDER = 'read row by row, the usual order; the same lines fit a column-by-column reading too'

/** Rows as cells, all rows as wide as the header, each with a label; the row labels able to share one column. */
function finish(header: string[], rows: readonly Group[], orderInferred: string | undefined): Table | undefined {
  const width = header.length - 1
  if (rows.length === 0 || !rows.every((row) => row.values.length === width && row.labels.length > 0)) return undefined
  // Row labels wrapped at different widths stood in different columns: then this is no row-by-row table.
  if (!fitOneColumn(rows.map((row) => row.labels))) return undefined
  const table = tableNode([header, ...rows.map((row) => [label(row.labels), ...row.values])])
  return orderInferred ? { ...table, data: { orderInferred } } : table
}

/** How many of a run's cells are years, from its start. */
function leadingYears(values: readonly string[]): number {
  const first = values.findIndex((value) => !YEAR_HEADING.test(value))
  return first === -1 ? values.length : first
}

/**
 * A header run of years: `Køn` `2010` `2011` `Mænd` `7.925` `7.225` … — the text before the years heads the label
 * column. Or the first row's label before the headings, its values right after them: `Antal afslag` `2019` `2020`
 * `2.807` `2.901` `Antal sager` … (one year column is enough when more rows follow).
 */
function yearHeaded(groups: readonly Group[]): Table | undefined {
  const [head, ...rest] = groups
  if (!head) return undefined
  const years = leadingYears(head.values)
  if (years > 0 && head.values.length === 2 * years) {
    const firstRow = { labels: head.labels, values: head.values.slice(years) }
    if (rest.length === 0) return undefined
    return finish(['', ...head.values.slice(0, years)], [firstRow, ...rest], undefined)
  }
  if (years !== head.values.length || rest.length === 0 || (years < 2 && rest.length < 2)) return undefined
  return finish([label(head.labels), ...head.values], rest, BY_YEARS)
}

/**
 * A header run of words (`Måned` `jan.` `feb.` … `I alt`), then each row's one-line label and its values: the first
 * group's text lines are the headings and the first row's label — one heading per value column, and one over the
 * labels or none.
 */
function textHeaded(groups: readonly Group[]): Table | undefined {
  const [head, ...rest] = groups
  const width = head?.values.length ?? 0
  if (!head || width < 2 || rest.length === 0 || !rest.every((row) => row.labels.length === 1)) return undefined
  const headings = head.labels.slice(0, -1)
  if (headings.length !== width && headings.length !== width + 1) return undefined
  const firstRow = { labels: head.labels.slice(-1), values: head.values }
  return finish(headings.length === width ? ['', ...headings] : headings, [firstRow, ...rest], BY_ORDER)
}

/**
 * One cell per line, row by row: a header row (years, or words), then per row its label and a run of values as
 * long. A row label may wrap onto more lines. Where the same lines also read column by column, the table says so
 * (`data.orderInferred`).
 */
export function cellPerLine(lines: readonly string[]): Table | undefined {
  const groups = groupsOf(lines)
  return yearHeaded(groups) ?? textHeaded(groups)
}
