/**
 * A cover page a rendition set on one line, its fields apart by runs of spaces (`Skatteministeriet J.nr. 2004-318 -
 * 0303 Den … Til Folketingets Skatteudvalg Hermed fremsendes svar på spørgsmål nr. 103 af 5. november 2004. (Alm.
 * del). Kristian Jensen /Birgitte Christensen`, Skatteministeriet 2004–06; Kulturministeriet's of 2004–05): the
 * sentence that sends something on, then the minister's name — the signature's finder reads the name from it
 * (`signature.ts`), and the document's type reads the sending from it where the line is taken for the letterhead
 * (`document-type.ts`).
 */

import { asWritten } from '../util/hyphenation.js'
import { PERSON_NAME } from '../util/person-name.js'
import { lastSignedInLine } from './run-on-signature.js'

/**
 * How many of a letter's first lines may be such a cover page, where the letter has no question to stand above
 * (`signature.ts`, `document-type.ts`).
 */
export const COVER_PAGE_LINES = 6

/** The sentence that sends the answer anywhere on a line: `… Skatteudvalg Hermed fremsendes svar på …`. */
export const SENDS_ANSWER = /(?:Hermed|Vedlagt)\s+(?:frem|over)?sendes\s/u

/**
 * The minister's name after the cover sentence's full stop, on a cover page a rendition set on one line: before the
 * letterhead's case number (`… stillet af Finansudvalget den 27. oktober 2004. Brian Mikkelsen J. NR. 2004-4511-10
 * JAH`, Kulturministeriet 2004), or last on the line, the case number set above (`… stillet af Folketingets
 * Kulturudvalg den 21. marts 2005. Brian Mikkelsen`, Kulturministeriet 2005): two to four capitalised words, then
 * `J.nr.` or the line's end (group 1: the name; `PERSON_NAME`).
 */
const SIGNED_BEFORE_CASE_FIELD = new RegExp(String.raw`[.)]\s{1,3}(${PERSON_NAME})(?:\s{1,3}J\.\s?(?:nr|NR|Nr)\.?\s|\s*$)`, 'u')

/** What may follow the official's name at a one-line cover's end: nothing, or the letterhead's case number and date. */
const COVER_LINE_END = /^\s*(?:[Jj]\.\s?(?:nr|NR)\.?\s?[\d-]+(?:\s+Dato\s?:?.{0,20})?)?$/u

/**
 * The minister's name on a cover page set on one line, after the sentence that sends the answer: before the
 * official's name at the line's end (`lastSignedInLine`; the case number and date may follow it: `Kristian Jensen
 * /Kirsten Otbo j.nr. 06-004979 Dato :`), or before the case number or the line's end (`SIGNED_BEFORE_CASE_FIELD`).
 * Undefined where the line sends nothing or no name follows.
 */
export function coverLineSigner(text: string): string | undefined {
  const sends = SENDS_ANSWER.exec(text)
  if (!sends) return undefined
  const after = text.slice(sends.index)
  const signed = lastSignedInLine(after)
  if (signed && COVER_LINE_END.test(after.slice(signed.end))) return signed.name
  const name = SIGNED_BEFORE_CASE_FIELD.exec(after)?.[1]
  return name === undefined ? undefined : asWritten(name)
}
