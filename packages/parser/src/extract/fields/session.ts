/**
 * The session (samling): the stamp's, else inferred from the question's date, else the answer's, else from the first
 * date the letter's opening gives (its date in the letterhead, or the committee's letter in the opening sentence).
 */
import { findDate } from '../../util/dates.js'
import { type Findings, fromStamp } from '../findings.js'
import { openingLines } from '../head.js'
import type { Found } from '../letterhead.js'
import { propose, type Resolution, resolve } from '../resolve.js'
import type { RuleId } from '../rules.js'
import { sessionFromDate } from '../session.js'
import type { Dates } from './dates.js'

/** The rules that infer a session from a date. */
const INFERRED: ReadonlySet<RuleId> = new Set(['from-question.askedOn', 'from-answer.answeredOn', 'from-opening-date'])

/**
 * The letter's date, else the first full date (with its year) in the opening before the question (whose text may
 * date something else): `… Retsudvalg den 10. maj 2007`.
 */
export function openingDate(found: Findings): Found<string> | undefined {
  if (found.letterDate) return found.letterDate
  const questionAt = found.question?.lines[0]?.index ?? Number.POSITIVE_INFINITY
  for (const line of openingLines(found.context.lines)) {
    if (line.index >= questionAt) break
    const date = findDate(line.text)
    if (date) return { value: date.iso, line }
  }
  return undefined
}

export function resolveSession(found: Findings, dates: Dates): Resolution<string> {
  const { askedOn, answeredOn } = dates
  const opening = askedOn.value || answeredOn.value ? undefined : openingDate(found)
  const session = resolve([
    fromStamp(found.stamp, found.stamp.session),
    propose('from-question.askedOn', askedOn.value ? sessionFromDate(askedOn.value) : undefined),
    propose('from-answer.answeredOn', answeredOn.value ? sessionFromDate(answeredOn.value) : undefined),
    propose('from-opening-date', opening ? sessionFromDate(opening.value) : undefined, opening?.line),
  ])
  const date = askedOn.value ?? answeredOn.value ?? opening?.value
  if (session.from && INFERRED.has(session.from.rule) && date) {
    found.context.messages.warn(
      'session-inferred',
      `No ft.dk stamp; session ${session.value} inferred from the date ${date}`,
      undefined,
      'session',
    )
  }
  return session
}
