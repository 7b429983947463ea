/**
 * Lines a rendition wrapped, read back onto one: each reader of a wrapped form (`head-lines.ts`,
 * `wrapped-headings.ts`) says, of a line, which line takes the joined text and which is emptied — emptied, not
 * dropped, so that every later line keeps its number.
 */

/** A wrapped line read back: the joined text, the line that takes it, and the line left empty. */
export interface Rejoined {
  into: number
  emptied: number
  text: string
}

/** A reader of a wrapped form: the rejoin at line `at`, if the line opens one. */
type Rejoin = (lines: readonly string[], at: number) => Rejoined | undefined

/** Every rejoin `rejoin` finds, asked of each line in turn on the lines as given. */
function rejoinsOf(lines: readonly string[], rejoin: Rejoin): Rejoined[] {
  const found: Rejoined[] = []
  for (let at = 0; at < lines.length; at++) {
    const one = rejoin(lines, at)
    if (one) found.push(one)
  }
  return found
}

/** `lines` with every rejoin `rejoin` finds applied; `lines` itself where it finds none. */
export function withLinesRejoined(lines: readonly string[], rejoin: Rejoin): readonly string[] {
  const found = rejoinsOf(lines, rejoin)
  if (found.length === 0) return lines
  const rejoined = [...lines]
  for (const { into, emptied, text } of found) {
    rejoined[into] = text
    rejoined[emptied] = ''
  }
  return rejoined
}

/**
 * `withLinesRejoined` for lines that carry more than their text (the PDF path's): the line that takes a joined text
 * keeps its other properties, the emptied line is dropped (its position is no later line's number). `lines` itself
 * where `rejoin` finds nothing.
 */
export function joinRejoined<T extends { text: string }>(lines: readonly T[], rejoin: Rejoin): readonly T[] {
  const found = rejoinsOf(
    lines.map((line) => line.text),
    rejoin,
  )
  if (found.length === 0) return lines
  const joined = new Map(found.map(({ into, text }) => [into, text]))
  const emptied = new Set(found.map(({ emptied }) => emptied))
  const out: T[] = []
  lines.forEach((line, at) => {
    if (emptied.has(at)) return
    const text = joined.get(at)
    out.push(text === undefined ? line : { ...line, text })
  })
  return out
}
