/**
 * Roles of lines that are not running text: the ft.dk stamp, the letterhead (addressee, ministry sidebar,
 * date and J.nr. block) and the ft.dk page footer. Works on text alone; the PDF input sets roles from
 * positions first and this only fills in what positions did not decide.
 */

import type { LineRole, SourceLine } from '../tree.js'
import { BILL_CODE, BILL_CODE_PART } from '../util/bill.js'
import { COMMITTEE_CODE_PART } from '../util/committee-code.js'
import { findDate, MONTH_YEAR, parseDateLine } from '../util/dates.js'
import { GLUED_LINE_LENGTH, joinLines } from '../util/hyphenation.js'
import { anyOf, PROSE, startsOnSplitLine, WORD_BROKEN_AT_END, wrappedSentenceStart } from '../util/wrapped.js'
import { markEmailHeaders } from './email-header.js'
import { markLabelsOutOfOrder } from './margin-labels.js'
import { ANSWER_HEADING, CONVERTER_BANNER_TEXT, isHeading, SALUTATION } from './markers.js'
import { COVER_OPENING, LETTER_OPENING, opensAnswerTitle } from './openings.js'
import { markSplitPageCounters } from './page-counter.js'

/**
 * Stamp, first line: `Beskæftigelsesudvalget 2016-17`, `Beskæftigelsesudvalget 2022-23 (2. samling)`, or
 * `Folketinget 2009-10` on § 20 answers; a committee named "Udvalget for …" (`Udvalget for Udlændinge- og
 * Integrationspolitik 2010-11 (1. samling)`, `Udvalget for Landdistrikter og Øer 2011-12`) or "Det … Udvalg"
 * (`Det Politisk-Økonomiske Udvalg 2008-09`), the election committees' "Udvalget til …" (`Udvalget til Prøvelse af
 * Valgene 2022-23 (2. samling)`), "Udvalget vedrørende …" (`Udvalget vedrørende Grønlandske Forhold 2008-09`) and
 * the § 71 board's (`Tilsynet i henhold til grundlovens § 71 2022-23`) and the delegations' (`OSCEs
 * Parlamentariske Forsamling 2015-16`, `OSCEs parlamentariske Forsamling 2010-11 (1. samling)`, `Den Arktiske
 * Delegation 2019-20`, the IPU group's `Dansk Interparlamentarisk Gruppes bestyrelse 2009-10`).
 */
export const STAMP_COMMITTEE =
  /^(\p{Lu}[\p{L}\-, ]*udvalget|Udvalget\s+(?:for|til|vedrørende)(?:\s[\p{L}\-,]+){1,8}|Det(?:\s[\p{L}\-,]+){1,4}\sUdvalg|Tilsynet\s+i\s+henhold\s+til\s+grundlovens\s+§\s?71|\p{Lu}[\p{L}'’]{1,20}\s+[Pp]arlamentariske\s+Forsamling|Den\s+\p{Lu}[\p{L}-]{2,30}\s+Delegation|Dansk\s+Interparlamentarisk\s+Gruppes?(?:\s+bestyrelse)?|Det\s+Udenrigspolitiske\s+Nævn|Folketinget)\s+(\d{4})-(\d{2})(?:\s*\((\d)\.\s*samling\))?/u

/** A stamp's case line: `EUU Alm.del Bilag 739`, `OSCE Alm.del Bilag 14`, `BEU Alm.del Spørgsmål 12`. */
const STAMP_CASE_LINE = /^\p{Lu}{2,5}\s{1,3}Alm\.?\s?del\s{1,3}(?:Bilag|Spørgsmål|Svar)\s{1,3}\d{1,4}$/u

/** Stamp, last line. */
export const STAMP_PUBLIC = /^Offentligt$/u

/** The page image name in ft.dk's HTML renditions: `2442061_0001.png`. */
export const PAGE_IMAGE = /^\d+_\d{4}\.png$/u

/**
 * The link to the PDF on webarkiv.ft.dk's pages of 2002-05, kept as a line of the text: `PDF udgave (153 KB)`. The
 * Folketing's page, not the letter: set aside as the page image is.
 */
export const PDF_LINK_TEXT = String.raw`PDF[\s-]udgave\s\(\d{1,5}\s?[KM]B\)`

/** `PDF_LINK_TEXT` as a whole line. */
const PDF_LINK = new RegExp(`^${PDF_LINK_TEXT}$`, 'u')

/**
 * ft.dk's footer on each page: `L 85 - 2019-20 - Endeligt svar på spørgsmål 11: …`, `BEU, Alm.del - 2020-21 - Bilag
 * 446: …`, a case document's, its committee first or not: `FIU, Aktstk. 172 - 2024-25 - Endeligt svar på spørgsmål
 * 1: …`, `EUU, KOM (2013) 0173 - 2013-14 - Svar på Spørgsmål 4: …`, a split bill's part in lower case glued to its
 * number as ft.dk writes it there (`L 30a - 2020-21 - …`).
 */
export const FTDK_FOOTER = new RegExp(
  String.raw`^(?:${COMMITTEE_CODE_PART},?\s+Alm\.?\s*del|${BILL_CODE_PART}|${BILL_CODE}[a-c]|(?:[A-ZÆØÅ]{2,4},?\s+)?(?:Aktstk\.\s?\d{1,4}|KOM\s?\(\d{4}\)\s?\d{1,4}))\s+-\s+(\d{4})-(\d{2})(?:\s*\(\d\.\s*samling\))?\s+-\s+`,
  'u',
)

/**
 * eu.dk's footer on each page of a case document's papers, with no session and the code in lower case: `kom (2017)
 * 0461 - Endeligt svar på spørgsmål 2: MFU spm. om …`, `kom (2016) 0597 - Bilag 3: …`. Not the stamp's own `KOM
 * (2017) 0461` (no title after a dash).
 */
export const EUDK_FOOTER =
  /^kom\s?\(\d{4}\)\s?\d{3,4}\s+-\s+(?:Bilag\s+\d{1,4}|(?:(?:Endeligt|Foreløbigt)\s+)?[Ss]var\s+på\s+[Ss]pørgsmål\s+\d{1,5})\s*:/u

/** ft.dk's running line (`FTDK_FOOTER`) or eu.dk's, which has no session (`EUDK_FOOTER`). */
export function isRunningFooter(text: string): boolean {
  return FTDK_FOOTER.test(text) || EUDK_FOOTER.test(text)
}

/** `Side 1/3`, `Side 2 af 3`, `1/1`, `- 2 -` */
export const PAGE_NUMBER = /^(?:Side\s+\d+\s*(?:\/|af)\s*\d+|\d+\s*\/\s*\d+|-?\s*\d{1,3}\s*-?)$/u

/**
 * `Side 2/3`, `Side 2 af 3`: a page footer wherever it stands, also between two pages' text in a text rendition
 * (the bare forms `2/3`, `- 2 -` are footers only on the last line: inside the text they may be a cell or a ratio).
 */
const PAGE_OF = /^Side\s+\d+\s*(?:\/|af)\s*\d+$/iu

/**
 * `J.nr. 2016-621`, `J.nr.`, `Sagsnr. 2015 - 3596`, `Vores sag`, `Doknr.`, `Ref.-nr.`, `18. december 2008J.nr. 2008-0006659`;
 * `J nr. 2014 - 1819` without the J's stop only opening its line (the climate and energy ministry's letters); `Sag:`
 * before a number (`26. august 2011Sag:201102717`, an agency's note; not `Sag: Høring over …`).
 */
export const CASE_LABEL =
  /(?:^|\d{4}|^\p{Lu}\p{Ll}+ministeriet)\s*(?:J\.\s?nr\.?|(?<=^\s*)J\s?nr\.?|Sagsnr\.?|Sags\.?\s?nr\.?|Sagsnummer|Sag\s+nr\.?|Vores\s+sag|Vores\s+ref\.?|Doknr\.?|Dok\.\s?nr\.?|Ref\.-?\s?nr\.?|Journalnummer|Journal\s?nr\.?|Jour\.\s?nr\.?|Sag(?=:\s?\d))(?:\s|:|$|(?<=\.)(?=\d))/u

/**
 * The letterhead's field labels glued into one line, the date's first (Justitsministeriet's `Dato:Kontor:Sagsnr.:Dok.:`,
 * `DatoJ. nr.`): their values are glued on the next line.
 */
const GLUED_FIELD_LABELS = /^Dato(?::\s?|\s)?(?:(?:Kontor|Sagsbeh\.?|Sagsnr\.?|J\.\s?nr\.?|Dok\.(?:\s?nr\.?|id)?)(?::\s?|\s)?){1,5}$/u

/**
 * A web address alone on its line, as a letterhead gives its domain; not one ending a sentence with its full stop (`…
 * findes på hjemmesiden` / `www.eurlex.eu.`), nor a page's (`www.infomigrants.net/en/post/22235/`: a sentence cites a
 * page).
 */
const WEB_ADDRESS_LINE = /^www\.[^\s/]+\/?(?<!\.)$/u

/** Other letterhead lines: addresses, phone, e-mail, web, CVR, EAN. */
const LETTERHEAD_LINE = [
  /^(?:T|Tlf\.?|Telefon|F|Fax)\.?\s*(?::\s*)?\+?(?=\d)[\d ]{8,}$/u,
  /^E\s+[^\s@]+@\S+$/u,
  /^[^\s@]+@\S+\.\w+$/u,
  /^(?:E\s+)?\[email[\s\u00a0]protected\]$/u, // the corpus's stand-in for an e-mail address
  WEB_ADDRESS_LINE,
  // a CVR or EAN number, or its label alone (its value on the next line; `CVR-n`, cut where the stored text ends); not
  // a sentence that opens with the word (`CVR-nummer beliggende i Randers?`, a question's line a narrow column wrapped)
  /^(?:CVR|EAN)\b(?:.*\d|[-\s.:]*\p{Ll}{0,6}\.?:?$)/u,
  // a document id's label, alone or with its value (`Akt-id`, `Akt-id 1481195`: Udlændinge- og Integrationsministeriet's)
  /^(?:Akt|AKT)-?(?:id|ID)\b/u,
  // a journal or case number after an office's letters (`LEA/ J.nr. 2010-344`, `EUK, j.nr. 400.A.5-0-0`, `EUP j.nr. …`,
  // `EUKOOR, sagsnr.: 25/01614`: Udenrigsministeriet's notes)
  /^\p{Lu}{2,6}(?:,|\s?\/)?\s(?:[Jj]\.\s?nr\.?|[Ss]agsnr\.)\s?:?\s?\d/u,
  // 1240 København K; not a region's statistics code before its name (`1084 Region Hovedstaden`: a table's row label)
  /^\d{4}\s+(?!Region\s)\p{Lu}[\p{L} ]+(?:\s[KVCNSØ])?$/u,
  /^Christiansborg$/u,
  /^(?:Dato|Date)\s*:?$/u,
  /^(?:Til|Dato)\s*:$/u,
  /^:$/u,
  GLUED_FIELD_LABELS,
]

/** `LETTERHEAD_LINE` as one pattern: each line is tried once, not once per pattern. */
const ANY_LETTERHEAD_LINE = anyOf(...LETTERHEAD_LINE)

/**
 * Whether `CASE_LABEL` may match: each of its labels holds `nr`, `nummer`, `Vores` or `Sag:`. The pattern may start after
 * any year in the line, so it is tried at every place; most lines fail this literal search first.
 */
function mayHoldCaseLabel(text: string): boolean {
  return text.includes('nr') || text.includes('nummer') || text.includes('Vores') || text.includes('Sag:')
}

/**
 * A PDF converter's banner alone on its line, where one page ends (`PDF to HTML - Convert PDF files to HTML files`,
 * ft.dk's renditions of 2007–09), perhaps with the page's number: the page's furniture, no line of the letter.
 */
const CONVERTER_BANNER_LINE = new RegExp(String.raw`^(?:\d{1,3}\s)?${CONVERTER_BANNER_TEXT}(?:\s\d{1,3}(?:\/\d{1,3})?)?$`, 'u')

function classify(text: string): LineRole | undefined {
  if (isRunningFooter(text) || PAGE_OF.test(text)) return 'page-footer'
  if (text.includes('PDF to HTML') && CONVERTER_BANNER_LINE.test(text)) return 'page-footer'
  if (PAGE_IMAGE.test(text) || PDF_LINK.test(text)) return 'stamp'
  if (mayHoldCaseLabel(text) && CASE_LABEL.test(text)) return 'sidebar'
  if (ANY_LETTERHEAD_LINE.test(text)) return 'sidebar'
  return undefined
}

/**
 * Whether a line is one of a letterhead's own (an address, phone, e-mail, web, CVR or a case number's label) by its
 * text alone, wherever it stands.
 */
export function isLetterheadLine(text: string): boolean {
  return classify(text) === 'sidebar'
}

/** A date alone on a line, as the letterhead prints it: no sentence full stop after it. */
function isDateLine(text: string): boolean {
  return (parseDateLine(text) !== undefined || MONTH_YEAR.test(text)) && !/\.\s*$/u.test(text)
}

/** A month and year alone, the month's name written out or cut short: `Marts 2006`, `Aug. 2005`, `sept 2021`. */
const MONTH_CELL = /^(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{Ll}{0,6}\.?\s\d{4}$/iu

/** Lines either side of a month-and-year line searched for another. */
const MONTH_SERIES_REACH = 2

/** Lines either side searched for another month across a table's row of values (`Juli 2016` / `1.228` / `3,0 %` / …). */
const MONTH_ROW_REACH = 16

/** A table's value cell alone on a line: `1.228`, `3,0 %`, `-12,5`, `26.385*`, `-`. */
const VALUE_CELL = /^(?:[-–]?\d[\d.,]*\s?%?\*?|[-–])$/u

/**
 * Whether a month-and-year line (`Marts 2006`) is one of a table's series of months (`Feb. 2006` / `1826` / `Marts
 * 2006` / `1906`, or the months one a line): another stands within `MONTH_SERIES_REACH` lines, or with nothing but
 * value cells between (a table set one cell a line, row by row: `Juli 2016` / `1.228` / `3,0 %` / `26.385` / `August
 * 2016`). A letterhead dates its letter once.
 */
function inMonthSeries(lines: readonly SourceLine[], index: number): boolean {
  if (!MONTH_CELL.test(lines[index]?.text.trim() ?? '')) return false
  for (let at = index - MONTH_SERIES_REACH; at <= index + MONTH_SERIES_REACH; at++) {
    if (at !== index && MONTH_CELL.test(lines[at]?.text.trim() ?? '')) return true
  }
  return monthAcrossValues(lines, index, -1) || monthAcrossValues(lines, index, 1)
}

/** Whether another month-and-year line stands `step`-wise from `index` with only value cells between (`inMonthSeries`). */
function monthAcrossValues(lines: readonly SourceLine[], index: number, step: 1 | -1): boolean {
  for (let at = index + step, seen = 0; seen < MONTH_ROW_REACH; at += step, seen++) {
    const text = lines[at]?.text.trim()
    if (text === undefined) return false
    if (MONTH_CELL.test(text)) return seen > 0
    // A blank line between rows (`26.385` / `` / `August 2016`) parts no table.
    if (text !== '' && !VALUE_CELL.test(text)) return false
  }
  return false
}

/** A page's number alone on a line: `2`. */
export const PAGE_NUMBER_ALONE = /^\s*\d{1,3}\s*$/u

/** A telephone's or fax's label alone on its line, its number on a later one: `Tlf.`, `Fax`, `Telefon:`. */
const PHONE_LABEL_ALONE = /^(?:Tlf\.?|Telefon|Fax|Telefax)\s*:?$/u

/** A telephone or CVR number alone on its line: `33 92 33 50`, `3392 3350`, `+45 33 92 33 50`, `10092485`. */
const PHONE_NUMBER_ALONE = /^(?:\+45\s?)?(?:\d{2}\s\d{2}\s\d{2}\s\d{2}|\d{4}\s\d{4}|\d{8})$/u

/** Most lines of labels and numbers a telephone column runs to. */
const MAX_PHONE_COLUMN = 8

/**
 * Telephone labels alone and the numbers after them, a run of such lines opened by a label and holding a number, as
 * the side column's (`sidebar`). Mutates `lines`.
 */
function markPhoneColumns(lines: SourceLine[]): void {
  for (let at = 0; at < lines.length; at++) {
    const first = lines[at] as SourceLine
    if (first.role || !PHONE_LABEL_ALONE.test(first.text.trim())) continue
    let end = at + 1
    let numbers = 0
    while (end < lines.length && end - at < MAX_PHONE_COLUMN) {
      const text = (lines[end] as SourceLine).text.trim()
      if (PHONE_NUMBER_ALONE.test(text)) numbers++
      else if (!PHONE_LABEL_ALONE.test(text)) break
      end++
    }
    if (numbers === 0) continue
    for (const line of lines.slice(at, end)) line.role ??= 'sidebar'
    at = end - 1
  }
}

/** A page's number alone on a line, or with the count of pages: `2`, `2/3`. */
const NEXT_PAGE_NUMBER = /^\s*\d{1,3}(?:\s?\/\s?\d{1,3})?\s*$/u

/** A case-number label alone on its line, its value on the next: `J.nr.`, `Sagsnr.:`, `Ref.-nr.`. */
const CASE_LABEL_ALONE = /^(?:J\.\s?nr\.?|Sagsnr\.?|Doknr\.?|Ref\.-?\s?nr\.?|Vores\s+sag|Journal\s?nr\.?|Journalnummer)\s*:?$/u

/** A line that opens with a question's numbered heading: `Spørgsmål nr. 73:`, `Spørgsmål 5: Vil …`, `Spm. nr. 12:`. */
const HEADING_OPENS = /^\s*(?:Samrådsspørgsmål|Spørgsmål|Spm\.)(?:\s?nr\.)?\s?[\dA-ZÆØÅ]{1,5}\s?:/u

/**
 * A ministry's name alone on a line, as a letterhead prints it under or over its date: `Beskæftigelsesministeriet`,
 * `Ministeriet for Børn, Undervisning og Ligestilling`, `Forskningsministeriet` (a name's second line), `Indenrigs- og
 * Sundhedsministeriet`, `Udlændinge-, Integrations- og Boligministeriet` (the first words ending in their hyphen).
 */
const MINISTRY_NAME_LINE =
  /^(?:(?:\p{Lu}\p{L}{1,30}-,?\s){1,3}og\s)?(?:\p{Lu}[\p{L}-]{0,40}ministeriet|Ministeriet\sfor\s[\p{L}, -]{3,80})$/u

/** The first line of a ministry's name broken over two: `Uddannelses- og`, `Udlændinge-, Integrations- og`. */
const BROKEN_NAME_LINE = /^\p{Lu}[\p{L}, -]{0,40}(?:-|\sog)$/u

/**
 * The lines from `index` on that open the letterhead's name block, if they do: the ministry's name, alone or broken
 * over two lines (`Uddannelses- og` / `Forskningsministeriet`), or a line of the letterhead's own form (`J.nr. …`).
 */
function letterheadNameLines(lines: readonly SourceLine[], index: number): SourceLine[] | undefined {
  const line = lines[index]
  if (!line) return undefined
  const text = line.text.trim()
  if (MINISTRY_NAME_LINE.test(text) || classify(text) === 'sidebar') return [line]
  const next = lines[index + 1]
  return next && BROKEN_NAME_LINE.test(text) && MINISTRY_NAME_LINE.test(next.text.trim()) ? [line, next] : undefined
}

/** A field's label alone on its line: one or two words and a colon (`Enhed:`, `Bilag:`, `Dok.nr.:`). */
const LABEL_ALONE = /^\p{Lu}[\p{L}.-]*(?:\s\p{L}[\p{L}.-]*)?:$/u

/**
 * Whether `text` is a label alone (`LABEL_ALONE`). Its colon is its last character (the pattern's `$` is the text's
 * end): a text that ends in none is told no label by that, before the pattern, which backtracks over its first words
 * at every line of the letter and most end in no colon.
 */
function isLabelAlone(text: string): boolean {
  return text.endsWith(':') && LABEL_ALONE.test(text)
}

/**
 * A letterhead's labels set one a line (`Dato:` / `Enhed:` / `Sagsnr.:` / `Dok.nr.:` / `Bilag:`): a label alone beside
 * one the letterhead's already is the column's too — `Bilag:` there is no annex's heading.
 */
function markLabelColumn(lines: readonly SourceLine[]): void {
  lines.forEach((line, index) => {
    // The answer's own label (`Svar:`) is none of the letterhead's, beside whatever label.
    if (line.role || !isLabelAlone(line.text.trim()) || ANSWER_HEADING.test(line.text)) return
    const beside = [lines[index - 1], lines[index + 1]]
    if (beside.some((other) => other?.role === 'sidebar' && isLabelAlone(other.text.trim()))) line.role = 'sidebar'
  })
}

/** A ministry of two or more fields named on one line: `Indenrigs- og Sundhedsministeriet`, `Social-, Bolig- og Ældreministeriet`. */
const JOINT_MINISTRY_NAME = /^\p{Lu}[\p{L}]{1,30}-(?:,\s\p{Lu}[\p{L}]{1,30}-)*\s+og\s+\p{Lu}[\p{L}]{0,30}ministeriet$/u

/** Pairs of a label and its value, one a line, that make a letterhead's column: three at least. */
const MIN_LABEL_PAIRS = 3

/** A value under its label: up to three words and 30 characters, no label or heading itself (`3.s.kt.`, `sp. 181`). */
function isPairValue(text: string): boolean {
  return text.length <= 30 && text.split(/\s+/u).length <= 3 && !isLabelAlone(text) && !isHeading(text)
}

/**
 * A letterhead's labels each over its value (`Dato:` / `17. maj 2005` / `Kontor:` / `3.s.kt.` / `J.nr.:` /
 * `2005-119-26` / `Sagsbeh.:` / `UK` / `Fil-navn:` / `sp. 181`), set after the answer by a rendition: a run of
 * `MIN_LABEL_PAIRS` pairs or more, one of them the letterhead's already (its date or case number), is the column's
 * whole, and so is the ministry's name over it.
 */
function markLabelValuePairs(lines: readonly SourceLine[]): void {
  for (let index = 0; index < lines.length; index++) {
    const pairs: SourceLine[] = []
    let at = index
    while (isLabelAlone(lines[at]?.text.trim() ?? '') && isPairValue(lines[at + 1]?.text.trim() ?? '')) {
      pairs.push(lines[at] as SourceLine, lines[at + 1] as SourceLine)
      at += 2
    }
    if (pairs.length / 2 >= MIN_LABEL_PAIRS && pairs.some((line) => line.role === 'sidebar')) {
      for (const line of pairs) line.role = 'sidebar'
      const above = lines[index - 1]
      const name = above?.text.trim() ?? ''
      if (above && !above.role && (MINISTRY_NAME_LINE.test(name) || JOINT_MINISTRY_NAME.test(name))) above.role = 'sidebar'
      index = at - 1
    }
  }
}

/** A short line a side column holds: up to four words and 40 characters, no sentence's stop but a label's. */
const COLUMN_CELL = /^(?=.{1,40}$)[^.?!]+\.?$/u

/** How many lines of a side column set in the text must read as the letterhead's (`classify`) for the run to be one. */
const MIN_COLUMN_SIGNS = 2

/**
 * A side column the rendition set inside the text after its date (`Mener ministeren …?` / `1. februar 2019` /
 * `Integrationskontor` / `Slotsholmsgade 10` / `Tel.` / `1216 København K` / `Mail` / `Web` / `6198 4000` / … /
 * `Svar:`): the short lines after a date read as the letterhead's, up to a heading or a line of text, are the
 * column's where at least `MIN_COLUMN_SIGNS` of them read as letterhead lines (an address, a contact label).
 */
function markSideColumnAfterDate(lines: readonly SourceLine[]): void {
  lines.forEach((line, index) => {
    if (line.role !== 'sidebar' || !parseDateLine(line.text)) return
    // Under a column of labels (`Dato:` / `Enhed:` / `Sagsnr.:` / `Dok.nr.:` / `18. marts 2021` / `TFCOVID` …), the
    // date is the first label's value and the short lines after it the others'.
    let labels = 0
    while (lines[index - 1 - labels]?.role === 'sidebar' && isLabelAlone(lines[index - 1 - labels]?.text.trim() ?? '')) labels++
    // A value is one word or a number (`TFCOVID`, `THK`, `2021/001416`): a name of several words after the date is
    // the signer's, unless a label asks for it (`Sagsbeh.:`), which `classify` reads on its own.
    for (let at = index + 1; labels >= MIN_COLUMN_SIGNS && at < index + labels; at++) {
      const value = lines[at]
      const text = value?.text.trim() ?? ''
      if (!value || value.role || isHeading(text) || !LABEL_VALUE.test(text)) break
      value.role = 'sidebar'
    }
    const run: SourceLine[] = []
    for (let at = index + 1; at < lines.length; at++) {
      const cell = lines[at] as SourceLine
      const text = cell.text.trim()
      // A line the letterhead's already (`[email protected]`, `www.uim.dk`) goes on with the column.
      if (cell.role !== 'sidebar' && (isHeading(text) || !COLUMN_CELL.test(text) || text.split(/\s+/u).length > 4)) break
      run.push(cell)
    }
    if (run.filter((cell) => cell.role === 'sidebar').length < MIN_COLUMN_SIGNS) return
    // The column ends at its last letterhead line and the bare numbers after it (its labels' values: `36977191`,
    // `2015 - 93`): what follows in short lines may be a table's cells the column was set in (`Syrien*` / `214`).
    let end = run.findLastIndex((cell) => cell.role === 'sidebar') + 1
    while (end < run.length && COLUMN_VALUE.test(run[end]?.text.trim() ?? '')) end++
    for (const cell of run.slice(0, end)) cell.role ??= 'sidebar'
  })
}

/** A label's value alone on its line: one word or code (`TFCOVID`, `THK`), or a number (`2021/001416`, `2019 - 2047`). */
const LABEL_VALUE = /^(?:[\p{L}\d][\p{L}\d/.-]{0,24}|\d[\d\s/.-]{0,24})$/u

/** A side column's value alone: digits with spaces, dashes, slashes or stops (`6198 4000`, `2019 - 2047`). */
const COLUMN_VALUE = /^\d[\d\s/.-]*$/u

/** A capitalised word alone on its line: a document's title (`Høringsnotat`, `Notat`, `Talepapir`), no sentence. */
const ONE_WORD_TITLE = /^\s*\p{Lu}\p{Ll}+\s*$/u

/**
 * A date that opens with `Den` in capitals (`Den 8. marts 2021`), or with the place the letter was written and a comma
 * (`Christiansborg, den 13. maj 2005`): a sentence breaking before its date writes `den` and no place before it.
 */
const LETTER_DEN = /^\s*(?:Den|\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]*)?,\s(?:den|d\.))\s+\d/u

/** Running text that goes on: the line ends without a sentence end, a colon or a label. */
export const SENTENCE_GOES_ON = /[\p{Ll},]$/u

/**
 * Running text that goes on past a case it cites, wrapped before the question's number: a word in lower case, then a
 * bill's code or an alm. del at the line's end (`… i forlængelse af finansministerens svar på L 191` / `spørgsmål 3` /
 * `oplyse, hvor mange …`). Not a case alone on its line (`L 195` / `Spørgsmål 41:` heads a question).
 */
export const CITES_CASE_AT_END = /\p{Ll}\s+(?:\p{Lu}{2,4}\s+)?(?:[LB]\s?\d{1,3}(?:\s?[A-Z])?|alm\.\s?del)$/u

/**
 * A line that ends in a word no sentence ends on: a preposition, a conjunction, an article or a possessive (`… besvarelse
 * af`, `… spørgsmål til`, `… og`, `… sin`). What the next line opens with finishes the sentence, even a heading's form
 * (`MOF alm. del -spørgsmål 312 af 20. januar 2017:`). Lower case, after a space: `Spørgsmål nr. 5 af` ends in such a
 * word too, but a heading is no line a sentence goes on from (its own tests come first).
 */
export const ENDS_ON_OPEN_WORD =
  /\s(?:af|til|om|på|i|fra|for|med|ved|under|efter|mod|og|eller|samt|at|den|det|de|en|et|sin|sit|sine|min|mit|mine)$/u

/**
 * Whether `text` (a line that reads as a heading) finishes the sentence `before` (the line above it) left open: in
 * lower case after a line that ends in a letter in lower case or a comma (`… bedes ministeren besvare følgende` /
 * `spørgsmål:`), or on a case it cites (`CITES_CASE_AT_END`); in any case after a word no sentence ends on
 * (`ENDS_ON_OPEN_WORD`). The layout's blocks and the question's reading ask it alike.
 */
export function finishesOpenSentence(before: string, text: string): boolean {
  const goesOn = SENTENCE_GOES_ON.test(before) || CITES_CASE_AT_END.test(before)
  return (/^\p{Ll}/u.test(text.trimStart()) && goesOn) || ENDS_ON_OPEN_WORD.test(before)
}

/** A dash alone on its line, as a rendition sets the dash of `alm. del – spørgsmål 170`. */
const LONE_DASH = /^[–—-]$/u

/** The shortest line before a lone dash that is read as running text the dash goes on (`… svar på BUU alm. del`). */
const RUNNING_BEFORE_DASH = 30

/**
 * The text a heading's words may finish: the line before, or, where that is a dash alone (`… jf. ministerens svar på
 * BUU alm. del` / `–` / `spørgsmål` / `170 (folketingsåret 2022-23)?`), the running text before the dash. Not a short
 * line before the dash (`Alm. del` / `–` / `spørgsmål 245:`, a heading).
 */
export function sentenceBeforeDash(previous: string, beforeDash: string | undefined): string {
  const trimmed = previous.trim()
  if (!LONE_DASH.test(trimmed) || beforeDash === undefined || beforeDash.trim().length < RUNNING_BEFORE_DASH) return previous.trimEnd()
  return beforeDash.trimEnd()
}

/**
 * Where the letter proper begins: the preamble ("… har i brev af …", "Udvalget udbeder sig …", a note's "Til brug for
 * besvarelsen af spørgsmål …" — not "besvarelse af spørgsmål om sager …", answering in general, settled across a line
 * end by the next line as in `extract/preamble.ts`),
 * a heading ("Spørgsmål nr. 128:", Folketingstidende's "Spm. nr. S 1609"), a title naming whose question it is
 * ("Retsudvalgets spørgsmål 922 af …", a joint committee's too: "Børne- og Undervisningsudvalgets spørgsmål 922 af …"),
 * a title naming the question and its asker
 * with its "svar på" left out (Udenrigsministeriet 2017: "EUU" / "–" / "alm. del spørgsmål 6 fra Kenneth Kristensen
 * Berth" / "stillet den 3. november 2017 til udenrigsministeren"), a speech head ("TALE", a draft's
 * "UDKAST TIL TALE": the samråd questions headed below it are the speech's, not its letterhead's) or a report's head
 * ("Betænkning afgivet af Udvalget for" / "Videnskab og Teknologi den 29. april 2010": its sections are its text).
 *
 * `har den` only before a date or at the line's end, as in `extract/preamble.ts`.
 *
 * A word's start is `(?<!\w)`, not `\b`: under the `iu` flags V8 (Node 20) tries a `\b` that opens an alternative
 * ~10 times slower at every place of the line; before a word character the two are the same test. So in every
 * case-insensitive Unicode pattern the text path tries on every line.
 */
export const BODY_START =
  /(?:(?<!\w)har\s+(?:i\s+brev\s+af|den(?=\s+\d|\s*$)|d\.|ifm\.|\d{1,2}\.\s?\p{L})|stillet\s+(?:mig\s+)?følgende|besvarelsen?\s+af\s+(?:§\s*20-|[A-ZÆØÅ]{2,4}-|\p{L}{2,30}udvalgs)?(?:samråds)?spørgsmål(?!\s+om\s|\s*$)|^(?:(?:\p{L}+-,?\s+){1,3}og\s+)?[\p{L}-]{0,40}udvalgets\s+spørgsmål\s+(?:nr\.?\s*)?\d|^Svar\s+på(?=\s)|^(?:samråds)?spørgsmål\b|^alm\.\s?del\s+spørgsmål\s+(?:nr\.\s*)?\d{1,4}\s+fra\s+(?!\d)|^Spm\.\s*nr\.\s*(?:S\s*)?\d|^Udvalget\s+udbeder|^I\s+et\s+kommende\s+samråd|^Hermed\s+sendes|^TALE$|^Udkast\s+til\s+tale|^Tak\s+for|^(?:tillægs)?(?:beretning|betænkning)\s+afgivet\s+af(?=\s))/iu

/**
 * A quoted sentence opening a line: `”I 2001 igangsatte Lars Løkke Rasmussen …`, `"Vil ministeren oplyse …`. A bare
 * rendition may open with the quoted question, no letterhead or heading before it; a letterhead line never opens with
 * a quote and three words of a sentence. (Case-insensitive, as the patterns it joins are.)
 */
const QUOTED_SENTENCE = /^[”“"»„]\p{L}[\p{L}\d]*,?\s[\p{L}\d]+,?\s\p{L}+,?\s/iu

/** `SALUTATION` with the flags of the patterns it joins: the letter's text opens at `Kære Hans Christian Schmidt`. */
const SALUTATION_START = new RegExp(SALUTATION.source, 'iu')

/** Where the letter proper begins, or another ministry's opening of it. */
const BODY_OR_OPENING = anyOf(BODY_START, LETTER_OPENING, QUOTED_SENTENCE, SALUTATION_START)

/** A line of running text long enough that its sentence, broken off, goes on into the next line. */
const WRAPPED_PROSE_LINE = 30

/**
 * Whether a line that opens in lower case goes on the sentence of the line before it (`… mine talepapirer til
 * samrådets` / `spørgsmål A, B, C og D.`): then its first word opens no heading or preamble, whatever it is. A
 * heading in lower case (`spørgsmål 367:` under `Alm. del`) follows a short line or one that ends its sentence.
 */
function continuesSentence(line: SourceLine, previous: SourceLine | undefined): boolean {
  return (
    previous !== undefined &&
    /^\p{Ll}/u.test(line.text) &&
    previous.text.length >= WRAPPED_PROSE_LINE &&
    SENTENCE_GOES_ON.test(previous.text)
  )
}

/** A line that opens with a quotation mark. */
const QUOTE_START = /^[”“"»„]/u

/**
 * Whether a line that opens with a quote goes on the sentence of the line before it (`… følger op på forstå-` /
 * `elsespapiret` / `”Retfærdig retning for Danmark” fra juni 2019 …`): the line before ends in a lower-case word or a
 * comma, and is a wrapped line of running text or the tail of a word the line before that broke. The quote names a
 * title inside the sentence; it opens no letter.
 */
function quoteGoesOn(lines: readonly SourceLine[], index: number): boolean {
  const line = lines[index]
  const previous = lines[index - 1]
  if (!line || !previous || !QUOTE_START.test(line.text) || !SENTENCE_GOES_ON.test(previous.text)) return false
  return previous.text.length >= WRAPPED_PROSE_LINE || WORD_BROKEN_AT_END.test(lines[index - 2]?.text ?? '')
}

/** How ft.dk's footer names the question after its number: `Spm. om …`, `Spm., om …`. */
const FOOTER_TITLE_START = /^Spm\.,?\s/u

/** How many lines ft.dk's footer may wrap onto (its title of the question runs long). */
const FOOTER_WRAPS = 2

/**
 * How many lines ft.dk's footer may wrap onto where its wraps end as its title does, with the minister asked (`…,
 * til skatteministeren`, `… til ministeren for udviklingssamarbejde`): a long title in a narrow column (a title of
 * 300 characters takes six lines of 50).
 */
export const FOOTER_WRAPS_TO_TITLE_END = 10

/**
 * The end of ft.dk's title of the question in its running line, which names the minister asked (read by
 * `extract/running-title.ts`; the footer's wraps are read up to it): `, til skatteministeren`, `, til udlændinge- og
 * integrationsministeren`, `, til ministeren for udviklingssamarbejde` (up to six words after "for"), the comma
 * sometimes left out (`… statens fyringsrunder til skatteministeren`), a copy to another minister after it
 * (`…, til sundhedsministeren, kopi til udenrigsministeren`: the first is the one asked). Not `…, til september 2023`
 * (no minister).
 */
export const FOOTER_TITLE_TO_MINISTER =
  /(?:,\s+|\s)til\s+((?:\p{Ll}+-,?\s+(?:og\s+)?)*\p{Ll}*ministeren(?:\s+for\s+\p{Ll}[\p{L}-]*(?:,?\s+(?:og\s+)?\p{Ll}[\p{L}-]*){0,5})?)(?:,?\s+(?:og\s+)?(?:med\s+)?kopi\s+til\s+(?:\p{Ll}+-,?\s+(?:og\s+)?)*\p{Ll}*ministeren)?\s*$/u

/**
 * Where the letter's first sentence begins, found at line `at` by its phrase (`wrappedSentenceStart`): the walk back
 * stops at a line that reads as the letterhead's (`classify`). -1 stays -1.
 */
function sentenceStart(lines: readonly SourceLine[], at: number): number {
  return wrappedSentenceStart(lines, at, (line) => classify(line.text) !== undefined)
}

/**
 * A line of running text as a letter's paragraph sets it: long, prose, no letterhead's line (whose lines run to ~35
 * characters: `Udlændinge-, Integrations- og`, `Frederiksholms Kanal 27 F`); a narrow column's lines are ~45.
 */
const RUNNING_LINE = 40

/** Whether a line is running text: long, three lower-case words in a row, not of a letterhead line's form. */
function isRunningLine(line: SourceLine | undefined): boolean {
  return line !== undefined && !line.role && line.text.length >= RUNNING_LINE && PROSE.test(line.text) && classify(line.text) === undefined
}

/** A sentence's end inside or at the end of a line, after a word, not an abbreviation: `… på jernbane. Trafik-, …` (not `Spm. om`). */
const SENTENCE_STOP = /\p{Ll}{4}[.!?](?:\s|$)/u

/**
 * A statement's end, as `SENTENCE_STOP` but no question mark: running lines whose sentences are all questions are a
 * question quoted in the head (`Tekst:` / `Vil ministeren redegøre for, hvilke forbrydelser de 311` / `forsvundne … ?`),
 * not the letter's opening. A sentence may end on a year (`… hvilket blev udsat til` / `2008. Den danske regering …
 * den 12. februar 2007.`), on a quotation's close (`… forligsprojekt F21 – ”Evaluering af værnepligten”.`; not a
 * bracket's: a bill's title ends so, `… (arbejdsskadeafgiftsloven).`), or on a numbered reference to a part of the
 * paper (`… i den offentlige sektor, jf. boks 1.`).
 */
const STATEMENT_STOP =
  /(?:\p{Ll}{4}[”"»’]?|(?<![\d.])(?:19|20)\d{2}|(?<=\s(?:boks|bilag|tabel|figur|afsnit|kapitel|punkt)\s\d{1,3}))[.!](?:\s|$)/u

/** A statement opens with a capitalised word and a space (`Forslaget er …`), not a bracket's close (`Final) vil være …`). */
const STATEMENT_OPENS = /^\s*\p{Lu}[\p{Ll}-]*\s/u

/** `STATEMENT_STOP` ending the line. */
const STATEMENT_END = /\p{Ll}{4}[.!]\s*$/u

/**
 * The verbs a statement of a letter or note is made with (`er`, `har`, `sender hermed`, `fremgår`): a line with none is a
 * title, though it ends in a full stop.
 */
const FINITE_VERB =
  /\s(?:er|var|har|havde|blev|bliver|vil|kan|skal|må|bør|sender|fremsender|oversender|sendes|fremsendes|oversendes|fremgår|findes|gælder|omfatter|vedrører|indeholder)\s/u

/**
 * Whether a line's sentence goes on into the next: it ends open (a letter, a number, a comma, a hyphen, soft or
 * printed) and the next opens in lower case (`… søndag den 18. maj 2025` / `satte ca. 600 …`), or it ends on a word no
 * sentence ends on (`… 100 borgere i` / `Nuuk fokus på …`).
 */
function goesOnInto(line: SourceLine, next: SourceLine): boolean {
  const text = line.text.trimEnd()
  return (/[\p{L}\d,\u00AD-]$/u.test(text) && /^\p{Ll}/u.test(next.text.trimStart())) || ENDS_ON_OPEN_WORD.test(text)
}

/**
 * Whether running line `line` wraps into `next`: `line` is as long as a wrapped line is (or breaks a word with its
 * hyphen, `… jernbanesik-`), its sentence goes on into `next` (`goesOnInto`), and `next` has no role. `next` may hold no
 * run of small words (`satte ca. 600 borgere i Tasiilaq og ca. 100`), as a narrow column's lines may, or be short, a
 * paragraph's last line (`syninger i Østgrønland.`: the caller's to judge).
 */
function wrapsInto(line: SourceLine, next: SourceLine | undefined): boolean {
  return (
    next !== undefined &&
    !next.role &&
    (line.text.length >= WRAPPED_PROSE_LINE || WORD_BROKEN_AT_END.test(line.text)) &&
    goesOnInto(line, next) &&
    classify(next.text) === undefined
  )
}

/**
 * Where the letter begins when a paragraph of running text comes before the line its phrase was found on (a letter
 * that opens with the matter, `I forbindelse med det fælleseuropæiske samarbejde om at styrke jernbanesik-` /
 * `kerheden udarbejder …`, then sends a report named in quotes, `”Sikkerhedsrapport` / `for jernbanen 2019”, som
 * medsendes …`): running lines in a row, the first opening with a capital, each going on with the sentence of the one
 * before (`wrapsInto`), and a sentence ending among them — or an old rendition's paragraph glued into one line, its
 * sentences ended inside it. A letterhead's lines are short; a subject line (`L 47 om afgift til
 * grundvandsbeskyttelse …` over `Til udvalgets orientering …`) or a speech's title (`… talepapir til brug for samråd om
 * analysen af` / `udviklingssamarbejdet ”Reform eller Udsalg” …` / `2022`) ends no sentence. `found` stays where none
 * is found, and where nothing opened the letter (-1).
 */
function runningParagraphStart(lines: readonly SourceLine[], found: number): number {
  for (let at = 0; at < found; at++) {
    const line = lines[at] as SourceLine
    if (!/^\p{Lu}/u.test(line.text.trimStart())) continue
    if (!isRunningLine(line)) {
      // A statement wrapped at a narrow column may open with a line too short to read as running text by itself.
      if (!line.role && isStatement(line, lines[at + 1]) && classify(line.text) === undefined) return sentenceHead(lines, at)
      continue
    }
    if (line.text.length > GLUED_LINE_LENGTH && SENTENCE_STOP.test(line.text)) return sentenceHead(lines, at)
    let end = at
    while (
      end + 1 < found &&
      (wrapsInto(lines[end] as SourceLine, lines[end + 1]) || (end > at && commaGoesOn((lines[end] as SourceLine).text, lines[end + 1])))
    ) {
      // A short line ends a paragraph of two lines or more (`syninger i Østgrønland.`), not a title of one line and
      // the word it wraps (`Taleudkast til samråd K om finansiering af` / `anbringelsesområdet.`).
      // (A line a word's hyphen breaks off early, `om at styrke jernbanesik-`, goes on: it ends nothing.)
      const next = (lines[end + 1] as SourceLine).text
      // (Nor does a short line that ends on a comma before a line that goes on in lower case: `fentlige sektor,` /
      // `jf. boks 1.`.)
      const short = next.length < RUNNING_LINE && !WORD_BROKEN_AT_END.test(next) && !commaGoesOn(next, lines[end + 2])
      if (short && end === at) break
      end++
      if (short) break
    }
    if (end > at && lines.slice(at, end + 1).some((candidate) => STATEMENT_STOP.test(candidate.text))) return sentenceHead(lines, at)
    // A statement on a line of its own, or wrapped onto a short line, ending in its full stop, its verb in it (a note's
    // `Forslaget er ikke omfattet af retsforbeholdet.` between its title and its first section): the text has begun.
    // Not a title with a stop (`Taleudkast til samråd K om finansiering af` / `anbringelsesområdet.`): no verb.
    if (end === at && isStatement(line, lines[at + 1])) return sentenceHead(lines, at)
    // A run that ends no sentence holds no shorter one that does: its lines are not tried again as starts.
    at = end
  }
  return found
}

/** Whether a line ends on a comma and the line after it goes on in lower case: the sentence runs on past it. */
function commaGoesOn(text: string, after: SourceLine | undefined): boolean {
  return text.trimEnd().endsWith(',') && after !== undefined && !after.role && /^\s*\p{Ll}/u.test(after.text)
}

/**
 * Whether `line` is a statement (`STATEMENT_END`, `FINITE_VERB`) on a line of its own, or wrapped onto the short line
 * `after` that ends it.
 */
function isStatement(line: SourceLine, after: SourceLine | undefined): boolean {
  const wrapped = after !== undefined && !after.role && goesOnInto(line, after)
  if (wrapped && after.text.length >= RUNNING_LINE) return false
  const text = wrapped ? `${line.text} ${after.text}` : line.text
  return text.length >= RUNNING_LINE && STATEMENT_OPENS.test(text) && STATEMENT_END.test(text) && FINITE_VERB.test(text) && PROSE.test(text)
}

/**
 * The line where the sentence that goes on at line `at` begins: back over the lines before it whose sentence goes on
 * into the next (`goesOnInto`), of a wrapped line's length, without a role — a narrow column's run found at a line
 * opening with a capital inside its sentence (`… fokus på levevilkårene i` / `Østgrønland. De fremmødte …`) starts
 * where the sentence does (`Under demonstrationer søndag den 18. maj 2025` / `satte ca. 600 …`).
 */
function sentenceHead(lines: readonly SourceLine[], at: number): number {
  let head = at
  for (let before = lines[head - 1]; before !== undefined; before = lines[head - 1]) {
    if (before.role || before.text.length < WRAPPED_PROSE_LINE || classify(before.text) !== undefined) break
    if (!goesOnInto(before, lines[head] as SourceLine)) break
    head--
  }
  return head
}

/**
 * Whether a web address alone on its line (`WEB_ADDRESS_LINE`), which reads as a letterhead's, is cited by the
 * letter's sentence: the line of text before it ends on a word no sentence ends on (`… plejebarnet fortræd?”, fra` /
 * `www.plejefamilierne.dk` / `den 20. februar 2020 …`, a narrow column). A letterhead's web address follows its
 * address or telephone, no such word.
 */
function citedInSentence(line: SourceLine, previous: SourceLine | undefined): boolean {
  return (
    previous !== undefined && !previous.role && WEB_ADDRESS_LINE.test(line.text.trim()) && ENDS_ON_OPEN_WORD.test(previous.text.trimEnd())
  )
}

/** Assign roles to lines that have none yet. Mutates and returns `lines`. */
export function assignRoles(lines: SourceLine[]): SourceLine[] {
  // A margin's `Svar` / `Spørgsmål` read together where the answer begins: the question's label heads nothing.
  markLabelsOutOfOrder(lines)
  // An e-mail's header (`Fra:` … `Emne:` / its subject): the mail program's fields.
  markEmailHeaders(lines)
  // A cover letter's first sentence opens the letter — but not a sentence that sends something inside an answer, after
  // its heading (`Svar:` / `Vedlagt sendes notatet.`).
  const answered = lines.findIndex((line) => !line.role && ANSWER_HEADING.test(line.text))
  const opening = lines.findIndex((line, index) => {
    const next = lines[index + 1]
    const nextText = next && !next.role ? next.text : undefined
    // The cover letter's opening only where it can decide: a line without a role that opens no body (each test
    // reads the lines and changes nothing, so none need run before it is wanted).
    return (
      !line.role &&
      (startsOnSplitLine(BODY_OR_OPENING, line.text, nextText) ||
        ((answered === -1 || index < answered) && startsOnSplitLine(COVER_OPENING, line.text, nextText)) ||
        opensAnswerTitle(line.text, nextText)) &&
      !continuesSentence(line, lines[index - 1])
    )
  })
  const found = sentenceStart(lines, opening)
  const running = runningParagraphStart(lines, found)
  // A quote inside a sentence (`… følger op på forstå-` / `elsespapiret` / `”Retfærdig retning for Danmark” fra …`)
  // opens no letter: the letter begins at a paragraph of running text before it, or where nothing is found.
  const bodyStart = running === found && opening !== -1 && quoteGoesOn(lines, opening) ? -1 : running
  let stampUntil = -1
  // The stamp is the first lines: committee + year, case label, "Offentligt", page image (a page image set above it
  // is passed over).
  const first = lines.findIndex((line) => !line.role && !PAGE_IMAGE.test(line.text))
  if (first !== -1 && STAMP_COMMITTEE.test(lines[first]?.text ?? '')) {
    const publicAt = lines.findIndex((line, index) => index > first && index < first + 5 && STAMP_PUBLIC.test(line.text))
    if (publicAt !== -1) stampUntil = publicAt
    // A stamp printed without its `Offentligt` (the Europe committee's letters in English): committee and session, then
    // the case's own line.
    else if (STAMP_CASE_LINE.test(lines[first + 1]?.text ?? '')) stampUntil = first + 1
  }
  // The first line of the text (no role yet, past the stamp) that holds a date: where the letter's own date stands
  // when nothing glued one into a line above it.
  // Found when first asked (few letters ask), by the roles as they stand before the lines below get theirs.
  const roleless = lines.map((line) => !line.role)
  let firstDated: number | undefined
  const isFirstDated = (index: number) => {
    firstDated ??= lines.findIndex((line, at) => at > stampUntil && roleless[at] && findDate(line.text) !== undefined)
    return firstDated === index
  }
  lines.forEach((line, index) => {
    if (line.role) return
    if (index <= stampUntil) {
      line.role = 'stamp'
      return
    }
    const role = classify(line.text)
    if (role && !(bodyStart !== -1 && index > bodyStart && citedInSentence(line, lines[index - 1]))) {
      line.role = role
      return
    }
    if (bodyStart !== -1 && index < bodyStart) {
      line.role = 'sidebar'
      return
    }
    // A date alone inside the body is the letterhead's when it does not continue a sentence
    // ("… trådte i kraft / 1. januar 2020." is text; "Tabel 1 / 20. januar 2020 / J.nr." is the sidebar), or when the
    // ministry's name or a letterhead line follows it: a side column set inside a table under a heading cell that
    // ends in lower case (`Kommunikationsansatte, års-` / `værk` / `19. januar 2024` / `Uddannelses- og` / …).
    if (isDateLine(line.text) && !inMonthSeries(lines, index)) {
      const previous = lines[index - 1]
      // "… af 30." / "august 2021": a day the line before ends in, when this line has none of its own ("… spørgsmål 89."
      // / "8. marts 2016" is a sentence's end over the letterhead's date).
      const splitDate = previous !== undefined && /\d{1,2}\.$/u.test(previous.text) && !/^\s*\d/u.test(line.text)
      // A document's title of one word over it in its head (`Høringsnotat` / `12. september 2025`, before the letter's
      // first sentence or where none is found), or the ministry's name (`Indenrigs- og Sundhedsministeriet` / `23.
      // februar 2005`), is no sentence the date goes on; a minister's title over a date after
      // the signature (`Justitsminister` / `13. april 2023`) is not the letterhead's.
      const title =
        (bodyStart === -1 || index < bodyStart) &&
        previous !== undefined &&
        (ONE_WORD_TITLE.test(previous.text) || MINISTRY_NAME_LINE.test(previous.text.trim()))
      // The letter's first date, opening with `Den` in capitals or with its place (`Christiansborg, den …`), goes on
      // with no sentence (`EU og Internationalt` / `Den 8. marts 2021`, `Folketinget Kommunaludvalget` /
      // `Christiansborg, den 13. maj 2005`); a later one may be an enclosure's, under a covering letter whose date a
      // rendition glued.
      const afterOpenLine = previous !== undefined && !previous.role && SENTENCE_GOES_ON.test(previous.text) && !title
      const goesOn = afterOpenLine && !(LETTER_DEN.test(line.text) && isFirstDated(index))
      const name = afterOpenLine ? letterheadNameLines(lines, index + 1) : undefined
      if (!splitDate && (!goesOn || name)) line.role = 'sidebar'
      // The name under it is the letterhead's by the same token (a table's caption would otherwise run on into it).
      for (const named of splitDate ? [] : (name ?? [])) named.role ??= 'sidebar'
    }
  })
  // The letterhead's telephone column set in the text's run (`Tlf.` / `Fax` / `33 92 33 50` / `33 12 37 78`, a PDF
  // rendition of Økonomi- og Erhvervsministeriet's of 2008, between a question's heading and its text): its labels
  // alone and the numbers after them are the side column's.
  markPhoneColumns(lines)
  // A converter's banner ends a page: the next page's number alone after it (past the page's image) is the page's
  // furniture too (`PDF to HTML - Convert PDF files to HTML files` / `1419701_0002.png` / `2`, or `2/3`).
  lines.forEach((banner, index) => {
    if (banner.role !== 'page-footer' || !CONVERTER_BANNER_LINE.test(banner.text)) return
    let at = index + 1
    while (at < lines.length && PAGE_IMAGE.test(lines[at]?.text ?? '')) at++
    const number = lines[at]
    if (number && !number.role && NEXT_PAGE_NUMBER.test(number.text)) number.role = 'page-footer'
  })
  // ft.dk's footer wrapped onto lines of its own (`KIU, Alm.del - 2016-17 - Endeligt svar på spørgsmål 5: Spm.` / `om
  // oversendelse af talepapir fra samrådet …` / `folkekirken, til kirkeministeren`): the lines between the footer and
  // the next page's image are the footer's too when there are no more than FOOTER_WRAPS (FOOTER_WRAPS_TO_TITLE_END
  // where they end on the minister asked).
  lines.forEach((footer, index) => {
    if (footer.role !== 'page-footer' || !FTDK_FOOTER.test(footer.text)) return
    const after = lines.slice(index + 1, index + 2 + FOOTER_WRAPS_TO_TITLE_END)
    const image = after.findIndex((line) => PAGE_IMAGE.test(line.text))
    // At the text's end, one line that is no heading (but the title's own `Spm. om …`, which reads as one): the last
    // page's text stands above its footer.
    const tail = after[0]?.text.trim() ?? ''
    const last = after.length === 1 && (!isHeading(tail) || FOOTER_TITLE_START.test(tail)) ? after : []
    const wraps = image !== -1 ? after.slice(0, image) : last
    // More than FOOTER_WRAPS lines only where they end the title with the minister asked.
    if (wraps.length > FOOTER_WRAPS && !FOOTER_TITLE_TO_MINISTER.test(joinLines([footer.text, ...wraps.map((line) => line.text)]))) return
    // (A line above the letter's body is the letterhead's by its place alone, unless it reads as a letterhead's line.)
    const free = (line: SourceLine) => !line.role || (line.role === 'sidebar' && classify(line.text) === undefined)
    // A footer wraps onto lines no longer than a printed line: a glued rendition's whole letter after it is no wrap.
    if (wraps.every((line) => free(line) && line.text.length <= GLUED_LINE_LENGTH)) for (const line of wraps) line.role = 'page-footer'
  })
  // What a line says of the line after it, in one pass: the page's number alone right after ft.dk's running line
  // (`URU, Alm.del - 2023-24 - Endeligt svar på spørgsmål 88: …` / `2` / the next page's text) is the page's foot,
  // however the text around it runs on; a "J.nr.", "Sagsnr." or "Ref.-nr." label alone on its line has its value on the
  // next; glued labels (`Dato:Kontor:Sagsnr.:Dok.:`) have their glued values there (`16. marts 2010Strafferetskontoret…`).
  lines.forEach((line, index) => {
    const next = lines[index + 1]
    if (!next) return
    if (line.role === 'page-footer') {
      if (!next.role && PAGE_NUMBER_ALONE.test(next.text) && FTDK_FOOTER.test(line.text)) next.role = 'page-footer'
    } else if (line.role === 'sidebar') {
      if (CASE_LABEL_ALONE.test(line.text)) {
        if (/^[\d\s/.-]+$/u.test(next.text)) next.role = 'sidebar'
      } else if (!next.role && GLUED_FIELD_LABELS.test(line.text.trim()) && /^\d/u.test(next.text.trim())) next.role = 'sidebar'
    }
  })
  markLabelColumn(lines)
  markLabelValuePairs(lines)
  markSideColumnAfterDate(lines)
  // `Side` / `1/2`: the page counter split over two lines.
  markSplitPageCounters(lines)
  // A page's number alone over the page's first question heading (`2` / `Spørgsmål nr. 73:`, an annex of one
  // question a page): a number alone is no part of a letter's text.
  lines.forEach((line, index) => {
    const next = lines[index + 1]
    if (!line.role && next && PAGE_NUMBER_ALONE.test(line.text) && HEADING_OPENS.test(next.text)) line.role = 'page-footer'
  })
  // A page number alone on the last line.
  const last = lines.at(-1)
  if (last && !last.role && PAGE_NUMBER.test(last.text)) last.role = 'page-footer'
  // The stamp can also stand at the end (ft.dk's question pages put it last).
  const tail = lines.length - 1
  if (tail >= 2 && STAMP_PUBLIC.test(lines[tail]?.text ?? '')) {
    for (let index = Math.max(0, tail - 3); index <= tail; index++) {
      const line = lines[index]
      if (line && (STAMP_COMMITTEE.test(line.text) || index > tail - 2)) line.role = 'stamp'
    }
  }
  return lines
}
