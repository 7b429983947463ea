/**
 * Row by row, one cell per line, with columns of text before the values (`Projekt` `Ansvarlig` `Beløb` / `Cykelsti
 * A` `Vejdirektoratet` `12,5` / …): each row's text lines are its label and its text cells, not one label wrapped.
 * Part of the `cell-per-line` reader.
 */
import type { Table } from 'mdast'
import { tableNode } from '../../../util/mdast-table.js'
import { continues, isYearHeading } from '../table-lines.js'

/** A row's text lines (for the first, the headings too) and the run of data cells after them. */
interface Group {
  labels: readonly string[]
  values: readonly string[]
}

/** Fewest rows after the first: the same count of text lines in every row is the evidence. */
const MIN_MORE_ROWS = 2

/** Why the text lines of a row were read as cells of their own. */
const BY_TEXT_COLUMNS =
  'every row has as many text lines, none going on from the one before, and the header one heading for each and for each value: the text lines are cells of text columns, not a label wrapped'

/** A line that starts in lower case: running text, or a line that goes on from the one before. */
const LOWER_START = /^\p{Ll}/u

/**
 * The header and rows where every row after the first has the same number (two or more) of text lines before its
 * values, no line going on from the one before (`continues`: a hyphen, an open end, lower case), and the header is
 * one heading per column, none wrapped: the first group's text lines, one per column, then the first row's text
 * lines (`Projekt` `Ansvarlig` `Beløb` `Cykelsti A` `Vejdirektoratet` `12,5`), or one per text column over a run of
 * years, one per value column (`Pulje` `Modtager` `2022` `2023`). Flagged: a label wrapped onto lines that start in
 * capitals reads the same, but it would not leave its header a heading for each line. Undefined unless so.
 */
export function textColumns(groups: readonly Group[]): Table | undefined {
  const [head, ...rest] = groups
  const width = head?.values.length ?? 0
  const textLines = rest[0]?.labels.length ?? 0
  if (!head || width < 1 || textLines < 2 || rest.length < MIN_MORE_ROWS) return undefined
  if (!rest.every((row) => row.labels.length === textLines && row.values.length === width)) return undefined
  const columns = textLines + width
  const yearHeader = head.labels.length === textLines && head.values.every((value) => isYearHeading(value))
  if (!yearHeader && head.labels.length !== columns + textLines) return undefined
  const headings = yearHeader ? [...head.labels, ...head.values] : head.labels.slice(0, columns)
  const rows = yearHeader ? rest : [{ labels: head.labels.slice(columns), values: head.values }, ...rest]
  const apart = (lines: readonly string[]) =>
    lines.every((line, at) => !LOWER_START.test(line) && (at === 0 || !continues(lines[at - 1] ?? '', line)))
  const textHeadings = headings.slice(0, textLines)
  if (!apart(headings.slice(0, yearHeader ? textLines : columns)) || textHeadings.some((heading) => isYearHeading(heading)))
    return undefined
  if (!rows.every((row) => apart(row.labels))) return undefined
  const table = tableNode([headings, ...rows.map((row) => [...row.labels, ...row.values])].map((cells) => cells.map((cell) => cell.trim())))
  return { ...table, data: { orderInferred: BY_TEXT_COLUMNS } }
}
