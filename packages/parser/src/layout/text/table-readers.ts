/**
 * The text table readers, in the order they are tried: each reads the body lines of a table region one way and
 * gives a table, or nothing when the lines are not laid out its way. The first to read the lines wins, and its
 * name goes on the table (`data.reader`), so that the record's provenance can name it (`table:column-major`).
 *
 * Where positions are lost, these layouts survive in text renditions:
 * - `separated`: cells set apart by tabs or runs of spaces (a copy from a word processor, `pdftotext -layout`);
 * - `row-wise`: `År 2013 2014 … 2024*` / `Andel 9,8 11,4 …` — a label, then values separated by spaces;
 * - `label-value`: `Mænd 40.100` — two columns, a label of words and one value;
 * - `cell-per-line`: a header run of years, then for each row its label and a run of values;
 * - `column-major`: the first column's heading, the row labels and the first column's values, then each further
 *   column's heading and values;
 * - `column-major-years`: the same under rising years (`2010`, labels, values, `2011`, values, …).
 *
 * Anything else is reported as not recoverable from text (the PDF path reads it from positions).
 */
import type { Table } from 'mdast'
import type { TableReader } from '../../tree.js'
import { cellPerLine } from './readers/cell-per-line.js'
import { columnMajorYears } from './readers/column-major-years.js'
import { columnMajor } from './readers/column-major.js'
import { labelValue } from './readers/label-value.js'
import { rowWise } from './readers/row-wise.js'
import { separated } from './readers/separated.js'

export interface TextTableReader {
  /** The reader's name, as the table's `data.reader` and the provenance rule `table:<name>`. */
  name: TableReader
  /** The table the non-empty body lines make read this reader's way, or undefined. */
  read: (lines: readonly string[]) => Table | undefined
}

/** Tried in this order: the layouts with the most evidence of columns first, the inferred column-major ones last. */
export const TEXT_TABLE_READERS: readonly TextTableReader[] = [
  { name: 'separated', read: separated },
  { name: 'row-wise', read: rowWise },
  { name: 'label-value', read: labelValue },
  { name: 'cell-per-line', read: cellPerLine },
  { name: 'column-major', read: columnMajor },
  { name: 'column-major-years', read: columnMajorYears },
]

/** A table from the lines of its body, named by the reader that read it; undefined when text has lost its structure. */
export function tableFromText(lines: readonly string[]): Table | undefined {
  const body = lines.filter((line) => line.trim() !== '')
  if (body.length === 0) return undefined
  for (const reader of TEXT_TABLE_READERS) {
    const table = reader.read(body)
    if (table) return { ...table, data: { ...table.data, reader: reader.name } }
  }
  return undefined
}
