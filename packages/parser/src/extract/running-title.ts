/**
 * The question's title in ft.dk's running line: "SAU, Alm.del - 2019-20 - Endeligt svar på spørgsmål 664: MFU spm.
 * om …, til skatteministeren". ft.dk titles every question "Spm. om …, til <the minister asked>", and a question a
 * member asked in a committee they do not sit on "MFU spm. …" (medlem uden for udvalget). The stamp reads the
 * line's case; this reads its title: the minister asked and whether the asker is a non-member.
 */
import { FOOTER_TITLE_TO_MINISTER, FOOTER_WRAPS_TO_TITLE_END, isRunningFooter, PAGE_NUMBER_ALONE } from '../layout/roles.js'
import { joinLines } from '../util/hyphenation.js'
import type { Line } from './lines.js'
import type { AskersResult } from './preamble.js'

/** `… svar på spørgsmål 664: MFU spm. om …` / `… spørgsmål 22: Spm., om …`: the number and the MFU mark. */
const TITLE = /(?<!\w)svar\s+på\s+spørgsmål\s+(\d{1,5}):\s*(MFU\s+)?spm\./iu

export interface RunningTitle {
  line: Line
  /** The question's number in the title. */
  number: string
  /** ft.dk marks the question "MFU spm.": asked by a member not on the committee. */
  nonMember: boolean
  /** The minister asked, where the title is whole to its end. */
  recipient?: string | undefined
}

/** The first running line that titles a question (answer pages repeat it on each page). */
export function findRunningTitle(lines: readonly Line[]): RunningTitle | undefined {
  for (const line of lines) {
    if (!line.text.includes('spørgsmål') || !isRunningFooter(line.text)) continue
    const text = withWraps(line, lines)
    const title = TITLE.exec(text)
    if (!title?.[1]) continue
    return { line, number: title[1], nonMember: Boolean(title[2]), recipient: FOOTER_TITLE_TO_MINISTER.exec(text)?.[1] }
  }
  return undefined
}

/**
 * The running line with the lines it wrapped onto (as many as `layout/roles.ts` reads as the footer's), which the layout gave the footer's role (`L 95 - 2018-19 -
 * Endeligt svar på spørgsmål 22:` / `MFU spm., om ministeren …` / `…, til justitsministeren`).
 */
function withWraps(line: Line, lines: readonly Line[]): string {
  const wraps: string[] = []
  for (let at = line.index + 1; at <= line.index + FOOTER_WRAPS_TO_TITLE_END; at++) {
    const next = lines[at]
    // The page's number after the running line is the page's foot, no wrap of its title.
    if (next?.role !== 'page-footer' || isRunningFooter(next.text) || PAGE_NUMBER_ALONE.test(next.text)) break
    wraps.push(next.text)
  }
  return wraps.length === 0 ? line.text : joinLines([line.text, ...wraps])
}

/**
 * A lone asker the letter does not call a non-member, in a question ft.dk titles "MFU spm.": a non-member (the letter
 * often leaves it out: "Spørgsmålet er stillet efter ønske fra Andreas Steenberg (RV)."). Not where the title is of
 * another question than the letter's (a letter filed again under a later number), nor with several askers (which of
 * them sits outside the committee is not said).
 */
export function withRunningTitle(askers: AskersResult, title: RunningTitle | undefined, number: string | undefined): AskersResult {
  const [only, ...more] = askers.askers
  if (!title?.nonMember || !only || more.length > 0 || only.nonMember || (number !== undefined && number !== title.number)) return askers
  return { ...askers, askers: [{ ...only, nonMember: true }], lines: [...askers.lines, title.line] }
}
