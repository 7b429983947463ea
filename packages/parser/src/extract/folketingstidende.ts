/**
 * The lines of a § 20 question as Folketingstidende prints it (and webarkiv.ft.dk's pages of 2000–2007 show it):
 *
 *     Spm. nr. S 1609
 *     Til statsministeren (14/1 04) af:
 *     Søren Søndergaard (EL):
 *     »Kan statsministeren udelukke, …?«
 *     Svar (21/1 04)
 *     Statsministeren (Anders Fogh Rasmussen):
 *     Spørgsmålet kræver …
 *
 * The address and asker lines stand between the heading and the question; the speaker line between the answer's
 * heading and its text. Neither is the question's or the answer's text.
 */

import { TIDENDE_ADDRESS } from '../layout/markers.js'

export { TIDENDE_ADDRESS }

/** A member and party: a name of two to five capitalised words and the party's letters in brackets. */
export const NAME_AND_PARTY = String.raw`\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'.-]*){1,4}\s\(\p{Lu}{1,3}\)`

/** `Søren Søndergaard (EL):`, `Anne-Marie Meldgaard (S):` — the asker's line of Folketingstidende's head. */
export const TIDENDE_ASKER = new RegExp(`^${NAME_AND_PARTY}:$`, 'u')

/**
 * `Statsministeren (Anders Fogh Rasmussen):`, `Ministeren for fødevarer, landbrug og fiskeri (Hans Chr. Schmidt):` —
 * the minister's title and, in parentheses, the minister's name.
 */
export const TIDENDE_SPEAKER =
  /^(?:\p{Lu}[\p{Ll}-]*m|M)inister(?:en)?(?:\sfor\s[\p{L},\s-]{3,80})?\s\(\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){1,4}\):$/u

/** Whether a line is one of the question's head lines (address or asker). */
export function isTidendeHead(text: string): boolean {
  return TIDENDE_ADDRESS.test(text) || TIDENDE_ASKER.test(text)
}

/**
 * The bracket that closes a head line, alone on its line where a page wrapped the line before it: the party
 * (`(FRI):`) under the asker's name, the minister's name (`(Marianne Jelved):`) under the title.
 */
const HEAD_BRACKET_ALONE = /^\((?:\p{Lu}{1,3}|\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){1,4})\):$/u

/**
 * A head line wrapped before its bracket (`Kim Behnke` / `(FRI):`, `Økonomiministeren` / `(Marianne Jelved):`, eu.dk's
 * pages of 2000–01): the two as one line where they make the asker's or the speaker's line, the second left empty so
 * that every later line keeps its number. Other lines as they are.
 */
export function withHeadLinesJoined(lines: readonly string[]): readonly string[] {
  let joined: string[] | undefined
  for (let at = 1; at < lines.length; at++) {
    const bracket = (lines[at] as string).trim()
    if (!bracket.endsWith('):') || !HEAD_BRACKET_ALONE.test(bracket)) continue
    const line = `${(lines[at - 1] as string).trim()} ${bracket}`
    if (!TIDENDE_ASKER.test(line) && !TIDENDE_SPEAKER.test(line)) continue
    joined ??= [...lines]
    joined[at - 1] = line
    joined[at] = ''
  }
  return joined ?? lines
}
