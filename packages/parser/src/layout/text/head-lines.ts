/**
 * Folketingstidende's head lines (a § 20 page's asker, `Kim Behnke (FRI):`, and the minister speaking,
 * `Økonomiministeren (Marianne Jelved):`) as a page wrapped them before their brackets, put back on one line.
 */
import { TIDENDE_ASKER, TIDENDE_SPEAKER } from '../markers.js'
import { joinRejoined, type Rejoined, withLinesRejoined } from './rejoined-lines.js'

/**
 * The bracket that closes a head line, alone on its line where a page wrapped the line before it: the party
 * (`(FRI):`) under the asker's name, the minister's name (`(Marianne Jelved):`) under the title.
 */
const HEAD_BRACKET_ALONE = /^\((?:\p{Lu}{1,3}|\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){1,4})\):$/u

/**
 * A head line wrapped before its bracket (`Kim Behnke` / `(FRI):`, `Økonomiministeren` / `(Marianne Jelved):`, eu.dk's
 * pages of 2000–01), a blank line between them too where the text is double-spaced: the two as one line where they
 * make the asker's or the speaker's line, the second left empty so that every later line keeps its number. Other
 * lines as they are.
 */
export function withHeadLinesJoined(lines: readonly string[]): readonly string[] {
  return withLinesRejoined(lines, headLineAt)
}

/** The same for the PDF path's lines (`joinRejoined`): the name or title takes the whole, the bracket's line is dropped. */
export function joinHeadLines<T extends { text: string }>(lines: readonly T[]): readonly T[] {
  return joinRejoined(lines, headLineAt)
}

/** The head line whose bracket stands alone at `at`, read back onto the name or title above it (`withHeadLinesJoined`). */
function headLineAt(lines: readonly string[], at: number): Rejoined | undefined {
  const bracket = (lines[at] as string).trim()
  if (at === 0 || !bracket.endsWith('):') || !HEAD_BRACKET_ALONE.test(bracket)) return undefined
  // The line above, or the one above a blank line where the text is double-spaced.
  const above = (lines[at - 1] as string).trim() === '' && at >= 2 ? at - 2 : at - 1
  const text = `${(lines[above] as string).trim()} ${bracket}`
  return TIDENDE_ASKER.test(text) || TIDENDE_SPEAKER.test(text) ? { into: above, emptied: at, text } : undefined
}
