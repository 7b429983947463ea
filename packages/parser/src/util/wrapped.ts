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

/**
 * One pattern that matches wherever one of `patterns` does — they must share their flags — for `startsOnLine`:
 * `startsOnLine(anyOf(A, B), …)` is `startsOnLine(A, …) || startsOnLine(B, …)` (the leftmost match of the two is
 * the leftmost of either) with one scan of the line and of the two lines instead of one per pattern.
 */
export function anyOf(...patterns: readonly RegExp[]): RegExp {
  const flags = patterns[0]?.flags ?? ''
  if (patterns.some((pattern) => pattern.flags !== flags)) throw new Error(`anyOf: patterns differ in their flags`)
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), flags)
}
