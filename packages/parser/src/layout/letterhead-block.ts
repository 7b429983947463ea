/**
 * The letterhead set inside the body: where a text rendition lets the ministry's sidebar (date, address, `Tel.`,
 * `Mail`, `CVR-nr.`, `Sagsnr.` and their values) fall between two lines of the letter — often inside a table —
 * only some of its lines are known by their form (`1216 København K`, an e-mail, `www.…`, a date). The lines
 * between them, and the values its labels still owe after them, are the letterhead's too.
 */
import type { SourceLine } from '../tree.js'

/** Most lines between two letterhead lines that are taken for the letterhead's. */
const MAX_BETWEEN = 5

/** Longest line a letterhead's line is: a ministry's name wrapped, a street and number. */
const MAX_LETTERHEAD_LINE = 40

/**
 * A sentence's end: `?`, `!`, `:`, or a full stop after a word (`følgende.`; not an abbreviation, `Tel.`), a closing
 * quotation mark or bracket after it, if any.
 */
const SENTENCE_END = /(?:\p{Ll}{4}\.|[?!:])[”"'’»)]*\s*$/u

/** A line that goes on with running text: it starts in lower case (a letterhead's line starts with a capital or a digit). */
const GOES_ON = /^\s*[\p{Ll}(–-]/u

/** Most words a letterhead's line has (`Udlændinge-, Integrations- og`); more make a sentence. */
const MAX_LETTERHEAD_WORDS = 5

/** Whether a line reads as running text or a title, not a letterhead's line. */
function isSentence(text: string): boolean {
  return SENTENCE_END.test(text) || GOES_ON.test(text) || text.trim().split(/\s+/u).length > MAX_LETTERHEAD_WORDS
}

/** A label of the letterhead's column of labels: `Tel.`, `Mail`, `Web`, `CVR-nr.`, `Sagsnr.`, `Akt-id`, `Dok.nr.` */
const LETTERHEAD_LABEL =
  /^(?:Tel\.?|Tlf\.?|Telefon|Fax|Mail|E-?mail|Web|CVR-?nr\.?|EAN-?nr\.?|Sags?\s?nr\.?|J\.\s?nr\.?|Akt-?id|Dok\.?\s?nr\.?|Journal\s?nr\.?)\s*:?$/iu

/** A value in the letterhead's column of values: a phone, CVR or case number (`7226 8400`, `2015 - 93`, `2021 – 20437`, `36977191`). */
const LETTERHEAD_VALUE = /^\+?[\d\s/.–-]{4,24}$/u

/** A value set against a label, of any form: the numbers above, an e-mail address or a web address. */
const ANY_LETTERHEAD_VALUE = /^\+?[\d\s/.–-]{4,24}$|@|^www\./iu

const isSidebar = (line: SourceLine | undefined) => line?.role === 'sidebar'

/** A page's number and count on the line after `Side` (`Side` / `1/2`, `Side` / `2 af 3`). */
const PAGE_OF_COUNT = /^\d{1,3}\s*(?:\/|af)\s*\d{1,3}$/u

/**
 * `Side` and `1/2` set on lines of their own (the letterhead's page counter, split by the rendition): the page's
 * furniture, no cell of a table beside it. Mutates `lines`.
 */
export function markSplitPageCounters(lines: SourceLine[]): void {
  lines.forEach((line, at) => {
    const next = lines[at + 1]
    if (line.role || !next || next.role || line.text.trim() !== 'Side' || !PAGE_OF_COUNT.test(next.text.trim())) return
    line.role = 'page-footer'
    next.role = 'page-footer'
  })
}

/**
 * Marks the letterhead's lines inside the body as `sidebar`: short lines that stand between two sidebar lines (at
 * most `MAX_BETWEEN`, none a sentence), then, after a block of them, labels of its form and the values its labels
 * still owe (as many value lines as it has labels without one). Mutates `lines`.
 */
export function markLetterheadBlocks(lines: SourceLine[]): void {
  for (let at = 0; at < lines.length; at++) {
    if (!isSidebar(lines[at])) continue
    let next = at + 1
    while (next < lines.length && !lines[next]?.role && next - at <= MAX_BETWEEN) next++
    const between = lines.slice(at + 1, next)
    if (
      between.length > 0 &&
      isSidebar(lines[next]) &&
      between.every((line) => line.text.length <= MAX_LETTERHEAD_LINE && !isSentence(line.text))
    ) {
      for (const line of between) line.role = 'sidebar'
    }
  }
  owedValues(lines)
}

/** A label of the letterhead no role has yet (`Akt-id` after the block): the block's, by its form. */
const isLabel = (line: SourceLine | undefined) => line !== undefined && !line.role && LETTERHEAD_LABEL.test(line.text.trim())

/**
 * After each block of sidebar lines (and the labels that follow it), the value lines its labels still owe, as many as
 * labels without a value.
 */
function owedValues(lines: SourceLine[]): void {
  let at = 0
  while (at < lines.length) {
    if (!isSidebar(lines[at])) {
      at++
      continue
    }
    let end = at
    let labels = 0
    let values = 0
    for (; end < lines.length && (isSidebar(lines[end]) || isLabel(lines[end])); end++) {
      const line = lines[end] as SourceLine
      const text = line.text.trim()
      line.role = 'sidebar'
      if (LETTERHEAD_LABEL.test(text)) labels++
      else if (labels > 0 && ANY_LETTERHEAD_VALUE.test(text)) values++
    }
    for (let owed = labels - values; owed > 0 && end < lines.length; owed--, end++) {
      const line = lines[end] as SourceLine
      if (line.role || !LETTERHEAD_VALUE.test(line.text.trim())) break
      line.role = 'sidebar'
    }
    at = end
  }
}
