/**
 * A committee's own question: the committee's question letter ("Udvalget udbeder sig ministerens besvarelse af
 * følgende spørgsmål:", signed "På udvalgets vegne") names the member it asks for whenever it asks for one ("efter
 * ønske fra …"); a letter that names none was asked on the committee's own initiative.
 */
import type { DocumentType } from '@ft-answers/schema'
import { ASKED_FOR_WORDS } from './asker-sentence.js'
import { COMMITTEE_BEHALF_ABBREVIATION } from './closing.js'
import type { Context } from './context.js'
import type { AskersResult } from './preamble.js'

/**
 * The committee signs its own letter: `På udvalgets vegne` (its chair signs), in any case (`PÅ UDVALGETS VEGNE` in
 * older letters; `P.u.v.` abbreviated). Shared with the document type, which reads a committee's signature as a question letter's.
 */
export const COMMITTEE_SIGNS = new RegExp(String.raw`^(?:På\s+udvalgets\s+vegne\b|${COMMITTEE_BEHALF_ABBREVIATION})`, 'iu')

/** Any mention of a member asked for, read or not: then no initiative of the committee's is inferred. */
const MEMBER_ASKED = new RegExp(String.raw`${ASKED_FOR_WORDS}|stillet\s+af|på\s+vegne\s+af`, 'iu')

/** The askers, or — for a committee's question letter naming no member — the committee as the one that asks. */
export function withOwnInitiative(context: Context, documentType: DocumentType, askers: AskersResult): AskersResult {
  if (documentType !== 'question' || askers.askers.length > 0 || askers.byCommittee) return askers
  const signed = context.lines.find((line) => COMMITTEE_SIGNS.test(line.text))
  if (!signed || context.lines.some((line) => MEMBER_ASKED.test(line.text))) return askers
  return { askers: [], byCommittee: true, line: signed, lines: [signed] }
}
