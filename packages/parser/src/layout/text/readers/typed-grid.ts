/**
 * The `typed-grid` text table reader: one cell per line, row by row, every cell one line — read by counting, where
 * the columns' kinds leave one way to count. The last resort of the one-cell-a-line readers: it reads what their
 * shapes miss (row labels that are numbers, `1` `2` `3` `Totalt`; a text column among the values, `2015->2016`; a
 * header and a single row), and nothing where a cell may have wrapped onto a second line.
 */
import type { Table } from 'mdast'
import { tableNode } from '../../../util/mdast-table.js'
import { isNumericToken, parseDanishNumber } from '../../../util/numbers.js'
import { continues, isDataCell, isYearHeading, MAX_TEXT_COLUMNS, tokens } from '../table-lines.js'

/** What a cell holds: a value, a mark for none (`-`, `..`), or text. */
type Kind = 'value' | 'none' | 'text'

function kindOf(cell: string): Kind {
  if (isNumericToken(cell) && parseDanishNumber(cell) === null) return 'none'
  return isDataCell(cell) ? 'value' : 'text'
}

/** Longest text cell of a value column (`2015->2016`, `Cykelfærge`): a longer line is prose, not a cell. */
const MAX_TEXT_CELL = 60

/**
 * Whether rows' columns each hold one kind: the label column words, or numbers and a totals row (`1` … `Totalt`); each
 * further column's cells
 * all values or all short text (marks for none go with either), and at least one column of values.
 */
function consistent(rows: readonly string[][], width: number): boolean {
  // Labels all words, or numbers (`1` `2` `3`) with words in the last row only (`Totalt`, `I alt`).
  const labels = rows.map((row) => kindOf(row[0] ?? ''))
  if (labels.some((kind) => kind !== 'text') && labels.slice(0, -1).some((kind) => kind === 'text')) return false
  let values = 0
  for (let column = 1; column < width; column++) {
    const kinds = new Set(rows.map((row) => kindOf(row[column] ?? '')).filter((kind) => kind !== 'none'))
    if (kinds.size > 1) return false
    if (kinds.has('value')) values++
    // One row says nothing of a column's kind: its cells must all be values.
    if (kinds.has('text') && (rows.length < 2 || rows.some((row) => (row[column] ?? '').length > MAX_TEXT_CELL))) return false
  }
  return values > 0
}

/** `cells` in rows of `width`. */
function rowsOf(cells: readonly string[], width: number): string[][] {
  return Array.from({ length: cells.length / width }, (_, row) => cells.slice(row * width, row * width + width))
}

/**
 * Whether a heading line goes on from the text heading before it (`Gennemsnitlig` / `sagsbehandlingstid`, `Antal` /
 * `(1.000)`): a year or period does not wrap (`2020` / `maj-2021` are two headings).
 */
const wrapsAHeading = (header: readonly string[]): boolean =>
  header.some((cell, at) => {
    const previous = header[at - 1]
    return previous !== undefined && !isYearHeading(previous) && continues(previous, cell)
  })

/** A cell a header may hold: text, or a year or period over a column (`2019`, `2020/21`, `2021K3`). */
const isHeadingCell = (cell: string): boolean => kindOf(cell) === 'text' || isYearHeading(cell)

/**
 * The grids the cells fit row by row: a header of the leading text, year or period lines (all of them, or all but the last, which is
 * then the first row's label), one heading a column or none over the label column, the rest rows as wide. No heading
 * may go on from the one before (`continues`): where a heading wrapped, counting is off.
 */
function rowMajorReadings(cells: readonly string[]): string[][][] {
  const lead = cells.findIndex((cell) => !isHeadingCell(cell))
  if (lead < 1) return []
  const readings: string[][][] = []
  for (const headings of [lead, lead - 1]) {
    for (const width of [headings, headings + 1]) {
      const body = cells.slice(headings)
      if (headings < 1 || width < 2 || width > MAX_TEXT_COLUMNS || body.length === 0 || body.length % width !== 0) continue
      const rows = rowsOf(body, width)
      // A single row labelled by a number is values whose place the lines do not tell (labels, headings, values).
      if (rows.length === 1 && kindOf(rows[0]?.[0] ?? '') !== 'text') continue
      const header = cells.slice(0, headings)
      // A heading wrapped onto a line of its own (`Gennemsnitlig` / `sagsbehandlingstid`) would be counted as two.
      if (wrapsAHeading(header) || !consistent(rows, width)) continue
      readings.push([width > headings ? ['', ...header] : header, ...rows])
    }
  }
  return readings
}

/**
 * Whether the cells also fit column by column: each column its heading (the label column's may be missing) and as
 * many cells, every heading text, the columns after the first each of one kind.
 */
function fitsColumnMajor(cells: readonly string[]): boolean {
  for (let columns = 2; columns <= MAX_TEXT_COLUMNS; columns++) {
    for (const missing of [0, 1]) {
      const rows = (cells.length + missing) / columns - 1
      if (!Number.isInteger(rows) || rows < 1) continue
      const full = [...Array<string>(missing).fill(''), ...cells]
      const byColumn = rowsOf(full, rows + 1)
      if (byColumn.slice(missing).some((column) => kindOf(column[0] ?? '') !== 'text')) continue
      const transposed = Array.from({ length: rows }, (_, row) => byColumn.map((column) => column[row + 1] ?? ''))
      if (consistent(transposed, columns)) return true
    }
  }
  return false
}

/** Why a grid read by counting is flagged: no shape of a known layout, only the count and the kinds of the cells. */
const BY_COUNT = 'read row by row by counting the cells, each column of one kind: no cell may have wrapped onto a second line'

/** Why, besides, the same lines fit column by column. */
const ALSO_COLUMNS = 'the same lines fit a column-by-column reading too'

/**
 * One cell per line, row by row, counted out: the header's text lines, then rows as wide, each column of one kind.
 * Read only where exactly one way of counting fits, and always flagged (a wrapped cell would shift every cell after
 * it); the reason says so where the lines also fit column by column.
 */
export function typedGrid(lines: readonly string[]): Table | undefined {
  const cells = lines.map((line) => line.trim())
  // A line of several values is a row set on one line (`2019 1.234 1.100`): the readers of rows read it.
  if (cells.some((cell) => tokens(cell).filter(isNumericToken).length > 1)) return undefined
  const readings = rowMajorReadings(cells)
  if (readings.length !== 1) return undefined
  const table = tableNode(readings[0] ?? [])
  return { ...table, data: { orderInferred: fitsColumnMajor(cells) ? `${BY_COUNT}; ${ALSO_COLUMNS}` : BY_COUNT } }
}
