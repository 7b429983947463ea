/** The `column-major` text table reader: the cells listed column by column, each column's heading first. */
import type { Table } from 'mdast'
import { joinLines } from '../../../util/hyphenation.js'
import { tableNode } from '../../../util/mdast-table.js'
import { YEAR_HEADING } from '../../markers.js'
import { columnTable, entries, fitOneColumn, isDataCell } from '../table-lines.js'

interface Column {
  texts: string[]
  values: string[]
}

/** Why the year column is read as the rows: the headings wrapped at different widths, so they headed columns. */
const BY_WRAPS =
  'read column by column: the headings wrap at different widths, so they stood over columns of their own, and the first column holds the years'

/**
 * The first column holds years, rising (`År` `2015` … `2018`), the others a heading and as many cells: the years
 * are the rows. Read so only where the headings cannot have shared one column (they wrap at different widths):
 * read row by row, the same lines would make the headings row labels under a header of years.
 */
function yearRows(columns: readonly Column[]): Table | undefined {
  const [first, ...rest] = columns
  if (first?.texts.length !== 1 || rest.length === 0) return undefined
  const years = first.values.map((value) => Number.parseInt(value, 10))
  if (
    years.length < 2 ||
    !first.values.every((value) => YEAR_HEADING.test(value)) ||
    years.some((year, index) => index > 0 && year <= (years[index - 1] ?? 0)) ||
    fitOneColumn(rest.map((column) => column.texts))
  ) {
    return undefined
  }
  const header = [first.texts[0] ?? '', ...rest.map((column) => joinLines(column.texts))]
  const rows = first.values.map((year, index) => [year, ...rest.map((column) => column.values[index] ?? '')])
  return { ...tableNode([header, ...rows]), data: { columnMajor: true, orderInferred: BY_WRAPS } }
}

/**
 * Column by column, as some renditions list a table's cells:
 * `Faktisk antal be-` `skæftigede` `Kvindelige indvandrere …` `lande` `Kvindelige efterkommere …` `lande`
 * `82.667` `26.143` `Hypotetisk antal` `beskæftigede` `118.232` `31.238` `Forskel` `35.564` `5.095`.
 * Each column is its heading lines and a run of cells; every run has the same length, and the first column's
 * text lines read as its heading plus exactly one label per value — or its cells are rising years (`yearRows`).
 * Anything less certain is left alone.
 */
export function columnMajor(lines: readonly string[]): Table | undefined {
  const columns: Column[] = []
  for (const line of lines) {
    const last = columns.at(-1)
    if (isDataCell(line)) {
      if (!last) return undefined
      last.values.push(line.trim())
    } else if (!last || last.values.length > 0) columns.push({ texts: [line.trim()], values: [] })
    else last.texts.push(line.trim())
  }
  const [first, ...rest] = columns
  const height = first?.values.length ?? 0
  if (!first || rest.length === 0 || height < 1 || !columns.every((column) => column.values.length === height)) return undefined
  const byYears = yearRows(columns)
  if (byYears) return byYears
  const firstTexts = entries(first.texts)
  if (firstTexts.length !== height + 1) return undefined
  const [heading = [], ...labels] = firstTexts
  if (!fitOneColumn(labels)) return undefined
  return columnTable([joinLines(heading), ...rest.map((column) => joinLines(column.texts))], labels, columns)
}
