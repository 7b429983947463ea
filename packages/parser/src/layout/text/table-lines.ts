/**
 * What a line of a table reads as where text has lost the positions: its tokens, a row of values, one value alone,
 * a label and its value, cells set apart by gaps; and how row labels that wrap onto more lines are joined. Shared by
 * the text table readers (`readers/`) and the region reader.
 */
import type { Table } from 'mdast'
import type { LayoutLine } from '../../tree.js'
import { isMonthAbbreviation, isMonthName, MONTH_YEAR, monthNumber } from '../../util/dates.js'
import { joinLines } from '../../util/hyphenation.js'
import { tableNode } from '../../util/mdast-table.js'
import { readOnceByText } from '../../util/memo.js'
import { isNumericToken } from '../../util/numbers.js'
import { YEAR_HEADING } from '../markers.js'
import { COUNTED, DURATIONS, KRONER, MILLIONS, PERCENT, PERCENT_WORDS } from './units.js'

/** A unit printed under a row label: `personer`, `pct.`, `mio. kr.` */
const UNIT = new RegExp(String.raw`^(?:${COUNTED}|${PERCENT}|${KRONER}|(?:${MILLIONS})\.\s*${KRONER}|fuldtidspersoner|år)$`, 'iu')

/** A heading that ends in a unit's abbreviation, not a sentence: `Andel, pct.`, `Beløb i mio. kr.`, `Mio. kr.` */
const UNIT_ABBREVIATION_END = /(?:^|[\s,(])(?:pct|kr|mio|mia|mill|stk|gns|pers|t)\.\)?$/iu

/** Whether a line's full stop is a unit's abbreviation's (`Andel, pct.`), not a sentence's end. */
export function endsInUnit(text: string): boolean {
  return UNIT_ABBREVIATION_END.test(text.trim())
}

/**
 * Join a row's label lines; a unit on the last line is set off with a comma (`Antal personer, pct.`) — not the rest
 * of a unit broken over the lines (`Mio.` / `kr.` is `Mio. kr.`).
 */
export function label(lines: readonly string[]): string {
  const last = lines.at(-1)
  if (lines.length > 1 && last && UNIT.test(last)) {
    const before = joinLines(lines.slice(0, -1))
    if (!MULTIPLIER.test(before)) return `${before}, ${last}`
  }
  return joinLines(lines)
}

/** A unit's multiplier alone, the unit on the next line: `Mio.`, `mia.` */
const MULTIPLIER = new RegExp(String.raw`^(?:${MILLIONS})\.?$`, 'iu')

/**
 * Most columns a table on a letter's page has: a reading of one cell per line wider than this (a header of 34 years
 * over one row) is the same lines read the wrong way round — a year table of 30+ rows, listed column by column.
 */
export const MAX_TEXT_COLUMNS = 16

/**
 * Characters of values a row of a letter's page holds: a portrait page's line of 10-point text, less the label
 * column's share.
 */
export const PAGE_VALUES_WIDTH = 100

/** Spaces at least between two values of a row. */
export const VALUE_GAP = 2

/**
 * Whether headings set one a line, none wrapped, would need a row wider than a page holds side by side (each as wide
 * as its text, `VALUE_GAP` between: `PAGE_VALUES_WIDTH`): twelve months written out with their year (`September 2016`)
 * are, sixteen years (`2016`) are not. Word wraps a heading wider than its column, and a rendition keeps the wrapped
 * lines apart, so unwrapped headings that wide stood in a column of row labels, not over columns. `slack` widens the
 * page where characters are too rough a measure for the case (`WRAP_SLACK`).
 */
export function widerThanPage(headings: readonly string[], slack = 1): boolean {
  let width = 0
  for (const heading of headings) width += heading.trim().length + VALUE_GAP
  return width > PAGE_VALUES_WIDTH * slack
}

/** Share of a line's tokens that must be values for it to be a table row. */
const MIN_VALUE_SHARE = 0.5

/** A row needs at least this many values. */
export const MIN_ROW_VALUES = 2

export function tokens(line: string): string[] {
  return line.trim().split(/\s+/u).filter(Boolean)
}

/**
 * A period code as Statistikbanken sets it over a column: `2019K1` (a quarter, `K` for kvartal), `2020M03` (a month),
 * `2019H1` (a half-year), `2019Q1`; the year may have two digits where the caption names the century (`11K2`).
 * Groups: the year, the kind of period, its number.
 */
const PERIOD_CODE = /^((?:19|20)?\d{2})([KQHM])(\d{1,2})\*?$/u

/** How many periods of each kind a year has: quarters, half-years, months. */
const PERIODS_A_YEAR: Readonly<Record<string, number>> = { K: 4, Q: 4, H: 2, M: 12 }

/**
 * A half-year or quarter written out with its year, as tables head a period: `1997 2. halvår`, `2. halvår 1997`,
 * `2019 3. kvartal`, `1. kvt. 2020`. Groups: the year, the number and the period's word — in either order.
 */
const WRITTEN_PERIOD =
  /^(?:((?:19|20)\d{2})\s{1,3}([1-4])\.\s?(halvår|kvartal|kvt\.?)|([1-4])\.\s?(halvår|kvartal|kvt\.?)\s{1,3}((?:19|20)\d{2}))\*?$/iu

/**
 * A finance act's year as its tables head a column: `R14` (the accounts, regnskab), `B2021` (the budget), `F2022` /
 * `FL22` (the finance act), `BO2023` (budgetoverslag, the estimate of a later year); two digits only after `R`, `FL`
 * and `FFL` (`B52` is a bill's number). Groups: the four-digit year, or the two digits.
 */
const FINANCE_YEAR = /^(?:(?:R|B|F|FL|FFL|BO)((?:19|20)\d{2})|(?:R|FL|FFL)(\d{2}))$/u

/**
 * The year and the month a period code's period starts in — or a month's, named with its year as monthly tables head
 * their columns (`Juli 2005`, `Aug. 2005`, `Marts 2006`: `MONTH_YEAR`), or a half-year's or quarter's written out
 * (`1997 2. halvår`: `WRITTEN_PERIOD`) — or undefined where the text is none of these.
 */
function periodStart(text: string): { year: number; month: number } | undefined {
  const trimmed = text.trim()
  const finance = FINANCE_YEAR.exec(trimmed)
  const financeYear = finance?.[1] ?? finance?.[2]
  if (financeYear) {
    const digits = Number.parseInt(financeYear, 10)
    return { year: financeYear.length === 4 ? digits : 2000 + digits, month: 1 }
  }
  const month = MONTH_YEAR.exec(trimmed)
  if (month?.[1] && month[2]) return { year: Number.parseInt(month[2], 10), month: monthNumber(month[1]) }
  const written = /\d\.\s?[hk]/iu.test(trimmed) ? WRITTEN_PERIOD.exec(trimmed) : null
  if (written) {
    const year = Number.parseInt(written[1] ?? written[6] ?? '', 10)
    const number = Number.parseInt(written[2] ?? written[4] ?? '', 10)
    const count = /^h/iu.test(written[3] ?? written[5] ?? '') ? 2 : 4
    return number > count ? undefined : { year, month: 1 + ((number - 1) * 12) / count }
  }
  const match = PERIOD_CODE.exec(trimmed)
  if (!match?.[1] || !match[2] || !match[3]) return undefined
  const count = PERIODS_A_YEAR[match[2]] ?? 0
  const number = Number.parseInt(match[3], 10)
  if (number < 1 || number > count) return undefined
  const digits = Number.parseInt(match[1], 10)
  // `11K2`: this century unless the two digits can only be the last one's (`98K1`).
  const year = match[1].length === 4 ? digits : digits >= TWO_DIGIT_CENTURY_TURN ? 1900 + digits : 2000 + digits
  return { year, month: 1 + ((number - 1) * 12) / count }
}

/** Two-digit years from here on are the 1900s (`98K1`), below it the 2000s (`11K2`). */
const TWO_DIGIT_CENTURY_TURN = 50

/** Whether a cell is a period code over a column (`2019K1`, `2020M03`, `11K2`): a heading like a year, no value. */
export function isPeriodCode(text: string): boolean {
  return periodStart(text) !== undefined
}

/**
 * Where a year or period heading falls in time, in months, to tell a rising run of headings (`2019` `2020`; `2019K4`
 * `2020K1`; `2020M11` `2020M12`) from years that do not rise; NaN for any other text. A year that spans two
 * (`2019/20`) counts from its first.
 */
export function periodOrder(text: string): number {
  const period = periodStart(text)
  if (period) return period.year * 12 + period.month - 1
  return Number.parseInt(text, 10) * 12
}

/**
 * Whether year or period headings rise in time, each later than the one before (`periodOrder`): `2019` `2020`,
 * `2019K4` `2020K1`. A text that is no year or period does not rise.
 */
export function risesInTime(headings: readonly string[]): boolean {
  const order = headings.map(periodOrder)
  return order.every((time, at) => at === 0 || time > (order[at - 1] as number))
}

/** A token a row of values may hold: a value (with its unit, `12,5 pct.`), or a period code heading one (`2019K1`). */
export const isRowValue = (token: string) => isNumericToken(token) || isPeriodCode(token)

/** A unit printed after each value of a row: `12,5 pct.`, `45 %`, `1,5 mio. kr.` — part of the value's cell. */
const VALUE_UNIT = new RegExp(String.raw`^(?:${PERCENT}|${KRONER}|(?:${MILLIONS})\.?)$`, 'iu')

/** A row line's tokens, a unit after a value joined to it (`12,5` `pct.` → `12,5 pct.`; `1,5` `mio.` `kr.`). */
export function rowTokens(line: string): string[] {
  const result: string[] = []
  for (const token of tokens(line)) {
    const last = result.at(-1)
    if (last !== undefined && VALUE_UNIT.test(token) && isNumericToken(last.split(' ')[0] ?? ''))
      result[result.length - 1] = `${last} ${token}`
    else result.push(token)
  }
  return result
}

/** Whether a line reads as a row of a row-wise table (or its header: `2019K1 2019K2 …`). */
export function isTableRowLine(line: string): boolean {
  const parts = rowTokens(line)
  const values = parts.filter(isRowValue).length
  return values >= MIN_ROW_VALUES && values / parts.length >= MIN_VALUE_SHARE
}

/**
 * A unit the corner cell over the labels gives, which reads as a value alone: `1.000 kr.`, `Mio. kr.`, `1.000
 * personer` — the label column's heading, not a value.
 */
export const CORNER_UNIT = /^(?:1\.000(?:\.000)?\s?(?:kr\.?|personer)|(?:mio|mia)\.\s?kr\.?)$/iu

/**
 * Whether a line is one value alone (one-cell-per-line layout): its tokens all values, or the whole line one value
 * with its unit or sign (`12,5 pct.`, `2,5 mio. kr.`, `÷ 3`).
 */
export function isValueLine(line: string): boolean {
  // Most lines asked about are prose, whose first word is no value: the line is not split into its words for them.
  const text = line.trim()
  const firstGap = WHITESPACE.exec(text)?.index
  if (!isNumericToken(firstGap === undefined ? text : text.slice(0, firstGap))) return isNumericToken(line)
  const parts = tokens(line)
  return parts.length > 0 && (parts.every(isNumericToken) || isNumericToken(line))
}

/** A whitespace character, as `tokens` splits at. */
const WHITESPACE = /\s/u

/** Words a row label does not end on: the line after them goes on with the label (`EU/EØS/EFTA uden` `Norden i alt`). */
const OPEN_END = /\s(?:af|for|fra|i|med|og|på|samt|til|uden|eller)$/u

/**
 * A sub-row's label, which starts in lower case and is a row of its own (`heraf industri`, `- heraf kvinder`,
 * `herunder private`, `hvoraf udrejst`): Danish tables set the part of the row above so.
 */
const SUB_ROW = /^(?:[-–]\s?)?(?:heraf|deraf|hvoraf|herunder|heriblandt)(?!\p{L})/u

/** Whether a line is a sub-row's label (`SUB_ROW`): set with a dash, it is a row of the table, not a list's item. */
export function isSubRowLabel(text: string): boolean {
  return SUB_ROW.test(text.trim())
}

/**
 * A line that goes on from the one before: after a line-end hyphen, an open end or an open bracket, or starting in
 * lower case (`lande`) or with a bracket (`(dage)`, `(mio. kr.)`, `[kr./ha]`: a unit under its heading or label) — but a sub-row's
 * label (`heraf industri`) or a month (`jan.`, a column's heading) after a line that ends closed.
 */
export function continues(previous: string, line: string): boolean {
  const before = previous.trim()
  if (/\p{Ll}-$/u.test(before) || OPEN_END.test(before) || opensBracket(before)) return true
  const text = line.trim()
  return /^[\p{Ll}([]/u.test(text) && !isSubRowLabel(text) && !isMonthAlone(text)
}

/** A month's name or its shortening alone (`jan.`, `maj`, `sept.`): a column's heading, written in lower case. */
function isMonthAlone(text: string): boolean {
  const word = /^(\p{L}+)\.?$/u.exec(text)?.[1]
  return word !== undefined && (isMonthName(word) || isMonthAbbreviation(word))
}

/**
 * Whether a line leaves a bracket open (`Udgift pr. elev (kr.,` over `2023-pl)*`): the next line closes it, part of
 * the same cell whatever it starts with.
 */
function opensBracket(text: string): boolean {
  const open = text.lastIndexOf('(')
  return open !== -1 && !text.includes(')', open)
}

/** Text lines joined into entries where a line goes on from the one before. */
export function entries(lines: readonly string[]): string[][] {
  const result: string[][] = []
  for (const line of lines) {
    const last = result.at(-1)
    const previous = last?.at(-1)
    if (last && previous !== undefined && continues(previous, line)) last.push(line)
    else result.push([line])
  }
  return result
}

/** A run of text lines and the run of values after it: a column listed column by column, its heading and its cells. */
export interface TextBlock {
  texts: string[]
  values: string[]
}

/**
 * Lines (trimmed) as blocks of text lines, each followed by its run of values (`isValue`: `isValueLine`,
 * `isDataCell`); undefined where a value comes first or a block has no values.
 */
export function textBlocks(lines: readonly string[], isValue: (line: string) => boolean): TextBlock[] | undefined {
  const blocks: TextBlock[] = []
  for (const line of lines) {
    const text = line.trim()
    const last = blocks.at(-1)
    if (isValue(text)) {
      if (!last) return undefined
      last.values.push(text)
    } else if (!last || last.values.length > 0) blocks.push({ texts: [text], values: [] })
    else last.texts.push(text)
  }
  return blocks.every((block) => block.values.length > 0) ? blocks : undefined
}

/** The table read column by column, flagged: which lines were rows and which columns, and the label joins, are inferred. */
export function columnTable(
  headings: readonly string[],
  labels: readonly string[][],
  columns: ReadonlyArray<{ values: string[] }>,
  labelHeading = '',
): Table {
  const body = labels.map((lines, index) => [label(lines), ...columns.map((column) => column.values[index] ?? '')])
  return { ...tableNode([[labelHeading, ...headings], ...body]), data: { columnMajor: true } }
}

/** What sets cells apart where the text kept them apart: tabs (a copy from a word processor) or runs of spaces (`pdftotext -layout`). */
export const CELL_GAP = /\t+|\s{2,}/u

export function gapCells(line: string): string[] {
  return line
    .trim()
    .split(CELL_GAP)
    .map((cell) => cell.trim())
}

/** `Mænd 40.100`: a label of words, then one value (a table of two columns, set apart by a space only). */
export function labelAndValue(line: string): [string, string] | undefined {
  const parts = tokens(line)
  const value = parts.at(-1)
  if (parts.length < 2 || value === undefined || !isNumericToken(value) || parts.slice(0, -1).some(isNumericToken)) return undefined
  return [parts.slice(0, -1).join(' '), value]
}

/** Two or more lines that each are a label and one value. */
export function isLabelValueRun(lines: readonly string[]): boolean {
  const body = lines.filter((line) => line.trim() !== '')
  return body.length >= 2 && body.every((line) => labelAndValue(line) !== undefined)
}

/** Whether a line reads as part of a table in text: a row of values, or one value alone. */
export function isTableish(text: string): boolean {
  return isTableRowLine(text) || isValueLine(text) || isGappedRow(text)
}

/**
 * A row whose cells tabs or runs of spaces set apart, a label and its values (`Socialpædagogisk støtte i
 * botilbudslignende tilbud  12.100  13.100`): a row however long its label, which the share of values would miss.
 */
export function isGappedRow(text: string): boolean {
  if (!CELL_GAP.test(text.trim())) return false
  const [, ...values] = gapCells(text)
  return values.length >= 1 && values.every((value) => isValueLine(value))
}

/** Footnote marks after a heading: `2022¹`, `2023²³`. */
const FOOTNOTE_MARKS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}$/u

/** A year that spans two, as school, fiscal and season years are written: `2019/20`, `2020-21`, `2019/2020`. */
const YEAR_SPAN = /^((?:19|20)\d{2})[/-](\d{2}|(?:19|20)\d{2})\*?$/u

/**
 * A year as a table's heading or row label: `2013`, `2024*`, `2022¹` (a footnote mark), a year that spans two
 * (`2019/20`, `2020-21`) — the second the year after the first, so that a period (`2002-2007`) is none — or a
 * period of a year in Statistikbanken's code (`2019K1`, `2020M03`: `isPeriodCode`).
 */
export function isYearHeading(text: string): boolean {
  const trimmed = text.trim().replace(FOOTNOTE_MARKS, '')
  if (YEAR_HEADING.test(trimmed) || isPeriodCode(trimmed)) return true
  const span = YEAR_SPAN.exec(trimmed)
  if (!span?.[1] || !span[2]) return false
  const first = Number.parseInt(span[1], 10)
  const second = Number.parseInt(span[2], 10)
  return span[2].length === 2 ? second === (first + 1) % 100 : second === first + 1
}

/** Letters: a line with none is no label or heading (`2015->2016`, `-`, `12/4`). */
const LETTER = /\p{L}/u

/** A number in brackets alone (`(1.000)`, `(2)`): a unit under a heading (thousands) or a note's number, no value. */
const BRACKETED = /^\(\d[\d.,]{0,12}\)$/u

/** A year and a hyphen, the first part of a compound wrapped at its hyphen (`2016-` / `priser)`): words, no value. */
const WRAPPED_YEAR = /^(?:19|20)\d{2}-$/u

/** An age group as a row label: `0-17`, `18-64`, `65+`, `80 +` (ages up to `MAX_AGE`). */
const AGE_GROUP = /^(\d{1,3})(?:\s?[-–]\s?(\d{1,3})|\s?\+)$/u

/** The oldest age an age group names. */
const MAX_AGE = 120

/**
 * Whether a line is an age group (`AGE_GROUP`): two ages rising (`18-64`) or an age and a plus (`65+`) — a row label
 * of statistics by age, not a value (a value's sign comes first: `+3`); a period of years (`2015-2016`) is none.
 */
export function isAgeGroup(text: string): boolean {
  const match = AGE_GROUP.exec(text)
  if (!match) return false
  const from = Number(match[1])
  const to = match[2] === undefined ? undefined : Number(match[2])
  return from <= MAX_AGE && (to === undefined || (from < to && to <= MAX_AGE))
}

/** Longest line that is still one cell set on its own line (longer is prose). */
const MAX_DATA_CELL = 20

/**
 * A cell of data set on a line of its own: a value (`7.925`, `-`), a period code (`2019K1`, as a year is a value),
 * or a short line of digits and signs without letters (`2015->2016`, `1/2`) — a period or a ratio, which a table's column may hold among its values. Not a number
 * in brackets alone (`(1.000)`: a unit under a heading), nor a year wrapped at a compound's hyphen (`2016-`).
 */
export function isDataCell(line: string): boolean {
  return line.length <= DATA_CELL_KEPT_LENGTH ? keptDataCell(line) : readDataCell(line)
}

/**
 * Lines up to this long (a cell, a row of a few values) have their `isDataCell` answer kept by their text: the text
 * table readers ask of the same lines again and again (each run of cells, each reader), and a value line's answer
 * reads each of its words as a number. Longer lines (prose, mostly) fail on their first word, cheaper than a look-up.
 */
const DATA_CELL_KEPT_LENGTH = 40

/** How many lines' answers are kept before the memo starts over: more than a document's short lines. */
const DATA_CELLS_KEPT = 4096

const keptDataCell = readOnceByText((line: string) => readDataCell(line), DATA_CELLS_KEPT)

function readDataCell(line: string): boolean {
  const text = line.trim()
  if (BRACKETED.test(text) || WRAPPED_YEAR.test(text) || isAgeGroup(text)) return false
  return isValueLine(text) || isPeriodCode(text) || (text.length <= MAX_DATA_CELL && /\d/u.test(text) && !LETTER.test(text))
}

/** Longest line a text cell or a column heading set one per line has (longer is prose). */
const MAX_TEXT_CELL_LINE = 40

/**
 * Whether a line can be a line of a text cell or a heading set one per line: short, no value, ending no sentence
 * (`Mio. kr.`, ending in a unit's abbreviation, does not).
 */
export function isTextCellLine(line: string): boolean {
  const text = line.trim()
  return text !== '' && text.length <= MAX_TEXT_CELL_LINE && !isDataCell(text) && (!/[.:;]$/u.test(text) || endsInUnit(text))
}

/** Longest line of a cell wrapped into a narrow column: a value column's heading (`Hushold-` / `ninger`). */
const MAX_NARROW_LINE = 12

/**
 * Whether cells (each its lines as printed) are the headings of narrow value columns rather than row labels: most of
 * them wrapped (two or more), none of their lines longer than a narrow column holds (`Hushold-` / `ninger`, `Via
 * finans-` / `lov`, `PSO-` / `opkræv-` / `ning` / `i alt`) — a label column is set wide enough for its labels.
 */
export function narrowWrapped(cells: ReadonlyArray<readonly string[]>): boolean {
  // A unit on a line of its own (`Udbetalt` / `(mio. kr.)`) is set there, not wrapped.
  const isUnit = (line = '') => UNIT.test(line.trim()) || /^\(.*\)$/u.test(line.trim())
  const wrapped = cells.filter((lines) => lines.length > 1 && !(lines.length === 2 && isUnit(lines[1]))).length
  return wrapped >= 2 && wrapped * 2 >= cells.length && cells.every((lines) => lines.every((line) => line.trim().length <= MAX_NARROW_LINE))
}

/**
 * A column this much wider (in characters) than a wrapped cell's whole text would not have wrapped it: fonts are
 * proportional, so characters are only a rough measure of width.
 */
export const WRAP_SLACK = 1.2

/**
 * Whether cells (each its lines as printed) can stand in one column: a cell wrapped onto more lines could not fit
 * its column, so no other cell in that column has a line as long as the wrapped cell's whole text. Where one does,
 * the cells stood in columns of different widths — they are column headings, not row labels — which tells a
 * column-by-column reading from a row-by-row one (`Ændring i` / `perioden` beside `Heraf det samlede areal, der året
 * efter ikke` / …).
 */
export function fitOneColumn(cells: ReadonlyArray<readonly string[]>): boolean {
  // A unit on a line of its own (`Andel direkte i fleksjob` / `pct.`) is set there, not wrapped.
  const wrapped = cells.map((lines) => (lines.length > 1 && UNIT.test(lines.at(-1)?.trim() ?? '') ? lines.slice(0, -1) : lines))
  const longest = Math.max(0, ...wrapped.flat().map((line) => line.trim().length))
  return wrapped.every((lines) => lines.length < 2 || joinLines(lines.map((line) => line.trim())).length * WRAP_SLACK > longest)
}

/** A unit a column heading names, which a row label does not: `(mio. kr.)`, `(antal)`, `i pct.`, `%`, `(dage)`. */
const HEADING_UNIT = new RegExp(
  String.raw`\((?:(?:${MILLIONS}|t|kr)\.|${PERCENT}|${COUNTED}|${DURATIONS})[^()]{0,12}\)|(?<!\w)(?:${MILLIONS})\.\s?${KRONER}|(?<!\w)pct\.|%`,
  'iu',
)

/** A line's first word, of letters and stops (`Pr.`, `Antal`). */
const OPENING_WORD = /^[\p{L}.]+/u

/** A line's first word, lower-cased (`pr.`, `antal`): the headings of a series open with the same one. */
const openingWord = (line: string): string | undefined => OPENING_WORD.exec(line.trim())?.[0]?.toLocaleLowerCase('da')

/**
 * Whether `line` opens with the word one of `headings` opens with (`Pr. måned` beside `Pr. år`, `Antal mænd` beside
 * `Antal kvinder`): the headings of a series are worded alike.
 */
export function sharesLead(line: string, headings: readonly string[]): boolean {
  const lead = openingWord(line)
  return lead !== undefined && headings.some((heading) => openingWord(heading) === lead)
}

/** Whether a heading names a unit (`HEADING_UNIT`). */
export const namesUnit = (text: string): boolean => HEADING_UNIT.test(text)

/** A heading that names a measure, which a row label seldom is: `Antal`, `Andel, pct.`, `Beløb`, `Udgifter`. */
const MEASURE_HEADING = new RegExp(String.raw`^(?:antal|andel|beløb|udgift(?:er)?|tilskud|${PERCENT_WORDS})\b`, 'iu')

/** Whether a line reads as a value column's heading: it names a measure (`MEASURE_HEADING`) or a unit (`namesUnit`). */
export const isMeasureHeading = (text: string): boolean => MEASURE_HEADING.test(text.trim()) || namesUnit(text)

/**
 * The lines from `start` whose text passes `test`, up to the first that fails; lines with a role (a page's header or
 * footer printed among the cells) are stepped over and left out. `next` is where the run stopped.
 */
export function runOfLines(
  lines: readonly LayoutLine[],
  start: number,
  test: (text: string) => boolean,
): { run: LayoutLine[]; next: number } {
  const run: LayoutLine[] = []
  let next = start
  for (; next < lines.length; next++) {
    const line = lines[next] as LayoutLine
    if (line.role) continue
    if (!test(line.text)) break
    run.push(line)
  }
  return { run, next }
}

/**
 * A table whose cells could not be read (`reader: 'layout-lost'`): no rows, its lines' texts kept as `uncertain`, so
 * that the record says so instead of printing the numbers as text.
 */
export function lostTable(texts: readonly string[]): Table {
  return { type: 'table', children: [], data: { uncertain: texts.join('\n'), reader: 'layout-lost' } }
}
