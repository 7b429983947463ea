/**
 * When the question was asked and answered: the preamble dates the question ("i brev af 17. november 2016"), the
 * letterhead dates the letter — the answer's date, or for a question letter the question's.
 */
import { findDate, parseDateLine, toIso } from '../../util/dates.js'
import { type DayMonth, yearBefore } from '../../util/day-month.js'
import { MIDDLE_INITIAL } from '../../util/person-name.js'
import type { Findings } from '../findings.js'
import { monthOnlyDateLine } from '../letterhead.js'
import type { Line } from '../lines.js'
import { firstLine } from '../provenance.js'
import { besideQuestionField } from '../question.js'
import { propose, type Resolution, resolve } from '../resolve.js'
import { type DatedAnswer, tidendeAnswerDates } from '../tidende.js'
import { speechDate } from './opening-date.js'

/**
 * A line of the letter's head that dates the question: a § 20 answer sheet's `Stillet den 14. januar 2010` under the
 * number, `Spørgsmålet er stillet den 3. maj 2012.`, `Stillet: 14.01.2010`; a heading `Spørgsmål nr. S 800 stillet den
 * 14. januar 2010 af Mogens Jensen (S):`, `Spørgsmål nr. 12 (alm. del) af 5. maj 2020:`.
 */
const STATED_ON =
  /^(?:(?:Spørgsmålet\s+er\s+)?[Ss]tillet(?:\s+den|\s+d\.|:)?\s*|(?:Spørgsmål|Spm\.)\s*(?:nr\.\s*)?(?:S\s*)?\d{1,5}(?:\s*\([^()]{1,30}\))?,?\s+(?:stillet\s+)?(?:af|den)\s+(?:den\s+)?)(?=\d)/u

/**
 * ft.dk's case page of a question lists its steps under `Sagsgang:`, the first the day the question was registered:
 * `Anmeldelse 03-01-2011` (the page's `Dato:` field, where the page kept it, gives the same day).
 */
const CASE_STEPS = /^Sagsgang:$/u
const REGISTERED = /^Anmeldelse\s+(\d{1,2}-\d{1,2}-\d{4})$/u

/**
 * The sentence that names who asked, dated at its end: `(Spørgsmålet er stillet efter ønske fra Lotte Rod (RV) d. 26.
 * februar 2021.)`, `Spørgsmålet er stillet af Anne Hansen (S) den 3. maj 2012.` — the asker's party, then the date;
 * a name's initial or short name keeps its stop (`Karen J. Klint`, `Hans Chr. Schmidt`).
 */
const ASKED_BY_ON = new RegExp(
  String.raw`^\(?Spørgsmålet\s{1,3}er\s{1,3}stillet\s{1,3}(?:efter\s{1,3}ønske\s{1,3}fra|af)\s{1,3}(?:(?:[^\s.()]+|${MIDDLE_INITIAL})\s{1,3}){1,8}\([\p{L}-]{1,5}\)\s{1,3}(?:den|d\.)\s{1,3}(?=\d)`,
  'u',
)

/**
 * The asker's sentence closed right after its date, a next sentence perhaps following on the line (`… d. 26. februar
 * 2021.) Tak for spørgsmålet.`): a stop or the bracket's close, then a space or the end.
 */
const SENTENCE_CLOSED = /^(?:\.\)?|\)\.?)(?:\s|$)/u

/**
 * What may follow the date on such a line: a stop or colon; or, after a space, who asked and whom (`af …`, `til …`),
 * perhaps wrapped onto the next line after the word (`stillet den 3. november 2017 til` / `udenrigsministeren`).
 */
const END_STATED = /^[.:,]?\)?$/u
const WHO_STATED = /^(?:af|til|fra)(?:\s|$)/u

/**
 * The question's date on a line of the letter's head, as `STATED_ON`, or alone beside the question letter's fields
 * (`Til: Ældreministeren` / `16. oktober 2017` / `Stillet af: …`, `besideQuestionField`).
 */
function statedDate(head: readonly Line[], lines: readonly Line[]): { value: string; line: Line } | undefined {
  for (const line of head) {
    const alone = besideQuestionField(line, lines) ? parseDateLine(line.text) : undefined
    if (alone) return { value: alone, line }
    const registered = REGISTERED.exec(line.text.trim())?.[1]
    const registeredOn = registered && CASE_STEPS.test(lines[line.index - 1]?.text.trim() ?? '') ? parseDateLine(registered) : undefined
    if (registeredOn) return { value: registeredOn, line }
    const stated = STATED_ON.exec(line.text)
    const asked = stated ? null : ASKED_BY_ON.exec(line.text)
    const lead = stated ?? asked
    if (!lead) continue
    const rest = line.text.slice(lead[0].length)
    const date = findDate(rest)
    const after = rest.slice(date?.length)
    const tail = after.trim()
    const closes = END_STATED.test(tail) || (asked !== null && SENTENCE_CLOSED.test(after))
    if (date?.index === 0 && (closes || (/^\s/u.test(after) && WHO_STATED.test(tail)))) return { value: date.iso, line }
  }
  return undefined
}

/** A session's code, `20161` / `20042`: its first calendar year. */
const SESSION_CODE = /^(\d{4})[12]$/u

/**
 * The year of a date without one from the letter's session, where the letter has no full date: a session runs from
 * October to the next autumn, so October to December are its first year and the rest the next. A second session
 * after an election keeps to that: `20042` ran from February 2005, `20072` from November 2007 to the autumn of 2008.
 */
function yearInSession(date: DayMonth, session: string | undefined): string | undefined {
  const code = SESSION_CODE.exec(session ?? '')
  if (!code) return undefined
  const first = Number(code[1])
  return toIso(date.month < 10 ? first + 1 : first, date.month, date.day)
}

/** The last day of a letter dated only by month and year (`Maj 2005`), for `yearBefore`: `2005-05-31`. */
function monthEnd(lines: readonly Line[]): string | undefined {
  const line = monthOnlyDateLine(lines)
  const date = line ? findDate(`1. ${line.text.trim()}`) : undefined
  return date ? `${date.iso.slice(0, 8)}31` : undefined
}

/**
 * A finance bill the text names by its year: `FFL26`, `FFL 2026`, `forslag til finanslov for 2026`, `finansloven for
 * 2026` (capture: the year, two or four digits).
 */
const FINANCE_BILL = /(?<!\w)FFL\s?(\d{2}(?:\d{2})?)\b|(?<!\w)finanslov(?:en)?\s+for\s+(\d{4})\b/iu

/** Most lines searched for a finance bill's year (a letter's question and the start of its answer). */
const FINANCE_BILL_LINES = 80

/** The month (1-based) the government presents the finance bill for the next year: late August. */
const FINANCE_BILL_MONTH = 8

/**
 * The year of a date without one, for a letter with no date and no stamp, from the finance bill its text names: the
 * bill for year Y is before the Folketing from August of Y - 1 until it is passed in December, so a question dated
 * August–December that cites `FFL26` was asked in 2025; one dated January–July, after the law was passed, in 2026.
 */
function yearFromFinanceBill(date: DayMonth, lines: readonly Line[]): { iso: string; bill: string } | undefined {
  for (const line of lines.slice(0, FINANCE_BILL_LINES)) {
    // Cheap literal test before the pattern.
    if (!/ffl|finanslov/iu.test(line.text)) continue
    const match = FINANCE_BILL.exec(line.text)
    const digits = match?.[1] ?? match?.[2]
    if (!match || !digits) continue
    const financeYear = digits.length === 2 ? 2000 + Number(digits) : Number(digits)
    const year = date.month >= FINANCE_BILL_MONTH ? financeYear - 1 : financeYear
    const iso = toIso(year, date.month, date.day)
    return iso ? { iso, bill: match[0] } : undefined
  }
  return undefined
}

/**
 * The answer's date on a Folketingstidende § 20 page (`Svar (3/3 04)`, no letter and no letterhead): the heading's
 * date. A page that prints a holding answer and a supplementary one (`Svar (3/3 04)` … `Supplerende svar (2/4 04)`)
 * holds both in the record's answer: its date is the last answer's, warned (`answer-date-later`).
 */
function tidendeAnswer(found: Findings): DatedAnswer | undefined {
  const { context, question, preamble } = found
  const from = question?.end ?? (preamble?.lines.at(-1)?.index ?? 0) + 1
  const dated = tidendeAnswerDates(context.lines, from)
  const last = dated.at(-1)
  if (last && dated.length > 1) {
    context.messages.warn(
      'answer-date-later',
      `The page prints ${dated.length} answers (${dated.map((answer) => answer.value).join(', ')}); answeredOn is the last one's, ${last.value}`,
      last.line,
      'answer.answeredOn',
    )
  }
  return last
}

/**
 * A question reported as put at a meeting, its day before the verb in the same sentence: `Ved den tekniske
 * gennemgang af finansloven … den 30. maj 2023 spurgte et medlem af Kulturudvalget om …`, `Under samrådet den 12.
 * marts 2020 spurgte Karin Hansen (S) til …`, `På mødet den 4. maj 2021 blev ministeren spurgt om …`. Bounded: the
 * date, at most 120 characters without a sentence's stop, then the verb.
 */
const OCCASION = /(?<!\w)den\s+(\d{1,2}\.\s?\p{Ll}{3,9}\.?\s\d{4})[^.?!]{0,120}?(?<!\w)(?:spurgte|blev\s(?:\p{L}+\s){0,3}spurgt)(?!\p{L})/u

/** A sentence's end: a stop before a capital or the text's end. */
const SENTENCE_STOP = /[.?!](?=\s+\p{Lu}|$)/u

/** The day the question's own text says it was put at a meeting (`OCCASION`), in its first sentence. */
function occasionDate(found: Findings): { value: string; line: Line | undefined } | undefined {
  const text = found.question?.text
  // Cheap literal test before the pattern.
  if (!text?.includes('spurgt')) return undefined
  // The first sentence: up to a stop before a capital (a date's `30. maj` goes on in lower case).
  const first = text.slice(0, text.search(SENTENCE_STOP) + 1 || undefined)
  const date = OCCASION.exec(first)?.[1]
  const value = date ? findDate(date)?.iso : undefined
  return value ? { value, line: found.question?.lines[0] } : undefined
}

/** A Commission document's year: `KOM (2011) 0011` → 2011. */
const PROPOSAL_YEAR = /^KOM \((\d{4})\)/u

/**
 * The Commission document a question is on (`KOM (2011) 0011`), where the question's date falls in a year before the
 * document's: no question is put on a document before it exists, so the date is a slip (`i brev af 4. marts 2010`
 * on KOM (2011) 0011, answered March 2011) — and would file the question in a session a year too early.
 */
function beforeProposal(askedOn: string, bill: string | undefined): string | undefined {
  const year = bill ? PROPOSAL_YEAR.exec(bill)?.[1] : undefined
  return year && askedOn.slice(0, 4) < year ? bill : undefined
}

/** The most lines of a document's text searched for a date in its head (`headDate`): a note's or a report's first page. */
const HEAD_DATE_LINES = 20

/**
 * A line that goes on into a date on the next: it ends in a comma, `og`, or a word a date follows in a sentence (`brev
 * af`, `den`, `d.`, `pr.`, `fra`, `til`, `siden`, `indtil`, `inden`, `efter`, `før`).
 */
const GOES_ON = /(?:,|(?<!\p{L})(?:af|den|d\.|pr\.|per|fra|til|siden|indtil|inden|efter|før|og))$/u

/** A line of running text: six words or more that end a sentence. */
const RUNNING_SENTENCE = /^(?:\S+\s+){5,}\S*[.!?:]$/u

/**
 * A date alone on its line that is a piece of a sentence, not a letterhead's date: it opens in lower case (`den 19.
 * december 2008.`, a line of a wrapped sentence) or ends with a full stop.
 */
const SENTENCE_PIECE = /^\p{Ll}|\.$/u

/**
 * The date a line's text (trimmed) holds alone where it is a date of its own: not a piece of a sentence
 * (`SENTENCE_PIECE`), nor after a line `before` that goes on into it (`GOES_ON`: `Styrelsens sagsnr. 2022-8457 af` /
 * `13. januar 2023.`).
 */
function dateOfItsOwn(text: string, before: string): string | undefined {
  return GOES_ON.test(before) || SENTENCE_PIECE.test(text) ? undefined : parseDateLine(text)
}

/**
 * The date alone on a line of the head of a document of no known kind — a note, a report, a grundnotat
 * (`Socialministeriet` / `13. marts 2006` / `Grundnotat`, `Redegørelse om …` / `Rigspolitiet …` / `26. april 2021`):
 * the one such line among its first text lines, before any sentence of running text. Such a document is sent to
 * review already (`document-type-unknown`); an answer or a question letter is dated by its letterhead alone, where a
 * date over the text may be the question's, as one beside a question letter's field is (`besideQuestionField`).
 */
function headDate(found: Findings): { value: string; line: Line } | undefined {
  if (found.documentType !== 'unknown') return undefined
  let seen = 0
  let previous = ''
  let dated: { value: string; line: Line } | undefined
  for (const line of found.context.lines) {
    if (line.role && line.role !== 'sidebar') continue
    if (++seen > HEAD_DATE_LINES) break
    const text = line.text.trim()
    if (RUNNING_SENTENCE.test(text)) break
    const value = dateOfItsOwn(text, previous)
    previous = text
    if (!value) continue
    // Beside `Til: Finansministeren` / `Stillet af: …` the date is a question letter's: the day it was put. Two dates
    // alone are a chronology's, and date nothing.
    if (dated || besideQuestionField(line, found.context.lines)) return undefined
    dated = { value, line }
  }
  return dated
}

/**
 * A date alone on a line right before the letter's opening sentence or among its lines (`Svar på spørgsmål 48 (alm.
 * del):` / `14. marts 2012` / `I brev af 10. februar 2012 har udvalget …`, the title read as the opening's start),
 * where no letterhead dated the letter: the letterhead's date column, set by the rendition between the title and the
 * opening. Not a date the line before goes on into (`… har udvalget den` / `10. februar 2012`: the question's).
 */
function dateBeforeOpening(found: Findings): { value: string; line: Line } | undefined {
  const { preamble, context } = found
  const first = preamble?.lines[0]
  // A speech paper's head dates the samråd (`til brug for besvarelsen af samrådsspørgsmål O …` / `Torsdag den 26.
  // marts 2015`), the day it was asked.
  if (!preamble || !first || found.documentType === 'consultation-speech') return undefined
  const before = context.lines[first.index - 1]
  for (const line of before ? [before, ...preamble.lines] : preamble.lines) {
    if (line.role && line.role !== 'sidebar') continue
    const value = dateOfItsOwn(line.text.trim(), context.lines[line.index - 1]?.text.trim() ?? '')
    if (!value) continue
    return besideQuestionField(line, context.lines) ? undefined : { value, line }
  }
  return undefined
}

/** The most lines of a paragraph read from one line on (`paragraphFrom`): a sentence naming who asked and when. */
const ASKING_LINES = 4

/** The text of `line` and the lines after it in its paragraph (its block), up to `ASKING_LINES`, joined by spaces. */
function paragraphFrom(lines: readonly Line[], line: Line): string {
  const texts: string[] = []
  for (const next of lines.slice(line.index, line.index + ASKING_LINES)) {
    if (next.block !== line.block) break
    texts.push(next.text.trim())
  }
  return texts.join(' ')
}

/** A resolution with no value. */
const ABSENT_DATE: Resolution<string> = resolve<string>([])

export interface Dates {
  askedOn: Resolution<string>
  answeredOn: Resolution<string>
}

export function resolveDates(found: Findings): Dates {
  const { preamble, letterDate, documentType, context, head, stamp } = found
  const letter = documentType === 'question' ? 'question' : 'answer'
  // A question dated without its year (`den 5. november`) takes the year that puts it before the answer's letter
  // (its date, or the end of the month a letter dated `Maj 2005` was written in); failing both, the session's year.
  const dayMonth = preamble?.askedOnDayMonth
  const before = letter === 'answer' ? (letterDate?.value ?? (letterDate ? undefined : monthEnd(context.lines))) : undefined
  const inferred = dayMonth && before ? yearBefore(dayMonth, before) : undefined
  const inSession = dayMonth && letter === 'answer' && !before ? yearInSession(dayMonth, stamp.session) : undefined
  const finance =
    dayMonth && letter === 'answer' && !before && !inSession && !stamp.session ? yearFromFinanceBill(dayMonth, context.lines) : undefined
  // The sentence naming who asked ends the question (`(Spørgsmålet er stillet efter ønske fra … d. 26. februar 2021.)`):
  // the head stops before it. Read whole where its paragraph wraps it over lines.
  const asking = found.question?.end !== undefined ? context.lines[found.question.end] : undefined
  const sentence = asking ? { ...asking, text: paragraphFrom(context.lines, asking) } : undefined
  const stated = statedDate(sentence ? [...head, sentence] : head, context.lines)
  const occasion = letter === 'answer' && !preamble?.askedOn && !preamble?.firstDate ? occasionDate(found) : undefined
  // A cover letter or other document that names no question (no number, kind or question's text) dates none: a date
  // its opening cites is what it sends or comments on (`Hermed fremsendes … kommentar til L 98, bilag 2, henvendelse af
  // 7. marts 2005`), not a question's.
  let askedOn = namesNoQuestion(found)
    ? ABSENT_DATE
    : resolve([
        propose('preamble', preamble?.askedOn, preamble?.lines),
        propose('stated-date', stated?.value, stated?.line),
        propose('preamble-year-inferred', inferred, preamble?.lines),
        propose('preamble-year-session', inSession, preamble?.lines),
        propose('preamble-year-finance-bill', finance?.iso, preamble?.lines),
        // A question's own letter (or ft.dk's page of it, `Dato: 14-12-2018`) is dated the day it was asked: before a date
        // its preamble names with no anchor, which may be anything the sentence cites (`(Politiken, den 13. december
        // 2018, …)` in ft.dk's title of the answer).
        propose('letter-date', letter === 'question' ? letterDate?.value : undefined, letterDate?.line),
        propose('preamble-date', preamble?.firstDate, preamble?.lines),
        propose('question-occasion', occasion?.value, occasion?.line),
      ])
  const rule = askedOn.from?.rule
  const beforeCase = askedOn.value ? beforeProposal(askedOn.value, preamble?.bill ?? stamp.bill) : undefined
  if (beforeCase) {
    context.messages.warn(
      'question-date-before-case',
      `The question is dated ${askedOn.value}, before ${beforeCase} was issued (a slip of the year): question.askedOn is left empty`,
      firstLine(askedOn.from?.where),
      'question.askedOn',
    )
    askedOn = ABSENT_DATE
  }
  if (rule === 'preamble-year-finance-bill') {
    context.messages.warn(
      'question-date-year-from-finance-bill',
      `The letter dates the question without a year and has no date or stamp; ${askedOn.value?.slice(0, 4)} is inferred from the finance bill the text names ("${finance?.bill}"), before the Folketing from the August before its year`,
      preamble?.lines[0],
      'question.askedOn',
    )
  }
  if (rule === 'preamble-year-inferred' || rule === 'preamble-year-session') {
    const from =
      rule === 'preamble-year-session'
        ? `the session (${stamp.session}) the letter is filed in`
        : `the letter's date (${letterDate?.value ?? before?.slice(0, 7)}), which the question precedes`
    context.messages.warn(
      'question-date-year-inferred',
      `The letter dates the question without a year; ${askedOn.value?.slice(0, 4)} is inferred from ${from}`,
      preamble?.lines[0],
      'question.askedOn',
    )
  }
  const dated =
    letter === 'answer' && preamble?.kind === 'section20' && !letterDate ? (tidendeAnswer(found) ?? found.spokenAnsweredOn) : undefined
  // A speech paper is dated by the samråd it was written for (`Torsdag 25. marts 2021, kl. 10-11, lokale 2-133`).
  const spoken = letter === 'answer' && !dated ? speechDate(found) : undefined
  const opening = letter === 'answer' && !letterDate && !dated ? dateBeforeOpening(found) : undefined
  if (opening) {
    context.messages.warn(
      'letter-date-in-text',
      `The letter's date "${opening.line.text.trim()}" was read from the line before its opening sentence`,
      opening.line,
      'answer.answeredOn',
    )
  }
  const headed = letter === 'answer' && !letterDate && !dated && !opening ? headDate(found) : undefined
  if (headed) {
    context.messages.warn(
      'letter-date-in-text',
      `The document, of no kind recognised, is dated by "${headed.line.text.trim()}" alone in its head`,
      headed.line,
      'answer.answeredOn',
    )
  }
  const answeredOn = resolve([
    propose('letter-date', letter === 'answer' ? letterDate?.value : undefined, letterDate?.line),
    propose('tidende-answer', dated?.value, dated?.line),
    propose('speech-occasion', spoken?.value, spoken?.line),
    propose('date-before-opening', opening?.value, opening?.line),
    propose('head-date', headed?.value, headed?.line),
  ])
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

/**
 * Whether a cover letter or a document of no kind names no question: no number, kind or case in its opening and no
 * question's text read. Such a document dates no question.
 */
function namesNoQuestion(found: Findings): boolean {
  const { documentType, preamble, question } = found
  if (documentType !== 'cover-letter' && documentType !== 'unknown') return false
  return !question && preamble?.number === undefined && preamble?.kind === undefined && preamble?.bill === undefined
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
