/**
 * Plain text → mdast. Text renditions of ft.dk documents come in three shapes:
 * - one line per PDF line, no blank lines (most HTML renditions);
 * - "double-spaced": a blank line after every line, a whitespace-only line between paragraphs (pdftotext-like);
 * - one line per paragraph, blank lines between (older renditions).
 * Paragraph ends are recovered from blank lines, trailing double spaces, and short lines that end a sentence.
 */
import type { Root } from 'mdast'
import { buildTree } from '../layout/blocks.js'
import { BULLET, FIGURE_LABEL, NOTE, SOURCE, TABLE_LABEL } from '../layout/markers.js'
import { assignRoles } from '../layout/roles.js'
import { isTableRowLine, isValueLine, tableFromText } from '../layout/text-table.js'
import type { LayoutItem, LayoutLine, SourceLine } from '../tree.js'
import { TEXT_LAYOUT } from '../layout/constants.js'
import { endsByWidth, isGluedParagraph, typicalWidth } from '../layout/paragraph-ends.js'

interface RawLine {
  text: string
  line: number
  breakBefore: boolean
  trailingSpaces: number
}

/** Normalise line ends, no-break spaces and the byte order mark. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u00A0\u2007\u202F]/gu, ' ')
    .replace(/\t/gu, ' ')
}

function readLines(text: string): RawLine[] {
  const raw = normaliseText(text).split('\n')
  const contentLines = raw.filter((line) => line.trim() !== '').length
  let followedByEmpty = 0
  raw.forEach((line, index) => {
    if (line.trim() !== '' && raw[index + 1] === '') followedByEmpty++
  })
  const doubleSpaced = contentLines > 3 && followedByEmpty / contentLines >= TEXT_LAYOUT.doubleSpacedShare
  const lines: RawLine[] = []
  let pendingBreak = false
  raw.forEach((line, index) => {
    if (line.trim() === '') {
      // In double-spaced text an empty line is only the line's own spacing; whitespace marks a paragraph break.
      if (!doubleSpaced || line !== '') pendingBreak = true
      return
    }
    lines.push({
      text: line.trim(),
      line: index + 1,
      breakBefore: pendingBreak,
      trailingSpaces: line.length - line.trimEnd().length,
    })
    pendingBreak = false
  })
  return lines
}

function toLayoutLines(raw: readonly RawLine[]): LayoutLine[] {
  const width = typicalWidth(raw.map((line) => line.text))
  return raw.map((line, index) => ({
    text: line.text,
    line: line.line,
    breakBefore: line.breakBefore,
    endsParagraph: line.trailingSpaces >= 2 || endsByWidth(line.text, raw[index + 1]?.text, width) || isGluedParagraph(line.text, width),
  }))
}

/**
 * Find table bodies: after `Tabel N` and its caption, up to `Anm.:`, `Kilde:` or prose.
 * Returns the items with each recognised table body replaced by a table item.
 */
function withTables(lines: LayoutLine[]): LayoutItem[] {
  const items: LayoutItem[] = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index] as LayoutLine
    items.push(line)
    index++
    if (line.role || !TABLE_LABEL.test(line.text)) continue
    // Caption: text lines up to the first table line; cut after the last sentence end.
    const start = index
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
    const region = lines.slice(start, end).filter((candidate) => !candidate.role)
    const firstTableLine = region.findIndex((candidate) => isTableish(candidate.text))
    if (firstTableLine === -1) continue
    const captionLength = captionEnd(region.slice(0, firstTableLine).map((candidate) => candidate.text))
    const caption = region.slice(0, captionLength)
    const body = region.slice(captionLength)
    const table = tableFromText(body.map((candidate) => candidate.text))
    // Emit role lines of the region (letterhead interleaved in the table) untouched, in order.
    for (const candidate of lines.slice(start, end)) {
      if (candidate.role) items.push(candidate)
    }
    caption.forEach((candidate, at) => {
      items.push({ ...candidate, breakBefore: at === 0, endsParagraph: at === caption.length - 1 })
    })
    const sourceLines: SourceLine[] = body.map(({ breakBefore: _b, endsParagraph: _e, ...rest }) => rest)
    if (table) {
      items.push({ kind: 'table', table, lines: sourceLines })
    } else if (body.length > 0) {
      // Not recoverable: keep the body as one paragraph, flagged so extraction can warn.
      items.push({
        kind: 'table',
        table: { type: 'table', children: [], data: { uncertain: body.map((candidate) => candidate.text).join('\n') } },
        lines: sourceLines,
      })
    }
    index = end
  }
  return items
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

function isTableish(text: string): boolean {
  return isTableRowLine(text) || isValueLine(text)
}

/** Plain text → mdast block tree with line provenance. */
export function textToTree(text: string): Root {
  const layoutLines = toLayoutLines(readLines(text))
  assignRoles(layoutLines)
  return buildTree(withTables(layoutLines))
}
