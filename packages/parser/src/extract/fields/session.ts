/**
 * The session (samling): the stamp's, else inferred from the question's date, else the answer's, else from the first
 * date the letter's opening gives (its date in the letterhead, or the committee's letter in the opening sentence),
 * else from a letter dated by month alone (`Maj 2005`) when that month lies within one session.
 */
import { daysBetween, findDate, findDates } from '../../util/dates.js'
import { findDayMonth, yearBefore } from '../../util/day-month.js'
import { dateOverLineEnd } from '../../util/wrapped.js'
import { coverLineSigner } from '../cover-line.js'
import { type Findings, fromStamp } from '../findings.js'
import { type Found, monthOnlyDateLine } from '../letterhead.js'
import { propose, type Resolution, resolve } from '../resolve.js'
import type { RuleId } from '../rules.js'
import { sessionFromDate, sessionFromMonth, sessionStart } from '../session.js'
import { speechHeadLines } from '../speech-head.js'
import type { Dates } from './dates.js'
import { openingDate } from './opening-date.js'

/** Most lines of a document searched for the dates its text cites (a session-less rendition is short). */
const MAX_TEXT_LINES = 400

/**
 * The latest full date the text cites (`artiklen i Ekstra Bladet den 15. december 2009`, `Den 15. februar 2006
 * besluttede jeg …`), for a document with no stamp and no date of its own: the question was asked, and answered,
 * after what it cites — most often soon after, but not always, so the session it gives is flagged for review. A
 * speech paper's head counts, whatever role its layout gave it.
 */
function latestCitedDate(found: Findings): Found<string> | undefined {
  let latest: Found<string> | undefined
  const lines = found.context.lines.slice(0, MAX_TEXT_LINES)
  // A speech paper's head (`Anledning: Samråd … fredag den 23. februar 2007`) dates the samråd, though a layout set its
  // lines in a label column.
  const head = found.documentType === 'consultation-speech' ? new Set(speechHeadLines(found)) : undefined
  for (const [at, line] of lines.entries()) {
    // A cover page a rendition set on one line, taken for the letterhead, is the letter's own text (`cover-line.ts`).
    if (line.role && !head?.has(line) && !(line.role === 'sidebar' && coverLineSigner(line.text))) continue
    // A date the line wraps inside (`… den 12.` / `september 2024`) is cited as much as one on a line.
    const wrapped = dateOverLineEnd(line.text, lines[at + 1]?.text)
    const dates = /\d{4}/u.test(line.text) ? [...findDates(line.text)] : []
    for (const date of wrapped ? [...dates, wrapped] : dates) {
      if (!latest || date.iso > latest.value) latest = { value: date.iso, line }
    }
  }
  return latest
}

/** A meeting's day and month with its hour and no year: a samråd's `Tid og sted` (`24. oktober kl. 10.15`). */
const MEETING_TIME = /^\s{0,3}(?:[-–,]\s?)?kl\.?\s?\d/u

/**
 * The date of a meeting the document is written for, given without its year (a speech paper's `Tid og sted: 24.
 * oktober kl. 10.15`), placed after the latest date the text cites: the samråd is held after the question that cites
 * it was put, so in that date's year or, where that would put it before, the next.
 */
function meetingAfter(found: Findings, cited: Found<string>): Found<string> | undefined {
  for (const line of found.context.lines.slice(0, MAX_TEXT_LINES)) {
    // Cheap literal test before the pattern.
    if (line.role || !line.text.includes('kl')) continue
    const date = findDayMonth(line.text)
    if (!date) continue
    const after = line.text.slice(date.index).replace(/^\d{1,2}\.\s*\p{L}+/u, '')
    if (!MEETING_TIME.test(after)) continue
    const year = Number(cited.value.slice(0, 4))
    const iso = yearBefore(date, `${year}-12-31`)
    if (!iso) continue
    return { value: iso < cited.value ? `${year + 1}${iso.slice(4)}` : iso, line }
  }
  return undefined
}

/** The rules that infer a session from a date. */
const INFERRED: ReadonlySet<RuleId> = new Set(['from-question.askedOn', 'from-answer.answeredOn', 'from-opening-date', 'from-letter-month'])

/**
 * A letter dated by month and year alone (`Maj 2005`, no day): its session when the whole month lies in one, with the
 * month as the date the warning names (`2005-05`).
 */
export function monthDate(found: Findings): (Found<string> & { session: string }) | undefined {
  const line = monthOnlyDateLine(found.context.lines)
  const first = line ? findDate(`1. ${line.text.trim()}`) : undefined
  const session = first ? sessionFromMonth(Number(first.iso.slice(0, 4)), Number(first.iso.slice(5, 7))) : undefined
  return line && first && session ? { value: first.iso.slice(0, 7), line, session } : undefined
}

/**
 * The session of the letter's own question when ft.dk filed the letter under another, later case: the letter dates
 * its question ("svar på spørgsmål nr. 552 af 7. juli 2016") before the stamp's session opened, and the stamp names
 * another number than the letter's (an old answer re-sent as the answer to a new question, a question forwarded to
 * another committee) or files the letter as a case's annex (`KOU Alm.del Bilag 3`: a copy of another committee's
 * answer). A stamp that names no number (`MOF Alm.del`) is no other case's by itself, but a question dated before the
 * stamp's session opened was not asked in it: ft.dk's own filing of the letter stamps the question's session, so a
 * later stamp is a second filing (the 2019-20 answer to nr. 1437, asked 28 September 2020, filed again in 2020-21 as
 * nr. 118). A question belongs to the session it was asked in; the record takes the letter's own question.
 */
export function filedLater(found: Findings, askedOn: Resolution<string>, answeredOn?: string | null): string | undefined {
  const { stamp, preamble } = found
  if (!stamp.session || !askedOn.value || askedOn.from?.rule !== 'preamble' || !preamble?.number) return undefined
  // Another case, or none the stamp names: a stamp that names the letter's own number is its question's filing —
  // unless the letter itself is dated before that session's parliamentary year began (`Skatteudvalget 2021-22` over a
  // letter of 30 October 2020 answering `spørgsmål nr. 1 af 6. oktober 2020`): no letter answers a question not yet
  // asked, so the stamp's question is a later one of the same number that the old answer was sent again for.
  if (stamp.number === preamble.number && !(answeredOn && answeredOn < `${stamp.session.slice(0, 4)}-09-01`)) return undefined
  const asked = sessionFromDate(askedOn.value)
  if (asked >= stamp.session) return undefined
  // With no number of its own the stamp gives no other case: only a question dated before the month the stamp's
  // parliamentary year opens in is plainly an earlier session's — one dated in the days of October before the
  // opening Tuesday may be a date misread, or a writer's, and the stamp's session stands.
  const opensIn = `${stamp.session.slice(0, 4)}-10-01`
  // An annex's filing and a Commission document's (filed across sessions) name no question of their own.
  const filing = stamp.annex || stamp.sharedCase
  return stamp.number || filing || !stamp.session.endsWith('1') || askedOn.value < opensIn ? asked : undefined
}

/**
 * The session: the stamp's, else from the dates (see the module's comment). `questionNumber` is the question the
 * record answers, if any: a letter that answers none (an orientation, a note sent on) is filed in the session its own
 * date falls in, with no earlier session possible.
 */
export function resolveSession(found: Findings, dates: Dates, questionNumber?: string | null): Resolution<string> {
  const { askedOn, answeredOn } = dates
  const opening = askedOn.value || answeredOn.value ? undefined : openingDate(found)
  const month = askedOn.value || answeredOn.value || opening ? undefined : monthDate(found)
  const latest = askedOn.value || answeredOn.value || opening || month || found.stamp.session ? undefined : latestCitedDate(found)
  const meeting = latest ? meetingAfter(found, latest) : undefined
  const cited = meeting ?? latest
  const later = filedLater(found, askedOn, answeredOn.value)
  if (later) {
    found.context.messages.warn(
      'session-filed-later',
      `ft.dk files the letter in session ${found.stamp.session} under ${found.stamp.number ? `question ${found.stamp.number}` : found.stamp.annex ? 'another case' : 'a number its stamp does not give'}, but the letter answers question ${found.preamble?.number} of ${askedOn.value}: session ${later}`,
      found.stamp.line,
      'session',
    )
  }
  const session = resolve([
    propose('from-question.askedOn', later),
    fromStamp(found.stamp, found.stamp.session),
    propose('from-question.askedOn', askedOn.value ? sessionFromDate(askedOn.value) : undefined),
    propose('from-answer.answeredOn', answeredOn.value ? sessionFromDate(answeredOn.value) : undefined),
    propose('from-opening-date', opening ? sessionFromDate(opening.value) : undefined, opening?.line),
    propose('from-letter-month', month?.session, month?.line),
    propose('from-cited-date', cited ? sessionFromDate(cited.value) : undefined, cited?.line),
  ])
  if (session.from?.rule === 'from-cited-date' && cited) {
    found.context.messages.warn(
      'session-from-cited-date',
      meeting && latest
        ? `No stamp or date of the letter's own; session ${session.value} inferred from the meeting's date without a year, "${meeting.line.text.trim()}", read as ${meeting.value} (after ${latest.value}, the latest date the text cites)`
        : `No stamp or date of the letter's own; session ${session.value} inferred from the latest date the text cites, ${cited.value}`,
      cited.line,
      'session',
    )
    return session
  }
  const date = askedOn.value ?? answeredOn.value ?? opening?.value ?? month?.value
  if (later || !session.from || !INFERRED.has(session.from.rule) || !date) return session
  return session.from.rule === 'from-question.askedOn' || !questionNumber
    ? inferred(found, session, date)
    : fromLetterDate(found, session, date)
}

/**
 * Days after a session began (its opening, or the election that started a 2nd session) within which an answer's date
 * leaves two sessions possible: in the corpus, 17 of the 21 answers dated in a session's first three weeks answer
 * the session before's questions (asked in September, answered in October); in its fourth week, 5 of 13.
 */
const BOTH_SESSIONS_DAYS = 21

/**
 * Days after a session began within which an answer may yet be to a question of the session before: in the corpus 95%
 * of the answers came within 82 days of their question (a few took up to five months).
 */
const EARLIER_POSSIBLE_DAYS = 90

/** The session a date gives, with the warning that it was inferred (`session-inferred`). */
function inferred(found: Findings, session: Resolution<string>, date: string): Resolution<string> {
  found.context.messages.warn(
    'session-inferred',
    `No ft.dk stamp; session ${session.value} inferred from the date ${date}`,
    undefined,
    'session',
  )
  return session
}

/**
 * The session of the answer's (the letter's) date, with no question date, for a record that answers a question: the
 * question was asked on or before it, so in the date's session or — where the date lies soon after that session
 * began — the session before. Within
 * `BOTH_SESSIONS_DAYS` of the opening or the election either is as likely: left empty (`session-ambiguous`); within
 * `EARLIER_POSSIBLE_DAYS`, the date's session, flagged for review (`session-near-start`); later, as from a question's
 * date. A month without a day (`2005-05`) counts from its first day.
 */
function fromLetterDate(found: Findings, session: Resolution<string>, date: string): Resolution<string> {
  const day = date.length === MONTH_ISO_LENGTH ? `${date}-01` : date
  const start = sessionStart(day)
  const since = daysBetween(start, day)
  if (since >= EARLIER_POSSIBLE_DAYS) return inferred(found, session, date)
  const began = session.value?.endsWith('2') ? `the election of ${start}` : `the opening of ${start}`
  if (since < BOTH_SESSIONS_DAYS) {
    found.context.messages.warn(
      'session-ambiguous',
      `No ft.dk stamp and no question date; the letter's date ${date} lies ${since} days after ${began}, which began session ${session.value}: the question may be of that session or of the one before, so session is left empty`,
      undefined,
      'session',
    )
    return resolve<string>([])
  }
  found.context.messages.warn(
    'session-near-start',
    `No ft.dk stamp and no question date; session ${session.value} inferred from the letter's date ${date}, ${since} days after ${began}: the question may be of the session before`,
    undefined,
    'session',
  )
  return session
}

/** `2005-05`: a month's ISO form, without a day. */
const MONTH_ISO_LENGTH = 7
