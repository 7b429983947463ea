/**
 * The text table readers, in the order they are tried: each reads the body lines of a table region one way and
 * gives a table, or nothing when the lines are not laid out its way. The first to read the lines wins, and its
 * name goes on the table (`data.reader`), so that the record's provenance can name it (`table:column-major`).
 *
 * Where positions are lost, these layouts survive in text renditions:
 * - `word-cells`: Word's HTML export, each cell a line ending in ` |`, the row width inferred;
 * - `separated`: cells set apart by tabs or runs of spaces (a copy from a word processor, `pdftotext -layout`);
 * - `period-blocks`: a table too wide for the page set in blocks, each a line of years or period codes (`11K2 11K3 …`)
 *   and a line of values per row, the row labels repeated in every block (on lines of their own or before the values);
 * - `row-wise`: `År 2013 2014 … 2024*` / `Andel 9,8 11,4 …` — a label, then values separated by spaces;
 * - `label-value`: `Mænd 40.100` — two columns, a label of words and one value;
 * - `cell-per-line`: a header run of years, then for each row its label and a run of values (or, row by row, its
 *   text cells and its values: `readers/text-columns.ts`);
 * - `heading-apart`: a header of a series (years, `År 1` …) whose first heading stands before the row labels and the
 *   others after them, then the values, in the order a totals row, a line holding a whole row, the cells' kinds or
 *   the rows' smoothness decides;
 * - `column-major`: the first column's heading, the row labels and the first column's values, then each further
 *   column's heading and values (and a totals label with a value per column after them, the last row, where each
 *   value is its column's sum);
 * - `column-major-years`: the same under rising years (`2010`, labels, values, `2011`, values, …, or the labels
 *   first), then columns headed by words (`I alt`) or rows the rendition set after the columns;
 * - `years-labels-values`: the header's years, then all the row labels, then all the values, column by column (or
 *   row by row where a totals row adds up only so); or the row labels first, then headings naming measures
 *   (`Antal` `Andel, pct.`), then the values in the order a totals row or a share column adding up to 100 decides;
 *   or the header row of words first, then years as the row labels, then the values column by column;
 *   or, where nothing in the words tells the header row from the labels, the one split of the lines in which a totals
 *   row or column adds up (rows of shares left out of the sums);
 * - `typed-grid`: one cell a line, row by row, counted out where the columns' kinds (values or text) leave one count —
 *   row labels that are numbers (`1` … `Totalt`), a text column among the values, a header and a single row.
 *
 * Anything else is reported as not recoverable from text (the PDF path reads it from positions).
 */
import type { Table } from 'mdast'
import type { TableReader } from '../../tree.js'
import { CLOSING } from '../markers.js'
import { cellPerLine } from './readers/cell-per-line.js'
import { columnMajor } from './readers/column-major.js'
import { columnMajorYears } from './readers/column-major-years.js'
import { headingApart } from './readers/heading-apart.js'
import { labelValue } from './readers/label-value.js'
import { periodBlocks } from './readers/period-blocks.js'
import { rowWise } from './readers/row-wise.js'
import { separated } from './readers/separated.js'
import { typedGrid } from './readers/typed-grid.js'
import { wordCells } from './readers/word-cells.js'
import { yearsLabelsValues } from './readers/years-labels-values.js'
import { CORNER_UNIT, entries, isDataCell, isTextCellLine, isYearHeading, MAX_TEXT_COLUMNS, risesInTime, tokens } from './table-lines.js'

export interface TextTableReader {
  /** The reader's name, as the table's `data.reader` and the provenance rule `table:<name>`. */
  name: TableReader
  /** The table the non-empty body lines make read this reader's way, or undefined. */
  read: (lines: readonly string[]) => Table | undefined
}

/** Tried in this order: the layouts with the most evidence of columns first, the inferred column-major ones last. */
export const TEXT_TABLE_READERS: readonly TextTableReader[] = [
  { name: 'word-cells', read: wordCells },
  { name: 'separated', read: separated },
  { name: 'period-blocks', read: periodBlocks },
  { name: 'row-wise', read: rowWise },
  { name: 'label-value', read: labelValue },
  { name: 'cell-per-line', read: cellPerLine },
  { name: 'heading-apart', read: headingApart },
  { name: 'column-major', read: columnMajor },
  { name: 'column-major-years', read: columnMajorYears },
  { name: 'years-labels-values', read: yearsLabelsValues },
  { name: 'typed-grid', read: typedGrid },
]

/** The readers of tables set one cell per line, whose columns are read from the order of the cells. */
const ONE_CELL_PER_LINE: ReadonlySet<TableReader> = new Set([
  'cell-per-line',
  'heading-apart',
  'column-major',
  'column-major-years',
  'years-labels-values',
  'typed-grid',
])

/** The readers of tables set one cell per line under a header row of years: given the years one a line (`yearsOneALine`). */
const YEARS_HEADER: ReadonlySet<TableReader> = new Set(['cell-per-line', 'column-major-years', 'years-labels-values'])

/** The readers of tables set one cell per line: the only ones trusted to find a table that no `Tabel N` announces. */
export const CELL_PER_LINE_READERS: readonly TextTableReader[] = TEXT_TABLE_READERS.filter((reader) => ONE_CELL_PER_LINE.has(reader.name))

/** The mark at a page's foot that the letter goes on overleaf (`./.`, `. / .`): no cell of a table it interrupts. */
const PAGE_TURN = /^\s*\.\s?\/\s?\.\s*$/u

/**
 * The header row's years set on one line (`2014 2015 2016 … 2025`) where the rest of the table is one cell a line, as
 * a rendition gives a table whose header row it kept and whose columns it lost: each year a line of its own, as the
 * one-cell-a-line readers read a header. Only a line of years alone, rising, two or more; other lines as they are.
 */
export function yearsOneALine(lines: readonly string[]): readonly string[] {
  let changed = false
  const result: string[] = []
  for (const line of lines) {
    const parts = tokens(line)
    if (parts.length >= 2 && parts.every(isYearHeading) && risesInTime(parts)) {
      result.push(...parts)
      changed = true
    } else result.push(line)
  }
  return changed ? result : lines
}

/** A table from the lines of its body, named by the reader that read it; undefined when text has lost its structure. */
export function tableFromText(lines: readonly string[], readers: readonly TextTableReader[] = TEXT_TABLE_READERS): Table | undefined {
  const body = lines.filter((line) => line.trim() !== '' && !PAGE_TURN.test(line))
  if (body.length === 0) return undefined
  let split: readonly string[] | undefined
  for (const reader of readers) {
    const yearsHeader = YEARS_HEADER.has(reader.name)
    if (yearsHeader) split ??= yearsOneALine(body)
    const table = reader.read(yearsHeader ? (split ?? body) : body)
    if (!table) continue
    // Wider than a page: the same lines read the wrong way round (`MAX_TEXT_COLUMNS`); a line that sets out its
    // cells itself (`År 2000 2001 …`) is taken at its word.
    if (ONE_CELL_PER_LINE.has(reader.name) && (table.children[0]?.children.length ?? 0) > MAX_TEXT_COLUMNS) continue
    return { ...table, data: { ...table.data, reader: reader.name } }
  }
  return undefined
}

/**
 * The table the longest run of lines from the first reads as, and how many lines that is: a table set one cell per
 * line may be followed by lines of the same shape that are not its own (the letterhead's column of short lines,
 * set after the table in the text). The run ends on a data cell, and the line after it, if any, is none: a table
 * is not cut between two of its cells.
 */
export function longestTable(
  lines: readonly string[],
  readers: readonly TextTableReader[] = TEXT_TABLE_READERS,
): { table: Table; length: number } | undefined {
  for (let length = lines.length; length >= 2; length--) {
    const next = lines[length]
    if (!isDataCell(lines[length - 1] ?? '') || (next !== undefined && isDataCell(next))) continue
    const table = tableFromText(lines.slice(0, length), readers)
    if (table) return rowFollows(lines.slice(length)) ? undefined : { table, length }
  }
  return undefined
}

/** Lines a row's label may take before its values. */
const MAX_LABEL_LINES = 4

/**
 * Whether the lines after a cut look like one more row, read or not: a label of a few lines, then a data cell
 * (`Andel direkte i fleksjob` / `pct.` / `40` …). A table cut there would lose that row without a word.
 */
function rowFollows(rest: readonly string[]): boolean {
  // A unit in a corner (`Forslaget` / `1.000 kr.` / labels …) opens the next table, not a row of this one.
  const start = rest.findIndex((line) => isDataCell(line) && !CORNER_UNIT.test(line.trim()))
  return start !== -1 && start <= MAX_LABEL_LINES
}

/** Most lines a text cell wraps onto. */
const MAX_TEXT_CELL_LINES = 4

/**
 * Whether the lines after a table read column by column (`data.columnMajor`) can be one more column of its rows,
 * of text cells (`Færgerute` / `Personfærge om` / `sommeren` / `Stigsnæs-Agersø` / …): at least as many entries as
 * the table has rows and at most `MAX_TEXT_CELL_LINES` lines a row, each a text cell's line (`isTextCellLine`), no
 * digit (the letterhead's column set after a table has its street, postcode and numbers) and no letter's closing.
 * The column's heading then stood among the headings the reading took — a heading read as a row — and a text cell
 * may wrap onto lines that start in capitals, so its cells cannot be told apart either: the table's cells are lost.
 */
export function textColumnFollows(table: Table, rest: readonly string[]): boolean {
  const rows = table.children.length - 1
  const lines = rest.map((line) => line.trim()).filter((line) => line !== '')
  return (
    table.data?.columnMajor === true &&
    rows >= 2 &&
    entries(lines).length >= rows &&
    lines.length <= rows * MAX_TEXT_CELL_LINES &&
    lines.every((line) => isTextCellLine(line) && !/\d/u.test(line) && !CLOSING.test(line))
  )
}
