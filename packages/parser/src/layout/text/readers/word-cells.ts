/**
 * The `word-cells` text table reader: Word's HTML export as ft.dk's text renditions keep it (2005–08) — every cell
 * on a line of its own ending in ` |`, an empty cell a line holding only `|`, row by row with nothing where a row
 * ends:
 *
 *     |                    ← the empty corner cell
 *     Juli 2005 |
 *     Aug. 2005 |
 *     Antal modtagere |
 *     1759 |
 *     1933 |
 *
 * The row's width is read off the cells: the width at which every row below the header opens with a label (or an
 * empty cell) and holds only values after it, and the header has a heading over every value column. A row's label
 * may be a year (years as the rows, rising, under a header of words). Where more than
 * one width fits, the narrowest is taken and the table says so (`data.orderInferred`).
 */
import type { Table } from 'mdast'
import { tableNode } from '../../../util/mdast-table.js'
import { isNumericToken } from '../../../util/numbers.js'
import { isCellMarked, withoutCellMark } from '../cell-marks.js'
import { isDataCell, isYearHeading, risesInTime } from '../table-lines.js'

/** Rows a table needs: a header and at least one row. */
const MIN_ROWS = 2

/** Columns a table needs: a label and a value. */
const MIN_WIDTH = 2

/**
 * Whether the body rows' labels read as labels: text, or years as the rows (`2002` … `2007`, then `Stigning
 * 2002-2007`) — rising, and only under a header of words (years head the rows or the columns, not both).
 */
function rowLabelsFit(header: readonly string[], labels: readonly string[]): boolean {
  const years = labels.filter((label) => isYearHeading(label))
  if (years.length === 0) return labels.every((label) => !isDataCell(label))
  return (
    labels.every((label) => isYearHeading(label) || !isDataCell(label)) &&
    risesInTime(years) &&
    header.slice(1).every((heading) => !isDataCell(heading))
  )
}

/** The cells as rows of `width`, or undefined when they do not read as a table that wide. */
function rowsOf(cells: readonly string[], width: number): string[][] | undefined {
  if (cells.length % width !== 0 || cells.length / width < MIN_ROWS) return undefined
  const rows = Array.from({ length: cells.length / width }, (_, row) => cells.slice(row * width, (row + 1) * width))
  const [header = [], ...body] = rows
  if (header.slice(1).some((cell) => cell === '')) return undefined
  const bodyFits =
    rowLabelsFit(
      header,
      body.map(([label = '']) => label),
    ) && body.every(([, ...values]) => values.every((value) => value === '' || isNumericToken(value)))
  const hasValues = body.some((row) => row.slice(1).some((value) => value !== ''))
  return bodyFits && hasValues ? rows : undefined
}

/**
 * A table from Word's cell lines (every line cell-marked), row width inferred from where labels and values stand.
 * Undefined when a line is no cell line or no width fits.
 */
export function wordCells(lines: readonly string[]): Table | undefined {
  if (lines.length < MIN_ROWS * MIN_WIDTH || !lines.every(isCellMarked)) return undefined
  const cells = lines.map(withoutCellMark)
  const fits: { width: number; rows: string[][] }[] = []
  for (let width = MIN_WIDTH; width <= cells.length / MIN_ROWS; width++) {
    const rows = rowsOf(cells, width)
    if (rows) fits.push({ width, rows })
  }
  const [chosen, ...others] = fits
  if (!chosen) return undefined
  const table = tableNode(chosen.rows)
  if (others.length === 0) return table
  const widths = others.map((fit) => fit.width).join(', ')
  return { ...table, data: { orderInferred: `read as rows of ${chosen.width} cells; rows of ${widths} cells fit the same lines` } }
}
