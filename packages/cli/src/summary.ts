/**
 * The closing summary of `convert`: what was parsed and failed, and where to look next — the warnings by code and
 * how many records need review, and where the failed inputs are.
 */
import type { ConvertSummary } from './convert.js'

export interface SummaryPlace {
  /** Where the output went, as shown (a file list, a folder, `stdout`). */
  written: string
  /** Whether failed inputs are also listed in an `--errors` file. */
  errorsFile: boolean
}

/** Most codes shown by name; the rest are counted together. */
const MAX_CODES = 8

function byCount(counts: Map<string, number>): string {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const shown = sorted.slice(0, MAX_CODES).map(([code, count]) => `${code} ${count}`)
  const rest = sorted.slice(MAX_CODES).reduce((sum, [, count]) => sum + count, 0)
  return rest > 0 ? `${shown.join(', ')}, ${sorted.length - MAX_CODES} more codes ${rest}` : shown.join(', ')
}

/** The summary's lines, each ending in a newline. */
export function summaryLines(summary: ConvertSummary, place: SummaryPlace): string[] {
  const errors = byCount(summary.byCode)
  const skipped = summary.skipped > 0 ? `, ${summary.skipped} already done` : ''
  // A document that answers several questions gives a record each: say so where it happened.
  const records = summary.records > summary.parsed ? ` (${summary.records} records: a record per question)` : ''
  const lines = [
    `${summary.parsed} parsed${records}, ${summary.failed} failed${errors ? ` (${errors})` : ''}, ${summary.warnings} warnings${skipped} in ${summary.seconds.toFixed(1)} s → ${place.written}\n`,
  ]
  if (summary.warnings > 0) {
    lines.push(
      `warnings: ${byCount(summary.byWarning)} — each record lists its own in "warnings" (docs/warnings.md); ${summary.review} of ${summary.records} records need review ("quality": "needs-review", why in "qualityReasons")\n`,
    )
  }
  if (summary.failed > 0 && !place.errorsFile) {
    lines.push(`failed inputs are the lines with "error" in the output; --errors FILE also lists them on their own\n`)
  }
  return lines
}
