/** The `column-major` text table reader: the cells listed column by column, each column's heading first. */
import type { Table } from 'mdast'
import { joinLines } from '../../../util/hyphenation.js'
import { tableNode } from '../../../util/mdast-table.js'
import {
  columnTable,
  entries,
  fitOneColumn,
  isDataCell,
  isMeasureHeading,
  isYearHeading,
  MAX_TEXT_COLUMNS,
  namesUnit,
  narrowWrapped,
  risesInTime,
  sharesLead,
  type TextBlock,
  textBlocks,
  widerThanPage,
} from '../table-lines.js'
import { sumsTo, TOTAL_LABEL } from '../totals.js'
import { headingsFirst } from './years-labels-values.js'

/** Most lines the heading over a column of years takes. */
const MAX_HEADING_LINES = 4

/** Why the year column is read as the rows: the headings wrapped at different widths, so they headed columns. */
const BY_WRAPS =
  'read column by column: the headings wrap at different widths, so they stood over columns of their own, and the first column holds the years'

/** Why the year column is read as the rows: the headings wrapped into narrow columns, as no label column is set. */
const BY_NARROW =
  'read column by column: most headings wrap into lines no longer than a narrow value column holds, so they headed columns, and the first column holds the years'

/** Why the year column is read as the rows: read the other way, the years would head more columns than a page holds. */
const BY_WIDTH = 'read column by column: the first column holds the years, too many or too wide to head the columns of one page'

/**
 * The first column holds years, rising (`År` `2015` … `2018`), the others a heading and as many cells: the years
 * are the rows. Read so only where the headings cannot have shared one column (they wrap at different widths, or
 * most wrap into lines no longer than a narrow value column holds: `narrowWrapped`), or where read row by row the
 * years would head more columns than a page holds (a year table of 30+ rows): read row by
 * row, the same lines would make the headings row labels under a header of years.
 */
function yearRows(columns: readonly TextBlock[]): Table | undefined {
  const [first, ...rest] = columns
  // The years' heading, wrapped onto a few lines at most (`Mia. kr.` / `(faste` / `2016-` / `priser)`).
  if (!first || first.texts.length > MAX_HEADING_LINES || rest.length === 0) return undefined
  const years = first.values
  const tooWide = years.length + 1 > MAX_TEXT_COLUMNS || widerThanPage(years)
  if (
    years.length < 2 ||
    !years.every((value) => isYearHeading(value)) ||
    !risesInTime(years) ||
    (!tooWide && fitOneColumn(rest.map((column) => column.texts)) && !narrowWrapped(rest.map((column) => column.texts)))
  ) {
    return undefined
  }
  const header = [joinLines(first.texts), ...rest.map((column) => joinLines(column.texts))]
  const rows = first.values.map((year, index) => [year, ...rest.map((column) => column.values[index] ?? '')])
  return {
    ...tableNode([header, ...rows]),
    data: {
      columnMajor: true,
      orderInferred: tooWide ? BY_WIDTH : fitOneColumn(rest.map((column) => column.texts)) ? BY_NARROW : BY_WRAPS,
    },
  }
}

/** Why the numbers before a totals label were read as the rows: read row by row, they would head the columns. */
const BY_NUMBERED_ROWS =
  'read column by column: the first column numbers its rows (`1` … `4`, or years) and ends in a totals label, so the numbers were its labels; read row by row, they would head the columns'

/** A whole number of at most four digits, no separator: a quarter's, a month's or a year's number (`3`, `2015`). */
const NUMBER_LABEL = /^\d{1,4}$/u

/**
 * Whether the cells count up one by one (`1` `2` `3` `4`, `2015` `2016` `2017`): the numbers of periods or rows, no
 * measured values.
 */
function countsUp(cells: readonly string[]): boolean {
  return cells.every((cell, at) => NUMBER_LABEL.test(cell) && (at === 0 || Number(cell) === Number(cells[at - 1]) + 1))
}

/**
 * The first column numbers its rows and ends in a totals row (`Kvartal` `1` `2` `3` `4` `Totalt`, then `Antal` and
 * five values, `Heraf …` and five values): the totals label, a text line, opens the next block, and every other
 * column has one value more than the first. The numbers and the totals label are the first column's cells, the
 * text lines after the totals label the next column's heading. Flagged: the same lines read row by row make the
 * numbers the headings (the cells are the same, transposed).
 */
function numberedRows(columns: readonly TextBlock[]): Table | undefined {
  const [first, second, ...others] = columns
  if (!first || !second || first.texts.length > MAX_HEADING_LINES) return undefined
  const height = first.values.length + 1
  const [total, ...heading] = second.texts
  if (
    first.values.length < 2 ||
    !countsUp(first.values) ||
    total === undefined ||
    !TOTAL_LABEL.test(total) ||
    heading.length === 0 ||
    ![second, ...others].every((column) => column.values.length === height)
  ) {
    return undefined
  }
  const rest = [{ texts: heading, values: second.values }, ...others]
  const header = [joinLines(first.texts), ...rest.map((column) => joinLines(column.texts))]
  const rows = [...first.values, total].map((cell, index) => [cell, ...rest.map((column) => column.values[index] ?? '')])
  return { ...tableNode([header, ...rows]), data: { columnMajor: true, orderInferred: BY_NUMBERED_ROWS } }
}

/**
 * Whether, of one line more than the rows, the last is the value column's heading, not the first: the line before
 * it is a totals label (`I alt`, which ends the labels), or the last names a measure, a unit or a year (`Antal`,
 * `Styrkemål 2011`: `valueHeading`) and the first does not. A totals label last is a label: the heading is first.
 */
function headingLast(lines: readonly string[]): boolean {
  const first = lines[0] ?? ''
  const last = lines.at(-1) ?? ''
  if (TOTAL_LABEL.test(last.trim())) return false
  return TOTAL_LABEL.test(lines.at(-2)?.trim() ?? '') || (valueHeading(last) && !valueHeading(first))
}

/** Whether the last two lines name measures (`Antal modtaget` `Antal afgjort`) and the first does not. */
function headingsLast(lines: readonly string[]): boolean {
  return lines.length > 2 && lines.slice(-2).every(isMeasureHeading) && !isMeasureHeading(lines[0] ?? '')
}

/** A year in a heading (`År 2014`, `Antal 2019`): a value column's, which a row label seldom names. */
const YEAR_IN_HEADING = /(?<!\d)(?:19|20)\d{2}(?!\d)/u

/** Whether a line reads as a value column's heading: a unit (`namesUnit`), a measure (`isMeasureHeading`) or a year. */
const valueHeading = (text: string): boolean => namesUnit(text) || isMeasureHeading(text) || YEAR_IN_HEADING.test(text)

/** The first column's text lines as printed: the label column's heading (or none), its labels, the next column's heading. */
interface FirstColumn {
  labelHeading: string
  labels: string[][]
  heading: string
}

/**
 * The text lines before the first run of values, as the label column and a heading, for `height` rows — joined
 * where a line goes on from the one before, else line by line:
 * - `height + 1`: the first value column's heading, set first (the label column has none), then the labels — or
 *   the labels, then the heading, where the lines say so (`headingLast`: `Asyl` … `I alt` `Antal`);
 * - `height + 2`: the label column's heading, the labels, then the first value column's heading — or the two
 *   headings first (the header row), then the labels, where the second names a unit, a measure or a year and the
 *   last does not, or the last is a totals label;
 * - `height`, in a table of two columns: the labels alone (no headings).
 * Any other count leaves which lines are rows a guess.
 */
function firstColumn(texts: readonly string[], height: number, further: readonly string[]): FirstColumn | undefined {
  for (const parts of [entries(texts), texts.map((line) => [line])]) {
    if (parts.length === height + 1) {
      // The value column's heading last, after the labels (column by column, the empty cell over the labels
      // dropped), where the evidence says so; else first (the header row set before the labels).
      // A first line worded like a later column's heading (`sharesLead`: `Pr. måned` beside `Pr. år`) is the first
      // value column's heading, set before the labels — even where a label before the last reads as a total
      // (`Samlet forældrebetaling for tre børn`, then one more row), which alone would put the heading last.
      if (!sharesLead(joinLines(parts[0] ?? []), further) && headingLast(parts.map(joinLines)))
        return { labelHeading: '', labels: parts.slice(0, -1), heading: joinLines(parts.at(-1) ?? []) }
      return { labelHeading: '', labels: parts.slice(1), heading: joinLines(parts[0] ?? []) }
    }
    if (parts.length === height + 2) {
      // The header row first (`Kommune` `Tilskud (mio. kr.)`, then the labels), where the second line names a unit
      // and the last does not: the value column's heading is the second, not the last.
      // So too where the second names a measure or a year (`År 2014`, `Antal`) and the last does not, or the last is
      // a totals label (`I alt`: the last row, no value column's heading).
      const last = joinLines(parts.at(-1) ?? [])
      const headerFirst = (valueHeading(joinLines(parts[1] ?? [])) && !valueHeading(last)) || TOTAL_LABEL.test(last.trim())
      if (headerFirst) return { labelHeading: joinLines(parts[0] ?? []), labels: parts.slice(2), heading: joinLines(parts[1] ?? []) }
      return { labelHeading: joinLines(parts[0] ?? []), labels: parts.slice(1, -1), heading: joinLines(parts.at(-1) ?? []) }
    }
    // Labels alone, unless the last lines name measures where the first does not (`Asyl` `Familie` `Antal modtaget`
    // `Antal afgjort`): those are headings over values listed after them, not rows (`years-labels-values`).
    // Nor where the first lines are the header row, over labels that fill more columns (`headingsFirst`).
    if (parts.length === height && further.length === 0 && !headingsLast(parts.map(joinLines)) && !headingsFirst(texts, height))
      return { labelHeading: '', labels: parts, heading: '' }
  }
  return undefined
}

/** Why a totals label and values after the columns are read as the last row: each value is its column's sum. */
const BY_TOTALS_AFTER =
  "read column by column, and the totals label and the values after the columns as the table's last row: each value is its column's sum"

/**
 * The columns, then a totals row the rendition set after them, its label and one value per column (`Antal
 * udskrivninger` `Mandag` … `Søndag` `9.483` … `2.533` `I alt` `46.280`): read so only where each value is the sum of
 * its column (`sumsTo`), the columns before it being a table `columnMajor` reads.
 */
function totalsRowAfter(columns: readonly TextBlock[]): Table | undefined {
  const last = columns.at(-1)
  const body = columns.slice(0, -1)
  const label = last?.texts[0]?.trim()
  if (!last || !label || last.texts.length !== 1 || !TOTAL_LABEL.test(label) || last.values.length !== body.length) return undefined
  const height = body[0]?.values.length ?? 0
  if (height < 2 || !body.every((column) => column.values.length === height)) return undefined
  const rows = Array.from({ length: height }, (_, row) => body.map((column) => column.values[row] ?? ''))
  if (!sumsTo(rows, last.values)) return undefined
  const table = columnMajor(body.flatMap((column) => [...column.texts, ...column.values]))
  if (!table || table.children[0]?.children.length !== body.length + 1) return undefined
  const totals = tableNode([[label, ...last.values]]).children
  return { ...table, children: [...table.children, ...totals], data: { ...table.data, orderInferred: BY_TOTALS_AFTER } }
}

/**
 * Column by column, as some renditions list a table's cells:
 * `Faktisk antal be-` `skæftigede` `Kvindelige indvandrere …` `lande` `Kvindelige efterkommere …` `lande`
 * `82.667` `26.143` `Hypotetisk antal` `beskæftigede` `118.232` `31.238` `Forskel` `35.564` `5.095`.
 * Each column is its heading lines and a run of cells; every run has the same length, and the first column's
 * text lines read as the labels, one per value, and the headings (`firstColumn`) — or its cells are rising years
 * (`yearRows`). A table needs two rows: with one, each column's heading and value read as well as a row's label and
 * value. Anything less certain is left alone.
 */
export function columnMajor(lines: readonly string[]): Table | undefined {
  const columns = textBlocks(lines, isDataCell)
  if (!columns) return undefined
  const [first, ...rest] = columns
  const height = first?.values.length ?? 0
  if (!first || height < 1) return undefined
  if (!columns.every((column) => column.values.length === height)) return numberedRows(columns) ?? totalsRowAfter(columns)
  const byYears = yearRows(columns)
  if (byYears) return byYears
  // One run of values led by a year and no other (`2017` `16,3` `7,2`): the year heads the column (`column-major-years`).
  const yearLed = isYearHeading(first.values[0] ?? '') && !first.values.every((value) => isYearHeading(value))
  // Or only years (`Mænd` `Alder` `2022` `2023`): headings of a table whose values come after, not its values.
  const onlyYears = first.values.every((value) => isYearHeading(value))
  if (rest.length === 0 && (yearLed || onlyYears)) return undefined
  const headings = rest.map((column) => joinLines(column.texts))
  const read = firstColumn(first.texts, height, headings)
  // One value a column: each heading and its value read as well as a row's label and value, listed row by row.
  if (!read || height < 2 || !fitOneColumn(read.labels)) return undefined
  return columnTable([read.heading, ...headings], read.labels, columns, read.labelHeading)
}
