/**
 * Tables from text lines, where positions are lost. These layouts survive in text renditions:
 *
 * - cells set apart by tabs or runs of spaces (a copy from a word processor, `pdftotext -layout`);
 * - row-wise: `År 2013 2014 … 2024*` / `Andel 9,8 11,4 …` — a label, then values separated by spaces;
 * - one cell per line: a header run of years, then for each row its label and a run of values;
 * - column by column: the first column's heading, the row labels and the first column's values, then each
 *   further column's heading and values.
 *
 * Anything else is reported as not recoverable from text (the PDF path reads it from positions).
 */
import type { Table, TableCell, TableRow } from 'mdast'
import { joinLines } from '../../util/hyphenation.js'
import { isNumericToken } from '../../util/numbers.js'
import { layoutTable } from './layout-table.js'
import { YEAR_HEADING } from '../markers.js'

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
  return table(rows)
}

/** Words a row label does not end on: the line after them goes on with the label (`EU/EØS/EFTA uden` `Norden i alt`). */
const OPEN_END = /\s(?:af|for|fra|i|med|og|på|samt|til|uden|eller)$/u

/** A line that goes on from the one before: after a line-end hyphen or an open end, or starting in lower case (`lande`). */
function continues(previous: string, line: string): boolean {
  return /\p{Ll}-$/u.test(previous.trim()) || OPEN_END.test(previous.trim()) || /^\p{Ll}/u.test(line.trim())
}

/** Text lines joined into entries where a line goes on from the one before. */
function entries(lines: readonly string[]): string[][] {
  const result: string[][] = []
  for (const line of lines) {
    const last = result.at(-1)
    const previous = last?.at(-1)
    if (last && previous !== undefined && continues(previous, line)) last.push(line)
    else result.push([line])
  }
  return result
}

/** The table read column by column, flagged: which lines were rows and which columns, and the label joins, are inferred. */
function columnTable(headings: readonly string[], labels: readonly string[][], columns: ReadonlyArray<{ values: string[] }>): Table {
  const body = labels.map((lines, index) => [label(lines), ...columns.map((column) => column.values[index] ?? '')])
  return { ...table([['', ...headings], ...body]), data: { columnMajor: true } }
}

/**
 * Column by column, as some renditions list a table's cells:
 * `Faktisk antal be-` `skæftigede` `Kvindelige indvandrere …` `lande` `Kvindelige efterkommere …` `lande`
 * `82.667` `26.143` `Hypotetisk antal` `beskæftigede` `118.232` `31.238` `Forskel` `35.564` `5.095`.
 * Each column is its heading lines and a run of values; every run has the same length, and the first column's
 * text lines read as its heading plus exactly one label per value. Anything less certain is left alone.
 */
function columnMajor(lines: readonly string[]): Table | undefined {
  const columns: { texts: string[]; values: string[] }[] = []
  for (const line of lines) {
    const last = columns.at(-1)
    if (isValueLine(line)) {
      if (!last) return undefined
      last.values.push(line.trim())
    } else if (!last || last.values.length > 0) columns.push({ texts: [line.trim()], values: [] })
    else last.texts.push(line.trim())
  }
  const [first, ...rest] = columns
  const height = first?.values.length ?? 0
  if (!first || rest.length === 0 || height < 1 || !columns.every((column) => column.values.length === height)) return undefined
  const firstTexts = entries(first.texts)
  if (firstTexts.length !== height + 1) return undefined
  const [heading = [], ...labels] = firstTexts
  return columnTable([joinLines(heading), ...rest.map((column) => joinLines(column.texts))], labels, columns)
}

/**
 * Column by column under years: `2010`, the row labels, the 2010 values, then `2011` and its values, and so on.
 * The number of rows is the one that makes every column a year followed by that many values, the years rising.
 */
function columnMajorYears(lines: readonly string[]): Table | undefined {
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

/** What sets cells apart where the text kept them apart: tabs (a copy from a word processor) or runs of spaces (`pdftotext -layout`). */
const CELL_GAP = /\t+|\s{2,}/u

function gapCells(line: string): string[] {
  return line
    .trim()
    .split(CELL_GAP)
    .map((cell) => cell.trim())
}

/**
 * Cells set apart by tabs or runs of spaces on every line: the first line is the header unless it holds values;
 * a header one cell short has no heading over the label column. Undefined unless every line splits, into the
 * same number of cells (at least two), and the body holds values.
 */
function separated(lines: readonly string[]): Table | undefined {
  if (lines.length < 2 || !lines.every((line) => CELL_GAP.test(line.trim()))) return undefined
  const rows = lines.map(gapCells)
  const width = rows[1]?.length ?? 0
  if (width < 2 || !rows.slice(1).every((cells) => cells.length === width)) return undefined
  if (!rows.slice(1).some((cells) => cells.some(isNumericToken))) return undefined
  const first = rows[0] ?? []
  if (first.length === width - 1 && !first.some(isNumericToken)) rows[0] = ['', ...first]
  else if (first.length !== width) return undefined
  return table(rows)
}

/** `Mænd 40.100`: a label of words, then one value (a table of two columns, set apart by a space only). */
function labelAndValue(line: string): [string, string] | undefined {
  const parts = tokens(line)
  const value = parts.at(-1)
  if (parts.length < 2 || value === undefined || !isNumericToken(value) || parts.slice(0, -1).some(isNumericToken)) return undefined
  return [parts.slice(0, -1).join(' '), value]
}

/** Two or more lines that each are a label and one value. */
function isLabelValueRun(lines: readonly string[]): boolean {
  const body = lines.filter((line) => line.trim() !== '')
  return body.length >= 2 && body.every((line) => labelAndValue(line) !== undefined)
}

function labelValue(lines: readonly string[]): Table | undefined {
  if (!isLabelValueRun(lines)) return undefined
  return table(lines.map((line) => labelAndValue(line) as [string, string]))
}

/** Whether a row below the header has an empty cell. */
function hasEmptyCells(table: Table): boolean {
  return table.children.slice(1).some((cells) => cells.children.some((cell) => cell.children.length === 0))
}

/** A table from the lines of its body, or undefined when text has lost its structure. */
export function tableFromText(lines: readonly string[]): Table | undefined {
  const body = lines.filter((line) => line.trim() !== '')
  if (body.length === 0) return undefined
  return separated(body) ?? rowWise(body) ?? labelValue(body) ?? cellPerLine(body) ?? columnMajor(body) ?? columnMajorYears(body)
}

/** A caption's last line ends a sentence or names the period: `… oprindelse.`, `2013-2024*`, `2020.` */
const CAPTION_END = /(?:\.|(?:19|20)\d{2}\*?\.?)\s*$/u

/** A line naming only the period, which still belongs to the caption: `2020.`, `2010-2020` */
const PERIOD_LINE = /^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\*?\.?$/u

/**
 * How many of the lines before a table body are its caption: up to the first line that ends the caption,
 * plus period lines right after it; the rest are column or row headings.
 */
function captionEnd(lines: readonly string[]): number {
  const end = lines.findIndex((text) => CAPTION_END.test(text))
  if (end === -1) return lines.length
  let length = end + 1
  while (length < lines.length && PERIOD_LINE.test(lines[length] ?? '')) length++
  return length
}

/** Whether a line reads as part of a table in text: a row of values, or one value alone. */
export function isTableish(text: string): boolean {
  return isTableRowLine(text) || isValueLine(text)
}

export interface TableRegion {
  /** How many of the region's lines are the caption (after the `Tabel N` line). */
  caption: number
  /** The table of the lines after the caption; without cells, and the lines kept as `data.uncertain`, when text has lost its columns. */
  table: Table
}

/**
 * The lines after `Tabel N` up to its notes, as text: the caption, then the table body from the first line that
 * reads as part of a table. Undefined when no line does.
 */
/** A line with only a marker (`*`): in layout-kept text, a raised star that pdftotext set a line below its value. */
const MARKER_LINE = /^\s*[*¹²³]+\s*$/u

/**
 * Markers set on a line of their own (`2024` / `*` below it) go back to the value above them, found by column;
 * the texts and their layout, without those lines.
 */
function withMarkersAttached(lines: readonly string[], layout: readonly string[]): { lines: string[]; layout: string[] } {
  const texts = [...lines]
  const places = [...layout]
  for (let at = places.length - 1; at > 0; at--) {
    const line = places[at] ?? ''
    if (!MARKER_LINE.test(line)) continue
    const column = line.search(/\S/u)
    const above = places[at - 1] ?? ''
    const token = [...above.matchAll(/\S+/gu)].find(
      (match) => (match.index ?? 0) <= column && column <= (match.index ?? 0) + match[0].length,
    )
    if (!token) continue
    const end = (token.index ?? 0) + token[0].length
    const marker = line.trim()
    places[at - 1] = `${above.slice(0, end)}${marker}${above.slice(end)}`
    // A line's text is its layout, trimmed.
    texts[at - 1] = (places[at - 1] ?? '').trim()
    places.splice(at, 1)
    texts.splice(at, 1)
  }
  return { lines: texts, layout: places }
}

export function readTableRegion(
  regionLines: readonly string[],
  options: { labelCaption?: boolean; layout?: readonly string[] } = {},
): TableRegion | undefined {
  const attached = options.layout ? withMarkersAttached(regionLines, options.layout) : undefined
  const lines = attached?.lines ?? regionLines
  const layout = attached?.layout
  let firstTableLine = lines.findIndex(isTableish)
  // A table of two columns (`Mænd 40.100`): the run of label-and-value lines that ends the region.
  if (firstTableLine === -1) firstTableLine = lines.findIndex((_, at) => isLabelValueRun(lines.slice(at)))
  if (firstTableLine === -1) return undefined
  let caption = captionEnd(lines.slice(0, firstTableLine))
  const body = lines.slice(caption)
  // Layout-keeping text: cells by the columns they stand in; the caption ends where lines of columns begin.
  if (layout) {
    const gapped = layout.findIndex((line) => /\S {2,}\S/u.test(line))
    const layoutCaption = gapped === -1 ? caption : Math.min(caption, gapped)
    const positioned = layoutTable(layout.slice(layoutCaption).filter((line) => line.trim() !== ''))
    // Columns set by hand with uneven spaces: where the gaps alone give every row all its cells and the columns
    // by place leave some empty, the gaps win.
    const byGaps = positioned && hasEmptyCells(positioned) ? tableFromText(body) : undefined
    if (byGaps && byGaps.children.length === positioned?.children.length && !hasEmptyCells(byGaps)) return { caption, table: byGaps }
    if (positioned) return { caption: layoutCaption, table: positioned }
  }
  const table = tableFromText(body)
  if (!table && firstTableLine === caption + 1) {
    // One line of column headings between caption and a body that reads without it (`Køn Antal` over
    // `Mænd 40.100`): the headings, where the line splits into as many as the body has columns.
    const data = tableFromText(lines.slice(firstTableLine))
    const width = data?.children[0]?.children.length ?? 0
    const headings = data && !isHeaderRow(lines[firstTableLine] ?? '') ? splitHeadings(lines[caption] ?? '', width) : undefined
    if (data && headings) {
      data.children.unshift(row(headings))
      return { caption, table: data }
    }
  }
  if (!table) return { caption, table: { type: 'table', children: [], data: { uncertain: body.join('\n') } } }
  const width = table.children[0]?.children.length ?? 0
  if (firstTableLine === caption && !isHeaderRow(body[0] ?? '')) {
    // The body starts with data (`København 98.400 23,9`): its column headings, if any, are the line before,
    // which the caption took when it ends in an abbreviation (`Kommune Antal Andel, pct.`). Never let the first
    // data row stand in as the header.
    const last = lines[caption - 1]
    const headings = last !== undefined && (caption > 1 || options.labelCaption) ? splitHeadings(last, width) : undefined
    if (headings) caption--
    table.children.unshift(row(headings ?? Array<string>(width).fill('')))
  }
  return { caption, table }
}

/** A row-wise body's first line that is a header: its values are years (`År 2013 2014 … 2024*`). */
function isHeaderRow(line: string): boolean {
  const values = tokens(line).filter(isNumericToken)
  return values.length > 0 && values.every((value) => YEAR_HEADING.test(value))
}

/** A unit or qualifier that belongs to the heading before it: `Andel, pct.`, `Beløb mio. kr.` */
const HEADING_TAIL = /^(?:pct\.?|procent|kr\.?|mio\.|mia\.|%|i alt)$/iu

/**
 * Column headings in a line where spaces are all that separates them: one word per heading, a word ending in a
 * comma or followed by a unit joined with the next (`Kommune Antal Andel, pct.` → 3). Undefined unless that
 * gives the table's width, or one less (no heading over the label column).
 */
function splitHeadings(line: string, width: number): string[] | undefined {
  if (/\d/u.test(line)) return undefined
  if (CELL_GAP.test(line.trim())) return fitHeadings(gapCells(line), width)
  const headings: string[] = []
  for (const word of tokens(line)) {
    const last = headings.at(-1)
    if (last !== undefined && (/,$/u.test(last) || HEADING_TAIL.test(word) || /^(?:mio|mia)\.$/u.test(last))) {
      headings[headings.length - 1] = `${last} ${word}`
    } else headings.push(word)
  }
  return fitHeadings(headings, width)
}

/** Headings for a table `width` cells wide: as many, or one less with an empty heading over the label column. */
function fitHeadings(headings: string[], width: number): string[] | undefined {
  if (headings.length === width) return headings
  if (headings.length === width - 1) return ['', ...headings]
  return undefined
}

/** A heading cell's length at most, where a caption runs on into it. */
const SHORT_CELL = 30

/** A group of cell lines that holds a value (`7.925`, `-`, `..`), not words. */
function isValueGroup(lines: readonly string[]): boolean {
  return lines.length === 1 && (isValueLine(lines[0] ?? '') || /^(?:-|–|\.\.|\.)$/u.test((lines[0] ?? '').trim()))
}

/**
 * A table set one cell per paragraph, row by row (`pdftotext` without `-layout`: a blank line after every cell; a
 * cell may wrap onto two or three lines). The first group may begin with the caption. Two shapes are read: rows led
 * by a year (`2010`, then the values; the headings are the groups before the first row), and rows led by a label
 * (`Kvindelige indvandrere fra ikke-vestlige lande`, then the values; the headings the groups before the first
 * label, one fewer than the columns when the label column has no heading). Anything else is left alone.
 */
export function tableFromCellGroups(groups: ReadonlyArray<readonly string[]>): { caption: number; table: Table } | undefined {
  const [first, ...rest] = groups
  if (!first || rest.length < 4) return undefined
  let caption = captionEnd(first)
  // A caption that ends without a stop runs on into the first heading cell (`… årsgennemsnit` / `År`).
  if (caption === first.length && first.length > 1 && (first.at(-1) ?? '').trim().length <= SHORT_CELL) caption--
  const cells = [...(caption < first.length ? [first.slice(caption)] : []), ...rest]
  const isYear = (group: readonly string[] | undefined) => group !== undefined && YEAR_HEADING.test((group[0] ?? '').trim())
  // Heading cells of years (`2018 … 2023*` over the values) are no rows: rows start after the run of years.
  let firstValue = cells.findIndex(isValueGroup)
  if (firstValue < 1) return undefined
  let yearHeadings = firstValue
  while (isYear(cells[yearHeadings])) yearHeadings++
  if (yearHeadings - firstValue >= 2 && cells[yearHeadings] && !isValueGroup(cells[yearHeadings] as readonly string[])) {
    firstValue = cells.findIndex((group, at) => at > yearHeadings && isValueGroup(group))
    if (firstValue === -1) return undefined
  }
  const text = (lines: readonly string[]) => joinLines(lines.map((line) => line.trim()))
  const yearLed = isYear(cells[firstValue])
  // Rows led by a year: the year is a value; led by a label: the group before the first value.
  const rowStart = yearLed ? firstValue : firstValue - 1
  const headings = cells.slice(0, rowStart)
  // The heading cells again after a page break (a repeated heading row) are no rows.
  const key = (groups: ReadonlyArray<readonly string[]>) => groups.map((lines) => text(lines)).join('\u0000')
  const body: Array<readonly string[]> = []
  const rest2 = cells.slice(rowStart)
  for (let at = 0; at < rest2.length; at++) {
    if (headings.length > 0 && key(rest2.slice(at, at + headings.length)) === key(headings)) {
      at += headings.length - 1
      continue
    }
    body.push(rest2[at] as readonly string[])
  }
  const nextLabel = yearLed
    ? body.findIndex((group, at) => at > 0 && YEAR_HEADING.test((group[0] ?? '').trim()))
    : body.findIndex((group, at) => at > 0 && !isValueGroup(group))
  const width = nextLabel === -1 ? body.length : nextLabel
  if (width < 2 || body.length % width !== 0 || headings.length < width - 1) return undefined
  let header = headings.map(text)
  if (header.length > width) {
    // Group headings first (`Mænd`, `Kvinder`), then the label column's heading (`Alder`) and the columns'
    // (`2022`, `2023`, `2022`, `2023`): each group over an equal share of the columns, in order.
    const columnHeadings = header.slice(-(width - 1))
    const labelHeading = header.at(-width) ?? ''
    const groups = header.slice(0, -width)
    const share = (width - 1) / groups.length
    if (groups.length === 0 || !Number.isInteger(share)) return undefined
    header = [labelHeading, ...columnHeadings.map((heading, at) => `${groups[Math.floor(at / share)]} ${heading}`)]
  }
  const rows: string[][] = []
  for (let at = 0; at < body.length; at += width) {
    const row = body.slice(at, at + width)
    const [lead, ...values] = row
    if (!lead || !values.every(isValueGroup) || (yearLed ? !YEAR_HEADING.test((lead[0] ?? '').trim()) : isValueGroup(lead)))
      return undefined
    rows.push(row.map(text))
  }
  return { caption, table: table([header.length < width ? ['', ...header] : header, ...rows]) }
}
