/**
 * The samråd question a speech paper's head names as its own, by its letter (`Tale til samråd P, Q, R`, `til brug for
 * besvarelse af samrådsspm. M`), not one it refers to (`opfølgning på samråd B`). Read by the speech paper's head
 * (`speech-head.ts`) and by a speech paper's form (`speechFormQuestion`, `question.ts`), which reads no findings.
 */
import { REFERRING_CHARS, REFERRING_WORDS } from './head.js'
import type { Found } from './letterhead.js'
import type { Line } from './lines.js'

/**
 * A samråd question's letter named anywhere on a line: `Anledning: Samråd i Sundhedsudvalget om samrådsspørgsmål F`,
 * `til brug for besvarelse af samrådsspm. M`, and in a head the samråd by its question's letter (`Tale til samråd P,
 * Q, R den 8. februar`, `FOU Samråd A: Afghanistan`). The letter in capitals (`samrådsspørgsmål om …`, `Samråd i
 * Sundhedsudvalget` name none).
 */
export const NAMED_QUESTION = /(?<![\p{L}])[Ss]amråd(?:s(?:spørgsmål(?:ene)?|spm\.?))?\s{1,3}(\p{Lu}{1,2})(?![\p{L}\d])/u

/**
 * The head's `REFERRING_WORDS` before the name make it another samråd question — here the name is the question's
 * own words, so its committee's case may stand between (`jf. FIU alm. del - samrådsspørgsmål V`), which a case
 * reference begins with.
 */
const REFERRING_BEFORE = new RegExp(String.raw`(?:${REFERRING_WORDS})\s{0,3}(?:\p{Lu}{3}\s{1,3}alm\.?\s?del\s{0,3}[-–]?\s{0,3})?$`, 'iu')

/** Room for the committee's case between the words and the name (`FIU alm. del - `). */
const CASE_CHARS = 14

/** Characters before a name read for `REFERRING_BEFORE`: the head's, and room for the case. */
const NAME_REFERRING_CHARS = REFERRING_CHARS + CASE_CHARS

/** The first samråd question the head names as its own (not one it refers to). */
export function speechHeadQuestion(head: readonly Line[]): Found<string> | undefined {
  for (const line of head) {
    if (!line.text.includes('amråd')) continue
    const match = NAMED_QUESTION.exec(line.text)
    if (!match?.[1]) continue
    if (REFERRING_BEFORE.test(line.text.slice(Math.max(0, match.index - NAME_REFERRING_CHARS), match.index))) continue
    return { value: match[1], line }
  }
  return undefined
}
