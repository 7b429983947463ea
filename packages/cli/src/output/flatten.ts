/**
 * Records as flat rows for CSV and Parquet: one row per document (metadata; errors too), and a long-format row
 * per table cell. The columns are documented in docs/batch.md.
 */
import type { WorkerResult } from '../worker.js'

export interface DocumentRow {
  path: string
  format: string | null
  sha256: string | null
  pages: number | null
  document_type: string | null
  committee_code: string | null
  committee_name: string | null
  session: string | null
  case_number: string | null
  question_kind: string | null
  question_number: string | null
  question_bill: string | null
  asked_on: string | null
  askers: string | null
  asker_parties: string | null
  asked_by_committee: boolean | null
  recipient: string | null
  question_text: string | null
  answered_on: string | null
  answer_text: string | null
  table_count: number | null
  signature_name: string | null
  signature_title: string | null
  quality: string | null
  warnings: string | null
  error_code: string | null
  error_message: string | null
}

export interface CellRow {
  path: string
  sha256: string
  table: number
  label: string | null
  caption: string | null
  /** 0 for the header row, then 1, 2, … */
  row: number
  column: number
  /** The column's heading. */
  header: string | null
  /** The row's label (its first cell). */
  row_label: string | null
  raw: string
  value: number | null
}

export const DOCUMENT_COLUMNS: ReadonlyArray<keyof DocumentRow> = [
  'path',
  'format',
  'sha256',
  'pages',
  'document_type',
  'committee_code',
  'committee_name',
  'session',
  'case_number',
  'question_kind',
  'question_number',
  'question_bill',
  'asked_on',
  'askers',
  'asker_parties',
  'asked_by_committee',
  'recipient',
  'question_text',
  'answered_on',
  'answer_text',
  'table_count',
  'signature_name',
  'signature_title',
  'quality',
  'warnings',
  'error_code',
  'error_message',
]

export const CELL_COLUMNS: ReadonlyArray<keyof CellRow> = [
  'path',
  'sha256',
  'table',
  'label',
  'caption',
  'row',
  'column',
  'header',
  'row_label',
  'raw',
  'value',
]

/** Numeric columns, typed in Parquet. */
export const DOCUMENT_INTEGERS = new Set<keyof DocumentRow>(['pages', 'table_count'])

export function documentRow(line: WorkerResult): DocumentRow {
  const empty: DocumentRow = Object.fromEntries(DOCUMENT_COLUMNS.map((column) => [column, null])) as unknown as DocumentRow
  if ('error' in line) {
    return {
      ...empty,
      path: line.source.path,
      sha256: line.source.sha256 ?? null,
      error_code: line.error.code,
      error_message: line.error.message,
    }
  }
  const { source, question, answer, committee, signature } = line
  return {
    ...empty,
    path: source.path,
    format: source.format,
    sha256: source.sha256,
    pages: source.pages,
    document_type: line.documentType,
    committee_code: committee?.code ?? null,
    committee_name: committee?.name ?? null,
    session: line.session,
    case_number: line.caseNumber,
    question_kind: question.kind,
    question_number: question.number,
    question_bill: question.bill,
    asked_on: question.askedOn,
    askers: question.askers.map((asker) => (asker.party ? `${asker.name} (${asker.party})` : asker.name)).join('; ') || null,
    asker_parties: [...new Set(question.askers.flatMap((asker) => (asker.party ? [asker.party] : [])))].join(';') || null,
    asked_by_committee: question.askedByCommittee,
    recipient: question.recipient,
    question_text: question.text,
    answered_on: answer.answeredOn,
    answer_text: answer.text,
    table_count: answer.tables.length,
    signature_name: signature?.name ?? null,
    signature_title: signature?.title ?? null,
    quality: line.quality,
    warnings: [...new Set(line.warnings.map((warning) => warning.code))].join(';') || null,
  }
}

export function cellRows(line: WorkerResult): CellRow[] {
  if ('error' in line) return []
  const rows: CellRow[] = []
  line.answer.tables.forEach((table, tableIndex) => {
    const base = { path: line.source.path, sha256: line.source.sha256, table: tableIndex, label: table.label, caption: table.caption }
    table.header.forEach((raw, column) => {
      rows.push({ ...base, row: 0, column, header: raw, row_label: null, raw, value: null })
    })
    table.rows.forEach((cells, rowIndex) => {
      cells.forEach((cell, column) => {
        rows.push({
          ...base,
          row: rowIndex + 1,
          column,
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
