/**
 * `parse --explain`: each field of a record with its value, the rule that produced it, its confidence, and the
 * source text with its place.
 */
import { fieldValue, PROVENANCE_FIELDS } from '@ft-answers/parser'
import type { FtRecord } from '@ft-answers/schema'

/** Longest value and source text shown per field. */
const MAX_SHOWN = 70

function show(value: unknown): string {
  let text: string
  if (value === null || value === undefined) text = '—'
  else if (typeof value === 'string') text = value
  else if (Array.isArray(value)) {
    text = value.length === 0 ? '[]' : `${value.length} × ${JSON.stringify(value[0])}`
  } else text = JSON.stringify(value)
  text = text.replace(/\s+/gu, ' ')
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text
}

export function explain(record: FtRecord): string {
  const rows = PROVENANCE_FIELDS.map((field) => {
    const entry = record.provenance[field]
    const where = entry?.lines
      ? `${entry.page ? `p.${entry.page} ` : ''}l.${entry.lines[0]}${entry.lines[1] !== entry.lines[0] ? `–${entry.lines[1]}` : ''}`
      : ''
    const source = entry?.text ? `"${show(entry.text)}"` : ''
    return [field, show(fieldValue(record, field)), entry ? `${entry.rule} (${entry.confidence.toFixed(2)})` : '', where, source]
  })
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)))
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (column < 4 ? cell.padEnd(widths[column] ?? 0) : cell))
      .join('  ')
      .trimEnd(),
  )
  const warnings = record.warnings.map(
    (warning) =>
      `  ${warning.code}${warning.line ? ` (l.${warning.line}${warning.page ? `, p.${warning.page}` : ''})` : ''}: ${warning.message}`,
  )
  return `${record.source.path} — ${record.documentType}, quality ${record.quality}\n\n${lines.join('\n')}\n${warnings.length > 0 ? `\nwarnings:\n${warnings.join('\n')}\n` : ''}`
}
