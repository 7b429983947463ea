/** The `column-major` text table reader: the cells listed column by column, each column's heading first. */
import type { Table } from 'mdast'
import { joinLines } from '../../../util/hyphenation.js'
import { columnTable, entries, isValueLine } from '../table-lines.js'

/**
 * Column by column, as some renditions list a table's cells:
 * `Faktisk antal be-` `skæftigede` `Kvindelige indvandrere …` `lande` `Kvindelige efterkommere …` `lande`
 * `82.667` `26.143` `Hypotetisk antal` `beskæftigede` `118.232` `31.238` `Forskel` `35.564` `5.095`.
 * Each column is its heading lines and a run of values; every run has the same length, and the first column's
 * text lines read as its heading plus exactly one label per value. Anything less certain is left alone.
 */
export function columnMajor(lines: readonly string[]): Table | undefined {
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
