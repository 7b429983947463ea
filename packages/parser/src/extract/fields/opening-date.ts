/**
 * The letter's own date in its opening, where the letterhead gives none: the first date before the question that
 * opens its line or a labelled field's value (`Tid og sted: Torsdag den 21. juni 2007 kl. 10.00`), or any first date
 * where the letter has a preamble — what the session (`session.ts`) and the committee's name (`committee.ts`) are
 * dated by, and a speech paper's samråd (`dates.ts`).
 */
import { findDate } from '../../util/dates.js'
import { dateOverLineEnd } from '../../util/wrapped.js'
import type { Findings } from '../findings.js'
import { openingLines } from '../head.js'
import type { Found } from '../letterhead.js'

/**
 * What may stand before a date of the letter's own on its line: nothing, or a field's label (`Tid og sted:`, `Dato:`),
 * then perhaps the weekday (`Tid og sted: Torsdag den 21. juni 2007 kl. 10.00`).
 */
const OWN_DATE_BEFORE = /^\s*(?:[\p{L} ]{2,24}:\s*)?(?:(?:[Mm]an|[Tt]irs|[Oo]ns|[Tt]ors|[Ff]re|[Ll]ør|[Ss]øn)dag\s+)?(?:den\s+)?$/u

/** A full stop right after a date: the date ends a sentence. */
const SENTENCE_AFTER = /^\s?\./u

/** A speech paper's title, which dates its occasion: `Talepapir til brug for samrådet i Skatteudvalget den 22. februar 2006`. */
const SPEECH_TITLE_LINE = /^(?:Talepapir|Tale(?:udkast|manuskript)?|Samråd)\b/iu

/**
 * The letter's date, else the first full date (with its year) in the opening before the question (whose text may
 * date something else): `… Retsudvalg den 10. maj 2007`, also where the line wraps inside it (`… den 10. maj` / `2007`).
 */
export function openingDate(found: Findings): Found<string> | undefined {
  return found.letterDate ?? firstOpeningDate(found, false)
}

/**
 * The day a speech paper was written for, where no letterhead dates it: the first date in its opening that opens its
 * line or a labelled field's value, the weekday before it perhaps (`Torsdag 25. marts 2021, kl. 10-11, lokale 2-133`,
 * `Tid og sted: Torsdag den 21. juni 2007 kl. 10.00`), or that its title gives (`Talepapir til brug for samrådet …
 * den 22. februar 2006`) — the samråd's day, when the minister answered. Not a date inside a sentence of the opening
 * (`… samrådsspørgsmål, stillet den 26. februar 2021`: the question's).
 */
export function speechDate(found: Findings): Found<string> | undefined {
  return found.documentType === 'consultation-speech' && !found.letterDate ? firstOpeningDate(found, true) : undefined
}

/** The first date of the opening before the question (`openingDate`); with `own`, only one of the letter's own form. */
function firstOpeningDate(found: Findings, own: boolean): Found<string> | undefined {
  const questionAt = found.question?.lines[0]?.index ?? Number.POSITIVE_INFINITY
  const lines = openingLines(found.context.lines)
  for (const [at, line] of lines.entries()) {
    if (line.index >= questionAt) break
    const date = findDate(line.text) ?? dateOverLineEnd(line.text, lines[at + 1]?.text)
    // With no preamble, a date inside a sentence is one the text cites (`… DN's høringssvar af 12. august 2008 til L
    // 47`), which the letter came after (`latestCitedDate`); a date that opens its line or a labelled field's value
    // (`Tid og sted: 7. maj 2014 kl. 14.00`) is the letter's own.
    const cited = date && !OWN_DATE_BEFORE.test(line.text.slice(0, date.index)) && !SPEECH_TITLE_LINE.test(line.text)
    if (cited && (own || !found.preamble)) continue
    // A date that ends a sentence (`22. juni 2021. Herefter var der …`, a wrapped line of the speech's text) is one
    // the text cites, not the meeting's day (`Torsdag 25. marts 2021, kl. 10-11`).
    if (own && date && SENTENCE_AFTER.test(line.text.slice(date.index + date.length))) continue
    if (date) return { value: date.iso, line }
  }
  return undefined
}
