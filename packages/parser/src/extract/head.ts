/**
 * What stands alone on a line at the head of a letter (its lines up to the question's end): a committee's case code,
 * a bill, the committee addressed or sending, the minister asked.
 */
import { BILL_CODE_PART } from '../util/bill.js'
import type { Found } from './letterhead.js'
import type { Line } from './lines.js'

/** `BEU alm. del`, `(AMU alm. del)`, `KUU alm. del - …` in the first lines of a letter. */
const COMMITTEE_CODE = /\b([A-ZÆØÅ]{3})\s+alm\.?\s*del\b/iu

/** A bill alone on a line of a question letter: `L 89`. */
const BILL_LINE = new RegExp(`^${BILL_CODE_PART}$`, 'u')

/** The addressee line or a committee named alone: `Folketingets Beskæftigelsesudvalg`, `Beskæftigelsesudvalget`. */
const COMMITTEE_LINE = /^(?:Folketingets\s+)?(\p{Lu}[\p{L}\-, ]*udvalg(?:et)?)$/u

/** A minister addressed in a question letter: `Beskæftigelsesministeren`, `Til: Transportministeren`. */
const MINISTER_LINE = /^(?:Til:\s*)?(\p{Lu}[\p{L}\- ,]*ministeren)$/u

/** The first line in `lines` whose text `pattern` captures, with the capture. */
function firstMatch(lines: readonly Line[], pattern: RegExp): Found<string> | undefined {
  for (const line of lines) {
    const value = pattern.exec(line.text)?.[1]
    if (value) return { value, line }
  }
  return undefined
}

/** A committee's code before "alm. del": `BEU`. */
export function findCaseCode(head: readonly Line[]): Found<string> | undefined {
  return firstMatch(head, COMMITTEE_CODE)
}

/** A bill alone on a line of running text: `L 89` (as written; normalise it). */
export function findBillLine(head: readonly Line[]): Line | undefined {
  return head.find((line) => !line.role && BILL_LINE.test(line.text))
}

/** A committee named alone on a line: `Beskæftigelsesudvalget`. */
export function findCommitteeLine(head: readonly Line[]): Found<string> | undefined {
  return firstMatch(head, COMMITTEE_LINE)
}

/** A minister named alone on a line: `Beskæftigelsesministeren`. */
export function findMinisterLine(head: readonly Line[]): Found<string> | undefined {
  return firstMatch(head, MINISTER_LINE)
}
