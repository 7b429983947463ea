/**
 * Danish dates as they appear in ministry letters, to ISO 8601.
 *
 * Seen in the corpus: `17. november 2016`, `10. September 2015`, `d. 6. oktober 2020`,
 * `11-02-2021`, `2/12 2004`, `3/9-21`, `30.\naugust 2021` (split over lines), `22.november 2023`,
 * `14, november 2023` (a comma typed for the full stop), `28 . maj 2009`, `01. oktober 2015`. Also read:
 * `13 april 2022`, `1. sept. 2021`, and a place or weekday before a date line.
 */
import { readOnceByText } from './memo.js'

const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['januar', 1],
  ['februar', 2],
  ['marts', 3],
  ['april', 4],
  ['maj', 5],
  ['juni', 6],
  ['juli', 7],
  ['august', 8],
  ['september', 9],
  ['oktober', 10],
  ['november', 11],
  ['december', 12],
]

/**
 * The English names of the months whose Danish names differ (`September`, `November`, `December`, `April` and
 * `August` are the same words): letters in English on a committee's case — the Europe committee's to other
 * parliaments, a delegation's — are dated `10 June 2016`. Read in date notations only; the word tests below
 * (`isMonthName`, shortenings, misspellings) stay Danish.
 */
const ENGLISH_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['october', 10],
]

const monthNames = [...MONTHS, ...ENGLISH_MONTHS].map(([name]) => name).join('|')

/**
 * Month names as tables and letters shorten them, with or without their full stop: `jan.`, `feb.` and `febr.`
 * (`17. febr. 2010`), `mar.`, `apr.`, `jun.`, `jul.`, `aug.`, `sep.` and `sept.`, `okt.`, `nov.`, `dec.` (`maj` is
 * whole, `marts`, `juni` and `juli` are their names). Each is followed by no letter where it is used.
 */
const monthAbbreviations = 'jan|febr|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec'

/**
 * A month's name, whole or shortened with or without its full stop (`december`, `dec.`, `febr.`, `sept`): the
 * alternatives every date reader that reads month names takes; `monthNumber` reads the month off it.
 */
export const MONTH_NAME = `(?:${monthNames}|(?:${monthAbbreviations})\\.?)`

/**
 * A month's name, whole or shortened with its full stop (`december`, `dec.`): where no year follows to anchor it, a
 * shortening without its stop is as likely a word or a name (`5. Jan Hansen`).
 */
export const MONTH_NAME_STOPPED = `(?:${monthNames}|(?:${monthAbbreviations})\\.)`

/**
 * Not after a lone capital `L`, `B` or `S` (a space between or none): a bill's or a § 20 question's number, not a day
 * (`… vedr. L8.` / `November 2006`). A lookbehind for a day's number, in `LONG_DATE` and at a line's end (`wrapped.ts`).
 */
export const NO_CASE_LETTER_BEFORE = String.raw`(?<!(?<![\p{L}\d])[LBS]\s?)`

/**
 * `17. november 2016`, `1.december 2008`, `24. september2010` (the space may be lost when lines are glued), `13 april 2022` (no full
 * stop after the day), `1. sept. 2021` (a shortened month), `14, november 2023` (a comma for the full stop),
 * `28 . maj 2009` (a space before it), `7- november 2013` (a hyphen for it, then a space), `12. maj, 2023` (a comma
 * before the year, as in English). Not a bill's or a § 20 question's number, a lone capital before it, run into a date
 * on the next line: `… vedr. L8.` / `November 2006` is bill L 8 and a month.
 */
export const LONG_DATE = new RegExp(
  `(?<!\\d)${NO_CASE_LETTER_BEFORE}(\\d{1,2})(?:\\s?[.,]\\s*|-\\s+|\\s+)(${MONTH_NAME})(?!\\p{L})(?:,?\\s+|(?=\\d{4}(?!\\d)))(\\d{4})`,
  'iu',
)

/** A month's name alone, whole or shortened: `marts`, `April`, `sept.`. */
export const MONTH_WORD = new RegExp(`^${MONTH_NAME}$`, 'iu')

/**
 * `11-02-2021`, `11.02.2021`, `13/12/2018`, and with a space after each stop (`24. 2. 2012`); the year may run on
 * into the next word in a glued rendition (`brev af 24. 2. 2012følger hermed`).
 */
export const NUMERIC_DATE = /\b(\d{1,2})(?:[-./]|\.\s)(\d{1,2})(?:[-./]|\.\s)(\d{4})(?!\d)/u

/** `2/12 2004`, `3/9-21` */
export const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})[ -](\d{4}|\d{2})\b/u

/** `Maj 2005`, `Aug. 2005`: a month without a day. */
export const MONTH_YEAR = new RegExp(`^(${MONTH_NAME})\\s+(\\d{4})$`, 'iu')

export interface FoundDate {
  iso: string
  index: number
  length: number
}

/** The ISO date of a day, month and year, if that day exists (no 30 February). */
export function toIso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > days) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** A day in milliseconds. */
export const DAY_MS = 86_400_000

/** Whole days from `from` to `to` (ISO dates): `2016-10-04` to `2016-11-03` → 30. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS)
}

/** Whether `word` is a month's whole name (`august`, `September`): not a shortening, nor a word that starts like one. */
export function isMonthName(word: string): boolean {
  const lower = word.toLowerCase()
  return MONTHS.some(([name]) => name === lower)
}

/** The shortest and longest shortening of a month's name written before a full stop: `jan.`, `dec.`, `sept.`, `febr.` */
const MONTH_SHORTENING = { min: 3, max: 4 }

/** Whether `word` is a month's name shortened as before a full stop (`dec`, `sept`, `febr`): the start of a name. */
export function isMonthAbbreviation(word: string): boolean {
  if (word.length < MONTH_SHORTENING.min || word.length > MONTH_SHORTENING.max) return false
  const lower = word.toLowerCase()
  return MONTHS.some(([name]) => name.startsWith(lower))
}

/** The month a name `MONTH_NAME` matched stands for (1–12): `december`, `Dec.`, `febr` → 12, 12, 2; 0 for none. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/u, '')
  // Whole names, else the first three letters (unique among Danish month names: `sept` → `sep`).
  return (
    (MONTHS.find(([n]) => n === lower) ??
      ENGLISH_MONTHS.find(([n]) => n === lower) ??
      MONTHS.find(([n]) => n.slice(0, 3) === lower.slice(0, 3)))?.[1] ?? 0
  )
}

/** The three notations searched through a text: each match in turn, so that an impossible one is passed over. */
const LONG_DATES = new RegExp(LONG_DATE.source, 'giu')
const NUMERIC_DATES = new RegExp(NUMERIC_DATE.source, 'gu')
const SLASH_DATES = new RegExp(SLASH_DATE.source, 'gu')

function longIso(match: RegExpExecArray): string | undefined {
  return toIso(Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1]))
}

function numericIso(match: RegExpExecArray): string | undefined {
  return toIso(Number(match[3]), Number(match[2]), Number(match[1]))
}

function slashIso(match: RegExpExecArray): string | undefined {
  const rawYear = match[3] ?? ''
  return toIso(rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear), Number(match[2]), Number(match[1]))
}

/**
 * The first match of `pattern` (global) in `text` that is a real day, before `before`: a match that names no day
 * (`30.02.2020`, `45-12-2019` in a case number) is passed over for the next, not taken as the end of the search.
 */
function firstReal(
  pattern: RegExp,
  text: string,
  read: (match: RegExpExecArray) => string | undefined,
  before: number,
): FoundDate | undefined {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match && match.index < before; match = pattern.exec(text)) {
    const iso = read(match)
    if (iso) return { iso, index: match.index, length: match[0].length }
  }
  return undefined
}

/**
 * First date in `text`, whichever notation, with where it was found. A match that is no real day (`31. februar 2020`,
 * `30-02-2020`, `2/30 2004`) is passed over: a later date on the line is still found.
 */
export function findDate(text: string): FoundDate | undefined {
  let first = firstReal(LONG_DATES, text, longIso, Number.POSITIVE_INFINITY)
  first = firstReal(NUMERIC_DATES, text, numericIso, first?.index ?? Number.POSITIVE_INFINITY) ?? first
  first = firstReal(SLASH_DATES, text, slashIso, first?.index ?? Number.POSITIVE_INFINITY) ?? first
  // A month's name misspelt by a letter (`18. deember 2018`, `3. novemberr 2010`), or broken by a stray space (`24. f
  // ebruar 2017`) or a glued line end's hyphen (`11. novem-ber 2010`): only where nothing else is a date.
  first ??= firstReal(MISSPELT_DATES, text, misspeltIso, Number.POSITIVE_INFINITY)
  return first ?? (text.includes(' ') ? firstReal(SPLIT_MONTH_DATES, text, splitMonthIso, Number.POSITIVE_INFINITY) : undefined)
}

/**
 * A day, a month's name with a stray space inside it, as a letterhead set with wide letter spacing comes out of a PDF
 * (`24. f ebruar 2017`, `11. m arts 2019`, `7. j anuar 2005`), or with the hyphen of a line end an old rendition glued
 * into its line (`11. novem-ber 2010`, `8. fe-bruar 2011`), and a year: the two pieces make a month's name.
 */
const SPLIT_MONTH_DATES = /(?<!\d)(\d{1,2})\.\s?(\p{Ll}{1,8})[ -](\p{Ll}{1,8})\s(\d{4})(?!\d)/gu

function splitMonthIso(match: RegExpExecArray): string | undefined {
  const month = MONTHS.find(([name]) => name === `${match[2]}${match[3]}`)?.[1]
  return month ? toIso(Number(match[4]), month, Number(match[1])) : undefined
}

/** A day, a word in lower case and a year: a long date whose month may be misspelt (`misspeltMonth`). */
const MISSPELT_DATES = /(?<!\d)(\d{1,2})\.\s?(\p{Ll}{5,10})\s(\d{4})(?!\d)/gu

function misspeltIso(match: RegExpExecArray): string | undefined {
  const month = misspeltMonth(match[2] ?? '')
  return month ? toIso(Number(match[3]), month, Number(match[1])) : undefined
}

/**
 * The month a word of five letters or more misspells by one letter added, left out or changed, or by two neighbours
 * swapped (`deember`, `novemberr`, `februrar`, `sepetmber`), where that month is the only one so near; 0 otherwise. Month names of
 * four letters or fewer (`maj`, `juni`, `juli`) are too near each other and to words to be guessed.
 */
export function misspeltMonth(word: string): number {
  const near = MONTHS.filter(([name]) => name.length >= 5 && name !== word && withinOneEdit(name, word))
  return near.length === 1 ? (near[0]?.[1] ?? 0) : 0
}

/** Whether `a` and `b` differ by one letter at most: one added, left out or changed, or two neighbours swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
      continue
    }
    if (++edits > 1) return false
    if (a.length > b.length) i++
    else if (b.length > a.length) j++
    else {
      // Two neighbours swapped (`sepetmber`) are one slip of the hand, not two letters changed.
      const swapped = a[i] === b[j + 1] && a[i + 1] === b[j]
      i += swapped ? 2 : 1
      j += swapped ? 2 : 1
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}

/** Every date in `text`, in order, each search going on after the last; `index` is within the whole text. */
export function* findDates(text: string): Generator<FoundDate> {
  let offset = 0
  for (let date = findDate(text); date; date = findDate(text.slice(offset))) {
    const index = offset + date.index
    yield { ...date, index }
    offset = index + date.length
  }
}

/**
 * Where ministries and their agencies date letters, as a letter names the place before `den` with its comma lost
 * (`København den 13. januar 2005`, `Aarhus d. 1. maj 2010`): a closed list, since another word before `den` makes no
 * date line (`Stillet den 14. januar 2010`, `Svar den …`).
 */
const LETTER_PLACE_BEFORE_DEN =
  /^(?:København(?:\s[KVSØNC])?|Frederiksberg|Slotsholmen|Christiansborg|Aarhus|Århus|Odense|Aalborg|Ålborg|Esbjerg|Roskilde|Vejle|Viborg|Nuuk|Tórshavn|Thorshavn)\s+(?=(?:den|d\.)\s)/u

/** A date line without what a letter may put before the date: `Dato:`, a place, a weekday, `den`. */
function withoutDatePrefix(text: string): string {
  return text
    .trim()
    .replace(/^(dato|date)\s*:?\s*/iu, '')
    .replace(/^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2},\s*/u, '')
    .replace(LETTER_PLACE_BEFORE_DEN, '')
    .replace(/^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+/iu, '')
    .replace(/^(d\.|den)\s+/iu, '')
}

const HAS_DIGIT = /\d/u
const STARTS_WITH_DIGIT = /^\d/u

/**
 * The ISO date when `text` is a date and nothing else (`d. 6. oktober 2020`, `Dato: 11-02-2021`), also after the
 * place or the weekday a letter may put first (`København, den 13. april 2022`, `Onsdag den 3. maj 2021`).
 */
export function parseDateLine(text: string): string | undefined {
  // Every notation has digits; most lines asked (every line of a letter, by several finders) have none.
  if (!HAS_DIGIT.test(text)) return undefined
  return dateLine(text)
}

/** How many date lines are kept before the memo starts over: more than a letter's head holds. */
const DATE_LINES_KEPT = 512

/**
 * A day of two digits split by a space at a date line's start, a day of the month joined (`1 8.`, `3 0.`, `1 5 .` —
 * a space before its stop too; not `4 5.`).
 */
const SPLIT_DAY = /^(?:[12] \d|3 [01])(?= ?\.)/u

/**
 * A year typed with the letter o for a zero, closing a date line after its month's name (`28. juni 2o23`,
 * `1. maj 2oo5`): on a line that is a date and nothing else, the four places are the year's digits.
 */
const LETTER_O_YEAR = /(?<=\p{L}\.?,?\s{1,3})[12](?=[\doO]{3}$)(?:\d*[oO])[\doO]*$/u

/** `parseDateLine` of a line with a digit, read anew. */
function readDateLine(text: string): string | undefined {
  const trimmed = withoutDatePrefix(text).replace(/\.$/u, '')
  // Every notation starts with its day (or the ISO date's year): a line that does not start with a digit once its
  // prefix is gone holds no date at its start, and is not searched for one further in.
  if (!STARTS_WITH_DIGIT.test(trimmed)) return undefined
  // `Dato: 2022-04-13` from a case system: an ISO date only as a line of its own (in prose it could be a case number).
  const iso = /^((?:19|20)\d{2})-(\d{2})-(\d{2})$/u.exec(trimmed)
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  // A day a spaced letterhead split (`1 8. marts 2022`, kerning read as a space): its two digits are one day.
  const split = SPLIT_DAY.exec(trimmed)
  if (split) return readDateLine(`${split[0].replace(' ', '')}${trimmed.slice(split[0].length)}`)
  const typedYear = LETTER_O_YEAR.exec(trimmed)
  if (typedYear) return readDateLine(`${trimmed.slice(0, typedYear.index)}${typedYear[0].replace(/[oO]/gu, '0')}`)
  const found = findDate(trimmed)
  if (found?.index !== 0) return undefined
  const rest = trimmed.slice(found.length)
  if (found.length === trimmed.length || NEXT_LABEL.test(rest) || INITIALS_AFTER.test(rest)) return found.iso
  return undefined
}

/**
 * `readDateLine` kept by the line's text: the roles, the letterhead's date and the side column ask of the same lines,
 * and the reading is a function of the text alone.
 */
const dateLine = readOnceByText(readDateLine, DATE_LINES_KEPT)

/** A date written out with its month's name that opens a line, and what follows it on the line. */
export interface LeadingDate {
  iso: string
  rest: string
}

/**
 * The written-out date that opens `text` with whatever an old rendition glued onto it, read off its four-digit year:
 * `24. november 20112011-3899` → 2011-11-24 and `2011-3899`; `15. januar 2014Økonomistyrings-kontoret…`. Only the
 * long form (`24. november 2011`): its year has exactly four digits, so where it ends is certain; in `24-11-20112011`
 * it is not.
 */
export function leadingDate(text: string): LeadingDate | undefined {
  if (!HAS_DIGIT.test(text)) return undefined
  const trimmed = withoutDatePrefix(text)
  // The date must open what is left, with its day: not searched for further in.
  if (!STARTS_WITH_DIGIT.test(trimmed)) return undefined
  const long = LONG_DATE.exec(trimmed)
  if (long?.index !== 0) return undefined
  const iso = longIso(long)
  return iso ? { iso, rest: trimmed.slice(long[0].length) } : undefined
}

/** Another letterhead field after the date on the same line: `Dato: 13. april 2022   Sagsnr.: 2022-1234`. */
const NEXT_LABEL =
  /^\.?\s*(?:[·|•]\s*)?(?:Sags\s*nr|Sagsnummer|J\.?\s*nr|Journal\s*nr|Vores\s+ref|Deres\s+ref|Ref\.|Dok\.?\s*nr|Akt-?id)\b/iu

/** An office's or official's initials after a slash, the rest of a date line: `12. maj 2023 / AJK`. */
const INITIALS_AFTER = /^\s*\/\s*\p{Lu}{2,5}\s*$/u
