/**
 * The `cell-per-line` text table reader: one cell per line, row by row — a header row, then each row's label
 * and its values.
 */
import type { Table } from 'mdast'
import { joinLines } from '../../../util/hyphenation.js'
import { tableNode } from '../../../util/mdast-table.js'
import {
  continues,
  entries,
  fitOneColumn,
  isDataCell,
  isMeasureHeading,
  isPeriodCode,
  isYearHeading,
  label,
  MAX_TEXT_COLUMNS,
  narrowWrapped,
  PAGE_VALUES_WIDTH,
  risesInTime,
  sharesLead,
  VALUE_GAP,
  WRAP_SLACK,
  widerThanPage,
} from '../table-lines.js'
import { sumsTo, TOTAL_LABEL } from '../totals.js'
import { COUNTED, KRONER, MILLIONS, PERCENT } from '../units.js'
import { textColumns } from './text-columns.js'

/** A row's text lines (its label; for the first, the headings too) and the run of data cells after them. */
interface Group {
  labels: string[]
  values: string[]
}

/** Lines as groups: text lines, then the run of data cells that follows them. */
function groupsOf(lines: readonly string[]): Group[] {
  const groups: Group[] = []
  let current: Group = { labels: [], values: [] }
  for (const line of lines) {
    if (isDataCell(line)) {
      current.values.push(line.trim())
    } else {
      if (current.values.length > 0) {
        groups.push(current)
        current = { labels: [], values: [] }
      }
      current.labels.push(line.trim())
    }
  }
  // Text lines after the last values are no row's: the lines are not this table alone.
  if (current.labels.length > 0 && current.values.length === 0) return []
  if (current.values.length > 0) groups.push(current)
  return groups
}

/** Why a row-by-row reading is chosen where a column-by-column one fits the same lines. */
const BY_YEARS = 'read row by row because the years head the columns; read column by column, the same lines fit too'
const BY_ORDER = 'read row by row, the usual order; the same lines fit a column-by-column reading too'
const BY_GROUPS = 'the headings over the repeated years were put over equal shares of the columns, in order'

const BY_UNIT_CORNER =
  'read row by row, the years as the rows: the heading over the years names a unit, not the other headings; the same lines fit a column-by-column reading with the years across'

const BY_YEAR_ROWS =
  'read row by row, the years as the rows; with no heading over the years, the same lines fit a column-by-column reading with the years across'

/**
 * The heading of a column of years: `År`, `Årstal`, `Periode`, or a word compounded on `-år` (`Tilsagnsår`,
 * `Regnskabsår`, `Skoleår`, `Kalenderår`) — a heading that names a category heads labels instead.
 */
const YEAR_COLUMN_HEADING = /^(?:\p{L}{0,20}år|årstal|periode)$/iu

/**
 * The heading of a column of periods in Statistikbanken's code (`Måned` over `2023M01` …, `Kvartal` over `2022K1`):
 * over years, `Måned` heads month names and the years run across.
 */
const PERIOD_COLUMN_HEADING = /^(?:måned|kvartal|halvår)$/iu

/** Most lines a row's label may take in a table set one cell per line. */
const MAX_LABEL_LINES = 4

/** A line a row's label cannot start with: one that starts in lower case goes on from running text (`og i 2021`). */
const PROSE_START = /^\p{Ll}/u

/** Why a row's label lines that do not go on from each other were kept as one label. */
const BY_GROUP_WRAP =
  "a row's label lines do not go on from each other and its column is narrow enough to have wrapped them: a group heading over the rows may have been joined to the row's label"

/**
 * A row's label lines where one does not go on from the one before (`Vestlige lande` / `Tyskland`): the lines before
 * are rows of their own, without values — group headings over the rows after them — where the label column is wide
 * enough that the lines joined would not have wrapped (some label line as long, `WRAP_SLACK` over), or where they
 * end in a colon (`Heraf:`). Else the lines stay one label (a wrapped `Region` / `Hovedstaden` reads the same),
 * flagged.
 */
function splitGroupHeadings(rows: readonly Group[]): { rows: Group[]; joined: boolean } {
  const longest = Math.max(0, ...rows.flatMap((row) => row.labels.map((line) => line.trim().length)))
  let joined = false
  const split = rows.flatMap((row) => {
    const parts = entries(row.labels)
    if (parts.length < 2) return [row]
    const headed = parts.slice(0, -1).every((part) => part.at(-1)?.trim().endsWith(':'))
    if (!headed && joinLines(row.labels).length * WRAP_SLACK > longest) {
      joined = true
      return [row]
    }
    return [...parts.slice(0, -1).map((part) => ({ labels: part, values: [] })), { labels: parts.at(-1) ?? [], values: row.values }]
  })
  return { rows: split, joined }
}

/**
 * Rows as cells, all rows as wide as the header, each with a label; the row labels able to share one column. Rows
 * without values are group headings split from the labels after them (`splitGroupHeadings`).
 */
function finish(header: string[], rows: readonly Group[], orderInferred: string | undefined): Table | undefined {
  const width = header.length - 1
  if (rows.length === 0 || !rows.every((row) => row.values.length === width && row.labels.length > 0)) return undefined
  const grouped = splitGroupHeadings(rows)
  // Row labels wrapped at different widths stood in different columns: then this is no row-by-row table.
  if (!fitOneColumn(grouped.rows.map((row) => row.labels))) return undefined
  const empty = Array<string>(width).fill('')
  const table = tableNode([header, ...grouped.rows.map((row) => [label(row.labels), ...(row.values.length > 0 ? row.values : empty)])])
  const reason = [orderInferred, grouped.joined ? BY_GROUP_WRAP : undefined].filter((part) => part !== undefined).join('; ')
  return reason !== '' ? { ...table, data: { orderInferred: reason } } : table
}

/** How many of a run's cells are years, from its start. */
function leadingYears(values: readonly string[]): number {
  const first = values.findIndex((value) => !isYearHeading(value))
  return first === -1 ? values.length : first
}

/**
 * A header run of years: `Køn` `2010` `2011` `Mænd` `7.925` `7.225` … — the text before the years heads the label
 * column. Or the first row's label before the headings, its values right after them: `Antal afslag` `2019` `2020`
 * `2.807` `2.901` `Antal sager` … (one year column is enough when more rows follow).
 */
function yearHeaded(groups: readonly Group[]): Table | undefined {
  const [head, ...rest] = groups
  if (!head) return undefined
  const years = leadingYears(head.values)
  const grouped = years === head.values.length && rest.length > 0 ? groupHeadings(head.labels, head.values) : undefined
  if (grouped) return finish(grouped, rest, BY_GROUPS)
  if (years > 0 && head.values.length === 2 * years) {
    const firstRow = { labels: head.labels, values: head.values.slice(years) }
    if (rest.length === 0) return undefined
    return finish(['', ...head.values.slice(0, years)], [firstRow, ...rest], undefined)
  }
  if (years !== head.values.length || rest.length === 0 || (years < 2 && rest.length < 2)) return undefined
  const units = unitsRow(rest[0]?.labels ?? [], years)
  if (units) {
    // A header row of units under the years (`2021` `2022` / `Mio. kr.` `Mio. kr.`): each year and its unit.
    const [first, ...others] = rest as [Group, ...Group[]]
    const headings = head.values.map((year, at) => `${year} ${units[at] ?? ''}`)
    return finish([label(head.labels), ...headings], [{ ...first, labels: first.labels.slice(years) }, ...others], BY_YEARS)
  }
  // Row labels wrapped into a narrow column are value columns' headings: the years are the rows (`column-major`).
  if (narrowWrapped(rest.map((row) => row.labels))) return undefined
  // Headings each on one line that side by side would be wider than a page (`Juli 2016` … `Juni 2017`): no header
  // row, but a column of row labels (`column-major`).
  if (widerThanPage(head.values)) return undefined
  const measured = measureOverYears(head.labels, head.values)
  if (measured) return finish(measured, rest, `${BY_YEARS}; ${BY_MEASURE_OVER_YEARS}`)
  return finish([label(head.labels), ...head.values], rest, BY_YEARS)
}

/** Why a heading before the years was read as theirs, not the label column's. */
const BY_MEASURE_OVER_YEARS =
  "of the two headings before the years, the second names a measure or unit and was read as the years' group heading"

/**
 * The text before a header of years as two headings (`Station` / `Antal` / `påstigere` / `(tusinder)` / `2013`): the
 * label column's, then one over the years that names a measure or a unit (`isMeasureHeading`) where the first does
 * not — Word sets a value column's heading wrapped over its year, and the text gives the row's cells in order. Each
 * year is headed `<heading> <year>` (`Antal påstigere (tusinder) 2013`). Undefined unless the lines make exactly
 * those two headings (`entries`: a line going on from the one before joins it).
 */
function measureOverYears(lines: readonly string[], years: readonly string[]): string[] | undefined {
  const headings = entries(lines).map(joinLines)
  const [labelHeading = '', measure = ''] = headings
  if (headings.length !== 2 || !isMeasureHeading(measure) || isMeasureHeading(labelHeading)) return undefined
  return [labelHeading, ...years.map((year) => `${measure} ${year}`)]
}

/**
 * The units row under a header of years: the first `years` label lines all units (`Mio. kr.`, `Pct.`, `(1.000)`),
 * one per year column, and a row's label after them. Undefined unless so.
 */
function unitsRow(labels: readonly string[], years: number): string[] | undefined {
  if (years < 2 || labels.length <= years) return undefined
  const units = labels.slice(0, years)
  return units.every((unit) => UNIT_HEADING.test(unit.trim())) ? units.map((unit) => unit.trim()) : undefined
}

/**
 * Years that repeat (`2022` `2023` `2022` `2023`) under group headings (`Mænd` `Kvinder`, and the label column's
 * heading first, if any): each group heading over an equal share of the columns, in order — `Mænd 2022`. Undefined
 * unless the years repeat one rising run and the text lines give one heading per group (and one more at most).
 */
function groupHeadings(texts: readonly string[], years: readonly string[]): string[] | undefined {
  for (let period = 2; period < years.length; period++) {
    if (years.length % period !== 0 || !years.every((year, at) => year === years[at % period])) continue
    if (!risesInTime(years.slice(0, period))) return undefined
    const count = years.length / period
    const parts = texts.length === count || texts.length === count + 1 ? [...texts] : entries(texts).map(joinLines)
    if (parts.length !== count && parts.length !== count + 1) return undefined
    const labelHeading = parts.length > count ? (parts.shift() ?? '') : ''
    return [labelHeading, ...years.map((year, at) => `${parts[Math.floor(at / period)]} ${year}`)]
  }
  return undefined
}

/** Whether rows' labels read as labels: a few lines each, none starting as running text goes on. */
function rowLabels(rows: readonly Group[]): boolean {
  return rows.every((row) => row.labels.length <= MAX_LABEL_LINES && !PROSE_START.test(row.labels[0] ?? ''))
}

/** A unit set in a header row of its own under the headings: `(1.000)`, `(mio. kr.)`, `Mio. kr.`, `Pct.`, `Kr.` */
const UNIT_HEADING = new RegExp(
  String.raw`^(?:\([^()]{1,20}\)|(?:${MILLIONS}|t)\.?\s?${KRONER}|${KRONER}|${PERCENT}|${COUNTED}|dage|måneder|uger)$`,
  'iu',
)

/**
 * A header of two rows, the headings and then their units (`Antal ejere` `Provenu` `(1.000)` `Mio. kr.`): each
 * heading joined with the unit under it, in order (`Antal ejere (1.000)`, `Provenu Mio. kr.`); a heading over the
 * labels may come first. Undefined unless the lines are the headings and as many units.
 */
function headingsOverUnits(lines: readonly string[], width: number): string[] | undefined {
  const over = lines.length - 2 * width
  if (width < 2 || (over !== 0 && over !== 1)) return undefined
  const headings = lines.slice(over, over + width)
  const units = lines.slice(over + width)
  if (!units.every((unit) => UNIT_HEADING.test(unit.trim())) || headings.some((heading) => UNIT_HEADING.test(heading.trim())))
    return undefined
  return [...lines.slice(0, over), ...headings.map((heading, at) => `${heading.trim()} ${units[at]?.trim() ?? ''}`)]
}

/** A wrapped heading's lines as one heading each, where a line goes on from the one before (`Gennemsnitlig` / `sagsbehandlingstid` / `(dage)`). */
function headingsOf(lines: readonly string[], width: number): string[] | undefined {
  const overUnits = headingsOverUnits(lines, width)
  if (overUnits) return overUnits
  // A heading wrapped onto more lines: after a word broken at its hyphen, or where a line of words goes on in lower
  // case (`Udviklingsbistand til mindst` / `udviklede lande som pct. af BNI`) — not a unit heading (`pct.`).
  const wrapped = lines.some(
    (line, at) => at > 0 && PROSE_START.test(line) && (/\p{Ll}-$/u.test(lines[at - 1] ?? '') || wordsIn(line) >= PHRASE_WORDS),
  )
  const leads = repeatedLeads(lines)
  const joined = entries(lines).map(joinLines)
  // A label column's heading does not open with the word the value columns' headings open with (`Antal Med` before
  // `Antal Uden` …): there the lines are read by their opening words.
  const stubLed = joined.length === width + 1 && leads.has(leadWord(joined[0] ?? '') ?? '')
  const led = leads.size > 0 ? byLeadWords(lines, leads) : undefined
  const apart = joined.length === width ? stubApart(lines, width) : undefined
  if (apart) return apart
  const candidates = wrapped ? [stubLed ? undefined : joined, led] : [[...lines], stubLed ? undefined : joined, led]
  return candidates.find((headings) => headings !== undefined && (headings.length === width || headings.length === width + 1))
}

/** A line's first word, of letters or digits: `65`, `Antal`, `til`. */
const FIRST_WORD = /^[\p{L}\d]+/u

/**
 * The label column's heading apart from the value columns' where each value column's heading opens with one word and
 * none of the lines before the first does (`Udsættelse af udbetaling fra` / `65 år` / `til 70 år` / `65 år` / `til 75
 * år` …, Beskæftigelsesministeriet 2006): joined as a wrapped heading, the label column's (ending as if it went on,
 * `… fra`) would open the first value column's, and that heading would read unlike the others. `width` value headings
 * and the label column's, or undefined.
 */
function stubApart(lines: readonly string[], width: number): string[] | undefined {
  const firsts = lines.map((line) => FIRST_WORD.exec(line.trim())?.[0])
  const lead = firsts[1]
  if (width < 2 || lead === undefined || firsts[0] === lead) return undefined
  const starts = firsts.flatMap((word, at) => (word === lead ? [at] : []))
  if (starts.length !== width || starts[0] !== 1) return undefined
  const groups = starts.map((start, at) => lines.slice(start, starts[at + 1] ?? lines.length))
  // Each value heading of as many lines as the others: the repeated shape that tells them apart from the label's.
  if (groups.some((group) => group.length !== groups[0]?.length)) return undefined
  return [lines[0] as string, ...groups.map(joinLines)]
}

/** A line's first word where it opens with a capital: `Antal`, `Pct.`. */
const LEAD_WORD = /^\p{Lu}\S*/u

const leadWord = (line: string): string | undefined => LEAD_WORD.exec(line.trim())?.[0]

/** The capitalised words that open two lines or more (`Antal`, `Pct.`). */
function repeatedLeads(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>()
  for (const line of lines) {
    const lead = leadWord(line)
    if (lead !== undefined) counts.set(lead, (counts.get(lead) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([lead]) => lead))
}

/**
 * Headings that each open with a word several of them open with (`leads`: `Antal Med` / `Samtykke 1` / `Antal Uden` /
 * `samtykke 2` / … / `Pct. Med` / `samtykke` …; `Tilsagnsår` / `Antal` / `Individuelle.` / `bofællesskaber` / `Antal`
 * / …): each such line starts a heading and the lines after it are its wrapped lines; the lines before the first are
 * one heading (the label column's).
 */
function byLeadWords(lines: readonly string[], leads: ReadonlySet<string>): string[] {
  const groups: string[][] = []
  for (const line of lines) {
    const last = groups.at(-1)
    if (last === undefined || leads.has(leadWord(line) ?? '')) groups.push([line])
    else last.push(line)
  }
  return groups.map(joinLines)
}

/** Words at least in a lower-case line that goes on a heading, not names a unit (`pct.`, `mio. kr.`). */
const PHRASE_WORDS = 3

/** How many words a line holds. */
function wordsIn(line: string): number {
  return line.trim().split(/\s+/u).filter(Boolean).length
}

/** Most words a column heading named in a group heading has (`Løn`, `Drift`, `Mænd`). */
const MAX_NAMED_WORDS = 2

/**
 * A group heading set first that names the columns under it (`Fordeling på løn/drift` over `Løn` `Drift`;
 * `Antal mænd og kvinder` over `Mænd` `Kvinder`), where one heading more than the value columns came: it heads
 * those columns, not the labels (a table prints it above them, so the text gives it first). Two or more
 * neighbouring headings after it, each of a word or two found whole in it, are its columns: each is written
 * `<group> <heading>`, and the label column has no heading. Undefined where it names fewer than two.
 */
function namedGroup(headings: readonly string[]): string[] | undefined {
  const [group = '', ...columns] = headings
  const groupWords = new Set(group.toLocaleLowerCase('da').split(/[^\p{L}\d]+/u))
  const named = columns.map((heading) => {
    const words = heading.trim().toLocaleLowerCase('da').split(/\s+/u)
    return words.length <= MAX_NAMED_WORDS && words.every((word) => groupWords.has(word))
  })
  const first = named.indexOf(true)
  const count = named.filter(Boolean).length
  if (count < 2 || named.lastIndexOf(true) - first + 1 !== count) return undefined
  return ['', ...columns.map((heading, at) => (named[at] ? `${group.trim()} ${heading.trim()}` : heading))]
}

/**
 * A header run of words (`Måned` `jan.` `feb.` … `I alt`), then each row's label and its values: the first group's
 * text lines are the headings and the first row's label — one heading per value column, and one over the labels or
 * none; a heading may wrap onto more lines (`Nationalitet` `Gennemsnitlig` `sagsbehandlingstid` `(dage)` over
 * `Syrien*` `214`). The first row's label is its last line or lines, never one that goes on from the line before.
 */
function textHeaded(groups: readonly Group[]): Table | undefined {
  const [head, ...rest] = groups
  const width = head?.values.length ?? 0
  if (!head || width < 1 || rest.length === 0 || !rowLabels(rest) || totalsRunDown(head, rest) || splitSeries(head, rest)) return undefined
  const grouped = unnamedGroup(head, rest)
  if (grouped) return grouped
  for (let labelLines = 1; labelLines <= Math.min(MAX_LABEL_LINES, head.labels.length - 1); labelLines++) {
    const headingLines = head.labels.slice(0, -labelLines)
    const labelPart = head.labels.slice(-labelLines)
    if (PROSE_START.test(labelPart[0] ?? '') || continues(headingLines.at(-1) ?? '', labelPart[0] ?? '')) continue
    const headings = headingsOf(headingLines, width)
    if (!headings || labelsAcross(headingLines, headings, width)) continue
    const firstRow = { labels: labelPart, values: head.values }
    const header = headings.length === width ? ['', ...headings] : (namedGroup(headings) ?? headings)
    const read = finish(header, [firstRow, ...rest], BY_ORDER)
    if (read) return read
  }
  return undefined
}

/**
 * Whether the lines were listed column by column with a totals row last, which the totals prove: the first group is
 * a column's heading, the row labels and that column's values (as many values as labels), each later group a
 * column's heading and values, and the last row label a total (`I alt`) whose value in every column is the sum of
 * the values above it — `Under 3 mio. kr.` / `Hovedstaden` … `I alt` / `314.400` … `2.268.800` / `Over 3 mio. kr.` /
 * `425.300` … Read row by row, the same lines would make the total the first row and the regions headings.
 */
function totalsRunDown(head: Group, rest: readonly Group[]): boolean {
  const labels = head.labels.slice(1)
  const width = head.values.length
  if (labels.length !== width || width < 3 || !TOTAL_LABEL.test(labels.at(-1)?.trim() ?? '')) return false
  if (!rest.every((group) => group.values.length === width)) return false
  return [head, ...rest].every((group) =>
    sumsTo(
      group.values.slice(0, -1).map((value) => [value]),
      group.values.slice(-1),
    ),
  )
}

/**
 * Whether the value columns' headings would need a row wider than a page holds side by side, by more than characters
 * mismeasure a line (`widerThanPage` with `WRAP_SLACK`: `Tilskud fra kvalitetsfonden` `Regional egenfinansiering`
 * `Lån til energiinvesteringer (godkendte lån pr. marts 2015)` `I alt`): Word wraps a heading wider than its column,
 * and a rendition keeps the wrapped lines apart, so a column is at least as wide as its heading's longest line; lines
 * that long together stood in the label column — the cells were listed column by column (`column-major`,
 * `column-major-years`), not row by row. A budget's rows wrapped under a unit (`Statsligt forskningsbudget` / `- heraf
 * udmøntet på ministerområ-` / `derne` / … / `Offentligt forskningsbudget i alt`) are so too. Five intervals (`1.001
 * kr. – 2.500 kr.` …) a little over a page's width are a header row still. False where wrapped lines do not split
 * into one entry per heading.
 */
function labelsAcross(headingLines: readonly string[], headings: readonly string[], width: number): boolean {
  const parts = headings.length === headingLines.length ? headingLines.map((line) => [line]) : entries(headingLines)
  if (parts.length !== headings.length) return false
  const longest = parts
    .slice(-width)
    .map((part) => part.reduce((wide, line) => (line.trim().length > wide.length ? line.trim() : wide), ''))
  return widerThanPage(longest, WRAP_SLACK)
}

/**
 * Whether the first text line and a later row's label open with the same word (`Pr. måned` … `Pr. år`): worded
 * alike, they are headings of one series, which a row-by-row reading would put on two axes (the first a column's
 * heading, the other a row's label). The lines were listed column by column, each value column's heading before its
 * values (`column-major`).
 */
function splitSeries(head: Group, rest: readonly Group[]): boolean {
  const oneLineLabels = rest.flatMap((row) => (row.labels.length === 1 ? row.labels : []))
  return sharesLead(head.labels[0] ?? '', oneLineLabels)
}

/** Why one heading more than the columns was read as a heading over the value columns. */
const BY_UNNAMED_GROUP =
  "one heading more than the columns, each row a one-line label: the heading after the label column's was read as a group heading over the value columns"

/**
 * A group heading over word columns (`Område` `Antal sager` `Modtaget` `Afgjort`, then `Beskæftigelse` `1.234`
 * `1.100` …): Word lists a merged heading cell before the row under it, so the headings are one more than the columns
 * — the label column's heading, the group heading, then the value columns' headings. Read so where every other row's
 * label is one line (the first row's label would otherwise be the last heading and its own line, two lines that do not
 * go on from each other) and no heading goes on from the one before; each value column is headed `<group> <heading>`,
 * flagged. Two value columns at least (a group over one column is a wrapped heading).
 */
function unnamedGroup(head: Group, rest: readonly Group[]): Table | undefined {
  const width = head.values.length
  const headingLines = head.labels.slice(0, -1)
  const firstLabel = head.labels.at(-1) ?? ''
  if (width < 2 || headingLines.length !== width + 2 || !rest.every((row) => row.labels.length === 1)) return undefined
  if (entries(headingLines).length !== headingLines.length || continues(headingLines.at(-1) ?? '', firstLabel)) return undefined
  if (headingLines.some((line) => isYearHeading(line) || UNIT_HEADING.test(line.trim()))) return undefined
  const [labelHeading = '', group = '', ...columns] = headingLines
  const header = [labelHeading, ...columns.map((heading) => `${group} ${heading}`)]
  const table = finish(header, [{ labels: [firstLabel], values: head.values }, ...rest], undefined)
  return table ? { ...table, data: { orderInferred: BY_UNNAMED_GROUP } } : undefined
}

/**
 * Two columns without a header: each row a label and one value (`Tilskud til private leverandører` `12,5 mio. kr.`
 * `I alt` `15,7 mio. kr.`). Read only where every row's label reads as one — its lines going on from each other, no
 * line of running text — two rows at least; the header is left empty. (Wider rows without a header are left alone:
 * a first row of values that is no run of years may be a header that lost its place.)
 */
function headerless(groups: readonly Group[]): Table | undefined {
  if (groups.length < 2 || !groups.every((row) => row.values.length === 1) || !rowLabels(groups)) return undefined
  // Years alone are headings whose values come elsewhere, not a column of values.
  if (groups.every((row) => isYearHeading(row.values[0] ?? ''))) return undefined
  if (groups.some((row) => row.labels.some((line, at) => at > 0 && !continues(row.labels[at - 1] ?? '', line)))) return undefined
  return finish(['', ''], groups, undefined)
}

/** Fewest value columns under a corner that names a unit for the years to be read as the rows (`unitOverColumns`). */
const UNIT_CORNER_MIN_COLUMNS = 2

/**
 * Whether the heading over the years names the cells' measure or unit (`Antal`, `mia. kr. årets priser`) over
 * `width` value columns, two or more (`Antal` / `Hovedstaden` / `Sjælland` / … / `2007` / `1498` / `395` / … /
 * `2008` …): it says what the values count, not what the other headings are, as a category does (`Køn` over `Mænd`
 * `Kvinder`), so the years are the rows, read row by row as the text gives them. One value column under it is a
 * series set across the page as often (`Mia. kr., 2015-pl` / `Serviceudgifter` / `2007` / `234,5` / …): there the
 * years stay the columns. Flagged (`BY_UNIT_CORNER`). Headings too wide to stand over columns are rows instead
 * (`labelsAcross`).
 */
function unitOverColumns(corner: string, width: number): boolean {
  return width >= UNIT_CORNER_MIN_COLUMNS && isMeasureHeading(corner)
}

/**
 * Years as the rows, row by row: the headings (`År` `Mænd` `Kvinder` `I alt`), then each row its year and values
 * (`2021` `1.200` `1.300` `2.500` `2022` …) — all of them cells of data, one run, and a totals row after it, if any
 * (`Alle år` and a value per column). The run splits into rows of one year and as many values as there are headings
 * after the first (or headings), the years rising. The heading over
 * the years must say they are years (`År`); one that names a unit over two value columns or more is read so too, and
 * flagged (`unitOverColumns`), as the reading is where no heading stands over the years.
 */
function yearRows(groups: readonly Group[]): Table | undefined {
  const [only, totals] = groups
  if (!only || groups.length > 2) return undefined
  // A totals row after the years (`Alle år` / `1.976` / `508`): one label line, a value per column.
  if (totals && (totals.labels.length !== 1 || PROSE_START.test(totals.labels[0] ?? ''))) return undefined
  const cells = only.values
  for (let width = 1; width < MAX_TEXT_COLUMNS; width++) {
    const stride = width + 1
    const rows = cells.length / stride
    if (!Number.isInteger(rows) || rows < 2 || (totals && totals.values.length !== width)) continue
    const years = Array.from({ length: rows }, (_, row) => cells[row * stride] ?? '')
    if (!years.every((year) => isYearHeading(year)) || !risesInTime(years)) continue
    const headings = headingsOf(only.labels, width)
    if (!headings) continue
    // A heading over the years other than `År` names what the other headings are (`Køn` over `Mænd` `Kvinder`): the
    // cells were listed column by column, the years across (`column-major-years` reads them) — unless it names a
    // measure or unit (`unitCorner`).
    const yearColumn =
      YEAR_COLUMN_HEADING.test(headings[0] ?? '') || (PERIOD_COLUMN_HEADING.test(headings[0] ?? '') && years.every(isPeriodCode))
    const unitCorner =
      headings.length > width && !yearColumn && unitOverColumns(headings[0] ?? '', width) && !labelsAcross(only.labels, headings, width)
    if (headings.length > width && !yearColumn && !unitCorner) return undefined
    const header = headings.length === width ? ['', ...headings] : headings
    const totalsRow = totals ? [[totals.labels[0] ?? '', ...totals.values]] : []
    const table = tableNode([
      header,
      ...Array.from({ length: rows }, (_, row) => cells.slice(row * stride, row * stride + stride)),
      ...totalsRow,
    ])
    if (unitCorner) return { ...table, data: { orderInferred: BY_UNIT_CORNER } }
    return headings.length === width ? { ...table, data: { orderInferred: BY_YEAR_ROWS } } : table
  }
  return undefined
}

/**
 * One cell per line, row by row: a header row (years, or words), then per row its label and a run of values as
 * long. A row label may wrap onto more lines. Where the same lines also read column by column, the table says so
 * (`data.orderInferred`).
 */
export function cellPerLine(lines: readonly string[]): Table | undefined {
  const groups = groupsOf(lines)
  return (
    textColumns(lines) ?? yearHeaded(groups) ?? textHeaded(groups) ?? yearRows(groups) ?? headerless(groups) ?? yearBeforeHeadings(lines)
  )
}

/** Why the first year was read as the first row's: the rendition set it before the headings. */
const BY_YEAR_FIRST = "the year before the headings was read as the first row's label, which the rendition set before them"

/**
 * Years as the rows (`yearRows`), the first row's year set before the headings (`2012` / `Adfærdsklagesager i alt` /
 * `Øvrige*` / … / `632 (111)` / `377 (75)` / … / `2013` / `715` / …): read with that year moved to the first row.
 * The same lines read column by column under the years (`column-major-years`: the year, the row labels, its values,
 * the next year …) where that fits the page; it does not where the years across, each column as wide as its widest
 * value, would need a row wider than a page holds (`PAGE_VALUES_WIDTH`: nine years of `25 (9,8 %) (9)`). Flagged.
 */
function yearBeforeHeadings(lines: readonly string[]): Table | undefined {
  const [year, ...rest] = lines
  if (!year || !isYearHeading(year.trim()) || rest.length === 0 || isDataCell(rest[0] ?? '')) return undefined
  const firstValue = rest.findIndex((line) => isDataCell(line))
  if (firstValue < 1) return undefined
  const table = yearRows(groupsOf([...rest.slice(0, firstValue), year, ...rest.slice(firstValue)]))
  if (!table) return undefined
  const years = table.children.length - 1
  const widest = Math.max(...rest.slice(firstValue).map((line) => line.trim().length))
  if (years * (widest + VALUE_GAP) <= PAGE_VALUES_WIDTH) return undefined
  const before = table.data?.orderInferred
  return { ...table, data: { orderInferred: typeof before === 'string' ? `${before}; ${BY_YEAR_FIRST}` : BY_YEAR_FIRST } }
}
