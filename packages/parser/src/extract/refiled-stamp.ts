/**
 * ft.dk's stamp printed twice: a document re-sent to a committee in a later session carries the new filing's stamp
 * (`Forsvarsudvalget 2022-23 (1. samling)` / `FOU Alm.del` / `Offentligt`) above the stamp it was first filed with
 * (`Forsvarsudvalget 2021-22` / `FOU Alm.del - endeligt svar på spørgsmål 331` / `Offentligt`), a classification
 * line (`UNCLASSIFIED`) or page images sometimes between. Where the first names no question and the earlier one
 * below it does, the question is the earlier stamp's, and so is its session (a question belongs to the session it
 * was asked in): the record takes them, with `session-filed-later`.
 */
import { STAMP_COMMITTEE, STAMP_PUBLIC } from '../layout/roles.js'
import type { Context } from './context.js'
import { type CaseFacts, caseLine, sessionCode } from './stamp.js'

/** Lines below the first stamp's committee line within which a second stamp's committee line is sought. */
const SECOND_STAMP_LINES = 8

/** Lines after a stamp's committee line within which its `Offentligt` stands. */
const PUBLIC_WITHIN = 3

/**
 * Fills `facts` (read from the first stamp) from an earlier stamp printed below it, when the first names no question
 * and the earlier one names one of the same committee.
 */
export function withOriginalFiling(context: Context, facts: CaseFacts): void {
  const first = facts.line
  if (!first || !facts.session || facts.number || facts.annex) return
  const { lines } = context
  const end = Math.min(lines.length, first.index + 1 + SECOND_STAMP_LINES)
  for (let at = first.index + 2; at < end; at++) {
    const line = lines[at]
    const committee = line ? STAMP_COMMITTEE.exec(line.text) : null
    if (!line || !committee || committee[1] !== facts.committeeName) continue
    const caseText = lines[at + 1]?.text ?? ''
    const closes = lines.slice(at + 1, at + 1 + PUBLIC_WITHIN).some((next) => STAMP_PUBLIC.test(next.text))
    const own: CaseFacts = {}
    caseLine(caseText, own)
    const earlier = sessionCode(committee[2] ?? '', committee[4])
    const sameCase = own.committeeCode === facts.committeeCode && (own.bill ?? null) === (facts.bill ?? null)
    if (!closes || !own.number || own.annex || !sameCase || earlier >= facts.session) return
    context.messages.warn(
      'session-filed-later',
      `ft.dk's stamp files the document in session ${facts.session} with no question; the stamp it was first filed with, below it, names question ${own.number} of session ${earlier}: the record takes that question and session`,
      line,
      'session',
    )
    Object.assign(facts, { session: earlier, number: own.number, kind: own.kind, line })
    return
  }
}
