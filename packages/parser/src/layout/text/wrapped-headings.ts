/**
 * A question's heading wrapped before its case, as a narrow column sets it (`Spørgsmål nr. 7 til` / `L 154:`), put
 * back on one line.
 */
import { QUESTION_HEADING } from '../markers.js'
import { joinRejoined, type Rejoined, withLinesRejoined } from './rejoined-lines.js'

/** A heading's start cut after the word that names its case: `Spørgsmål nr. 7 til`, `Spm. nr. 12 vedr.`. */
const HEADING_CUT = /^(?:samråds)?(?:spørgsmål|spm\.)\s.{0,40}\s(?:til|ad|vedr\.|vedrørende)$/iu

/** The longest rest of a heading on the next line: a case and its colon (`L 154:`, `B 12 (alm. del):`). */
const MAX_REST = 40

/**
 * The lines with a heading wrapped before its case joined (`Spørgsmål nr. 7 til` / `L 154:` → `Spørgsmål nr. 7 til L
 * 154:`), where the two make a question's heading and the first alone does not; the second is left empty so that
 * every later line keeps its number. Other lines as they are.
 */
export function withWrappedHeadingsJoined(lines: readonly string[]): readonly string[] {
  return withLinesRejoined(lines, headingAt)
}

/** The same for the PDF path's lines (`joinRejoined`): the heading's first line takes the whole, its rest is dropped. */
export function joinWrappedHeadings<T extends { text: string }>(lines: readonly T[]): readonly T[] {
  return joinRejoined(lines, headingAt)
}

/** The heading cut at `at`, read back with its case from the next line (`withWrappedHeadingsJoined`). */
function headingAt(lines: readonly string[], at: number): Rejoined | undefined {
  const line = (lines[at] as string).trim()
  const rest = lines[at + 1]?.trim()
  if (rest === undefined || !HEADING_CUT.test(line) || rest.length > MAX_REST || !rest.endsWith(':')) return undefined
  const text = `${line} ${rest}`
  return !QUESTION_HEADING.test(line) && QUESTION_HEADING.test(text) ? { into: at, emptied: at + 1, text } : undefined
}
