/**
 * Phrases that a narrow column or a long word wrapped over two lines: `… besvarelse af` / `spørgsmål nr. 31 af`,
 * `Udvalget udbeder sig ministerens` / `besvarelse af …`.
 */

/**
 * Whether `pattern` (not global) matches in `line`, or starts in `line` and runs on into `next`. A match that lies
 * wholly in `next` does not count: that line speaks for itself.
 */
export function startsOnLine(pattern: RegExp, line: string, next: string | undefined): boolean {
  if (pattern.test(line)) return true
  if (next === undefined) return false
  const match = pattern.exec(`${line} ${next}`)
  return match !== null && match.index < line.length
}
