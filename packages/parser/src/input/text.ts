/**
 * Plain text → mdast. Text renditions of ft.dk documents come in three shapes:
 * - one line per PDF line, no blank lines (most HTML renditions);
 * - "double-spaced": a blank line after every line, a whitespace-only line between paragraphs (pdftotext-like);
 * - one line per paragraph, blank lines between (older renditions).
 * Paragraph ends are recovered from blank lines, trailing double spaces, and short lines that end a sentence.
 */
import type { Root, Table, TableRow } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import { buildTree } from '../layout/blocks.js'
import { BULLET, FIGURE_LABEL, NOTE, SOURCE, TABLE_LABEL } from '../layout/markers.js'
import { assignRoles } from '../layout/roles.js'
import { isTableish, readTableRegion, tableFromCellGroups } from '../layout/text/table.js'
import type { LayoutItem, LayoutLine, SourceLine } from '../tree.js'
import { TEXT_LAYOUT } from '../layout/constants.js'
import { LONG_DATE } from '../util/dates.js'
import { endsByWidth, isGluedParagraph, typicalWidth } from '../layout/paragraph-ends.js'
import { sideColumn, splitAtSideColumn } from '../layout/text/columns.js'

interface RawLine {
  text: string
  line: number
  breakBefore: boolean
  trailingSpaces: number
  /** Split off from the letterhead column beside the text (`pdftotext -layout`). */
  side?: boolean
  /** The line as it stands, indentation and inner gaps kept, where it has a gap (tables in layout-keeping text). */
  layout?: string
}

/**
 * Normalise line ends, no-break spaces, tabs and the byte order mark. A tab between words becomes two spaces, which
 * keeps table cells apart (`År⇥Fleksjob`) as `pdftotext -layout` keeps them; running text collapses them later.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u00A0\u2007\u202F]/gu, ' ')
    .replace(/[ \t]*\t[ \t]*(?=\S)/gu, '  ')
    .replace(/\t/gu, ' ')
}

/** A long date glued to the word before it: `Justitsministeren3. oktober 2012`. */
const GLUED_DATE = new RegExp(`^(.*\\p{Ll})(${LONG_DATE.source})$`, 'iu')
/** A committee chair's title glued to the name: `Karina Lorentzen Dehnhardtformand`. */
const GLUED_CHAIR = /^(\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}-]*)*\s+\p{Lu}\p{Ll}+)\s*((?:næst)?formand)$/u

/** A closing glued to the end of the text before it: `… til spørgeren.På udvalgets vegne`. */
const GLUED_CLOSING = /^(.*[.?!”"])\s*((?:Med\s+)?[Vv]enlig\s+hilsen|På\s+udvalgets\s+vegne)$/u

/**
 * Old renditions glue lines together; split the gluings that hide fields (the question letter's date after the
 * minister addressed, the chair's title after the name, a closing after the last sentence). Both halves keep the
 * source line number.
 */
function unglue(line: string): string[] {
  const trimmed = line.trim()
  const glued = GLUED_DATE.exec(trimmed) ?? GLUED_CHAIR.exec(trimmed) ?? GLUED_CLOSING.exec(trimmed)
  return glued?.[1] && glued[2] ? [glued[1], glued[2]] : [line]
}

function readLines(text: string): RawLine[] {
  const raw = normaliseText(text).split('\n')
  // Judged on the lines of running text where there are enough: a table set one cell per paragraph (pdftotext
  // without -layout) puts a blank line after every short cell line without the text being double-spaced.
  const content = raw.filter((line) => line.trim() !== '')
  const long = content.filter((line) => line.trim().length >= TEXT_LAYOUT.tableProseLine)
  const judged = long.length >= MIN_JUDGED_LINES ? long : content
  const judgedSet = new Set(judged)
  const followedByEmpty = raw.filter((line, index) => judgedSet.has(line) && raw[index + 1] === '').length
  const doubleSpaced = content.length > 3 && followedByEmpty / judged.length >= TEXT_LAYOUT.doubleSpacedShare
  const lines: RawLine[] = []
  let pendingBreak = false
  const column = sideColumn(raw)
  const pageBreak = raw.findIndex((line) => line.includes('\f'))
  raw.forEach((line, index) => {
    if (line.trim() === '') {
      // In double-spaced text an empty line is only the line's own spacing; whitespace marks a paragraph break.
      if (!doubleSpaced || line !== '') pendingBreak = true
      return
    }
    const onFirstPage = pageBreak === -1 || index < pageBreak
    const parts = column !== undefined && onFirstPage ? splitAtSideColumn(line, column) : [{ text: line, side: false }]
    // Beside a sidebar, a blank line may be the sidebar's spacing only: mid-sentence it breaks nothing.
    if (column !== undefined && onFirstPage && pendingBreak && /^\p{Ll}/u.test(parts[0]?.text.trim() ?? '')) {
      const lastText = lines.findLast((candidate) => !candidate.side)
      if (lastText && /[\p{L},]$/u.test(lastText.text)) pendingBreak = false
    }
    for (const { text: columnText, side } of parts) {
      unglue(columnText).forEach((part, at) => {
        lines.push({
          text: part.trim(),
          line: index + 1,
          breakBefore: pendingBreak && at === 0 && !side,
          trailingSpaces: side ? 0 : columnText.length - columnText.trimEnd().length,
          ...(side ? { side } : {}),
          ...(!side && /\S {2,}\S|^ {2,}\S/u.test(part) ? { layout: part.trimEnd() } : {}),
        })
      })
    }
    pendingBreak = false
  })
  return lines
}

function toLayoutLines(raw: readonly RawLine[]): LayoutLine[] {
  const width = typicalWidth(raw.map((line) => line.text))
  const padded = raw.filter((line) => line.trailingSpaces >= 2).length
  const spacesMarkBreaks = raw.length < 4 || padded / raw.length < TEXT_LAYOUT.paddedLinesShare
  return raw.map((line, index) => ({
    text: line.text,
    line: line.line,
    ...(line.side ? { role: 'sidebar' as const } : {}),
    ...(line.layout ? { layout: line.layout } : {}),
    breakBefore: line.breakBefore,
    endsParagraph:
      (spacesMarkBreaks && line.trailingSpaces >= 2) ||
      endsByWidth(line.text, raw[index + 1]?.text, width) ||
      isGluedParagraph(line.text, width),
  }))
}

/** Where a table's region ends: at its notes, the next label, a break before a line that is no row, or prose. */
function regionEnd(lines: readonly LayoutLine[], start: number): number {
  let end = start
  let seenTableLine = false
  while (end < lines.length) {
    const candidate = lines[end] as LayoutLine
    const text = candidate.text
    if (NOTE.test(text) || SOURCE.test(text) || TABLE_LABEL.test(text) || FIGURE_LABEL.test(text)) break
    if (!candidate.role) {
      const tableish = isTableish(text)
      if (end > start && candidate.breakBefore && !tableish) break
      // Prose after the table: a full-width line or a bullet once values have been seen.
      if (seenTableLine && !tableish && (text.length >= TEXT_LAYOUT.tableProseLine || BULLET.test(text))) break
      seenTableLine ||= tableish
    }
    end++
  }
  return end
}

const words = (text: string) => text.replace(/\s+/gu, ' ').trim()
const rowText = (row: TableRow) => words(row.children.map((cell) => nodeToString(cell)).join(' '))

/**
 * A table that goes on over the page: after a page break (footer lines, a form feed), its heading row again, then
 * more rows. Returns the rows read from there and where they end, if the heading row matches the table's.
 */
function continuation(
  lines: readonly LayoutLine[],
  from: number,
  table: Table,
): { rows: TableRow[]; lines: LayoutLine[]; end: number } | undefined {
  const header = table.children[0]
  if (!header) return undefined
  let at = from
  while (at < lines.length && lines[at]?.role) at++
  const repeated = lines[at]
  if (!repeated || rowText(header) !== words(repeated.text)) return undefined
  const end = regionEnd(lines, at + 1)
  const region = lines.slice(at, end).filter((candidate) => !candidate.role)
  const read = readTableRegion(
    region.map((candidate) => candidate.text),
    region.some((candidate) => candidate.layout) ? { layout: region.map((candidate) => candidate.layout ?? candidate.text) } : {},
  )
  const [again, ...rows] = read?.table.children ?? []
  if (read?.caption !== 0 || !again || rowText(again) !== words(repeated.text)) return undefined
  return { rows, lines: region, end }
}

/** Lines of running text enough to judge double spacing on them alone. */
const MIN_JUDGED_LINES = 3

/** Most lines a cell may wrap onto when cells are set one per paragraph. */
const MAX_CELL_LINES = 3

/**
 * The lines after a table label as paragraphs (cells set one per paragraph), up to its notes or prose; the first
 * paragraph may be the caption and run long. Undefined when no paragraph break follows the label's caption.
 */
function cellGroups(lines: readonly LayoutLine[], start: number): { groups: LayoutLine[][]; end: number } | undefined {
  const groups: LayoutLine[][] = []
  let at = start
  for (; at < lines.length; at++) {
    const line = lines[at] as LayoutLine
    if (line.role) continue
    if (NOTE.test(line.text) || SOURCE.test(line.text) || TABLE_LABEL.test(line.text) || FIGURE_LABEL.test(line.text)) break
    const last = groups.at(-1)
    if (!last || line.breakBefore) {
      if (groups.length > 0 && line.text.length >= TEXT_LAYOUT.tableProseLine) break
      groups.push([line])
    } else {
      if (groups.length > 1 && (last.length >= MAX_CELL_LINES || line.text.length >= TEXT_LAYOUT.tableProseLine)) return undefined
      last.push(line)
    }
  }
  return groups.length > 4 ? { groups, end: at } : undefined
}

/**
 * Find table bodies: after `Tabel N` and its caption, up to `Anm.:`, `Kilde:` or prose (cells one per paragraph
 * first, then lines of a table). Returns the items with each recognised table body replaced by a table item.
 */
export function withTables(lines: LayoutLine[]): LayoutItem[] {
  const items: LayoutItem[] = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index] as LayoutLine
    items.push(line)
    index++
    if (line.role || !TABLE_LABEL.test(line.text)) continue
    // Caption: text lines up to the first table line; cut after the last sentence end.
    const start = index
    const grouped = cellGroups(lines, start)
    const byGroups = grouped && tableFromCellGroups(grouped.groups.map((group) => group.map((candidate) => candidate.text)))
    if (grouped && byGroups) {
      const flat = grouped.groups.flat()
      const caption = flat.slice(0, byGroups.caption)
      for (const candidate of lines.slice(start, grouped.end)) if (candidate.role) items.push(candidate)
      for (const [at, candidate] of caption.entries()) {
        items.push({ ...candidate, breakBefore: at === 0, endsParagraph: at === caption.length - 1 })
      }
      const cellLines: SourceLine[] = flat.slice(byGroups.caption).map(({ breakBefore: _b, endsParagraph: _e, ...rest }) => rest)
      items.push({ kind: 'table', table: byGroups.table, lines: cellLines })
      index = grouped.end
      continue
    }
    let end = regionEnd(lines, start)
    const region = lines.slice(start, end).filter((candidate) => !candidate.role)
    const read = readTableRegion(
      region.map((candidate) => candidate.text),
      {
        labelCaption: Boolean(TABLE_LABEL.exec(line.text)?.[2]),
        ...(region.some((candidate) => candidate.layout) ? { layout: region.map((candidate) => candidate.layout ?? candidate.text) } : {}),
      },
    )
    if (!read) continue
    const caption = region.slice(0, read.caption)
    const body = region.slice(read.caption)
    // Emit role lines of the region (letterhead interleaved in the table) untouched, in order.
    for (const candidate of lines.slice(start, end)) {
      if (candidate.role) items.push(candidate)
    }
    caption.forEach((candidate, at) => {
      items.push({ ...candidate, breakBefore: at === 0, endsParagraph: at === caption.length - 1 })
    })
    // The same table over the next pages, its heading row repeated: one table.
    for (let next = continuation(lines, end, read.table); next; next = continuation(lines, end, read.table)) {
      for (const candidate of lines.slice(end, next.end)) if (candidate.role) items.push(candidate)
      read.table.children.push(...next.rows)
      body.push(...next.lines)
      end = next.end
    }
    const sourceLines: SourceLine[] = body.map(({ breakBefore: _b, endsParagraph: _e, ...rest }) => rest)
    if (body.length > 0) items.push({ kind: 'table', table: read.table, lines: sourceLines })
    index = end
  }
  return items
}

/** Plain text → mdast block tree with line provenance. */
export function textToTree(text: string): Root {
  const layoutLines = toLayoutLines(readLines(text))
  assignRoles(layoutLines)
  return buildTree(withTables(layoutLines))
}
