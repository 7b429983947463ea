/**
 * When the question was asked and answered: the preamble dates the question ("i brev af 17. november 2016"), the
 * letterhead dates the letter — the answer's date, or for a question letter the question's.
 */
import { findDate } from '../../util/dates.js'
import { yearBefore } from '../../util/day-month.js'
import type { Findings } from '../findings.js'
import { propose, type Resolution, resolve } from '../resolve.js'

export interface Dates {
  askedOn: Resolution<string>
  answeredOn: Resolution<string>
}

export function resolveDates(found: Findings): Dates {
  const { preamble, letterDate, documentType, context } = found
  const letter = documentType === 'question' ? 'question' : 'answer'
  // A question dated without its year (`den 5. november`) takes the year that puts it before the answer's letter.
  const dayMonth = preamble?.askedOnDayMonth
  const inferred = dayMonth && letter === 'answer' && letterDate?.value ? yearBefore(dayMonth, letterDate.value) : undefined
  const askedOn = resolve([
    propose('preamble', preamble?.askedOn, preamble?.lines),
    propose('preamble-year-inferred', inferred, preamble?.lines),
    propose('preamble-date', preamble?.firstDate, preamble?.lines),
    propose('letter-date', letter === 'question' ? letterDate?.value : undefined, letterDate?.line),
  ])
  if (askedOn.from?.rule === 'preamble-year-inferred') {
    context.messages.warn(
      'question-date-year-inferred',
      `The letter dates the question without a year; ${askedOn.value?.slice(0, 4)} is inferred from the letter's date (${letterDate?.value}), which the question precedes`,
      preamble?.lines[0],
      'question.askedOn',
    )
  }
  const answeredOn = resolve([propose('letter-date', letter === 'answer' ? letterDate?.value : undefined, letterDate?.line)])
  if (askedOn.value && answeredOn.value && answeredOn.value < askedOn.value) {
    context.messages.warn(
      'date-order',
      `The answer (${answeredOn.value}) is dated before the question (${askedOn.value})`,
      letterDate?.line,
      'answer.answeredOn',
    )
  }
  return { askedOn, answeredOn }
}

/** An answer whose letter does not say when the question was asked (not even a date the anchors missed). */
export function checkQuestionDate(found: Findings, askedOn: string | null): void {
  const { preamble, documentType, context } = found
  if (askedOn || documentType !== 'answer') return
  if (preamble && findDate(preamble.text)) return
  context.messages.warn(
    'question-date-missing',
    'The letter does not say when the question was asked',
    preamble?.lines[0],
    'question.askedOn',
  )
}
