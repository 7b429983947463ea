/**
 * Records as flat rows for CSV and Parquet: one row per record (errors too) — a document that answers several
 * questions gives a row per question, `part` 1 to `parts` of its `document` — and a long-format row per table cell.
 * Each column is declared once, with its type, so both formats have the same columns with the same meaning:
 * Parquet stores the type (DATE, INT32, lists), CSV writes the same value as text (lists as JSON). The columns are
 * documented in docs/batch.md.
 */
import type { FtRecord } from '@ft-answers/schema'
import type { WorkerResult } from '../worker.js'

/**
 * What a column holds. `date` is an ISO date in the row (`2022-03-18`); the `…-list` types are arrays of the
 * struct or string named, `null` only on an error row.
 */
export type ColumnType = 'string' | 'integer' | 'double' | 'boolean' | 'date' | 'string-list' | 'asker-list' | 'reference-list'

/** The scalar types a struct field may have. */
export type FieldType = 'string' | 'boolean'

/** A column of a flat table. */
export interface Column<Row> {
  name: keyof Row & string
  type: ColumnType
}

/** An asker as a struct: the record's `{ name, party, nonMember }` with a column-style name. */
export interface AskerCell {
  name: string
  party: string | null
  non_member: boolean
}

/** A reference as a struct, the record's fields. */
export interface ReferenceCell {
  kind: string
  number: string
  bill: string | null
  committee: string | null
  session: string | null
  text: string
}

/** The fields of each list-of-struct type, in order. */
export const STRUCT_FIELDS = {
  'asker-list': [
    ['name', 'string'],
    ['party', 'string'],
    ['non_member', 'boolean'],
  ],
  'reference-list': [
    ['kind', 'string'],
    ['number', 'string'],
    ['bill', 'string'],
    ['committee', 'string'],
    ['session', 'string'],
    ['text', 'string'],
  ],
} as const satisfies Record<'asker-list' | 'reference-list', ReadonlyArray<readonly [string, FieldType]>>

export interface DocumentRow {
  path: string
  format: string | null
  sha256: string | null
  document: string | null
  part: number | null
  parts: number | null
  pages: number | null
  document_type: string | null
  question_key: string | null
  url: string | null
  committee_code: string | null
  committee_name: string | null
  session: number | null
  case_number: string | null
  question_kind: string | null
  question_number: string | null
  question_bill: string | null
  asked_on: string | null
  askers: AskerCell[] | null
  parties: string[] | null
  asked_by_committee: boolean | null
  recipient: string | null
  question_text: string | null
  answered_on: string | null
  days_to_answer: number | null
  answer_text: string | null
  table_count: number | null
  signature_name: string | null
  signature_title: string | null
  ministry: string | null
  references: ReferenceCell[] | null
  quality: string | null
  quality_reasons: string[] | null
  warnings: string[] | null
  error_code: string | null
  error_message: string | null
}

export interface CellRow {
  path: string
  sha256: string
  document: string
  /** The record whose answer holds the table: its `part` of the document. */
  part: number
  question_key: string | null
  table_index: number
  label: string | null
  caption: string | null
  /** 0 for the header row, then 1, 2, … */
  row_index: number
  column_index: number
  /** The column's heading. */
  header: string | null
  /** The row's label (its first cell). */
  row_label: string | null
  raw: string
  value: number | null
}

export const DOCUMENT_TABLE: ReadonlyArray<Column<DocumentRow>> = [
  { name: 'path', type: 'string' },
  { name: 'format', type: 'string' },
  { name: 'sha256', type: 'string' },
  { name: 'document', type: 'string' },
  { name: 'part', type: 'integer' },
  { name: 'parts', type: 'integer' },
  { name: 'pages', type: 'integer' },
  { name: 'document_type', type: 'string' },
  { name: 'question_key', type: 'string' },
  { name: 'url', type: 'string' },
  { name: 'committee_code', type: 'string' },
  { name: 'committee_name', type: 'string' },
  { name: 'session', type: 'integer' },
  { name: 'case_number', type: 'string' },
  { name: 'question_kind', type: 'string' },
  { name: 'question_number', type: 'string' },
  { name: 'question_bill', type: 'string' },
  { name: 'asked_on', type: 'date' },
  { name: 'askers', type: 'asker-list' },
  { name: 'parties', type: 'string-list' },
  { name: 'asked_by_committee', type: 'boolean' },
  { name: 'recipient', type: 'string' },
  { name: 'question_text', type: 'string' },
  { name: 'answered_on', type: 'date' },
  { name: 'days_to_answer', type: 'integer' },
  { name: 'answer_text', type: 'string' },
  { name: 'table_count', type: 'integer' },
  { name: 'signature_name', type: 'string' },
  { name: 'signature_title', type: 'string' },
  { name: 'ministry', type: 'string' },
  { name: 'references', type: 'reference-list' },
  { name: 'quality', type: 'string' },
  { name: 'quality_reasons', type: 'string-list' },
  { name: 'warnings', type: 'string-list' },
  { name: 'error_code', type: 'string' },
  { name: 'error_message', type: 'string' },
]

export const CELL_TABLE: ReadonlyArray<Column<CellRow>> = [
  { name: 'path', type: 'string' },
  { name: 'sha256', type: 'string' },
  { name: 'document', type: 'string' },
  { name: 'part', type: 'integer' },
  { name: 'question_key', type: 'string' },
  { name: 'table_index', type: 'integer' },
  { name: 'label', type: 'string' },
  { name: 'caption', type: 'string' },
  { name: 'row_index', type: 'integer' },
  { name: 'column_index', type: 'integer' },
  { name: 'header', type: 'string' },
  { name: 'row_label', type: 'string' },
  { name: 'raw', type: 'string' },
  { name: 'value', type: 'double' },
]

/** The column names, in order. */
export const DOCUMENT_COLUMNS: ReadonlyArray<keyof DocumentRow> = DOCUMENT_TABLE.map((column) => column.name)
export const CELL_COLUMNS: ReadonlyArray<keyof CellRow> = CELL_TABLE.map((column) => column.name)

const DAY_MS = 24 * 60 * 60 * 1000

/** Whole days from one ISO date to another (negative when `to` is earlier), or null when either is missing. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** The distinct values, in first-seen order. */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values)]
}

function recordRow(record: FtRecord): DocumentRow {
  const { source, question, answer, committee, signature } = record
  return {
    path: source.path,
    format: source.format,
    sha256: source.sha256,
    document: source.document,
    part: source.part,
    parts: source.parts,
    pages: source.pages,
    document_type: record.documentType,
    question_key: record.questionKey,
    url: record.url,
    committee_code: committee?.code ?? null,
    committee_name: committee?.name ?? null,
    session: record.session === null ? null : Number(record.session),
    case_number: record.caseNumber,
    question_kind: question.kind,
    question_number: question.number,
    question_bill: question.bill,
    asked_on: question.askedOn,
    askers: question.askers.map((asker) => ({ name: asker.name, party: asker.party, non_member: asker.nonMember })),
    parties: distinct(question.askers.flatMap((asker) => (asker.party ? [asker.party] : []))),
    asked_by_committee: question.askedByCommittee,
    recipient: question.recipient,
    question_text: question.text,
    answered_on: answer.answeredOn,
    days_to_answer: daysBetween(question.askedOn, answer.answeredOn),
    answer_text: answer.text,
    table_count: answer.tables.length,
    signature_name: signature?.name ?? null,
    signature_title: signature?.title ?? null,
    ministry: record.ministry,
    references: record.references,
    quality: record.quality,
    quality_reasons: [...record.qualityReasons],
    warnings: distinct(record.warnings.map((warning) => warning.code)),
    error_code: null,
    error_message: null,
  }
}

/** An error row: the path (and hash, when known), the error; every other column empty. */
function errorRow(path: string, sha256: string | null, code: string, message: string): DocumentRow {
  const empty = Object.fromEntries(DOCUMENT_COLUMNS.map((column) => [column, null])) as unknown as DocumentRow
  return { ...empty, path, sha256, error_code: code, error_message: message }
}

export function documentRow(line: WorkerResult): DocumentRow {
  if ('error' in line) return errorRow(line.source.path, line.source.sha256 ?? null, line.error.code, line.error.message)
  return recordRow(line)
}

export function cellRows(line: WorkerResult): CellRow[] {
  if ('error' in line) return []
  const rows: CellRow[] = []
  line.answer.tables.forEach((table, tableIndex) => {
    const base = {
      path: line.source.path,
      sha256: line.source.sha256,
      document: line.source.document,
      part: line.source.part,
      question_key: line.questionKey,
      table_index: tableIndex,
      label: table.label,
      caption: table.caption,
    }
    table.header.forEach((raw, column) => {
      rows.push({ ...base, row_index: 0, column_index: column, header: raw, row_label: null, raw, value: null })
    })
    table.rows.forEach((cells, rowIndex) => {
      cells.forEach((cell, column) => {
        rows.push({
          ...base,
          row_index: rowIndex + 1,
          column_index: column,
          header: table.header[column] ?? null,
          row_label: cells[0]?.raw ?? null,
          raw: cell.raw,
          value: cell.value,
        })
      })
    })
  })
  return rows
}
