/**
 * The session (samling): the stamp's, else inferred from the question's date, else the answer's.
 */
import { type Findings, fromStamp } from '../findings.js'
import { type Resolution, propose, resolve } from '../resolve.js'
import type { RuleId } from '../rules.js'
import { sessionFromDate } from '../session.js'
import type { Dates } from './dates.js'

/** The rules that infer a session from a date. */
const INFERRED: ReadonlySet<RuleId> = new Set(['from-question.askedOn', 'from-answer.answeredOn'])

export function resolveSession(found: Findings, dates: Dates): Resolution<string> {
  const { askedOn, answeredOn } = dates
  const session = resolve([
    fromStamp(found.stamp, found.stamp.session),
    propose('from-question.askedOn', askedOn.value ? sessionFromDate(askedOn.value) : undefined),
    propose('from-answer.answeredOn', answeredOn.value ? sessionFromDate(answeredOn.value) : undefined),
  ])
  const date = askedOn.value ?? answeredOn.value
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
