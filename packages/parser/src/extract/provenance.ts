/**
 * Provenance: for every field of the record, the rule that produced it, how sure it is, and the source lines
 * (line range, page, bbox, text) it was read from.
 */
import type { FtRecord, Provenance } from '@ft-answers/schema'
import type { Bbox } from '../tree.js'
import type { Line } from './lines.js'

/** Longest source text kept per field. */
const MAX_TEXT = 300

/** The fields every record has provenance for. */
export const PROVENANCE_FIELDS = [
  'source',
  'documentType',
  'committee',
  'session',
  'caseNumber',
  'questionKey',
  'url',
  'question.kind',
  'question.number',
  'question.bill',
  'question.askedOn',
  'question.askers',
  'question.askedByCommittee',
  'question.recipient',
  'question.text',
  'answer.answeredOn',
  'answer.text',
  'answer.blocks',
  'answer.tables',
  'signature',
  'ministry',
  'references',
  'quality',
  'qualityReasons',
  'warnings',
] as const

/** A field of the record with provenance: one of PROVENANCE_FIELDS, or one table of the answer (`answer.tables.0`). */
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number] | `answer.tables.${number}`

/** The value of a record field by its path: `fieldValue(record, 'question.number')`. */
export function fieldValue(record: FtRecord, field: string): unknown {
  let value: unknown = record
  for (const key of field.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[key]
  return value
}

function union(boxes: Bbox[]): Bbox | undefined {
  if (boxes.length === 0) return undefined
  return [
    Math.min(...boxes.map((box) => box[0])),
    Math.min(...boxes.map((box) => box[1])),
    Math.max(...boxes.map((box) => box[2])),
    Math.max(...boxes.map((box) => box[3])),
  ]
}

/** Where a value was read: source lines (holes allowed), nothing (it was derived), or the caller's input. */
export type Where = Line | readonly (Line | undefined)[] | 'input' | undefined

/**
 * The provenance of a value found by `rule` with `confidence` at `where`: the lines' range, page, box and text when
 * it was read off the document, else `derived` (or `input`, for what the caller gave).
 */
export function provenanceAt(where: Where, rule: string, confidence: number): Provenance {
  if (where === 'input') return { source: 'input', rule, confidence }
  const sorted = byIndex(Array.isArray(where) ? where : [where])
  if (sorted.length === 0) return { source: 'derived', rule, confidence }
  const first = sorted[0] as Line
  const last = sorted.at(-1) as Line
  const entry: Provenance = { source: 'document', rule, confidence, lines: [first.line, last.line] }
  if (first.page !== undefined) entry.page = first.page
  // A loop, not `filter` and `map`: an answer's provenance names hundreds of lines, a text's have no box.
  const boxes: Bbox[] = []
  for (const line of sorted) if (line.page === first.page && line.bbox) boxes.push(line.bbox)
  const bbox = union(boxes)
  if (bbox) entry.bbox = bbox
  const text = joinedUpTo(sorted, MAX_TEXT)
  entry.text = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text
  return entry
}

/**
 * The lines given, holes left out, in the order of their index (a stable sort). Copied only where needed: most runs
 * of lines come whole and in order (an answer's hundreds of lines), and are then their own order.
 */
function byIndex(lines: readonly (Line | undefined)[]): readonly Line[] {
  const list = lines.includes(undefined) ? lines.filter((line): line is Line => line !== undefined) : (lines as readonly Line[])
  for (let at = 1; at < list.length; at++) {
    if ((list[at] as Line).index < (list[at - 1] as Line).index) return [...list].sort((a, b) => a.index - b.index)
  }
  return list
}

/**
 * The lines' texts joined by line breaks, stopped once longer than `limit`: the whole joined text where it is no
 * longer, else a start of it longer than `limit`, which is all that is kept of it. An answer's provenance names
 * hundreds of lines, of which the first few give its text.
 */
function joinedUpTo(lines: readonly Line[], limit: number): string {
  let text = ''
  for (let at = 0; at < lines.length && text.length <= limit; at++)
    text = at === 0 ? (lines[at] as Line).text : `${text}\n${(lines[at] as Line).text}`
  return text
}

/** The first line of `where`, if it names lines. */
export function firstLine(where: Where): Line | undefined {
  if (where === undefined || where === 'input') return undefined
  return Array.isArray(where) ? where.find((line): line is Line => line !== undefined) : (where as Line)
}
