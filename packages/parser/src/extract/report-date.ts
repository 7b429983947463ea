/**
 * The date a report gives itself in its head: `Beretning afgivet af Europaudvalget den 10. december 2004`,
 * `Betænkning afgivet af Skatteudvalget den 28. november 2002`, `Redegørelse afgivet af ældreministeren (Mette
 * Kirkgaard) den 30. april 2025` — a committee's report, a bill's report or a minister's written report, filed as a
 * case's annex with no letter around it: the day it was given is the document's own date.
 */

import { findDate } from '../util/dates.js'
import { joinLines } from '../util/hyphenation.js'
import type { Line } from './lines.js'

/**
 * The report's kind and who gave it, up to `den` and the date: opening the line, or run onto the head's line before
 * it, glued or a space or three apart (`Folketinget 2009 - 10Beretning afgivet af …`, `Folketinget 2004-05 (2.
 * samling) Betænkning afgivet af …`, an old rendition's head on one line); who gave it in at most sixteen words, one
 * to three spaces apart. Running text names a report in lower case (`… sendes betænkning afgivet af …`). A draft's
 * placeholder (`den 00. november 2021`) is no date, but the head is a report's.
 */
const REPORT_GIVEN =
  /(?:^|(?<=\d\s{0,3}|\d\.\s?samling\)\s{1,3}))(?:Beretning|Betænkning|Tillægsbetænkning|Redegørelse)\s{1,3}afgivet\s{1,3}af\s{1,3}[^.\s]+(?:\s{1,3}[^.\s]+){0,15}?\s{1,3}den\s{1,3}(?=\d)/u

/** How many lines after the head's first it may wrap onto. */
const WRAPPED_LINES = 2

/** How many lines of text from the top a report's head may stand in (the stamp's and page images' not counted). */
const HEAD_LINES = 15

/**
 * A draft's placeholder for the day it will be given: a day of zeros (`den 0. maj 2008`, `den 00. november 2021`), its
 * month and year written.
 */
const PLACEHOLDER_DAY = /^0{1,2}\.\s{0,3}\p{Ll}{3,9}\s{1,3}\d{4}\b/u

/** A report's head: its line, and the day it was given — null where a draft holds a placeholder for it. */
export interface ReportHead {
  line: Line
  value: string | null
}

/**
 * The head of a report, if the document opens as one: the line that says it was given, and the day — a date, or a
 * draft's placeholder day of zeros (a report all the same, given on no day yet).
 */
export function findReportHead(lines: readonly Line[]): ReportHead | undefined {
  const text = lines.filter((line) => line.role !== 'stamp' && line.role !== 'page-footer')
  for (const [at, line] of text.slice(0, HEAD_LINES).entries()) {
    // Cheap literal test before the pattern.
    if (!line.text.includes('afgivet')) continue
    // The head as one line, or wrapped onto the next one or two (`Betænkning afgivet af Udvalget for` / `Videnskab og
    // Teknologi den 29. april 2010`).
    let head = ''
    for (const part of text.slice(at, at + WRAPPED_LINES + 1)) {
      // Joined as the text joins its lines: a word a line end's hyphen broke is one (`den 26. novem-` / `ber 2013`).
      head = head === '' ? part.text : joinLines([head, part.text])
      const given = REPORT_GIVEN.exec(head)
      if (!given) continue
      const after = head.slice(given.index + given[0].length)
      const date = findDate(after)
      if (date?.index === 0) return { value: date.iso, line }
      if (PLACEHOLDER_DAY.test(after)) return { value: null, line }
    }
  }
  return undefined
}
