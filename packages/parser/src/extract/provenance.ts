/**
 * Provenance: for every field of the record, the rule that produced it, how sure it is, and the source lines
 * (line range, page, bbox, text) it was read from.
 */
import type { FtRecord, Provenance } from '@ft-answers/schema'
import type { Bbox, TableReader } from '../tree.js'
import type { TableSource } from './answer.js'
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

/**
 * How sure a table's reader is of its cells: as sure as of the answer section (0.85) where it read the cells where
 * the source set them; 0.6 where rows and columns were inferred from the order of the cells (`column-major`) or no
 * cells could be read (`layout-lost`). 0.6 is the line below which a value gets a `low-confidence` warning: these
 * tables carry their own (`table-layout-inferred`, `table-layout-lost`), which say what is uncertain.
 */
const TABLE_CONFIDENCE: Record<TableReader, number> = {
  separated: 0.85,
  'row-wise': 0.85,
  'label-value': 0.85,
  'cell-per-line': 0.85,
  'column-major': 0.6,
  'column-major-years': 0.6,
  'cell-groups': 0.85,
  'layout-columns': 0.85,
  'layout-lost': 0.6,
  'pdf-lattice': 0.85,
  'pdf-stream': 0.85,
  markup: 0.85,
}

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

export class ProvenanceBuilder {
  readonly entries: Record<string, Provenance> = {}

  /** The field was read off these lines by `rule`. */
  document(field: ProvenanceField, lines: Line | readonly (Line | undefined)[] | undefined, rule: string, confidence: number): void {
    const list = (Array.isArray(lines) ? lines : [lines]).filter((line): line is Line => line !== undefined)
    if (list.length === 0) {
      this.derived(field, rule, confidence)
      return
    }
    const sorted = [...list].sort((a, b) => a.index - b.index)
    const first = sorted[0] as Line
    const last = sorted.at(-1) as Line
    const entry: Provenance = { source: 'document', rule, confidence, lines: [first.line, last.line] }
    if (first.page !== undefined) entry.page = first.page
    const boxes = sorted.filter((line) => line.page === first.page && line.bbox).map((line) => line.bbox as Bbox)
    const bbox = union(boxes)
    if (bbox) entry.bbox = bbox
    const text = sorted.map((line) => line.text).join('\n')
    entry.text = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text
    this.entries[field] = entry
  }

  /** The field was derived from other fields (or nothing was found: rule `absent`). */
  derived(field: ProvenanceField, rule: string, confidence: number): void {
    this.entries[field] = { source: 'derived', rule, confidence }
  }

  /** The answer's `index`th table, read by its reader: rule `table:<reader>` (`table:column-major`). */
  table(index: number, { reader, lines }: TableSource): void {
    if (reader) this.document(`answer.tables.${index}`, lines, `table:${reader}`, TABLE_CONFIDENCE[reader])
  }

  input(field: ProvenanceField, rule: string): void {
    this.entries[field] = { source: 'input', rule, confidence: 1 }
  }
}
