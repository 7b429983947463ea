/**
 * The letter's date and the ministry's case number, from the letterhead block:
 * `7. september 2021`, `Dato: 29-03-2020`, `18. december 2008J.nr. 2008-0006659`, `J.nr. 2021 - 5446`,
 * `Sagsnr.` / `2020 - 9776`, the two-column `Dato / J.nr. / : / : / 14. marts 2006 / 500-15`, `Maj 2005`; a column
 * of labels and then their values (`Dato: / Kontor: / Sagsbeh: / Sagsnr.: / Dok.:`, then five values), labels glued
 * into one line over values glued into the next (`DatoJ. nr.` / `24. november 20112011-3899`), and a side column
 * that a rendition set in the middle of the text.
 */
import { EMAIL_FROM, SENT_LABEL } from '../layout/email-header.js'
import { DASH_ALONE, readsAsRunningText } from '../layout/markers.js'
import { findDate, findDates, leadingDate, MONTH_WORD, MONTH_YEAR, parseDateLine } from '../util/dates.js'
import { hot } from '../util/hot-patterns.js'
import { matchesOf } from '../util/matches.js'
import { ANSWER_END, OFFICIAL } from './closing.js'
import type { Context } from './context.js'
import type { Line } from './lines.js'
import { isSideColumnLine } from './side-column.js'

/**
 * The labels of a case number: `J.nr.`, `J. nr.`, `Sagsnr.`, `Sags nr.`, `Sag/ID Nr.` (Udenrigsministeriet),
 * `Sag` alone on its line over its value (Udenrigsministeriet 2025: `Dato` / `Bilag` / `Sag` / `Enhed`, each over its value)
 * or with a colon before a value of digits only (`Sag: 14/00887-56`, Konkurrence- og Forbrugerstyrelsen; `Sag: Lovforslag
 * om …` is a subject),
 * `Eksp.nr.` (Økonomi- og Erhvervsministeriet), `Ref.-nr.` (Uddannelses- og Forskningsministeriet), `Vores ref.`,
 * `J nr.` and `Jnr.` (the stop after the J left out; then the one after "nr" is required: `Maj nr` is no label), `Jr.nr.`
 * (Miljø- og Fødevareministeriet 2016), `JOURNAL NR.:` in capitals (an official's note, 2017), `J. NR.`
 * in capitals, `j.nr.` and `sagsnr.` in lowercase after an office's letters (Udenrigsministeriet 2008: `EUP j.nr.
 * 400.A.2-10-2007`; 2025: `EUKOOR, sagsnr.: 25/01614`).
 */
const CASE_LABEL_TEXT = String.raw`[Jj]\.\s?(?:nr|NR)\.?|(?<!\p{L})J\s?nr\.|(?<!\p{L})Jr\.\s?nr\.?|[Ss]agsnr\.?|Sags\.?\s?nr\.?|(?<!\p{L})Sagnr\.|Sagsnummer|Sag\s+nr\.?|Sag\s?\/\s?ID\s?[Nn]r\.?|(?<!\p{L})Sag(?=\s*:?$|:\s{0,3}\d[\d\s/.-]*$)|Vores\s+sag|Vores\s+ref\.?|Ref\.-?\s?nr\.?|Eksp\.\s?nr\.?|Journalnummer|Journal\s?nr\.?|JOURNAL\s?NR\.?|Jour\.\s?nr\.?`

/**
 * A case-number label and what follows it on the line, wherever on the line it stands: old renditions glue the
 * letterhead's fields (`Sagsbeh: Maria LarsenSagsnr.: 2014-0032-1099Dok.:1031507`, `THA/ J.nr. 2010-962`).
 */
const CASE_NUMBER = new RegExp(String.raw`(?:${CASE_LABEL_TEXT})\s*(?::\s*)?(\S.*|)$`, 'su')

/** A case-number label alone: `Sagsnr.:`. */
const CASE_LABEL_ONLY = new RegExp(String.raw`^(?:${CASE_LABEL_TEXT})\s*:?$`, 'u')

/** A line that opens with a case-number label: `J.nr. 2023 - 1118`, `Ref.-nr.`. */
const CASE_LABEL_START = new RegExp(String.raw`^(?:${CASE_LABEL_TEXT})(?=\s|:|\d|$)`, 'u')

/**
 * A case-number label an old rendition glued onto the letterhead field before it on a line of the text: onto the
 * letter's date (`Ligestillingsafdelingen10 marts 2010J nr. 2010-0003553`, `…18. december 2008J.nr. 2008-0006659`), onto a
 * unit's name ending in lower case (`Vandplaner og havmiljøJ.nr. NST-4200-00023Den 22. oktober 2013`) or
 * after the case officer's initials and a slash (`NHD/ J.nr. 042-1672`, `GKJ / J.nr. 2009-1835`). Running text writes a space
 * before a label.
 */
const GLUED_CASE_LABEL = new RegExp(String.raw`(?:\d|\p{Lu}\s?\/\s?|\p{Ll}(?=\p{Lu}))(?:${CASE_LABEL_TEXT})`, 'u')

/**
 * A word every label of `CASE_LABEL_TEXT` holds, as written: `nr` (`J.nr.`, `Ref.-nr.`, `Eksp.nr.`), `NR`, `Sag`,
 * `Vores`, `Jour`. A line without one holds no label; the cheap test goes before `GLUED_CASE_LABEL`, which is tried at
 * every place of every line.
 */
const CASE_LABEL_WORD = /nr|NR|Sag|Vores|Jour/

/**
 * The labels of the fields a letter's side column lists and an old rendition glues into one line: `Dato`, `Kontor`,
 * `Sagsbeh.` / `Sagsbehandler`, `Dok.id`, `Dok.nr.`, `Doknr.`, and the case number's. Longer forms first, as
 * `GLUED_LABEL` takes each in turn.
 */
const FIELD_LABEL_TEXT = String.raw`Dato|Kontor|Sagsbeh(?:\.|andler)?|Fil-?navn|Dok\.?\s?id|Dok\.(?:\s?nr\.?)?|Doknr\.?|${CASE_LABEL_TEXT}`

/**
 * A line that opens with a letterhead's field label and its colon: `Enhed: Adm. pol.`, `Sagsbeh.: DEPHVJ`, `Dato: 3.
 * maj 2012`, `Sags nr.: 2012-1234` — the fields under the sender's name.
 */
export const FIELD_LABEL_OPENS = new RegExp(String.raw`^\s*(?:Enhed|Afdeling|${FIELD_LABEL_TEXT})\s?:`, 'u')

/**
 * A letterhead label alone on its line: `Tel.`, `Mail`, `CVR-nr.`, `Sags nr.`, `Akt-id`, `J.nr.:`, `Kontor:`, `Dok.:` —
 * the fields' labels and the contact's, in any case.
 */
export const LABEL_ONLY = new RegExp(
  String.raw`^(?:T|E|F|Tel\.?|Tlf\.?(?:\s?nr\.?)?|Telefon|Telefax|Fax\.?|Mail|E-?mail|Web|Post|Direkte|CVR(?:-?\s?nr\.?)?|EAN(?:-?\s?nr\.?)?|Enhed|Afdeling|Bilag|Akt-?id|Deres\s+ref\.?|${FIELD_LABEL_TEXT})\s*:?$`,
  'iu',
)

/**
 * Labels glued into one line by an old rendition: `DatoJ. nr.`, `Dato:Sagsnr.:`, `DatoDok.idJ. nr.`,
 * Justitsministeriet's `Dato:Kontor:Sagsbeh:Sagsnr.:Dok.:`. Each label is captured in turn by `GLUED_LABEL`. Unlike a
 * label alone on its line, in the case the letter writes them: their capitals are where one label ends and the next
 * begins.
 */
const GLUED_LABELS = new RegExp(String.raw`^(?:(?:${FIELD_LABEL_TEXT})\s*(?::\s*)?){2,6}$`, 'u')
const GLUED_LABEL = new RegExp(FIELD_LABEL_TEXT, 'gu')

/** Glued labels whose values are words (an office, a case officer's name): they end in a letter, not a digit. */
const WORDED_LABEL = /^(?:Kontor|Sagsbeh(?:\.|andler)?)$/u

/**
 * A year-first case number of three groups whose last group of four digits runs on into a document number of digits
 * glued after it (`2013-0035-0175785055` = Sagsnr. `2013-0035-0175`, Dok. `785055`): Justitsministeriet's and
 * others' `yyyy-nnnn-nnnn` / `yyyy-nnn-nnnn` numbers end in four digits. Groups: the case number, the document number.
 */
const CASE_THEN_DOCUMENT = /^((?:19|20)\d{2}-\d{3,4}-\d{4})(\d{4,9})$/u

/**
 * A case number: groups of digits joined by `-`, `–`, `/` or `.`, spaces allowed around the joins (`2020 - 10230`,
 * `16/18581`, `2006/4000-78`); a group may lead with a few letters (`004-u18-000049`), or stand between full stops
 * as Udenrigsministeriet's journal numbers have it (`400.C.2-0`, `5.E.61`), by a country's or an office's name too
 * (`105.Iran.6`, `400.A.Jur.11`), with a letter for a part of the case after the last (`5.D.276.a`, `500.B.14.a`,
 * to the line's end, a space or a comma); the number may lead with an office's
 * letters (`SM-2022-00123`, `MST 101-00003`, `SVANA-100-00023`, `TRM2021-1234`), with a full stop after them (`SN.
 * 201-00016`, Skov- og Naturstyrelsen 2006). Not initials alone (`Vores ref.:
 * JHA`). It ends at a space, the line's end, a glued label (`4221Dok.nr.: 163399`) or the case officer's initials
 * after a slash (`2020-1234/MH`).
 */
const CASE_VALUE =
  /^((?:\p{Lu}{1,6}\.?[- ]?)?\d[\d.]*(?:(?<=\.)(?:\p{Lu}(?:\p{Lu}{0,2}|\p{Ll}{1,20})\.)+\d[\d.]*(?:(?<=\.)\p{Ll}(?=$|\s|[,;)]))?)*(?:\s{0,3}[-–/]\s{0,3}\p{L}{0,3}\d[\d.]*)*)(?=$|\s|\p{Lu}|[,;|)]|\/\p{L})/u

/**
 * A case number with a join between its groups: `2019 - 18632`, `16/005791-05`, or a group of letters between full
 * stops (`5.D.276.a`, `105.I.80`): not a CVR or document number.
 */
const JOINED = /\d\s*[-–/]\s*\p{L}{0,3}\d|\d\.\p{Lu}\p{L}{0,20}\.\d/u

/** A case number's first group of at most four digits, joined to the next: `004-U18-1330`, `2011-3899`. */
const SHORT_FIRST_GROUP = /^\d{1,4}\s*[-–/]/u

/** Most values a column of labels is read against beyond one per label (a name wrapped over lines). */
const EXTRA_VALUES = 4

/** A line of running text, not a value in a column: five words or more. */
const PROSE = /^(?:\S+\s+){4,}\S/u

export interface Found<T> {
  value: T
  line: Line
}

/** The case number, and whether the letterhead gave others that differ (the first is taken). */
export interface FoundCaseNumber extends Found<string> {
  ambiguous: boolean
}

export function normaliseCaseNumber(raw: string): string {
  let value = raw
    .replace(/(?<!\s)\s+(?=[-–/])|(?<=[-–/])\s+/gu, '')
    .replace(/–/gu, '-')
    .replace(/\s+/gu, ' ')
  // A full stop after the number (`J.nr. 2016-621.`), taken off without a `\.+$` scan from every full stop.
  while (value.endsWith('.')) value = value.slice(0, -1)
  return value
}

/** A case-number label whose value is a dash: `J.nr. -`, `Sagsnr.: –` — the letter says it has no case number. */
const DASH_FOR_CASE = new RegExp(String.raw`(?:${CASE_LABEL_TEXT})\s{0,3}:?\s{0,3}[-–]\s{0,3}$`, 'u')

/**
 * Whether `line` says the letter has no case number: its label's value is a dash, on the line or alone on the next
 * (`J.nr. -`; `J.nr.` / `-`). Such a letter's empty `caseNumber` is no miss.
 */
export function saysNoCaseNumber(line: Line, lines: readonly Line[]): boolean {
  const text = line.text.trim()
  // Most lines end in neither a dash nor a label: the pattern, tried at every place, is not run on them.
  if (text.endsWith('-') || text.endsWith('–')) return DASH_FOR_CASE.test(text)
  const next = lines[line.index + 1]
  return CASE_LABEL_ONLY.test(text) && next !== undefined && DASH_ALONE.test(next.text.trim())
}

/** A page's number of pages, `1/2`, `Side 2/3` (not `16/18581`, a case number). */
const PAGE_OF = /^(?:Side\s+)?\d{1,2}\s*\/\s*\d{1,2}$/u

/** A postcode and its town: `1220 København K`, `DK-8000 Aarhus C` — an address's line, not a case number. */
const POSTCODE_TOWN = /^(?:DK-?\s?)?\d{4}\s\p{Lu}\p{Ll}/u

/** A Danish telephone number in pairs of digits: `41 71 27 00`, `+45 33 92 33 00` (a pattern's source). */
export const PHONE_IN_PAIRS = String.raw`(?:\+45\s?)?\d{2}(?:\s\d{2}){3}`

/**
 * A telephone number alone on its line (`PHONE_IN_PAIRS`): a letterhead's `Telefon`'s value, never a case number (its
 * first pair read as one: `41`).
 */
const PHONE_NUMBER = new RegExp(`^${PHONE_IN_PAIRS}$`, 'u')

/** A colon and space opening a value's line: the label's colon set in the column of values. */
const VALUE_COLON = /^:\s+(?=\S)/u

/**
 * The case number that opens `text`, if it is one (not a page number `1/2`, not a date, not a postcode, not a
 * telephone number).
 */
function caseValue(text: string): string | undefined {
  // A value set with its label's colon before it, in a column of values beside a column of labels without colons
  // (`Dato` / `J.nr.` / `: 15. maj 2002` / `: 128-23`, Trafikministeriet 2002).
  const trimmed = text.trim().replace(VALUE_COLON, '')
  if (
    PAGE_OF.test(trimmed) ||
    POSTCODE_TOWN.test(trimmed) ||
    PHONE_NUMBER.test(trimmed) ||
    parseDateLine(trimmed) ||
    leadingDate(trimmed)
  ) {
    return undefined
  }
  const match = CASE_VALUE.exec(trimmed)
  return match?.[1] ? normaliseCaseNumber(match[1]) : undefined
}

/** A run of digits before a day's full stop and a month: `…0913130. maj 2013` (the run, then `. m`). */
const DIGITS_BEFORE_MONTH = /(?<!\d)(\d+)[.,]\s?\p{L}/u

/** Where a case number and a date glued after it part, and whether only one split gives a day of the calendar. */
export interface GluedCaseDate {
  /** The case number, where one split is certain. */
  value?: string | undefined
  /** The letter's date, where one split is certain. */
  date?: string | undefined
  /** Two splits give a date (`…123415. maj`: the 15th, or the 5th after `…1234 1`): neither is taken. */
  unsure: boolean
}

/**
 * A case number whose last digits run on into the letter's date, as old renditions glue the letterhead:
 * `001-0913130. maj 2013` is `001-09131` and 30 May (a day `0` does not exist); `2013-123415. maj 2013` could be the
 * 15th or the 5th, so neither the number nor the date is certain. Undefined where no date is glued on.
 */
export function splitGluedCaseDate(text: string): GluedCaseDate | undefined {
  const trimmed = text.trim()
  const run = DIGITS_BEFORE_MONTH.exec(trimmed)
  if (!run?.[1] || run.index === undefined) return undefined
  // A day alone opens the text (`14. november 20132013-4323` after the label): the date came first, no number before it.
  if (run.index === 0 && run[1].length <= 2) return undefined
  const end = run.index + run[1].length
  const readings: { value: string; date: string }[] = []
  for (const width of [1, 2]) {
    if (width >= run[1].length && run.index === 0) continue
    const head = trimmed.slice(0, end - width)
    const date = leadingDate(trimmed.slice(end - width))
    const match = CASE_VALUE.exec(head)
    if (date && match?.[1] === head && /\d$/u.test(head)) readings.push({ value: normaliseCaseNumber(head), date: date.iso })
  }
  const [only, other] = readings
  if (!only) return undefined
  return other ? { unsure: true } : { ...only, unsure: false }
}

/** The lines in the order the source has them (a text layout may move a side column's lines about). */
function sourceOrder(context: Context): Line[] {
  return [...context.lines].sort((a, b) => a.line - b.line || a.index - b.index)
}

/**
 * Whether a line ends a column of values: a label, running text (not a date after its place, nor a telephone number in
 * pairs, `+45 61 98 34 10`), a page's `Side`, a
 * greeting. Under labels that each end in a colon, a label's word without one is a value's wrapped line (`Det
 * Internationale` / `Kontor` under `Kontor:`), no label.
 */
export function endsValues(line: Pick<Line, 'text'>, colons = false): boolean {
  const text = line.text.trim()
  return (
    text === '' ||
    (LABEL_ONLY.test(text) && (!colons || text.endsWith(':'))) ||
    (PROSE.test(text) && !parseDateLine(text) && !PHONE_NUMBER.test(text)) ||
    /^Side\b/u.test(text) ||
    ANSWER_END.some((end) => end.test(text))
  )
}

/** What a column of labels gives for the case-number label among them. */
interface Paired {
  /** The value taken, if one could be. */
  value?: Line | undefined
  /** The label stands in a column of two or more labels: a value on a later line is not simply the next one. */
  column: boolean
  /** The value was taken by its form, not by its place (the column's one case number with joined groups). */
  byForm?: boolean
}

/**
 * In a column of two or more labels followed by their values (`Dato: / Kontor: / Sagsbeh: / Sagsnr.: / Dok.:`,
 * then `1. april 2025 / Strafferetskontoret / Camilla / Ørskov / Christiansen / 2025-02927 / 3647172`), the value
 * at the label's place: counted from the first value when there is one value per label; else counted from the
 * first or from the last (a name wrapped over lines, a mail address dropped), where exactly one of the two reads as
 * a case number with joined groups. Where the value at the label's place has no joined groups but exactly one value
 * of the column has (a label's value left empty, or a line that is no value counted in, shifts the places: `Kontor:
 * / Sagsbeh: / Sagsnr.: / Dok.:` over `Anne Hansen / 2015-0035-0271 / 1441079 / UDKAST TIL TALE`), that one, by its
 * form.
 */
function pairedValue(ordered: readonly Line[], label: Line): Paired {
  const before = valueBeforeLabels(ordered, label)
  if (before) return { column: true, value: before }
  const paired = pairedByPlace(ordered, label)
  if (!paired.column || !paired.values) return { column: paired.column, value: paired.value }
  if (paired.value && JOINED.test(paired.value.text)) return { column: true, value: paired.value }
  const joined = paired.values.filter((value) => caseValue(value.text) !== undefined && JOINED.test(value.text))
  const [only, other] = joined
  if (only && !other && only !== paired.value) return { column: true, value: only, byForm: true }
  return { column: true, value: paired.value }
}

/** A join alone on a line, or at a line's end or start, with digits on its other side: `-`, `2005 -`, `- 16`, `/`. */
const JOIN_ALONE = /^[-–/]$/u
const JOIN_AT_END = /\d\s?[-–/]$/u
const JOIN_AT_START = /^[-–/]\s?\d/u
const DIGIT_END = /\d$/u
const DIGIT_START = /^\d/u

/** A line of digits alone: the rest of a case number broken after its join (`J.nr. 2025-93290 / 2025-` / `4088`). */
const DIGITS_ALONE = /^\d{1,8}$/u

/**
 * A label's value broken after a join at its line's end, with the digits of the next line put back: `2025-93290 /
 * 2025-` + `4088` → `2025-93290 / 2025-4088`; or broken on both sides of a join set alone on a line (`J.nr. 2023` /
 * `–` / `696` → `2023–696`); the value as it stands otherwise.
 */
function brokenOnto(value: string, next: Line | undefined, afterNext: Line | undefined): string {
  if (!next) return value
  const nextText = next.text.trim()
  if (DIGIT_END.test(value) && JOIN_ALONE.test(nextText) && afterNext) {
    const digits = afterNext.text.trim()
    return DIGITS_ALONE.test(digits) ? `${value}${nextText}${digits}` : value
  }
  if (!JOIN_AT_END.test(value)) return value
  return DIGITS_ALONE.test(nextText) ? `${value}${nextText}` : value
}

/**
 * A column's values with a case number broken at its join put back together: a PDF-to-text rendition sets the
 * groups of `409-16` on lines of their own (`409` / `-` / `16`), or breaks after or before the join (`2005-` /
 * `1234`, `16` / `-005791`). Only digits on both sides are joined: a date's year before a case number stays apart.
 * A joined value keeps its first line's place, with the joined text.
 */
export function rejoinBrokenValues(values: readonly Line[]): Line[] {
  const joined: Line[] = []
  for (let at = 0; at < values.length; at++) {
    const line = values[at] as Line
    const text = line.text.trim()
    const next = values[at + 1]?.text.trim() ?? ''
    const after = values[at + 2]?.text.trim() ?? ''
    if (DIGIT_END.test(text) && JOIN_ALONE.test(next) && DIGIT_START.test(after)) {
      joined.push({ ...line, text: `${text}${next}${after}` })
      at += 2
    } else if ((JOIN_AT_END.test(text) && DIGIT_START.test(next)) || (DIGIT_END.test(text) && JOIN_AT_START.test(next))) {
      joined.push({ ...line, text: `${text}${next}`.replace(/\s(?=[-–/])|(?<=[-–/])\s/gu, '') })
      at += 1
    } else joined.push(line)
  }
  return joined
}

/** The column of labels `label` stands in: the first line's place in `ordered` and the place after the last. */
function labelColumn(ordered: readonly Line[], at: number): { start: number; end: number } {
  let start = at
  while (start > 0 && LABEL_ONLY.test(ordered[start - 1]?.text.trim() ?? '')) start--
  let end = at + 1
  while (end < ordered.length && LABEL_ONLY.test(ordered[end]?.text.trim() ?? '')) end++
  return { start, end }
}

/** The date's label in a column of labels: `Dato`, `Dato:`. */
const DATE_LABEL_ALONE = /^Dato\s?:?$/u

/** Most lines between a column of values and its labels set after them (the recipient's block: name, address). */
const VALUES_BEFORE_GAP = 4

/**
 * The case number of a column of labels whose values stand before it, as Transportministeriet's letterhead comes out
 * of some renditions (`1. maj 2020` / `2020-3860` / `Transportudvalget` / `Folketinget` / `Dato` / `J. nr.`): where the
 * line after the labels is no date though they name one, the values are a run of lines, one per label, a little
 * above them, whose place of the date holds a date and whose place of the case number a case number with joined
 * groups. The run nearest the labels is taken.
 */
function valueBeforeLabels(ordered: readonly Line[], label: Line): Line | undefined {
  const at = ordered.indexOf(label)
  const { start, end } = labelColumn(ordered, at)
  const count = end - start
  const labels = ordered.slice(start, end)
  const datePlace = labels.findIndex((line) => DATE_LABEL_ALONE.test(line.text.trim()))
  const after = ordered[end]
  if (count < 2 || datePlace === -1 || (after && parseDateLine(after.text))) return undefined
  for (let first = start - count; first >= Math.max(0, start - count - VALUES_BEFORE_GAP); first--) {
    const run = ordered.slice(first, first + count)
    const value = run[at - start]
    if (parseDateLine(run[datePlace]?.text ?? '') && value && caseValue(value.text) && JOINED.test(value.text)) return value
  }
  return undefined
}

/** The value at the label's place in its column of labels, and the column's values. */
function pairedByPlace(ordered: readonly Line[], label: Line): { value?: Line | undefined; column: boolean; values?: Line[] } {
  const at = ordered.indexOf(label)
  const { start, end } = labelColumn(ordered, at)
  const count = end - start
  if (count < 2) return { column: false }
  const collected: Line[] = []
  const colons = ordered.slice(start, end).every((line) => line.text.trim().endsWith(':'))
  // Room for a case number broken over three lines (`409` / `-` / `16`).
  for (let index = end; index < ordered.length && collected.length < count + EXTRA_VALUES + 2; index++) {
    const line = ordered[index] as Line
    // The colons of a two-column block (`Dato` / `J.nr.` / `:` / `:` / date / value) stand between labels and values.
    if (line.text.trim() === ':') continue
    if (endsValues(line, colons)) break
    collected.push(line)
  }
  const values = rejoinBrokenValues(collected)
  if (values.length < count - 1) return { column: true, values }
  const place = at - start
  if (values.length === count) {
    const value = values[place]
    return { value: value && caseValue(value.text) ? value : undefined, column: true, values }
  }
  const shaped = [values[place], values[values.length - count + place]].filter(
    (value): value is Line => value !== undefined && caseValue(value.text) !== undefined && JOINED.test(value.text),
  )
  const [first, second] = shaped
  return { value: first && (!second || second === first) ? first : undefined, column: true, values }
}

/** The value on a later line for a label alone: the next line that reads as a case number (skipping colons), not past running text. */
function laterValue(ordered: readonly Line[], label: Line): Line | undefined {
  const at = ordered.indexOf(label)
  for (const next of ordered.slice(at + 1, at + 6)) {
    // A line of running text ends the letterhead's values: a number opening it is the text's (`615 (MOF alm. del),
    // stillet den 6. april 2018 …`, a sentence's question number wrapped onto the line).
    if (PROSE.test(next.text.trim())) return undefined
    if (caseValue(next.text) !== undefined) return next
  }
  return undefined
}

/** The office's name that opens the values after the date, up to the first digit: `Færdsels- og våben-kontoret`. */
const OFFICE_NAME = /^\p{L}[\p{L} .,/-]{0,80}?(?=\d)/u

/**
 * Glued values where the only field between the date and the case number is the office (`Dato:Kontor:Sagsnr.:Dok.:`
 * over `12. april 2011Færdsels- og våben-kontoret2011-151-0492CPH40092`): the office's name ends in a letter, so the
 * case number starts at the first digit; it must have joined groups and, where a field follows it, end at a letter
 * (a document number that starts with digits would run on into it).
 */
function afterOfficeName(names: readonly string[], caseAt: number, rest: string): GluedCase | undefined {
  if (!names.slice(1, caseAt).every((name) => WORDED_LABEL.test(name)) || caseAt < 2) return undefined
  const office = OFFICE_NAME.exec(rest)
  if (!office) return undefined
  const tail = rest.slice(office[0].length)
  const value = CASE_VALUE.exec(tail)?.[1]
  if (!value || !JOINED.test(value)) return undefined
  const after = tail.slice(value.length)
  // The case number is the last value, or a value that starts with a letter follows it.
  const last = caseAt === names.length - 1
  if (last ? after.trim() === '' : /^\p{L}/u.test(after)) return { value: normaliseCaseNumber(value), split: false }
  // A document number of digits glued after it: parted where the case number's last group of four digits ends.
  const parted = !last && after === '' ? CASE_THEN_DOCUMENT.exec(value) : null
  return parted?.[1] ? { value: parted[1], split: true } : undefined
}

/**
 * Glued values where the only field between the date and the case number is the document's number of the case
 * officer's initials and digits, the case number last (`Dato:Dok.:Sagnr.:` over `12. marts 2010MKO416722010-792-1192`,
 * Justitsministeriet's speech papers 2008–10): the document number's digits run on into the case number, which is
 * parted by its shape — a year, then two groups, ending the line.
 */
function afterInitialledDocument(names: readonly string[], caseAt: number, rest: string): GluedCase | undefined {
  if (caseAt !== 2 || names.length !== 3 || !DOCUMENT_LABEL.test(names[1] ?? '')) return undefined
  const parted = INITIALLED_DOCUMENT_THEN_CASE.exec(rest)
  return parted?.[1] ? { value: parted[1], split: true } : undefined
}

/** A document number's label among glued labels: `Dok.`, `Dok.id`, `Doknr.`, `Dok. nr.`. */
const DOCUMENT_LABEL = /^Dok/u

/** Initials and digits, then a year-first case number of three groups ending the values: `MKO416722010-792-1192`. */
const INITIALLED_DOCUMENT_THEN_CASE = /^\p{Lu}{2,4}\d{3,8}((?:19|20)\d{2}-\d{3,4}-\d{4})$/u

/** A case number read from glued values; `split`: parted from a document number glued after it by its shape. */
interface GluedCase {
  value: string
  split: boolean
}

/** Glued values whose date was left empty: they open with a word (the office's name), not a digit. */
function undatedValues(text: string): { rest: string } | undefined {
  return /^\p{L}/u.test(text.trim()) ? { rest: text } : undefined
}

/**
 * Glued labels over glued values: `DatoJ. nr.` over `24. november 20112011-3899`. The date's four-digit year ends
 * where the date ends; what follows is the case number when it is the only field after the date. With a field
 * between them (`DatoDok.idJ. nr.` over `23. juni 2009857639004-1109`) the two numbers cannot be told apart: the
 * case number is left out, with a warning — unless that field's value was left empty and the rest is one case number
 * whose first group is short (`DatoDok.idJ. nr.` over `17. november 2009004-U18-1330`).
 */
function gluedValue(context: Context, ordered: readonly Line[], labels: Line): Found<string> | undefined {
  const valueLine = ordered[ordered.indexOf(labels) + 1]
  return valueLine ? gluedFieldsValue(context, labels.text, valueLine, valueLine.text) : undefined
}

/**
 * Glued labels and their glued values on one line, after the addressee glued before them:
 * `TransportudvalgetFolketingetMINISTERENDatoJ. nr.14. november 20132013 - 4323` — the labels from `Dato` (opening
 * the line or after a letter), the values from the digit after the last label.
 */
const INLINE_GLUED_FIELDS = hot(new RegExp(String.raw`^Dato\s*:?\s*(?:(?:${FIELD_LABEL_TEXT})\s*(?::\s*)?){1,5}(?=\d)`, 'u'))

/** How many `Dato`s of a line are tried as the start of glued labels: a letterhead's line holds one. */
const INLINE_DATO_TRIES = 3

/** Glued labels and their values on one line (`INLINE_GLUED_FIELDS`), parted. */
function inlineGluedFields(text: string): { labels: string; values: string } | undefined {
  let at = text.indexOf('Dato')
  for (let tries = 0; at !== -1 && tries < INLINE_DATO_TRIES; tries++) {
    const match = at === 0 || /\p{L}/u.test(text[at - 1] ?? '') ? INLINE_GLUED_FIELDS.exec(text.slice(at)) : null
    if (match) return { labels: match[0], values: text.slice(at + match[0].length) }
    at = text.indexOf('Dato', at + 1)
  }
  return undefined
}

/** Each label of glued labels, in turn: `Dato:Kontor:Sagsnr.:Dok.:` → `Dato`, `Kontor`, `Sagsnr.`, `Dok.`. */
function gluedLabelNames(labels: string): string[] {
  return [...matchesOf(GLUED_LABEL, labels)].map((match) => match[0])
}

/** The case number among glued values (`values`, on `valueLine`) under glued labels (`labels`). */
function gluedFieldsValue(context: Context, labels: string, valueLine: Line, values: string): Found<string> | undefined {
  const glued = gluedLabelNames(labels)
  // The date's label left out, its value still first (`Kontor:Sagsbeh:Sagsnr.:Dok.:` over `1. maj 2009Dyrevelfærds…`,
  // Justitsministeriet 2009): read as if the labels opened with `Dato`.
  const names = glued[0] !== 'Dato' && WORDED_LABEL.test(glued[0] ?? '') && leadingDate(values) ? ['Dato', ...glued] : glued
  const caseAt = names.findIndex((name) => CASE_LABEL_ONLY.test(name))
  // The second row of a glued label column, the case number's label first and the case officer's after it
  // (`J.nr.:Sagsbeh.:Fil-navn:` / `2009/5011-100MLP101.09.svar.`, Integrationsministeriet 2009): the case number ends
  // where the officer's initials begin.
  if (caseAt === 0 && WORDED_LABEL.test(names[1] ?? '')) {
    const first = CASE_VALUE.exec(values.trim())?.[1]
    return first && JOINED.test(first) ? { value: normaliseCaseNumber(first), line: valueLine } : undefined
  }
  if (names[0] !== 'Dato' || caseAt < 1) return undefined
  // The date left empty (a draft's head): the values open with the office's name.
  const date = leadingDate(values) ?? (WORDED_LABEL.test(names[1] ?? '') ? undatedValues(values) : undefined)
  if (!date) return undefined
  const rest = date.rest.trim()
  const match = CASE_VALUE.exec(rest)
  if (caseAt === 1 && match?.[1] === rest) return { value: normaliseCaseNumber(rest), line: valueLine }
  const afterOffice = afterOfficeName(names, caseAt, rest) ?? afterInitialledDocument(names, caseAt, rest)
  if (afterOffice?.split) {
    context.messages.warn(
      'case-number-split',
      `The letterhead's values are glued together ("${values.trim()}"); the case number "${afterOffice.value}" was parted from the document number after it by its shape (a last group of four digits)`,
      valueLine,
      'caseNumber',
    )
  }
  if (afterOffice) return { value: afterOffice.value, line: valueLine }
  // A field between with its value left empty (`DatoDok.idJ. nr.` over `17. november 2009004-U18-1330`): the rest
  // is one case number whose first group is short; a document number glued before it would make that group long
  // (`23. juni 2009857639004-1109`).
  if (match?.[1] === rest && SHORT_FIRST_GROUP.test(rest) && JOINED.test(rest)) {
    return { value: normaliseCaseNumber(rest), line: valueLine }
  }
  context.messages.warn(
    'case-number-glued',
    `The letterhead's fields are glued together ("${values.trim()}" under "${labels.trim()}"); the case number cannot be told apart and is left out`,
    valueLine,
    'caseNumber',
  )
  return undefined
}

/** The ministry's J.nr. / Sagsnr. */
export function findCaseNumber(context: Context): FoundCaseNumber | undefined {
  // Letterhead lines, and a line that opens with a case-number label wherever a rendition or layout set it
  // (`Ref.-nr.` in a side column in the text, `J.nr. 2023 - 1118` where a PDF's layout gave the letterhead no role).
  const candidates = context.lines.filter(
    (line) =>
      line.role === 'sidebar' ||
      line.role === 'page-header' ||
      (!line.role && CASE_LABEL_WORD.test(line.text) && (CASE_LABEL_START.test(line.text.trim()) || GLUED_CASE_LABEL.test(line.text))),
  )
  const ordered = sourceOrder(context)
  const found: Found<string>[] = []
  candidates.forEach((line) => {
    if (GLUED_LABELS.test(line.text.trim())) {
      const glued = gluedValue(context, ordered, line)
      if (glued) found.push(glued)
      return
    }
    // Labels glued before their values on the line: its case number is theirs to give, or none — where the case
    // number's label is among them (`Dato:Kontor:` alone leaves the line's `Sagsnr.: …` to be read as it stands).
    const fields = inlineGluedFields(line.text)
    if (fields && gluedLabelNames(fields.labels).some((name) => CASE_LABEL_ONLY.test(name))) {
      const glued = gluedFieldsValue(context, fields.labels, line, fields.values)
      if (glued) found.push(glued)
      return
    }
    const label = CASE_NUMBER.exec(line.text)
    if (!label) return
    const rest = (label[1] ?? '').trim()
    if (rest === '' || rest === ':') {
      // A column of labels, then their values in the same order ("Tel. / Mail / … / Sags nr. / Akt-id", then
      // "6198 4000 / … / 2025-1571 / 3095778"): the value at the label's place. Else, for a label alone, the value is
      // on a later line: skip colons and dates (two-column "Dato / J.nr. / : / : / date / value").
      const paired = pairedValue(ordered, line)
      const value = paired.value ?? (paired.column ? undefined : laterValue(ordered, line))
      const read = value ? caseValue(value.text) : undefined
      if (value && read) found.push({ value: read, line: value })
      if (paired.byForm && read && value) {
        context.messages.warn(
          'case-number-by-form',
          `The values under "${line.text.trim()}" and the labels beside it do not pair by place; "${read}", the column's one case number with joined groups, was taken by its form`,
          value,
          'caseNumber',
        )
      }
      if (paired.column && !read) {
        context.messages.warn(
          'case-number-unpaired',
          `"${line.text.trim()}" stands in a column of labels whose values do not pair with them by place; the case number is left out`,
          line,
          'caseNumber',
        )
      }
      return
    }
    const glued = splitGluedCaseDate(rest)
    if (glued?.unsure) {
      context.messages.warn(
        'case-number-glued',
        `The case number runs on into the letter's date ("${rest}"); where one ends and the other begins is not certain, so the case number is left out`,
        line,
        'caseNumber',
      )
      return
    }
    const read = glued?.value ?? caseValue(brokenOnto(rest, context.lines[line.index + 1], context.lines[line.index + 2]))
    if (read) found.push({ value: read, line })
  })
  const row = found.length > 0 ? undefined : labelRowValue(context)
  const [first, ...others] = found.length > 0 ? found : row ? [row] : unlabelledCaseNumber(context)
  if (!first) return undefined
  const ambiguous = others.some((other) => other.value !== first.value)
  if (ambiguous) {
    context.messages.warn(
      'case-number-multiple',
      `Several case numbers in the letterhead (${found.map((item) => item.value).join(', ')}); took the first`,
      first.line,
      'caseNumber',
    )
  }
  return { ...first, ambiguous }
}

/**
 * A row of letterhead labels a rendition ran onto one line, its values after it in the same order: `Bilag
 * Journalnummer Kontor i 70 ex. 105.I.80 N.SP` (Udenrigsministeriet, 2003), `J.nr. Dato Kontor 2004-1234 3. maj 2004
 * EUK`. The case-number label stands next to another label word, no value between.
 */
const LABEL_ROW = new RegExp(String.raw`(?<=^|\s)(?:${CASE_LABEL_TEXT})\s{1,3}(?:Kontor|Dato|Bilag|Enhed|Afdeling|Sagsbeh\.?)(?=\s)`, 'u')

/** Label words of such a row after the case-number label: skipped before the values. */
const ROW_LABELS = /^(?:(?:Kontor|Dato|Bilag|Enhed|Afdeling|Sagsbeh\.?)\s{1,3})+/u

/** Values of a label row read for the case number: the row's few values, not the text after them. */
const ROW_VALUES = 10

/** A case number's form among a row's values: joined groups (`2004-1234`), or Udenrigsministeriet's `105.I.80`, `400.C.2-0`. */
const CASE_FORM = /^(?:\d{1,4}\.\p{Lu}{1,3}\.\d{1,4}(?:-\d{1,4})?|(?:\p{Lu}{1,6}-?)?\d{1,4}\s?[-–/]\s?\d{1,7}(?:[-–/]\d{1,7}){0,3})$/u

/**
 * The case number of a label row (`LABEL_ROW`), where the labels and values do not pair by place (a value of several
 * words, `i 70 ex.`, shifts them): the one value among the row's first that has a case number's form, flagged
 * `case-number-by-form`. None or two: nothing.
 */
function labelRowValue(context: Context): Found<string> | undefined {
  for (const line of context.lines.slice(0, OPENING_LINES)) {
    // Cheap literal test before the pattern.
    if (!/nr|nummer/u.test(line.text)) continue
    const row = LABEL_ROW.exec(line.text)
    if (!row) continue
    const rest = line.text
      .slice(row.index + row[0].length)
      .trimStart()
      .replace(ROW_LABELS, '')
    const values = rest
      .split(/\s+/u)
      .slice(0, ROW_VALUES)
      .filter((token) => CASE_FORM.test(token) && !parseDateLine(token))
    const [only] = values
    if (!only || values.length > 1) continue
    context.messages.warn(
      'case-number-by-form',
      `The labels of "${row[0].trim()} …" stand in a row with their values after them, not paired by place; "${only}", the row's one value with a case number's form, was taken`,
      line,
      'caseNumber',
    )
    return { value: normaliseCaseNumber(only), line }
  }
  return undefined
}

/**
 * A case number that opens with its year and has joined groups (`2006/4000-78`, `2011-151-0492`, `2016 - 7396`), as a
 * letterhead's value alone on its line, a table's pipes taken off (`2006/4000-78 |`).
 */
const YEAR_FIRST_CASE = /^(?:19|20)\d{2}\s{0,3}[-–/]\s{0,3}\d{2,7}(?:\s{0,3}[-–/]\s{0,3}\d{1,7}){0,3}$/u

/**
 * Udenrigsministeriet's journal number, letters between full stops (`400.C.2-0`, `105.I.80`, `5.E.61`), as a
 * letterhead's value alone on its line: no date, phone or postcode has that form.
 */
const DOTTED_JOURNAL = /^\d{1,3}\.\p{Lu}{1,2}\.\d{1,3}(?:[.-]\d{1,4}){0,3}$/u

/**
 * Where the letterhead lost its labels (a table rendered as lines of pipes: `Dato: |`, then the office, `2006/4000-78
 * |`, initials): the one value in it that reads as a year-first case number, flagged. Two such values: neither.
 */
function unlabelledCaseNumber(context: Context): Found<string>[] {
  const values = context.lines.filter((line) => {
    if (line.role !== 'sidebar' && line.role !== 'page-header') return false
    const text = line.text.replace(/\|/gu, '').trim()
    return /\d/u.test(text) && (YEAR_FIRST_CASE.test(text) || DOTTED_JOURNAL.test(text)) && !parseDateLine(text)
  })
  const [only] = values
  if (!only || values.length > 1) return []
  const value = normaliseCaseNumber(only.text.replace(/\|/gu, '').trim())
  context.messages.warn(
    'case-number-unlabelled',
    `The letterhead has no case-number label; "${value}" was taken as the case number from its form alone`,
    only,
    'caseNumber',
  )
  return [{ value, line: only }]
}

/** Any date glued before a case-number label: `18. december 2008J.nr. 2008-0006659`, `29-03-2020Sagsnr.`. */
const DATE_BEFORE_LABEL = /^(.*?\d{4})\s*(?:J\.\s?nr|Sagsnr)/u

/**
 * A date that opens a letterhead line with another field glued on: `15. januar 2014Økonomistyrings-kontoret…`,
 * `24. november 20112011-3899`, `18. december 2008J.nr. 2008-0006659`.
 */
function gluedDate(text: string): string | undefined {
  // The labels glued before their values (`…MINISTERENDatoJ. nr.14. november 20132013 - 4323`): the date opens them.
  const inline = inlineGluedFields(text)
  const date = leadingDate(inline ? inline.values : text)
  if (date && (/^[\p{L}\d]/u.test(date.rest) || CASE_NUMBER.test(date.rest))) return date.iso
  const before = DATE_BEFORE_LABEL.exec(text)?.[1]
  const found = before ? findDate(before) : undefined
  if (found?.index === 0) return found.iso
  return dateAfterCaseNumber(text)
}

/**
 * The letter's date glued after the case number: `J.nr. NST-4101-00052Den 11. februar 2011` (a capital starts the
 * date), `J.nr. 001-0913130. maj 2013` (digits run on: see `splitGluedCaseDate`).
 */
function dateAfterCaseNumber(text: string): string | undefined {
  const rest = CASE_NUMBER.exec(text)?.[1]?.trim()
  if (!rest) return undefined
  // The date glued right after the label, its values after it (`J. nr.14. november 2013…`).
  const first = /^\d{1,2}[.,]/u.test(rest) ? leadingDate(rest) : undefined
  if (first) return first.iso
  const glued = splitGluedCaseDate(rest)
  if (glued) return glued.date
  const value = CASE_VALUE.exec(rest)?.[1]
  const after = value ? rest.slice(value.length) : ''
  return /^\p{Lu}/u.test(after) ? parseDateLine(after) : undefined
}

/** `Dato: 18. december 2013` in the text, where a rendition set the letterhead's date. */
const DATE_LABEL = /^Dato\s*:/u

/**
 * A letterhead's title line: the minister's title alone, definite (`Ministeren`, `Forsvarsministeren`, `Ministeren
 * for sundhed og forebyggelse`, `Miljø- og fødevareministeren`). Not a sentence that ends on "ministeren".
 */
const TITLE_ALONE = /^(?:\p{L}+-,?\s(?:\p{L}+-\s)?og\s)?\p{L}*[Mm]inisteren(?:\s+for\s+\p{Ll}[\p{L}, -]{0,80})?$/u

/**
 * A date alone on a line of the text that belongs to a side column set in the middle of the text: next to the
 * greeting, or next to another line of the column (the ministry's name, its address, a label). A minister's title
 * alone before it (`Ministeren` / `17. september 2015` / `J nr. 2015-2093`) is the letterhead's, not a sentence
 * that goes on into the date; alone it does not make the date the letter's (a question letter's addressee does so).
 */
function sideColumnDate(context: Context): Line | undefined {
  const { lines } = context
  return lines.find((line) => {
    if (line.role || !parseDateLine(line.text) || /\.\s*$/u.test(line.text)) return false
    const previous = lines[line.index - 1]
    const next = lines[line.index + 1]
    const greeting = (other: Line | undefined) => other !== undefined && ANSWER_END.some((end) => end.test(other.text))
    const title = (other: Line | undefined) => other !== undefined && TITLE_ALONE.test(other.text.trim())
    // "… trådte i kraft den" / date: a sentence that goes on.
    if (previous && !previous.role && !greeting(previous) && !title(previous) && /[\p{Ll},]$/u.test(previous.text)) return false
    const neighbour = (other: Line | undefined) =>
      other !== undefined && !parseDateLine(other.text) && (greeting(other) || (isSideColumnLine(other, lines) && !PROSE.test(other.text)))
    return neighbour(previous) || neighbour(next)
  })
}

/** How far above the greeting a cover letter's date may stand (`dateBeforeGreeting`): the ministry's name between. */
const DATE_BEFORE_GREETING = 2

/**
 * A date alone between a cover letter's sentence and its greeting (`Hermed fremsendes svar på spørgsmål nr. 124 …
 * 2009.` / `1. oktober 2009` / `Ministeriet for Videnskab …` / `Med venlig hilsen`): the letterhead's date column,
 * set where the rendition ran the side column into the text. The sentence before it has ended; the greeting follows
 * within `DATE_BEFORE_GREETING` lines.
 */
function dateBeforeGreeting(context: Context): Line | undefined {
  const { lines } = context
  return lines.find((line) => {
    if (line.role || !parseDateLine(line.text)) return false
    const previous = lines[line.index - 1]
    if (!previous || previous.role || !/[.!?]$/u.test(previous.text.trim())) return false
    for (let ahead = 1; ahead <= DATE_BEFORE_GREETING; ahead++) {
      const next = lines[line.index + ahead]
      if (next && ANSWER_END.some((end) => end.test(next.text))) return true
    }
    return false
  })
}

/** An addressee's labelled line (`Til: Udvalgets medlemmer`), the label's value captured. */
const ADDRESSED_TO = /^Til:\s?(\S.{0,79})$/u

/**
 * A date alone right under a labelled addressee who is no minister: the head of the Folketing's own notes and cover
 * letters, whose labels a rendition stacked (`Til:` / `Dato:` / `Udvalgets medlemmer` / `1. juli 2016`, joined as
 * `Til: Udvalgets medlemmer` / `1. juli 2016` by `layout/text/stacked-labels.ts`), where no letterhead was found
 * around it. Under `Til: Ældreministeren` the date is a question letter's, the day the question was put.
 */
function addressedDate(lines: readonly Line[]): Line | undefined {
  return lines.find((line) => {
    if (line.role || !parseDateLine(line.text)) return false
    const addressee = ADDRESSED_TO.exec(lines[line.index - 1]?.text.trim() ?? '')?.[1]
    return addressee !== undefined && !/minister/iu.test(addressee)
  })
}

/**
 * The letterhead's sender in capitals and the letter's date after it, inside a line a rendition glued together
 * (`… Med venlig hilsen Bendt Bendtsen ØKONOMI- OG ERHVERVSMINISTEREN 8. marts 2005 ØKONOMI- OG ERHVERVSMINISTERIET
 * Slotsholmsgade …`, Økonomi- og Erhvervsministeriet 2005).
 */
const CAPITALS_SENDER_BEFORE_DATE = /(?<!\p{Ll})MINISTEREN\s{1,3}(?=\d{1,2}\.)/u

/** The letter's date after the sender in capitals inside a line (`CAPITALS_SENDER_BEFORE_DATE`). */
function capitalsSenderDate(context: Context): Found<string> | undefined {
  for (const line of context.lines) {
    if (!line.text.includes('MINISTEREN')) continue
    const sender = CAPITALS_SENDER_BEFORE_DATE.exec(line.text)
    if (!sender) continue
    const from = sender.index + sender[0].length
    const date = findDate(line.text.slice(from, from + 25))
    if (date?.index === 0) return { value: date.iso, line }
  }
  return undefined
}

/** A year glued onto a case-number label: where a letterhead line of the text glues the date to the label. */
const YEAR_BEFORE_LABEL = new RegExp(String.raw`\d{4}(?=${CASE_LABEL_TEXT})`, 'u')

/**
 * The letter's date on a line of the text that glues the letterhead's fields together, the date run on into the
 * case-number label: `Ligestillingsafdelingen10 marts 2010J nr. 2010-0003553` (the office's name glued before it,
 * the day's full stop left out). The date must end right where the label begins.
 */
function gluedLetterheadDate(context: Context): Found<string> | undefined {
  for (const line of context.lines) {
    // Cheap literal test before the pattern.
    if (line.role || !/nr/iu.test(line.text)) continue
    const year = YEAR_BEFORE_LABEL.exec(line.text)
    if (!year) continue
    const before = line.text.slice(0, year.index + 4)
    // The last date in what comes before the label.
    const date = [...findDates(before)].at(-1)
    if (date && date.index + date.length === before.length) return { value: date.iso, line }
  }
  return undefined
}

/** Lines of the letter's opening searched for a glued date: an old rendition's letterhead and cover sentence. */
const OPENING_LINES = 12

/** Where the question or the answer opens: the letter's date stands before it. */
const QUESTION_OR_ANSWER_HEADING = /^(?:Spørgsmål|Svar)\b/u

/**
 * A written-out date glued, with no space, onto what an old rendition ran it into: after the minister's title in
 * capitals (`FORSVARSMINISTEREN2. juli 2013Folketingets …`, `FORSVARSMINISTEREN01 Maj 2013Folketingets …`, the day
 * in two digits without its stop) or after the cover sentence's full stop (`… den 6. oktober 2010.3. november 2010`).
 * A date in running text always has a space or a `den` before it.
 */
const GLUED_DATE = /(?:\p{Lu}{2}|[\p{L}\d)]\.)(?=\d{1,2}\.\s?\p{L}{3,9}\.?\s?\d{4}|\d{2}\s\p{L}{3,9}\.?\s\d{4})/u

/**
 * A letter's `Den` date opening a line, the next words glued onto its year: `Den 5. december 2013Spørgsmål fra
 * Udenrigsudvalget til …` (Udenrigsministeriet, an old rendition). A sentence's date has a space after it.
 */
const DEN_DATE_GLUED = /^\s*Den\s+(?=\d{1,2}\.\s?\p{L}{3,9}\s\d{4}\p{Lu}\p{Ll})/u

/**
 * A written-out date set between the letterhead's words and the cover sentence where an old rendition ran a letter's
 * head into one line, a space on either side: `… Journalnummer Kontor i 70 ex. 105.I.80 N.SP 20. marts 2003 Vedlagt i
 * 70 eksemplarer fremsendes …`, `Folketingets Retsudvalg Christiansborg 12. maj 2004 Under henvisning til …`, or ending
 * the head's line where the rendition's line was cut after it (`… Fax 3392 5547 29. september 2005`), or before the
 * head's case number (`Folketingets Socialudvalg 9. december 2004 j.nr. 210-18`). The date is followed by a
 * capitalised word (a sentence's start: running text goes on in lower case), the `j.nr.` label or nothing, and preceded by no
 * word that makes it part of a sentence (`den`, `af`, `fra`, `d.` …, `STATED_BEFORE`).
 */
const SPACED_HEAD_DATE = /(?<=\s)(?=\d{1,2}\.\s?\p{L}{3,9}\.?\s\d{4}(?:\s{1,3}\p{Lu}\p{Ll}|\s{1,3}[Jj]\.\s?nr\.|\s*$))/gu

/** Words before a date that make it part of a sentence: `den 3. maj 2004`, `af 3. maj`, `fra 1. januar 2005`. */
const STATED_BEFORE = /(?:^|\s)(?:den|af|d\.|fra|til|siden|pr\.|per|inden|indtil|efter|før|med|på|i|ved|om|dateret|dags\s?dato)\s$/iu

/** A day alone with its stop (`15.`) and a year alone (`2022`): two of a date's three parts. */
const DAY_ALONE = /^\d{1,2}\.$/u
const YEAR_ALONE = /^(?:19|20)\d{2}$/u

/**
 * A letterhead's date whose three parts a scanned or columned rendition set on lines of their own (`15.` / `juni` /
 * `2022`, Transportministeriet 2022): the day with its stop, the month's name and the year, each alone, in the
 * letterhead; or the day alone over the month and year (`24.` / `oktober 2005`, a label column's value wrapped).
 */
function splitDate(lines: readonly Line[], day: Line): string | undefined {
  if (!DAY_ALONE.test(day.text.trim())) return undefined
  const [month, year] = [lines[day.index + 1], lines[day.index + 2]]
  if (month?.role !== 'sidebar') return undefined
  const whole = dayOverMonth(day, month)
  if (whole) return whole
  if (year?.role !== 'sidebar') return undefined
  if (!MONTH_WORD.test(month.text.trim()) || !YEAR_ALONE.test(year.text.trim())) return undefined
  return parseDateLine(`${day.text.trim()} ${month.text.trim()} ${year.text.trim()}`)
}

/** The date of a day alone on its line (`24.`) over the month and year on the next (`oktober 2005`), or undefined. */
function dayOverMonth(day: Line, month: Line): string | undefined {
  const [dayText, monthText] = [day.text.trim(), month.text.trim()]
  return DAY_ALONE.test(dayText) && MONTH_YEAR.test(monthText) ? parseDateLine(`${dayText} ${monthText}`) : undefined
}

/** The first date of `text` set between a letter's head and its cover sentence (`SPACED_HEAD_DATE`). */
function spacedHeadDate(text: string): string | undefined {
  for (const at of matchesOf(SPACED_HEAD_DATE, text)) {
    const before = text.slice(Math.max(0, at.index - 12), at.index)
    if (STATED_BEFORE.test(before)) continue
    const date = leadingDate(text.slice(at.index))
    // A date that ends the line ends a sentence's clause after a word in lower case (`… stillet 8.februar 2019` /
    // `efter ønske fra …`); after the head's last field (a number, a name) it is the letter's.
    if (date && date.rest.trim() === '' && WORD_IN_LOWER_CASE_END.test(before)) continue
    if (date) return date.iso
  }
  return undefined
}

/**
 * A word in lower case and a space, just before a date: a word of letters alone, not a web address's last part
 * (`www.uvm.dk 6. maj 2005` ends a head's contact fields).
 */
const WORD_IN_LOWER_CASE_END = /(?<![^\s])\p{Ll}+\s$/u

/**
 * The letter's date glued into a line of the opening (before the question) in an old rendition, where no letterhead
 * line dates the letter: the first date right after a glue point (or a `Den` date glued to what follows it,
 * `DEN_DATE_GLUED`), if it is one; else a date set between the head's
 * words and the cover sentence in a line that runs the two together (`spacedHeadDate`).
 */
function gluedOpeningDate(context: Context): Found<string> | undefined {
  let seen = 0
  // Whether a line of running text came before: a `Den` date glued after one dates something else (a question letter's
  // `På Folketingets formands vegne` / `Den 5. november 2010Lovsekretariatet`), not the letter's head.
  let running = false
  for (const line of context.lines) {
    if (line.role) continue
    if (seen++ >= OPENING_LINES || QUESTION_OR_ANSWER_HEADING.test(line.text.trim())) return undefined
    // Cheap literal tests first: a digit, then the glue.
    if (/\d/u.test(line.text)) {
      const glue = GLUED_DATE.exec(line.text) ?? (running ? null : DEN_DATE_GLUED.exec(line.text))
      const date = glue ? leadingDate(line.text.slice(glue.index + glue[0].length))?.iso : spacedHeadDate(line.text)
      if (date) return { value: date, line }
    }
    running ||= readsAsRunningText(line.text)
  }
  return undefined
}

/**
 * A `Dato:` label after another field on a letterhead line: `Journal nr. 2023-1234   Dato: 13. april 2023`; glued onto
 * that field by an old rendition, then with its colon: `STATSMINISTERIETDato: 17. feb. 2010`, `KontorDato: 3. maj 2010`;
 * with the next label glued on before the values (`København KDato:Kontor:6. februar 2012EU-formandskabssekretariatet…`,
 * Justitsministeriet 2012: `GLUED_LABELS_BEFORE`); or opening the line, the next field after it (`Dato: 30-05-2005
 * Kontor:`, a head set on one line that the text reader cut at its sentences).
 */
const DATE_LABEL_INSIDE = /(?:^|\s)Dato\s?:?\s{0,3}(?=\d)|(?<=[\p{L}\d.])Dato\s?:(?:Kontor|Enhed)?:?\s{0,3}(?=\d)/u

/** `Dato:` and another label glued on before the date (`Dato:Kontor:`): the values that follow are glued too. */
const GLUED_LABELS_BEFORE = /Dato\s?:(?:Kontor|Enhed):?\s{0,3}$/u

/**
 * The date a `Dato:` label gives after another field on the line, if the date is all that follows it or the next
 * field follows it after a space (`… Dato: 30-05-2005 Kontor: …`) — or, after labels glued together, the date the next
 * field's value was glued onto (`6. februar 2012EU-formandskabs…`).
 */
function labelledDateInside(text: string): string | undefined {
  if (!text.includes('Dato')) return undefined
  const label = DATE_LABEL_INSIDE.exec(text)
  if (!label) return undefined
  const rest = text.slice(label.index + label[0].length)
  const whole = parseDateLine(rest)
  if (whole) return whole
  const date = findDate(rest)
  if (date?.index !== 0) return undefined
  // After labels glued together, the next field's value glued on; else the next field after a space, a capitalised
  // label or value (`… Dato: 30-05-2005 Kontor: 3. kontor …`, a head a rendition set on one line).
  const after = rest.slice(date.length)
  return (GLUED_LABELS_BEFORE.test(label[0]) ? /^\p{Lu}/u : /^\s+\p{Lu}/u).test(after) ? date.iso : undefined
}

/** A run of spaces that sets two columns of a letterhead apart on one line. */
const COLUMN_GAP = /\s{3,}/u

/**
 * The date in a column of its own on a letterhead line, set apart by a run of spaces from the addressee beside it:
 * `Folketingets Udvalg for Fødevarer,          København, den 7. december 2006`.
 */
function columnDate(text: string): string | undefined {
  if (!text.includes('   ')) return undefined
  for (const part of text.split(COLUMN_GAP)) {
    const date = parseDateLine(part)
    if (date) return date
  }
  return undefined
}

/** The question's or the answer's heading alone (`Spørgsmål:`, `Spørgsmål nr. 12:`, `Svar`), not a title (`Svar på …`). */
const HEADING_ALONE = /^(?:Spørgsmål|Svar)(?:\s*nr\.?)?(?:\s*[\dA-ZÆØÅ]{1,5})?\s*:?$/u

/** A wide run of spaces before a line's last part: a column the text rendition set beside the line. */
const WIDE_COLUMN_GAP = /\s{8,}/u

/**
 * The letterhead's date column that a text rendition set at the end of a line of the letter's opening, far to the
 * right (`I brev af 3. december har udvalget stillet mig følgende spørgsmål:                14. december 2007`):
 * the date alone after a run of eight spaces or more, in the opening's lines before the question or the answer.
 */
function openingColumnDate(lines: readonly Line[]): Found<string> | undefined {
  let seen = 0
  for (const line of lines) {
    if (seen++ >= OPENING_LINES || HEADING_ALONE.test(line.text.trim())) return undefined
    if (line.role || !line.text.includes('        ')) continue
    const parts = line.text.trim().split(WIDE_COLUMN_GAP)
    const value = parts.length === 2 && parts[0] ? parseDateLine(parts[1] ?? '') : undefined
    if (value) return { value, line }
  }
  return undefined
}

/** Most lines of a signature between the greeting and a date set after it: the name, a title, the official. */
const SIGNATURE_LINES = 4

/** A line of a signature block: a name, a title or the official's `/ Name` — short, no digits, no sentence's stop. */
const SIGNATURE_LINE = /^[\p{L}/][\p{L} ,.'’/-]{0,60}$/u

/**
 * A date alone after the signature, where a rendition set the letterhead's date column at the letter's end
 * (`Med venlig hilsen` / `Anne Hansen` / `Justitsminister` / `13. april 2023`, or `Justitsministeriet, den 13. april
 * 2023`): only names, a title and the official between the greeting and the date. Where the letter signs without a
 * greeting, the official's `/` marks the signature (`Inger Støjberg` / `/` / `Anette Görtz` / `4. april 2016`, or the
 * `/` a rendition set before both names).
 */
function dateAfterSignature(lines: readonly Line[], line: Line): boolean {
  let slash = false
  for (let back = 1; back <= SIGNATURE_LINES + 1; back++) {
    const other = lines[line.index - back]
    if (!other || other.role) return slash
    if (ANSWER_END.some((end) => end.test(other.text))) return back > 1
    const text = other.text.trim()
    if (!SIGNATURE_LINE.test(text) || /[.]$/u.test(text)) return slash
    slash ||= OFFICIAL.test(text)
  }
  return false
}

/**
 * Lines searched for an annex's head: the text's first lines, or those of a cover letter and the annex after it, up to
 * the first question heading (`Folketingets Finansudvalg` … `Med venlig hilsen` / `Jan Trøjborg` / `Bilag til
 * forsvarsministerens` / `skrivelse af 31. maj 2001` / `Spørgsmål nr. :`).
 */
const ANNEX_HEAD_LINES = 40

/** An annex's head: `Bilag til udenrigsministerens`, `Bilag 2 til Skatteministeriets brev af …`. */
const ANNEX_OF = /^Bilag(?:\s+\d{1,2})?\s+til\s/u

/** The covering letter in an annex's head: `skrivelse af 23. januar 2006`, `… brev af den 5. maj 2010`. */
const COVERING_LETTER = /(?:^|\s)(?:skrivelse|brev|e-?mail)\s+af\s+(?:den\s+|d\.\s*)?(?=\d)/u

/**
 * The date of the covering letter an answer sheet is the annex of: `Bilag til udenrigsministerens` / `skrivelse af 23.
 * januar 2006` (a committee's name or the case may stand between, where a rendition read two columns across). An
 * annex sent with a letter answers on that letter's date.
 */
function annexDate(context: Context): Found<string> | undefined {
  const head = context.lines.slice(0, ANNEX_HEAD_LINES)
  const questionAt = head.findIndex((line) => QUESTION_OR_ANSWER_HEADING.test(line.text.trim()))
  const at = head.findIndex((line, index) => (questionAt === -1 || index < questionAt) && ANNEX_OF.test(line.text))
  if (at === -1) return undefined
  for (const line of head.slice(at, at + 4)) {
    const covering = COVERING_LETTER.exec(line.text)
    if (!covering) continue
    const rest = line.text.slice(covering.index + covering[0].length)
    const value = leadingDate(rest)?.iso ?? parseDateLine(rest)
    if (value) return { value, line }
  }
  return undefined
}

/**
 * A letterhead's labels glued in a line of the text and the date glued right after them, the other values after it:
 * `MINISTERENDatoDok.idJ. nr.18. oktober 2010709352010-3715` (Transportministeriet, set after the answer).
 */
const LABELS_THEN_DATE = /Dato\s?:?\s?(?:(?:Dok\.\s?id|Dok\.(?:\s?nr\.)?|Kontor|J\.\s?nr\.|Sagsnr\.?)\s?:?\s?){1,5}(?=\d{1,2}\.)/u

/** The date after a line's glued labels (`DatoDok.idJ. nr.18. oktober 2010…`), if one follows them at once. */
function gluedLabelsDate(context: Context): Found<string> | undefined {
  for (const line of context.lines) {
    // Cheap literal test before the pattern.
    if (line.role || !line.text.includes('Dato')) continue
    const labels = LABELS_THEN_DATE.exec(line.text)
    const date = labels ? leadingDate(line.text.slice(labels.index + labels[0].length)) : undefined
    if (date) return { value: date.iso, line }
  }
  return undefined
}

/**
 * A date alone on the text's line at a page's foot — the line right before a page footer — where a ministry set the
 * letter's date at the foot of its first page (`06-10-2016` over ft.dk's `BUU, Alm.del - 2015-16 - Endeligt svar …`).
 * Not the text's last line: a postscript or a list may end with a date of its own.
 */
function footDate(lines: readonly Line[]): Line | undefined {
  return lines.find((line) => !line.role && lines[line.index + 1]?.role === 'page-footer' && parseDateLine(line.text) !== undefined)
}

/** A date in digits alone on its line, day first: `02-10-2013`, `11.10.2012` (how ministries print the letter's date). */
const NUMERIC_DATE_ALONE = /^\d{2}([-.])\d{2}\1(?:19|20)\d{2}$/u

/** A line that ends in a short abbreviation (`opgjort pr.`, `ca.`): a date after it goes on with its sentence. */
const ABBREVIATION_END = /(?<!\p{L})\p{Ll}{1,3}\.$/u

/**
 * The one date in digits alone on a line of the text (`NUMERIC_DATE_ALONE`), wherever the rendition set it: the
 * letterhead's date printed at the foot of a page whose footer the rendition glued to the next page (`02-10-2013` /
 * `2Det kommunale …`). Only where the text has one such line (a list or a table of dates says nothing of the letter),
 * not the text's last line (a postscript may end with a date of its own) nor after a short abbreviation, whose
 * sentence the date ends (`Tallene er opgjort pr.` / `06-10-2016`).
 */
function numericDateAlone(lines: readonly Line[]): Line | undefined {
  const text = lines.filter((line) => !line.role)
  const alone = text.filter((line) => NUMERIC_DATE_ALONE.test(line.text.trim()))
  const [line] = alone
  if (alone.length !== 1 || !line || line === text.at(-1)) return undefined
  const before = text[text.indexOf(line) - 1]
  return before && ABBREVIATION_END.test(before.text.trim()) ? undefined : line
}

/**
 * A place and its date alone on a line, as a letter or an aktstykke dates itself: `København, den 20. juni 2023.`,
 * `Aarhus, d. 3. maj 2005`, an English letter's `Copenhagen, 28 July 2011` (one or two words of place, a comma, `den`
 * or `d.` or neither, the date, a full stop or none).
 */
const PLACE_DATE_ALONE =
  /^\p{Lu}[\p{L}-]{1,30}(?:\s[\p{L}-]{1,30})?,\s{1,3}(?:(?:den|d\.)\s{1,3})?\d{1,2}\.?\s{0,2}\p{L}{3,9}\.?\s{1,3}(?:19|20)\d{2}\.?$/u

/**
 * The one dated place alone on a line of the text (`PLACE_DATE_ALONE`) where the layout marked no letterhead around it:
 * an aktstykke's `Forsvarsministeriet.` / `København, den 20. juni 2023.` under its number, an old letter's date line
 * set in its text. Only where the text has one such line: two are a chronology's, not the letter's.
 */
function placeDateAlone(lines: readonly Line[]): Line | undefined {
  let found: Line | undefined
  for (const line of lines) {
    if (line.role || !PLACE_DATE_ALONE.test(line.text.trim()) || parseDateLine(line.text) === undefined) continue
    if (found) return undefined
    found = line
  }
  return found
}

/**
 * An e-mail's header: its sender's label (`EMAIL_FROM`), then (within `EMAIL_HEADER_LINES`) when it was sent
 * (`SENT_LABEL`) — the labels `layout/email-header.ts` marks the header by.
 */
const EMAIL_SENT = new RegExp(`^${SENT_LABEL}(.*)$`, 'u')
const EMAIL_HEADER_LINES = 4

/** `Sendt:` inside the sender's line, its value up to the next label (`Til:`, `Cc:`, `Emne:`) or the line's end. */
const EMAIL_SENT_INLINE = new RegExp(
  String.raw`${SENT_LABEL}\s?([^:]{6,40}?\d{1,2}[:.]\d{2}|[^:]{6,40}?(?=(?:Til|Cc|Emne|To|Subject):|$))`,
  'u',
)

/** The time after a sent date (`10:29`, `kl. 10.29`, `10:29:05`, `10:29 AM`): not part of the date. */
const TIME_AFTER = /\s{1,3}(?:kl\.\s{0,2})?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s{0,2}[AaPp]\.?[Mm]\.?)?$/u

/** The day of a `Sendt:` value, its time left off: `10. februar 2023 10:29` → 2023-02-10. */
function sentDay(value: string): string | undefined {
  return parseDateLine(value.trim().replace(TIME_AFTER, ''))
}

/**
 * The day an e-mail filed on a case was sent: its header's `Sendt:` value (`Fra:` / `Maiken Bork Clausen` / `Sendt:` /
 * `10. februar 2023 10:29`), on the label's line or the next, its time left off. The first header's: in a chain of
 * forwarded mails the latest stands first.
 */
function emailSentDate(lines: readonly Line[]): Found<string> | undefined {
  for (const from of lines) {
    // The header's lines may read as a letterhead's (an address in angle brackets): the sidebar's role is no bar.
    if ((from.role && from.role !== 'sidebar') || !EMAIL_FROM.test(from.text.trim())) continue
    // A header an old rendition glued into one line: `Fra:Dorthe WintherSendt:6. maj 2013 06:05Emne:…`.
    const inline = EMAIL_SENT_INLINE.exec(from.text)
    if (inline?.[1]) {
      const value = sentDay(inline[1])
      return value ? { value, line: from } : undefined
    }
    for (let ahead = 1; ahead <= EMAIL_HEADER_LINES; ahead++) {
      const line = lines[from.index + ahead]
      const sent = line ? EMAIL_SENT.exec(line.text.trim()) : null
      if (!line || !sent) continue
      const own = sent[1]?.trim() ?? ''
      const valueLine = own ? line : lines[line.index + 1]
      const value = sentDay(own || valueLine?.text || '')
      return value && valueLine ? { value, line: valueLine } : undefined
    }
  }
  return undefined
}

/**
 * A line's text without the table cell separators at its ends (`| 27. oktober 2006 |` → `27. oktober 2006`): a trim,
 * then the pipes and the spaces inside them taken off from either end (no regex scan from every place).
 */
function withoutCellEdges(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && (text[start] === '|' || /\s/u.test(text[start] ?? ''))) start++
  while (end > start && (text[end - 1] === '|' || /\s/u.test(text[end - 1] ?? ''))) end--
  return text.slice(start, end)
}

/** The date of the letter: a date alone on a letterhead line, glued before another field, or set in the text. */
export function findLetterDate(context: Context): Found<string> | undefined {
  for (const line of context.lines) {
    if (line.role !== 'sidebar' && line.role !== 'page-header') continue
    // A letterhead table a rendition set as cells (`27. oktober 2006 |`): the date without its separator.
    const alone = parseDateLine(line.text.includes('|') ? withoutCellEdges(line.text) : line.text)
    if (alone) return { value: alone, line }
    // A head set on one line that the layout took as the letterhead runs its date on into the cover sentence
    // (`… Folketingets Finansudvalg 1. november 2004 Hermed fremsendes …`): `spacedHeadDate`.
    const glued =
      gluedDate(line.text) ??
      labelledDateInside(line.text) ??
      columnDate(line.text) ??
      spacedHeadDate(line.text) ??
      splitDate(context.lines, line)
    if (glued) return { value: glued, line }
  }
  const annex = annexDate(context)
  if (annex) {
    context.messages.warn(
      'letter-date-covering',
      `The answer is an annex ("${annex.line.text.trim()}"): dated by the covering letter, ${annex.value}`,
      annex.line,
      'answer.answeredOn',
    )
    return annex
  }
  const labelled = context.lines.find((line) => !line.role && DATE_LABEL.test(line.text) && parseDateLine(line.text))
  // A `Dato:` label glued onto the letterhead's field before it (`STATSMINISTERIETDato: 17. feb. 2010`).
  const gluedLabel = labelled ? undefined : context.lines.find((line) => !line.role && labelledDateInside(line.text))
  const inText =
    labelled ??
    gluedLabel ??
    sideColumnDate(context) ??
    dateBeforeGreeting(context) ??
    addressedDate(context.lines) ??
    context.lines.find((line) => !line.role && parseDateLine(line.text) && dateAfterSignature(context.lines, line)) ??
    footDate(context.lines) ??
    placeDateAlone(context.lines) ??
    numericDateAlone(context.lines)
  const value = inText ? (inText === gluedLabel ? labelledDateInside(inText.text) : parseDateLine(inText.text)) : undefined
  if (inText && value) {
    context.messages.warn(
      'letter-date-in-text',
      `The letter's date "${inText.text.trim()}" was read from a line in the text, where the rendition set the letterhead's date column`,
      inText,
      'answer.answeredOn',
    )
    return { value, line: inText }
  }
  const column = openingColumnDate(context.lines)
  if (column) {
    context.messages.warn(
      'letter-date-in-text',
      `The letter's date ${column.value} was read from the end of a line of its opening ("${column.line.text.trim().slice(0, 60)}…"), where the rendition set the letterhead's date column`,
      column.line,
      'answer.answeredOn',
    )
    return column
  }
  const sent = emailSentDate(context.lines)
  if (sent) {
    context.messages.warn(
      'letter-date-in-text',
      `The document is an e-mail: dated by its header's "Sendt:" (${sent.value}), not by a letterhead`,
      sent.line,
      'answer.answeredOn',
    )
    return sent
  }
  const glued = gluedOpeningDate(context) ?? gluedLetterheadDate(context) ?? gluedLabelsDate(context) ?? capitalsSenderDate(context)
  if (glued) {
    context.messages.warn(
      'letter-date-glued',
      `The letter's date ${glued.value} was read where an old rendition glued it into a line of the text ("${glued.line.text.trim().slice(0, 80)}")`,
      glued.line,
      'answer.answeredOn',
    )
    return glued
  }
  const month = monthOnlyDateLine(context.lines)
  // The day alone on the line above the month and year (`20.` / `september 2019`), outside a letterhead the layout
  // found: the date wrapped at its first space, whole.
  const day = month ? context.lines[month.index - 1] : undefined
  const whole = month && day ? dayOverMonth(day, month) : undefined
  if (month && whole) return { value: whole, line: month }
  if (month) {
    context.messages.warn(
      'date-partial',
      `The letter is dated "${month.text.trim()}" without a day; answer.answeredOn left empty`,
      month,
      'answer.answeredOn',
    )
  }
  return undefined
}

/** The letter's date line when it names only a month and year (`Maj 2005`): no day, so no `answeredOn`. */
export function monthOnlyDateLine(lines: readonly Line[]): Line | undefined {
  return lines.find((line) => MONTH_YEAR.test(line.text.trim()))
}
