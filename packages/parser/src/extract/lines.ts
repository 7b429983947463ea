/**
 * The line view of a block tree: every source line in reading order, with the block it belongs to.
 * Metadata extractors read lines; the answer extractor reads blocks.
 */
import type { PhrasingContent, Root, RootContent, TableCell } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import type { SourceLine } from '../tree.js'

export interface Line extends SourceLine {
  /** Index in the line view. */
  index: number
  /** Index of the top-level block in `tree.children`. */
  block: number
}

/** A line a saved page keeps of a table's frame: `|`, or nothing. */
const FRAME_REMNANT = /^\|?$/u

/**
 * Whether a line is the text of a saved page itself: no role (stamp, letterhead, page furniture) and no remnant of a
 * table's frame (`|`). What ft.dk's pages that hold only a title and a question are read from.
 */
export function isPageText(line: Line): boolean {
  return !line.role && !FRAME_REMNANT.test(line.text.trim())
}

/**
 * Whether no line after `line` holds text: `line` ends the text, where a rendition stored up to a number of characters
 * may have been cut off (a greeting or a name broken off there).
 */
export function endsText(lines: readonly Line[], line: Line): boolean {
  for (let at = lines.length - 1; at > line.index; at--) if (lines[at]?.text.trim()) return false
  return true
}

/** A cell's text, a line break in it (`<br>`, paragraphs in an HTML cell) as a space. */
export function cellText(cell: TableCell): string {
  const walk = (nodes: readonly PhrasingContent[]): string =>
    nodes
      .map((node) => (node.type === 'break' ? ' ' : 'children' in node ? walk(node.children as PhrasingContent[]) : nodeToString(node)))
      .join('')
  return walk(cell.children).replace(/\s+/gu, ' ').trim()
}

/** Lines of a node: from provenance when the input stage kept it, else from the node's text and position. */
export function nodeLines(node: RootContent): SourceLine[] {
  if (node.data?.lines) return node.data.lines
  const start = node.position?.start.line ?? 1
  if (node.type === 'table') {
    return node.children.map((row, offset) => ({
      text: row.children.map(cellText).join(' '),
      line: row.position?.start.line ?? start + offset,
    }))
  }
  if (node.type === 'list') return node.children.flatMap((item) => item.children.flatMap((child) => nodeLines(child)))
  return nodeToString(node)
    .split('\n')
    .map((text, offset) => ({ text, line: start + offset }))
}

/**
 * A source line in the view: its own fields, its text trimmed (`text`). Built field by field, not spread: the lines come in
 * many shapes (PDF, text, the layout's extras), which makes a spread of each slow, and every line is copied.
 */
function viewLine(source: SourceLine, text: string, index: number, block: number): Line {
  const line: Line = { text, line: source.line, index, block }
  if (source.page !== undefined) line.page = source.page
  if (source.bbox !== undefined) line.bbox = source.bbox
  if (source.size !== undefined) line.size = source.size
  if (source.bold !== undefined) line.bold = source.bold
  if (source.role !== undefined) line.role = source.role
  return line
}

export function lineView(tree: Root): Line[] {
  const lines: Line[] = []
  tree.children.forEach((node, block) => {
    for (const line of nodeLines(node)) {
      const text = line.text.trim()
      if (text === '') continue
      lines.push(viewLine(line, text, lines.length, block))
    }
  })
  return lines
}
