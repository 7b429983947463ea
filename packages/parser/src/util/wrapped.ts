/**
 * Phrases that a narrow column or a long word wrapped over two lines: `… besvarelse af` / `spørgsmål nr. 31 af`,
 * `Udvalget udbeder sig ministerens` / `besvarelse af …`.
 */
import { type FoundDate, findDate, NO_CASE_LETTER_BEFORE } from './dates.js'
import { SOFT_HYPHEN } from './hyphenation.js'

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

/** A line that ends in a lowercase letter, and one that opens with one: the two halves of a word split at a line end. */
const LOWERCASE_END = /\p{Ll}$/u
const LOWERCASE_START = /^\s*\p{Ll}/u
/** A line ending in a hyphen after a lowercase letter (`spørgs-`). */
const PRINTED_HYPHEN_END = /\p{Ll}-$/u

/**
 * `startsOnLine`, or `pattern` runs across a word the line end split, with or without its hyphen (`… besvarelse af
 * spørgs` / `mål nr. 948 …`, a soft hyphen the rendition lost; `spørgs-` / `mål`): the two lines joined with no space, where the line ends and the
 * next opens in lower case, and the match starts on `line` and reaches past its end. For the phrases that open a
 * letter, looked for line by line until found (a few lines: not every line of a document).
 */
export function startsOnSplitLine(pattern: RegExp, line: string, next: string | undefined): boolean {
  if (startsOnLine(pattern, line, next)) return true
  // The layout may have put the lost hyphen back as a soft one (`layout/lost-hyphens.ts`); a printed hyphen between
  // lowercase letters splits the word as well (`… besvarelse af spørgs-` / `mål nr. 523 …`).
  const head = line.endsWith(SOFT_HYPHEN) || PRINTED_HYPHEN_END.test(line) ? line.slice(0, -1) : line
  if (next === undefined || !LOWERCASE_END.test(head) || !LOWERCASE_START.test(next)) return false
  const match = pattern.exec(`${head}${next.trimStart()}`)
  return match !== null && match.index < head.length && match.index + match[0].length > head.length
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

/**
 * A printed letter's line of running text, in characters (A4 at 11–12 pt sets 75–95): what a span that rules count in
 * lines holds in a wide column. A narrow column (a rendition re-wrapped, a two-column page) sets the same words on
 * more lines.
 */
export const LINE_CHARS = 80

/** A word broken at a line's end by a hyphen, printed or soft: `Mes-`, `Mes\u00AD`, `… jernbanesik-`. */
export const WORD_BROKEN_AT_END = /\p{Ll}[-\u00AD]\s*$/u

/**
 * The lines from `from` that hold what `count` lines of a wide column hold: at least `count` lines (before `end`), and
 * more while the lines taken hold fewer than `count` × LINE_CHARS characters — the asker sentence over three lines at
 * 80 columns (`Spørgsmålet er stillet efter ønske fra, Lars Christian Lilleholt (V), Mikkel Den-` / …) runs over
 * five at 50. Lines longer than a printed line (a glued rendition's paragraphs) are counted as lines, as before. A span
 * ends at no word broken by a hyphen: the line that finishes the word is taken too.
 */
export function linesHolding<T extends { text: string }>(lines: readonly T[], from: number, count: number, end = lines.length): T[] {
  const span: T[] = []
  let chars = 0
  for (let at = from; at < end; at++) {
    // Not inside a word a hyphen broke at the last line's end (`… fra Morten Mes-` / `serschmidt (DF).`).
    if (span.length >= count && chars >= count * LINE_CHARS && !WORD_BROKEN_AT_END.test(span.at(-1)?.text ?? '')) break
    const line = lines[at] as T
    span.push(line)
    chars += line.text.trim().length + 1
  }
  return span
}

/**
 * A line's end that may be a date's first part, broken off at the line's end: a day's number and perhaps its month
 * (`… den 12.`, `… den 13. november`, `… d. 1. sept.`); not a bill's number (`… vedr. L8.`, as `LONG_DATE`). Bounded,
 * tried only at a line's end.
 */
const DATE_HEAD_END = new RegExp(String.raw`(?<![\d.])${NO_CASE_LETTER_BEFORE}\d{1,2}\.(?:\s{1,2}\p{L}{3,9}\.?)?$`, 'u')

/** How much of the next line a date broken at a line end may stand on: its month and year (`september 2006`). */
const DATE_TAIL = 16

/**
 * A date that starts on a line and ends on the next, the line wrapped inside it: `… den 12.` / `september 2024`, `…
 * den 13. november` / `2023`. Its `index` is on `text`; undefined where the line does not end in a date's first part
 * or the next line does not finish it (`… side 7.` / `Det fremgår …`), nor with a year of the letters' (`LETTER_YEAR`).
 */
export function dateOverLineEnd(text: string, next: string | undefined): FoundDate | undefined {
  if (next === undefined) return undefined
  const head = DATE_HEAD_END.exec(text.trimEnd())
  if (!head) return undefined
  const date = findDate(`${head[0]} ${next.trimStart().slice(0, DATE_TAIL)}`)
  return date?.index === 0 && LETTER_YEAR.test(date.iso) ? { ...date, index: head.index } : undefined
}

/**
 * A year a letter of the Folketing's dates: 19xx or 20xx, not a postcode after a month's name (`… 24. januar` / `1448
 * København K`).
 */
const LETTER_YEAR = /^(?:19|20)\d\d-/u

/**
 * Prose: three words in a row that start in lowercase (`har i skrivelse`, `efter ønske fra`) — not an address, a
 * name, a date or a label (`Folketingets Udvalg for Fødevarer, Landbrug og Fiskeri`, `Sagsnr.: 433-41`).
 */
export const PROSE = /(?:^|\s)\p{Ll}+\s+\p{Ll}+\s+\p{Ll}/u

/** A line that opens inside a sentence: lower case, a bracket or a number (`fra …`, `(EL) den …`, `10. november …`). */
const GOES_ON_START = /^[\p{Ll}\d(]/u

/**
 * Whether a line goes on a sentence a line before it may have begun: it opens in lower case, with a bracket or a
 * number, or with an asker's party or the rest of the name before it (`opensWithNamesParty`).
 */
function goesOnFromBefore(text: string): boolean {
  return GOES_ON_START.test(text.trimStart()) || opensWithNamesParty(text)
}

/**
 * A line that ends on the sentence's verb, what it did wrapped onto the next line: `… Boligudvalget har` / `efter
 * ønske fra …`.
 */
const VERB_ENDS = /\shar$/u

/**
 * Whether `line`, which a sentence runs on from, may be where it begins: it opens with a capital and reads as prose
 * (`PROSE`), or ends on its verb (`Udlændinge-, Integrations- og Boligudvalget har` / `efter ønske fra …`, a narrow
 * column), or holds the name whose party or rest opens `next`, the line right after it (`nameBeforeParty`).
 */
export function beginsWrappedSentence(line: string, next: string | undefined): boolean {
  if (!/^\p{Lu}/u.test(line.trimStart())) return false
  return PROSE.test(line) || VERB_ENDS.test(line.trimEnd()) || (next !== undefined && nameBeforeParty(line, next))
}

/** A line that leaves its sentence open for the next: no stop, question mark or colon at its end. */
const LEFT_OPEN = /[\p{L}\d,)]$/u

/**
 * Whether `line` leaves its sentence open for `next`: no stop, question mark or colon at its end (`LEFT_OPEN`), or the
 * stop is a date's day the line end broke from its month (`… (EL) den 22.` / `oktober 2015 stillet …`,
 * `dateOverLineEnd`).
 */
function leavesSentenceOpen(line: string, next: string | undefined): boolean {
  return LEFT_OPEN.test(line.trimEnd()) || dateOverLineEnd(line, next) !== undefined
}

/** How many lines before the one its phrase stands on a wrapped sentence may begin. */
const SENTENCE_LINES_BEFORE = 2

/**
 * Where a sentence found at line `at` by its phrase begins: there, or up to SENTENCE_LINES_BEFORE lines before where a
 * narrow column wrapped it before the phrase (`Udlændinge-, Integrations- og Boligudvalget har efter ønske` / `fra
 * Johanne Schmidt-Nielsen (EL) den 10. november 2015` / `stillet følgende spørgsmål …`). Only where the line at `at`
 * goes on from one before (`goesOnFromBefore`); the lines before it must have no role, leave their sentence open
 * (`leavesSentenceOpen`) and not be what `stops` says ends the walk (the caller's letterhead line or heading); the
 * earliest that may begin a sentence (`beginsWrappedSentence`) is the start. An `at` of -1 stays -1.
 */
export function wrappedSentenceStart<T extends { text: string; role?: string | undefined }>(
  lines: readonly T[],
  at: number,
  stops: (line: T, after: T) => boolean,
): number {
  let start = at
  const text = lines[at]?.text ?? ''
  if (!goesOnFromBefore(text)) return at
  for (let index = at - 1; index >= 0 && index >= at - SENTENCE_LINES_BEFORE; index--) {
    const line = lines[index] as T
    const after = lines[index + 1] as T
    if (line.role || !leavesSentenceOpen(line.text, after.text) || stops(line, after)) break
    if (beginsWrappedSentence(line.text, index === at - 1 ? text : undefined)) start = index
  }
  return start
}

/** A party's code in brackets opening a line, the name it belongs to wrapped before it: `(V) har den 18. februar …`. */
const PARTY_OPENS = /^\(\p{Lu}{1,4}\)\s/u

/**
 * The rest of a name and its party opening a line, the name's first words wrapped before it: `Tesfaye (S) har den 9. …`
 * (one to three capitalised words, then the party's code in brackets).
 */
const NAME_REST_OPENS = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}\s\(\p{Lu}{1,4}\)\s/u

/** A line that ends in a capitalised word: a name's last (`… Christoffer Aagaard Melson`). */
const NAME_ENDS = /\s\p{Lu}[\p{Ll}-]+$/u

/**
 * Whether a line opens with a party's code (`(V) har den …`) or the rest of a name and its party (`Tesfaye (S) har den
 * …`): a sentence that a narrow column wrapped inside an asker's name or before the party may have begun on the line
 * before (`nameBeforeParty`).
 */
export function opensWithNamesParty(text: string): boolean {
  const start = text.trimStart()
  return PARTY_OPENS.test(start) || NAME_REST_OPENS.test(start)
}

/**
 * Whether `line` holds the name whose party opens the next line, `next`: `Medlem af Folketinget Christoffer Aagaard
 * Melson` / `(V) har den 18. februar 2021 stillet …`, or whose last words and party do (`… Sofie Carsten Nielsen (RV)
 * og Mattias` / `Tesfaye (S) har den 9. december 2015 stillet …`), or `line` ends with a name and party the next
 * asker after `og` goes on from (`… Sofie Carsten Nielsen (RV)` / `og Mattias Tesfaye (S) har den …`). A narrow
 * column wraps inside a name or between a name and its party; the sentence began on the name's line, though a title
 * and a name are no prose by the measure of three lowercase words.
 */
export function nameBeforeParty(line: string, next: string): boolean {
  return (
    (opensWithNamesParty(next) && NAME_ENDS.test(line.trimEnd())) ||
    (PARTY_ENDS.test(line.trimEnd()) && NEXT_ASKER_OPENS.test(next.trimStart()))
  )
}

/** A line that ends with a party's code after a name: `… Sofie Carsten Nielsen (RV)`. */
const PARTY_ENDS = /\p{L}\s\(\p{Lu}{1,4}\)$/u

/** A line that opens with the next asker of a list: `og Mattias Tesfaye (S) har den …`. */
const NEXT_ASKER_OPENS = /^og\s\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,3}\s\(\p{Lu}{1,4}\)/u
