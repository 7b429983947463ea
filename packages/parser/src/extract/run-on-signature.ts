/**
 * The minister's name and the official's run on after the text's last sentence on one line, as renditions that glue
 * lines (`… den 16. november 2009.Benedikte Kiær/ Mikael Lynnerup Kristensen`) or turn every line break into a space
 * (`… denne objektive finansiering. Eva Kjer Hansen /Aksel Meyer Departementet Holmens Kanal 22 …`) have it: the
 * signature's finder reads the name from it (`signature.ts`), and the answer's text ends before it (`answer.ts`).
 */

import { asWritten } from '../util/hyphenation.js'
import { matchesOf } from '../util/matches.js'
import { PERSON_NAME } from '../util/person-name.js'
import { NOT_A_PERSON } from './closing.js'

/**
 * After a sentence's end, two to four capitalised words (group 1), a `/` and the official's name — two to four words;
 * a run of spaces before the `/` (up to 160) and two after it where a rendition kept the page's gaps (`Kristian Jensen` …
 * `/  John Fuhrmann`, `Kristian Jensen /  Lise Bo Nielsen`, Skatteministeriet 2005).
 */
const SIGNED_IN_LINE = new RegExp(String.raw`(?:^|[.!?”")]\s{0,8})(${PERSON_NAME})\s{0,160}\/\s{0,2}${PERSON_NAME}`, 'gu')

/** Running text after the signature: two words in lower case in a row (not a letterhead's address or contact line). */
const PROSE_AFTER = /(?:^|\s)\p{Ll}{2,}\s\p{Ll}{2,}(?:\s|$)/u

/**
 * The last match of `SIGNED_IN_LINE` in `text`: the minister's name, where it starts and where the official's name
 * ends. Undefined where there is none.
 */
export function lastSignedInLine(text: string): { name: string; start: number; end: number } | undefined {
  // Cheap literal test before the pattern.
  if (!text.includes('/')) return undefined
  let last: RegExpExecArray | undefined
  for (const match of matchesOf(SIGNED_IN_LINE, text)) last = match
  const name = last?.[1]
  if (!last || !name) return undefined
  return { name: asWritten(name), start: last.index + last[0].indexOf(name), end: last.index + last[0].length }
}

/** The minister's name of the last such signature in `text` and where it starts; none where prose follows it. */
export function runOnSignature(text: string): { name: string; start: number } | undefined {
  const found = lastSignedInLine(text)
  if (!found || NOT_A_PERSON.test(found.name) || PROSE_AFTER.test(text.slice(found.end))) return undefined
  return { name: found.name, start: found.start }
}
