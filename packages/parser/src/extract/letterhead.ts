/**
 * The letter's date and the ministry's case number, from the letterhead block:
 * `7. september 2021`, `Dato: 29-03-2020`, `18. december 2008J.nr. 2008-0006659`, `J.nr. 2021 - 5446`,
 * `Sagsnr.` / `2020 - 9776`, the two-column `Dato / J.nr. / : / : / 14. marts 2006 / 500-15`, `Maj 2005`.
 */
import { MONTH_YEAR, findDate, parseDateLine } from '../util/dates.js'
import type { Context } from './context.js'
import type { Line } from './lines.js'

/** A case-number label and what follows it on the line. */
const CASE_NUMBER =
  /(?:^|\d{4})\s*(?:J\.\s?nr\.?|Sagsnr\.?|Sags\s?nr\.?|Sagsnummer|Sag\s+nr\.?|Vores\s+sag|Vores\s+ref\.?|Journalnummer|Journal\s?nr\.?|Jour\.\s?nr\.?)\s*(?::\s*)?(\S.*|)$/su

/** A letterhead label alone on its line: `Tel.`, `Mail`, `CVR-nr.`, `Sags nr.`, `Akt-id`, `J.nr.:`. */
const LABEL_ONLY =
  /^(?:T|E|Tel\.?|Tlf\.?|Telefon|Fax|Mail|E-?mail|Web|CVR(?:-nr\.?)?|EAN(?:-nr\.?)?|Sags\s?nr\.?|Sagsnr\.?|Sagsnummer|J\.\s?nr\.?|Akt-?id|Dato|Direkte|Vores\s+ref\.?|Ref\.?|Journalnummer|Journal\s?nr\.?)\s*:?$/iu

/**
 * A case number: digits with `-`, `–`, `/`, `.` and spaces between groups (`2020 - 10230`, `16/18581`), after an
 * office's letters where it has them (`SM-2022-00123`); not initials alone (`Vores ref.: JHA`).
 */
const CASE_VALUE = /^((?:\p{Lu}{1,4}-)?\d[\d\s./–-]*\d|\d+)(?:\s|$)/u

export interface Found<T> {
  value: T
  line: Line
}

/** The case number, and whether the letterhead gave others that differ (the first is taken). */
export interface FoundCaseNumber extends Found<string> {
  ambiguous: boolean
}

export function normaliseCaseNumber(raw: string): string {
  return raw
    .replace(/(?<!\s)\s+(?=[-–/])|(?<=[-–/])\s+/gu, '')
    .replace(/–/gu, '-')
    .replace(/\s+/gu, '')
}

/** In a block of two or more labels followed by as many values, the value at the label's place. */
function pairedValue(context: Context, label: Line): Line | undefined {
  const lines = context.lines
  let start = label.index
  while (start > 0 && LABEL_ONLY.test(lines[start - 1]?.text.trim() ?? '')) start--
  let end = label.index + 1
  while (end < lines.length && LABEL_ONLY.test(lines[end]?.text.trim() ?? '')) end++
  const count = end - start
  if (count < 2) return undefined
  const values = lines.slice(end, end + count)
  if (values.length < count || values.some((value) => LABEL_ONLY.test(value.text.trim()) || value.text.trim() === '')) return undefined
  const value = values[label.index - start]
  return value && CASE_VALUE.test(value.text) ? value : undefined
}

/** The ministry's J.nr. / Sagsnr. */
export function findCaseNumber(context: Context): FoundCaseNumber | undefined {
  const candidates = context.lines.filter((line) => line.role === 'sidebar' || line.role === 'page-header')
  const found: Found<string>[] = []
  candidates.forEach((line) => {
    const label = CASE_NUMBER.exec(line.text)
    if (!label) return
    let rest = (label[1] ?? '').trim()
    let at = line
    if (rest === '' || rest === ':') {
      // A block of labels, then a block of values in the same order ("Tel. / Mail / … / Sags nr. / Akt-id", then
      // "6198 4000 / … / 2025-1571 / 3095778"): the value at the label's place. Else the value is on a later line:
      // skip colons and dates (two-column "Dato / J.nr. / : / : / date / value").
      const paired = pairedValue(context, line)
      const after = context.lines.slice(line.index + 1, line.index + 6)
      const value = paired ?? after.find((next) => CASE_VALUE.test(next.text) && !parseDateLine(next.text))
      if (!value) return
      rest = value.text
      at = value
    }
    const match = CASE_VALUE.exec(rest)
    if (match?.[1]) found.push({ value: normaliseCaseNumber(match[1]), line: at })
  })
  const [first, ...others] = found
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

/** The date of the letter: a date alone on a letterhead line, or glued before "J.nr.". */
export function findLetterDate(context: Context): Found<string> | undefined {
  for (const line of context.lines) {
    if (line.role !== 'sidebar' && line.role !== 'page-header') continue
    const alone = parseDateLine(line.text)
    if (alone) return { value: alone, line }
    const glued = /^(.*?\d{4})\s*(?:J\.\s?nr|Sagsnr)/u.exec(line.text)
    if (glued?.[1]) {
      const date = findDate(glued[1])
      if (date && date.index === 0) return { value: date.iso, line }
    }
  }
  for (const line of context.lines) {
    if (MONTH_YEAR.test(line.text.trim())) {
      context.messages.warn(
        'date-partial',
        `The letter is dated "${line.text.trim()}" without a day; answer.answeredOn left empty`,
        line,
        'answer.answeredOn',
      )
      return undefined
    }
  }
  return undefined
}
