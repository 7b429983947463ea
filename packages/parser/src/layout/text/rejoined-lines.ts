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

/**
 * `lines` with every rejoin `rejoin` finds applied (asked of each line in turn, on the lines as given); `lines` itself
 * where it finds none.
 */
export function withLinesRejoined(
  lines: readonly string[],
  rejoin: (lines: readonly string[], at: number) => Rejoined | undefined,
): readonly string[] {
  let rejoined: string[] | undefined
  for (let at = 0; at < lines.length; at++) {
    const found = rejoin(lines, at)
    if (!found) continue
    rejoined ??= [...lines]
    rejoined[found.into] = found.text
    rejoined[found.emptied] = ''
  }
  return rejoined ?? lines
}

/**
 * `withLinesRejoined` for lines that carry more than their text (the PDF path's): the line that takes a joined text
 * keeps its other properties, the emptied line is dropped (its position is no later line's number). `lines` itself
 * where `rejoin` finds nothing.
 */
export function joinRejoined<T extends { text: string }>(
  lines: readonly T[],
  rejoin: (lines: readonly string[], at: number) => Rejoined | undefined,
): readonly T[] {
  const texts = lines.map((line) => line.text)
  const joined = new Map<number, string>()
  const emptied = new Set<number>()
  for (let at = 0; at < texts.length; at++) {
    const found = rejoin(texts, at)
    if (!found) continue
    joined.set(found.into, found.text)
    emptied.add(found.emptied)
  }
  if (emptied.size === 0) return lines
  const out: T[] = []
  lines.forEach((line, at) => {
    if (emptied.has(at)) return
    const text = joined.get(at)
    out.push(text === undefined ? line : { ...line, text })
  })
  return out
}
