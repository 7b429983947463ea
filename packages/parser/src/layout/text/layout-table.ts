/**
 * Tables in text that keeps the page's layout (`pdftotext -layout`): cells stand at their columns, set apart by
 * runs of spaces, values flush right; a heading or a row label may wrap onto more lines. The value columns are
 * found from the rows of values (their right edges), each heading part is put over the columns it spans
 * (a group heading over two: `Mænd` → `Mænd 2022`, `Mænd 2023`), and lines without values that stand in the
 * label column go on with the label of the row before (`Kvindelige indvandrere fra` / `ikke-` / `vestlige lande`).
 */
import type { Table } from 'mdast'
import { joinLines } from '../../util/hyphenation.js'
import { tableNode } from '../../util/mdast-table.js'
import { isNumericToken, parseDanishNumber } from '../../util/numbers.js'
import { isYearHeading } from './table-lines.js'

interface Part {
  text: string
  start: number
  end: number
}

interface Column {
  start: number
  end: number
}

/** Right edges closer than this (characters) are one column. */
const EDGE_TOLERANCE = 3

/** A heading part stands over every column whose cell holds at least this share of it (a group heading). */
const GROUP_SHARE = 0.3

/**
 * Parts of a line: runs of text with single spaces inside, two or more spaces between — and a run that ends in
 * values only one space apart (`Statsborgerskab 130.882 127.646`, where pdftotext set the columns close) split into
 * its label and each value.
 */
function parts(line: string): Part[] {
  const found: Part[] = []
  for (const match of line.matchAll(/\S+(?: \S+)*/gu)) {
    const start = match.index ?? 0
    const tokens = [...match[0].matchAll(/\S+/gu)].map((token) => ({ text: token[0], start: start + (token.index ?? 0) }))
    // The first token from which every token is a value, where more than one value follows it or a label precedes.
    const from = tokens.findIndex((_, at) => tokens.slice(at).every((token) => isNumericToken(token.text)))
    if (from === -1 || tokens.length - from < (from === 0 ? 2 : 1)) {
      found.push({ text: match[0], start, end: start + match[0].length })
      continue
    }
    if (from > 0) {
      const last = tokens[from - 1] as { text: string; start: number }
      found.push({
        text: tokens
          .slice(0, from)
          .map((token) => token.text)
          .join(' '),
        start,
        end: last.start + last.text.length,
      })
    }
    for (const token of tokens.slice(from)) found.push({ text: token.text, start: token.start, end: token.start + token.text.length })
  }
  return found
}

/** One value (`7.925`, `2,5 mio. kr.`), not several run together where the columns stood too close (`130.882 127.646`). */
function isValue(text: string): boolean {
  return (
    isNumericToken(text) ||
    (text.includes(' ') && parseDanishNumber(text) !== null && text.split(/\s+/u).filter(isNumericToken).length === 1)
  )
}

/**
 * A row of headings that reads as values: years or periods only (`Alder   2022   2023   2022   2023`, `1.000
 * fuldtidsbeskæftigede   11K2   11K3`), or one year alone over a value column (`            2019`).
 */
function isYearRow(line: string): boolean {
  const read = valueParts(line)
  if (read === undefined || !read.values.every((part) => isYearHeading(part.text))) return false
  return read.values.length >= 2 || read.label === undefined
}

/**
 * A heading line's parts: runs of text two or more spaces apart, a year one space after words kept with them
 * (`Antal påstigere (tusinder) 2013` is one heading, not a label and a value).
 */
function headingParts(line: string): Part[] {
  const merged: Part[] = []
  for (const part of parts(line)) {
    const last = merged.at(-1)
    if (last && part.start - last.end === 1)
      merged[merged.length - 1] = { text: `${last.text} ${part.text}`, start: last.start, end: part.end }
    else merged.push(part)
  }
  return merged
}

/** A row of values: a label (or none), then values only. */
function valueParts(line: string): { label: Part | undefined; values: Part[] } | undefined {
  const all = parts(line)
  const first = all[0]
  if (!first) return undefined
  const label = isValue(first.text) ? undefined : first
  const values = label ? all.slice(1) : all
  if (values.length === 0 || !values.every((part) => isValue(part.text))) return undefined
  return { label, values }
}

/** Value columns from the right edges of the rows' values. */
function columnsOf(rows: ReadonlyArray<Part[]>): Column[] {
  const columns: Column[] = []
  for (const part of rows.flat().sort((a, b) => a.end - b.end)) {
    const last = columns.at(-1)
    if (last && part.end - last.end <= EDGE_TOLERANCE) {
      last.start = Math.min(last.start, part.start)
      last.end = Math.max(last.end, part.end)
    } else columns.push({ start: part.start, end: part.end })
  }
  return columns
}

/** The column a value stands in: the one whose right edge is nearest. */
function columnOf(part: Part, columns: readonly Column[]): number {
  let best = 0
  columns.forEach((column, index) => {
    if (Math.abs(column.end - part.end) < Math.abs((columns[best] as Column).end - part.end)) best = index
  })
  return best
}

/**
 * A table from the body lines of a table region in layout-keeping text (heading lines, then rows), or undefined
 * when the lines do not read as one: at least two rows of values, every value in one of the columns, and no line
 * with values beside words in the value columns.
 */
export function layoutTable(lines: readonly string[]): Table | undefined {
  if (!lines.some((line) => /\S {2,}\S/u.test(line))) return undefined
  // Rows of years at the top are headings (`År 2013 2014 …`, or under a group heading); rows start below them.
  const firstRow = lines.findIndex((line) => valueParts(line) !== undefined && !isYearRow(line))
  const rowLines = lines.slice(Math.max(firstRow, 0)).filter((line) => valueParts(line) !== undefined)
  if (firstRow === -1 || rowLines.length < 2) return undefined
  const columns = columnsOf(rowLines.map((line) => valueParts(line)?.values ?? []))
  const labelEnd = Math.min(...columns.map((column) => column.start))
  // Headings: every line before the first row; each part over the columns whose cells it covers (a value's cell
  // reaches left to the column before: values stand flush right), else over the labels.
  const cells = columns.map((column, index) => ({
    start: index === 0 ? labelEnd : (columns[index - 1] as Column).end + 1,
    end: column.end,
  }))
  const headings: string[][] = [[], ...columns.map(() => [])]
  const headingLines = lines.slice(0, firstRow)
  const hasLabels = rowLines.some((line) => valueParts(line)?.label !== undefined)
  for (const [at, line] of headingLines.entries()) {
    // Group headings above the column headings (`Mænd   Kvinder` over `2022 2023 2022 2023`): text keeps no trace
    // of their span, so where they divide the columns evenly each stands over its share, in order.
    const lineParts = headingParts(line)
    // As many parts as columns, the label column's heading first: each over its column, in order, however far a
    // long heading reaches over the next column's cells (`Mia. kr. (faste 2016-priser)   Husholdninger   …`).
    if (lineParts.length === columns.length + 1 && lineParts[0]?.start === 0) {
      for (const [index, part] of lineParts.entries()) headings[index]?.push(part.text)
      continue
    }
    // The same where the first column holds years or numbers, no label column (`Mia. kr.   Husholdninger   …` over
    // `2011   1,1   …`): one part per column.
    if (lineParts.length === columns.length && lineParts[0]?.start === 0 && !hasLabels) {
      for (const [index, part] of lineParts.entries()) headings[index + 1]?.push(part.text)
      continue
    }
    const over = lineParts.filter((part) => part.end > labelEnd + EDGE_TOLERANCE)
    const group = columns.length / over.length
    if (at < headingLines.length - 1 && over.length >= 2 && over.length < columns.length && Number.isInteger(group)) {
      for (const part of lineParts) {
        const index = over.indexOf(part)
        if (index === -1) headings[0]?.push(part.text)
        else for (let column = index * group; column < (index + 1) * group; column++) headings[column + 1]?.push(part.text)
      }
      continue
    }
    for (const part of lineParts) {
      const width = part.end - part.start
      const overlaps = cells.map((extent) => Math.max(0, Math.min(part.end, extent.end + 1) - Math.max(part.start, extent.start)))
      const most = Math.max(...overlaps)
      if (most === 0) {
        if (part.end <= labelEnd + EDGE_TOLERANCE) headings[0]?.push(part.text)
        else return undefined
        continue
      }
      // A group heading over two or more columns covers a good share of each.
      overlaps.forEach((overlap, index) => {
        if (overlap === most || overlap >= width * GROUP_SHARE) headings[index + 1]?.push(part.text)
      })
    }
  }
  const rows: string[][] = []
  let labels: string[] = []
  for (const line of lines.slice(firstRow)) {
    const read = valueParts(line)
    if (read) {
      const values: string[] = columns.map(() => '')
      for (const part of read.values) {
        const index = columnOf(part, columns)
        if (values[index] !== '') return undefined
        values[index] = part.text
      }
      labels = read.label ? [read.label.text] : []
      rows.push([joinLines(labels), ...values])
      continue
    }
    // A line without values: the label of the row before goes on, if it stands in the label column.
    const continuation = parts(line)
    const last = rows.at(-1)
    // (It may reach past where the first column's longest value starts: values stand flush right.)
    if (!last || continuation.length === 0 || continuation.some((part) => part.start >= labelEnd)) return undefined
    labels = [...labels, ...continuation.map((part) => part.text)]
    last[0] = joinLines(labels)
  }
  const header = headings.map((texts) => joinLines(texts))
  // No labels at all (the first column holds years, a value column): no label column either.
  const labelled = header[0] !== '' || rows.some((cells) => cells[0] !== '')
  const keep = (cells: string[]) => (labelled ? cells : cells.slice(1))
  return { ...tableNode([keep(header), ...rows.map(keep)]), data: { reader: 'layout-columns' } }
}
