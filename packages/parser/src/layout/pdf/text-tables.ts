/**
 * The PDF layout's fallback for tables: what positions could not build is read as the text path reads it
 * (`layout/text/tables.ts`).
 */
import { isLayoutTable, type LayoutItem, type LayoutLine } from '../../tree.js'
import { withTables } from '../text/tables.js'

/**
 * Tables that positions could not build (set one cell per line, as a printed text rendition has them) are read
 * as the text path reads them — or kept as a table flagged `table-layout-lost`, not as loose paragraphs. Only runs
 * of lines between the tables already built are looked at.
 */
export function withTextTables(items: readonly LayoutItem[]): LayoutItem[] {
  return mapLineRuns(items, withTables)
}

/**
 * Each run of lines between the tables already built, given to `read` (the tables kept where they stand): what the
 * text path does to its lines, done to a PDF's laid-out lines without reading across a table.
 */
export function mapLineRuns(items: readonly LayoutItem[], read: (run: LayoutLine[]) => LayoutItem[]): LayoutItem[] {
  const result: LayoutItem[] = []
  let run: LayoutLine[] = []
  const flush = () => {
    if (run.length > 0) result.push(...read(run))
    run = []
  }
  for (const item of items) {
    if (isLayoutTable(item)) {
      flush()
      result.push(item)
    } else run.push(item)
  }
  flush()
  return result
}
