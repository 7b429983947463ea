/**
 * Where a paragraph ends when the source has no blank lines: the line ends a sentence and either is clearly
 * short, or the next line's first word would have fitted on it (so the writer, not the typesetter, broke it).
 */
import { parseDateLine } from '../util/dates.js'
import { GLUED_LINE_LENGTH } from '../util/hyphenation.js'
import { TEXT_LAYOUT } from './constants.js'

/** Sentence end: `.`, `?`, `!`, `:`, a closing quote, optionally a footnote number. */
const SENTENCE_END = /[.!?:”"»“«)]\s*\d{0,2}$/u

/** Danish abbreviations that end in a full stop without ending the sentence: `dvs.`, `bl.a.`, `jf.`, `ca.` */
const ABBREVIATION_END =
  /(?:^|[\s(])(?:dvs|bl\.a|f\.eks|fx|ca|jf|pct|nr|mv|m\.v|m\.m|kr|mio|mia|inkl|ekskl|evt|vedr|iht|ift|pr|stk|hhv|mht|osv|etc|t\.o\.m|d|spm|alm|ang|bilag|vol|s)\.$/iu

/** A line that opens with a lowercase letter. */
const LOWERCASE_START = /^\p{Ll}/u

/**
 * A line that opens with a bracket closed before a full stop, comma or semicolon: the source of what the line before
 * quoted, which ends that sentence (`… 80-100 år”` / `(www.naturstyrelsen.dk/…/). Vil ministeren …`, `… ”Danmark i
 * balance”` / `(Regeringen, 2019), og …`). A paragraph of its own in brackets keeps its stop inside (`(Se bilag 1.)`).
 */
const SOURCE_IN_BRACKETS = /^\([^()]{1,200}\)[.,;]/u

/** One to four words, the first capitalised, letters only and no stop: a section's title. */
const TITLE_WORDS = String.raw`\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}`

/** A line that is such a title (`TITLE_WORDS`). */
export const TITLE_LINE = new RegExp(`^${TITLE_WORDS}$`, 'u')

/**
 * Such a title in square brackets, as a speech paper's template sets its sections (`[Indledning]`, `[Svar på
 * spørgsmål P]`): a paragraph of its own.
 */
export const BRACKETED_TITLE = new RegExp(String.raw`^\[${TITLE_WORDS}\]$`, 'u')

/** The cheap tests before a date line's: a digit, and no more characters than a place and a date take. */
const HAS_DIGIT = /\d/u
const DATE_LINE_CHARS = 48

/** Typical width of a full line of running text, in characters. */
export function typicalWidth(texts: readonly string[]): number {
  const lengths = texts
    .map((text) => text.length)
    .filter((length) => length >= TEXT_LAYOUT.minProseLine)
    .sort((a, b) => a - b)
  if (lengths.length === 0) return 0
  return lengths[Math.floor((lengths.length - 1) * TEXT_LAYOUT.widthPercentile)] ?? 0
}

/**
 * A quotation's opening mark, then one to three words and a colon at the line's end: the lead of a quoted headline
 * (`”Laurbjerg:`, `»Ekspert:`, `”Ny rapport:`), whose rest follows on the next line.
 */
const QUOTED_HEADLINE_LEAD = /(?:^|\s)[”“"»„]\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,2}:$/u

/** Whether a line ends a sentence: a full stop, question mark, colon or closing quote, not an abbreviation. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text) && !ABBREVIATION_END.test(text)
}

/**
 * Whether a line goes on with the sentence before it, whatever that line ended with: a sentence does not open in lower
 * case (`… udtalelsen fra` / `Kim Christiansen (DF)` / `i Politiken …`, `… den 26.` / `oktober 2014?`), nor with the
 * source of a quote in brackets that the sentence ends with.
 */
export function goesOn(next: string): boolean {
  return LOWERCASE_START.test(next) || (next.startsWith('(') && SOURCE_IN_BRACKETS.test(next))
}

/**
 * Whether a line ends a sentence, the next line (if any) not going on with it (`goesOn`) — the test of a paragraph's
 * end that the text and PDF layouts share before each weighs the line's width. A headline's lead quoted before its
 * colon, the headline going on on the next line, ends none: `… af artiklen` / `”Laurbjerg:` / `Sænkning af
 * jernbanespor undersøges” på …`.
 */
export function sentenceEnds(text: string, next: string | undefined): boolean {
  if (!endsSentence(text)) return false
  if (text.endsWith(':') && QUOTED_HEADLINE_LEAD.test(text)) return false
  return next === undefined || !goesOn(next)
}

/**
 * Whether `text` ends its paragraph, given the column width and the next line's text (and the one after it, which
 * tells a title's line from a wrapped sentence's: `afterNext`).
 */
export function endsByWidth(text: string, next: string | undefined, width: number, afterNext?: string): boolean {
  if (width <= 0 || !sentenceEnds(text, next)) return false
  if (text.length < width * TEXT_LAYOUT.shortLineRatio) return true
  // A line longer than any printed line (`GLUED_LINE_LENGTH`) was never wrapped: a rendition that sets each paragraph
  // on one line, where most lines are as long and the width tells nothing.
  if (text.length > GLUED_LINE_LENGTH) return true
  // A date alone on the next line is the letter's date set below the answer's last sentence (`… spørgsmål 5.` /
  // `10-11-2016` / `Med venlig hilsen`), never that sentence's next line, however full the line.
  if (next !== undefined && next.length <= DATE_LINE_CHARS && HAS_DIGIT.test(next) && parseDateLine(next) !== undefined) return true
  // A short title of one to four words after a sentence's stop, no stop of its own, a capitalised line after it: a
  // section's heading (`… nødvendigt?` / `Indledning` / `Tak for …`), which a sentence's wrapped line never is (`…
  // finansieret.` / `Omkostningerne bedes` / `udspecificeres.`). Not after a colon: a list it announces goes on.
  if (
    next !== undefined &&
    afterNext !== undefined &&
    /[.?!]$/u.test(text) &&
    next.length < width * TEXT_LAYOUT.shortLineRatio &&
    (TITLE_LINE.test(next) || BRACKETED_TITLE.test(next)) &&
    /^\p{Lu}/u.test(afterNext)
  )
    return true
  return next !== undefined && nextWordFits(text, next, width)
}

/** Whether the next line's first word would have fitted on `text`'s line, in a column `width` wide. */
export function nextWordFits(text: string, next: string, width: number): boolean {
  const nextWord = next.split(' ')[0] ?? ''
  return nextWord !== '' && text.length + 1 + nextWord.length < width * TEXT_LAYOUT.fitRatio
}

/**
 * A line far longer than the column is a whole glued paragraph — unless it breaks off inside a sentence that the next
 * line goes on with in lower case (pdftotext writes a quotation's first lines as one long line, the rest as printed:
 * `… hvordan - dette arbejde` / `har fundet sted, og …`).
 */
export function isGluedParagraph(text: string, width: number, next?: string): boolean {
  if (width <= 0 || text.length <= width * TEXT_LAYOUT.gluedParagraphRatio) return false
  return next === undefined || !LOWERCASE_START.test(next) || endsSentence(text)
}
