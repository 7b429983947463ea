/**
 * Which question a document answers: its kind (ordinary, bill, § 20, consultation, on an aktstykke or a Commission
 * document), number and bill (the case document), from the preamble, the question's heading, the stamp and the
 * letter's head.
 */
import type { QuestionKind } from '@ft-answers/schema'
import { ENDS_SENTENCE } from '../../layout/markers.js'
import { BILL_CODE_PART, normaliseBill } from '../../util/bill.js'
import { CASE_DOCUMENT_CODE, readCase } from '../../util/case-document.js'
import { type Findings, fromStamp } from '../findings.js'
import {
  codeCitesAnnex,
  findBillLine,
  findCaseCode,
  findCaseReference,
  findConsultationLine,
  findOpeningBill,
  findQuestionLine,
} from '../head.js'
import type { Found } from '../letterhead.js'
import type { Line } from '../lines.js'
import { isSection20Title } from '../question.js'
import { ABSENT, propose, type Resolution, resolve } from '../resolve.js'
import { speechHeadQuestion } from '../samraad-named.js'
import { speechHeadLines } from '../speech-head.js'
import { partlyQuoted } from '../split.js'

/** "Samrådsspørgsmål E" anywhere in the document. */
const CONSULTATION_MENTION = /samrådsspørgsmål/iu

/**
 * A title that names a samråd as the paper's occasion: a transcript's (`Åbent samråd i Udlændinge- og
 * Integrationsudvalget om … den 11. januar 2018`, `ÅBENT SAMRÅD I UDVALGET FOR …`) or a speech's (`BØRNE- OG
 * UNDERVISNINGSMINISTERENS TALE VED ÅBENT SAMRÅD I …`, `Tale til samråd`).
 */
const SAMRAAD_TITLE =
  /^(?:Åbent|ÅBENT|Lukket|LUKKET)\s+(?:samråd|SAMRÅD)(?!\p{L})|(?<!\p{L})(?:TALE|[Tt]ale(?:papir)?)\s+(?:VED|ved|TIL|til)\s+(?:(?:ÅBENT|åbent|LUKKET|lukket)\s+)?(?:SAMRÅD|samråd)(?!\p{L})/u

/** The most lines a title wraps onto. */
const TITLE_LINES = 2

/** The document's title: its first line after ft.dk's stamp, and the lines it wraps onto (no stop at a line's end). */
function titleLines(lines: readonly Line[]): Line[] {
  const title: Line[] = []
  for (const line of lines) {
    if (line.role === 'stamp') continue
    title.push(line)
    if (title.length >= TITLE_LINES || ENDS_SENTENCE.test(line.text)) break
  }
  return title
}

/** A question number in digits (a consultation question's is a letter). */
const DIGITS = /^\d+$/u

/** A samråd question's letters: `A` … `Å`, then `AA` … (a speech paper's `Spørgsmål AA:`). */
export const SAMRAAD_LETTERS = /^[A-ZÆØÅ]{1,2}$/u

export interface QuestionId {
  kind: Resolution<QuestionKind>
  number: Resolution<string>
  bill: Resolution<string>
}

/** The question's heading as a place: the line before the question's first line (the heading) and that line. */
function headingLines(found: Findings): (Line | undefined)[] | undefined {
  const first = found.question?.lines[0]
  return first ? [found.context.lines[first.index - 1], first] : undefined
}

/** The letter's opening, where its number, bill and case reference are sought when no preamble gave them. */
function opening(found: Findings): readonly Line[] {
  return found.opening
}

/**
 * Whether the stamp's case stands for the question: not where ft.dk filed the letter as another case's annex and the
 * letter itself says what kind of question it answers (`L 109 Bilag 5` on an answer to an alm. del question), nor
 * where the stamp names a bill and no question while the letter calls its question an alm. del one in so many words
 * (`L 89` over `spørgsmål nr. 22 (alm. del)`: ft.dk filed the answer with the bill's questions too).
 */
function stampNamesQuestion(found: Findings): boolean {
  if (billStampOverOrdinary(found) || stampOfAnotherQuestion(found)) return false
  return !(found.stamp.annex && found.preamble?.kind) && !filedCoverLetter(found) && !filedPaper(found)
}

/**
 * A stamp naming a bill's question or a § 20 question other than the letter's own (`B 150` filed as question 6 over
 * `svar på spørgsmål nr. 1034 (Alm. del)`: an old answer sent again as the answer to a later question; `S 365` over
 * `spørgsmål nr. 243 (alm. del)`): the stamp files the letter under the other case, the letter says which question it
 * answers (`stampNamesQuestion`).
 */
function stampOfAnotherQuestion(found: Findings): boolean {
  const { stamp, preamble } = found
  return (
    (stamp.kind === 'bill' || stamp.kind === 'section20') &&
    Boolean(stamp.number) &&
    Boolean(preamble?.number) &&
    stamp.number !== preamble?.number &&
    saysOrdinary(found)
  )
}

/** A stamp naming a bill and no question (no annex) over a letter that calls its question an alm. del one (`stampNamesQuestion`). */
function billStampOverOrdinary(found: Findings): boolean {
  return found.stamp.kind === 'bill' && !found.stamp.annex && !found.stamp.number && saysOrdinary(found)
}

/**
 * A paper that is neither a letter that answers or asks nor a speech (a hearing note, a minister's note, a letter to
 * the Speaker), filed as a case's annex (`L 102 Bilag 1`) with no question in it: the case names where it was filed,
 * not a question — as for a cover letter (`filedCoverLetter`). A sentence that reads as a preamble but names no
 * question (a bishop's hearing answer: `Ved brev af 20. august 2007 … har Kirkeministeriet udbedt sig mine …
 * bemærkninger`) does not make it one.
 */
function filedPaper(found: Findings): boolean {
  const { preamble } = found
  const namesQuestion =
    preamble !== undefined && (preamble.kind !== undefined || preamble.number !== undefined || preamble.bill !== undefined)
  return found.documentType === 'unknown' && Boolean(found.stamp.annex) && !found.stamp.number && !found.question && !namesQuestion
}

/** An annex's number on a case line: `ULØ Alm.del Bilag 95`, `L 69 Bilag 3`. */
const ANNEX_NUMBER = /\bBilag\s+\d/u

/**
 * A cover letter ft.dk files as a case's annex (`L 69 Bilag 3`, `ULØ Alm.del Bilag 95`): the case names where it was
 * filed, not a question it answers — it answers none, so its question's kind and bill are the letter's own words' only.
 */
function filedCoverLetter(found: Findings): boolean {
  if (found.documentType !== 'cover-letter') return false
  const filing = findCaseCode(found.head)?.line ?? findCaseReference(opening(found))?.line
  return Boolean(found.stamp.annex) || (filing !== undefined && ANNEX_NUMBER.test(filing.text))
}

/** "(alm. del)", "(Alm.del)" in a preamble: the question is an ordinary one. */
const ALM_DEL = /(?<!\w)alm\.?\s?del\b/iu

/** Whether the preamble says the question is an alm. del one in so many words (not by default). */
function saysOrdinary(found: Findings): boolean {
  const { preamble } = found
  return preamble?.kind === 'general' && preamble.lines.some((line) => ALM_DEL.test(line.text))
}

/**
 * The opening's bill where it names the letter's own question: not one the question's text cites ("… (L 37 – svar på
 * spørgsmål 13) …" in an alm. del question), nor any where the preamble says the question is an alm. del one.
 */
function ownBill<T extends { line: Line }>(found: Findings, bill: T | undefined): T | undefined {
  const first = found.question?.lines[0]
  if (!bill || (first && bill.line.index >= first.index)) return undefined
  if (!saysOrdinary(found)) return bill
  if (!titlesOwnQuestion(found, bill.line)) return undefined
  found.context.messages.warn(
    'question-case-disagrees',
    `The opening calls question ${found.preamble?.number} an alm. del one, but its title names its case ("${bill.line.text.trim()}"): took the case`,
    bill.line,
    'question.kind',
  )
  return bill
}

/** How many of the opening's bills are tried for the letter's own (`ownOpeningBill`). */
const OPENING_BILLS_TRIED = 3

/**
 * The first of the opening's bills that names the letter's own question (`ownBill`): a bill the opening sentence names
 * after its `(alm. del)` is passed over for the title below it that names the case (`… spørgsmål nr. 1 (alm. del) vedr.
 * KOM(2013)520 til …` over `Spørgsmål nr. 1 vedr. KOM(2013)520:`), wherever the sentence's lines break.
 */
function ownOpeningBill(found: Findings): Found<string> | undefined {
  let lines = opening(found)
  for (let tries = 0; tries < OPENING_BILLS_TRIED; tries++) {
    const bill = findOpeningBill(lines)
    if (!bill) return undefined
    const own = ownBill(found, bill)
    if (own) return own
    lines = lines.filter((line) => line.index > bill.line.index)
  }
  return undefined
}

/**
 * A title over the question that numbers it and names its case: `Spørgsmål nr. 1 til aktstykke 79`, `Spørgsmål 4 ad
 * KOM (2013) 0173`, `Spm. nr. 12 vedr. L 85`. Group: the number.
 */
const QUESTION_ON_CASE = new RegExp(
  String.raw`^(?:Spørgsmål|Spm\.)\s{0,3}(?:nr\.?\s{0,3})?(\d{1,4})\s{1,3}(?:til|ad|vedr\.|vedrørende)\s{1,3}(?:${CASE_DOCUMENT_CODE}|${BILL_CODE_PART})(?![\p{L}\d])`,
  'u',
)

/**
 * Whether `line` is a title over the letter's question naming its case (`QUESTION_ON_CASE`) with the preamble's
 * number: the letter's own word on the case, surer than an "(FIU alm. del)" the opening sentence may carry by habit.
 */
function titlesOwnQuestion(found: Findings, line: Line): boolean {
  const number = QUESTION_ON_CASE.exec(line.text.trim())?.[1]
  return number !== undefined && number === found.preamble?.number
}

/**
 * A document that is no answer, question or speech, with no question and no preamble in it (a committee's statement,
 * a note): the cases it names (`jf. MPU alm. del – bilag 128`, `Ref. KEF alm. del`, a Commission document in its text)
 * are what it cites, not its question's.
 */
function citesOnly(found: Findings): boolean {
  return found.documentType === 'unknown' && !found.question && !found.preamble
}

/**
 * A cover letter that names no question (no number in its opening, its question or ft.dk's filing): the bill of its
 * subject line (`Vedrørende L 99 – Forslag til lov om …` over `Hermed fremsender jeg høringsnotat …`) is what it sends
 * papers on, not a question's case.
 */
function coverLetterWithoutQuestion(found: Findings): boolean {
  return found.documentType === 'cover-letter' && !found.preamble?.number && !found.question?.numbers[0] && !found.stamp.number
}

function resolveBill(found: Findings): Resolution<string> {
  const { preamble, question, stamp, head } = found
  const line = findBillLine(head)
  const openingBill = coverLetterWithoutQuestion(found) || citesOnly(found) ? undefined : ownOpeningBill(found)
  return resolve([
    propose('preamble', preamble?.bill, preamble?.lines),
    propose('question-heading', question?.bill ? normaliseBill(question.bill) : undefined, headingLines(found)),
    fromStamp(stamp, stampNamesQuestion(found) ? stamp.bill : undefined),
    propose('opening-line', openingBill?.value, openingBill?.line),
    propose('case-line', line ? readCase(line.text).code : undefined, line),
  ])
}

function resolveNumber(found: Findings): Resolution<string> {
  const { preamble, question, stamp, context } = found
  const lines = opening(found)
  const reference = findCaseReference(lines)
  const named = findQuestionLine(lines)
  const consultation = findConsultationLine(lines)
  const speech = found.documentType === 'consultation-speech' ? speechHeadQuestion(speechHeadLines(found)) : undefined
  // An opening listing more questions than the letter quotes: the first listed is not the letter's question.
  const partly = partlyQuoted(found)
  if (partly) {
    context.messages.warn(
      'questions-listed-not-quoted',
      `The opening names questions ${partly.listed.join(', ')}; the letter quotes and answers only ${partly.quoted.join(', ')}`,
      preamble?.lines[0] ?? question?.lines[0],
      'question.number',
    )
  }
  // The heading over the quoted question numbers it a few apart from the preamble (`… stillet følgende spørgsmål nr.
  // 256` / `Spørgsmål nr. 255:`, a template's number left from the letter before): the heading labels the question
  // itself. A heading further apart (`Spørgsmål 1` under `spørgsmål nr. 12`) numbers the letter's own parts.
  const headingFirst = !partly && nearbyNumbers(preamble?.number, question?.numbers[0])
  const byPreamble = propose('preamble', partly ? undefined : preamble?.number, preamble?.lines)
  const byHeading = propose('question-heading', question?.numbers[0], headingLines(found))
  const number = resolve([
    ...(headingFirst ? [byHeading, byPreamble] : [byPreamble, byHeading]),
    // A speech paper's head naming its samråd question (`Besvarelse af samrådsspm. G`) over ft.dk's filing of the
    // paper as the answer to the alm. del question that asked for it (`Endeligt svar på spørgsmål 226: Spm. om
    // oversendelse af talepapir …`): the speech is the samråd question's.
    propose('opening-line', speech && stamp.number && DIGITS.test(stamp.number) ? speech.value : undefined, speech?.line),
    fromStamp(stamp, stampNamesQuestion(found) ? stamp.number : undefined),
    propose('opening-line', named?.value, named?.line),
    propose('case-code', reference?.number, reference?.line),
    propose('opening-line', consultation?.value, consultation?.line),
    // A speech paper's head naming its samråd question on a line with other words ("Anledning: Samråd i … om samrådsspørgsmål F").
    propose('opening-line', speech?.value, speech?.line),
  ])
  // The preamble's number is taken, or the heading's a few apart from it; a heading that numbers the question
  // otherwise (in digits) is warned of, whichever was taken.
  const heading = number.from?.rule === 'preamble' ? number.rivals.find((rival) => rival.rule === 'question-heading') : undefined
  const headingTaken = headingFirst && number.from?.rule === 'question-heading'
  if (question && (headingTaken || (typeof heading?.value === 'string' && DIGITS.test(heading.value)))) {
    context.messages.warn(
      'question-number-mismatch',
      headingTaken
        ? `The preamble says question ${preamble?.number}, the heading over the question ${number.value}: took the heading's`
        : `The preamble says question ${number.value}, the heading ${heading?.value}: took the preamble's`,
      question.lines[0],
      'question.number',
    )
  }
  return number
}

/**
 * How far apart a preamble's and a heading's numbers may be and the heading still be the question's: a neighbour in
 * the committee's series, mistyped or left from the letter before (the corpus's three are 1 to 4 apart: `256` and
 * `255`, `248` and `252`, `4` and `5`).
 */
const NEARBY_NUMBERS = 5

/** Whether two question numbers in digits differ, by at most `NEARBY_NUMBERS`. */
function nearbyNumbers(preamble: string | undefined, heading: string | undefined): boolean {
  if (!preamble || !heading || !DIGITS.test(preamble) || !DIGITS.test(heading) || preamble === heading) return false
  return Math.abs(Number(preamble) - Number(heading)) <= NEARBY_NUMBERS
}

/**
 * The bill before the committee, in the definite form a bill's question uses of it: `Det fremgår af lovforslagets
 * bemærkninger side 7`, `Kan ministeren uddybe, hvordan lovforslaget …`. Not `et lovforslag` (a bill to come).
 */
const BILL_IN_QUESTION = /(?<!\w)lovforslage(?:t|ts)\b/iu

/** The head's lines a § 20 question letter's title stands in (`isSection20Title`). */
const SECTION20_TITLE_LINES = 12

/** The field of ft.dk's question page that dates a samråd question's meeting: `Afholdelse af samrådet: Kulturudvalget …`. */
const SAMRAAD_MEETING = /^Afholdelse\s+af\s+samrådet:/u

/**
 * The kind: § 20 where the preamble, the stamp or a § 20 question letter's title says so; a consultation question where the preamble says so, or
 * where the document names a "samrådsspørgsmål" and is a speech paper or stamped as one, or ft.dk's question page names
 * the samråd's meeting (`SAMRAAD_MEETING`); a bill's question where a
 * bill was found; else what the preamble or stamp says; else, for a letter with a case code or a question, ordinary.
 */
function resolveKind(found: Findings, bill: Resolution<string>): Resolution<QuestionKind> {
  const { preamble, stamp, question, documentType, context } = found
  const only = (kind: QuestionKind, said: QuestionKind | undefined) => (said === kind ? kind : undefined)
  const speech = documentType === 'consultation-speech'
  // A speech paper that heads its question with letters (`Spørgsmål AA:`) answers a samråd question: ordinary
  // questions are numbered in digits. The heading is the mention where the text never writes "samrådsspørgsmål".
  const lettered = speech && question?.numbers.some((number) => SAMRAAD_LETTERS.test(number)) ? headingLines(found)?.[1] : undefined
  // A speech paper's head that names its samråd by the question's letter (`Tale til samråd P, Q, R`) is the mention too.
  const headNamed = speech && !lettered ? speechHeadQuestion(speechHeadLines(found))?.line : undefined
  // An alm. del annex's stamp ("BEU Alm.del Bilag 394") files a letter, it names no question.
  const annexOnly = stamp.annex && stamp.kind === 'general' && !stamp.number
  const stamped = stampNamesQuestion(found) && !annexOnly ? stamp.kind : undefined
  // The mention decides only for a speech paper or a stamp that names a samråd question (the two candidates below that
  // read it): elsewhere the document's lines are not searched for it.
  const mention =
    speech || stamped === 'consultation'
      ? (context.lines.find((line) => CONSULTATION_MENTION.test(line.text)) ?? lettered ?? headNamed)
      : undefined
  // A cover letter that names no question: a case it names is what it sends papers on, or an earlier answer's. A
  // paper filed as a case's annex (a committee's minutes, a hearing note) cites cases it is about, none it answers.
  const noQuestion =
    citesOnly(found) ||
    filedCoverLetter(found) ||
    filedPaper(found) ||
    (coverLetterWithoutQuestion(found) && !findCaseReference(opening(found))?.number)
  const code = noQuestion ? undefined : findCaseCode(found.head)
  const reference = noQuestion ? undefined : findCaseReference(opening(found))
  const named = findQuestionLine(opening(found))
  const consultation = findConsultationLine(opening(found))
  // A preamble that names its question with no case (`stillet mig følgende spørgsmål 20`) says alm. del only by default.
  const caseUnsaid = !preamble?.kind || (preamble.kind === 'general' && !saysOrdinary(found))
  const billQuestion = question && caseUnsaid && !stamp.kind && BILL_IN_QUESTION.test(question.text)
  // The Folketing's own § 20 question letter, by its title (`§ 20-spørgsmål til skriftlig besvarelse`).
  const section20Title = context.lines.slice(0, SECTION20_TITLE_LINES).find((line) => isSection20Title(line, context.lines))
  // ft.dk's question page of a samråd question names the meeting among its fields (`Afholdelse af samrådet: …`).
  const meeting = question?.rule === 'question-page' ? context.lines.find((line) => SAMRAAD_MEETING.test(line.text)) : undefined
  const titled = titleLines(context.lines).find((line) => SAMRAAD_TITLE.test(line.text))
  const kind = resolve([
    propose<QuestionKind>('preamble', only('section20', preamble?.kind), preamble?.lines),
    fromStamp<QuestionKind>(stamp, only('section20', stamped)),
    propose<QuestionKind>('section20-title', section20Title ? 'section20' : undefined, section20Title),
    propose<QuestionKind>('preamble', only('consultation', preamble?.kind), preamble?.lines),
    fromStamp<QuestionKind>(stamp, mention ? only('consultation', stamped) : undefined),
    propose<QuestionKind>('consultation-speech', mention && speech ? 'consultation' : undefined, [found.type.line, mention]),
    // "Samrådsspørgsmål X" opening a line of the letter's head (a question letter, a samråd's transcript).
    propose<QuestionKind>('opening-line', consultation ? 'consultation' : undefined, consultation?.line),
    propose<QuestionKind>('question-page', meeting ? 'consultation' : undefined, meeting),
    propose<QuestionKind>('samraad-title', titled ? 'consultation' : undefined, titled),
    // ft.dk's summary alone names a samråd question by its word (`Samrådsspm. om …`).
    propose<QuestionKind>('page-summary', found.pageSummary?.consultation ? 'consultation' : undefined, found.pageSummary?.lines),
    // A bill's question (or an aktstykke's, a Commission document's) is cited where the case was found.
    ...(bill.from && bill.value ? [propose<QuestionKind>(bill.from.rule, readCase(bill.value).kind, bill.from.where)] : []),
    propose<QuestionKind>('bill-in-question', billQuestion ? 'bill' : undefined, question?.lines),
    propose<QuestionKind>(caseUnsaid ? 'preamble-kind-unsaid' : 'preamble', preamble?.kind, preamble?.lines),
    fromStamp<QuestionKind>(stamp, stamped),
    propose<QuestionKind>('case-code', reference?.annex ? undefined : reference?.kind, reference?.line),
    // The opening names a question without a bill: an ordinary one.
    propose<QuestionKind>('opening-line', named ? 'general' : undefined, named?.line),
    propose<QuestionKind>('case-code', code && !codeCitesAnnex(code) ? 'general' : undefined, code?.line),
    // A question with no case named is an ordinary one; cited as the question's heading, or where the question stands.
    // Not a page of the question's words alone, which may be a § 20 question's as well as a committee's.
    ...(question && !question.kindUnsaid
      ? [propose<QuestionKind>(question.rule, 'general', question.numbers[0] ? headingLines(found) : question.lines)]
      : []),
  ])
  if (billStampOverOrdinary(found)) {
    context.messages.warn(
      'question-filed-elsewhere',
      `ft.dk's stamp files the letter under ${found.stamp.bill ?? 'a bill'}, but the letter calls its question an alm. del one: took the letter's`,
      found.stamp.line,
      'question.kind',
    )
  } else if (stampOfAnotherQuestion(found)) {
    context.messages.warn(
      'question-filed-elsewhere',
      `ft.dk's stamp files the letter under ${found.stamp.kind === 'section20' ? `S ${found.stamp.number}` : `question ${found.stamp.number} of ${found.stamp.bill ?? 'a bill'}`}, but the letter answers question ${found.preamble?.number}, an alm. del one: took the letter's`,
      found.stamp.line,
      'question.kind',
    )
  }
  const unsure = unsureOrdinary(found, kind)
  if (unsure) {
    context.messages.warn(
      'question-kind-unknown',
      `The letter's head names ${unsure.value}, but nothing says whether the question is on it or an alm. del one: kind left open`,
      unsure.line,
      'question.kind',
    )
    return resolve<QuestionKind>([])
  }
  // The preamble's number with no case, and nothing else that names the case: ordinary by default, said so. Not the
  // opening's or the heading's number alone (`Spørgsmål nr. 5:`), which letters without a stamp write of ordinary
  // questions far more often than of others: warned, they would be mostly false alarms.
  if (kind.from?.rule === 'preamble-kind-unsaid' && !stamp.kind && !code && !reference) {
    context.messages.warn(
      'question-kind-assumed',
      "The letter names its question's number but not its case, and no stamp or case code does: read as an alm. del question",
      preamble?.lines[0],
      'question.kind',
    )
  }
  if (kind.from?.rule === 'bill-in-question') {
    context.messages.warn(
      'question-kind-from-text',
      'Nothing names the question\'s case; read as a bill\'s question because it speaks of "lovforslaget"',
      question?.lines[0],
      'question.kind',
    )
  }
  return kind
}

/** An aktstykke or a Commission document named in a line (`CASE_DOCUMENT_CODE`). */
const CASE_DOCUMENT = new RegExp(CASE_DOCUMENT_CODE, 'u')

/** Letters every `CASE_DOCUMENT` has (`kt` of `Aktstk.`, `akt.`; `KOM`, `COM`): a cheap test before the pattern. */
const CASE_DOCUMENT_WORD = /kt|[KC]OM/u

/** The rules that call a question an alm. del one in so many words: its stamp, its committee's case code. */
const SAYS_ORDINARY: ReadonlySet<string> = new Set(['stamp', 'case-code', 'source-path'])

/**
 * An ordinary (alm. del) kind that was only the default — a question numbered with no case named — while the
 * letter's head, before the question's text, names an aktstykke or a Commission document (`Aktstk. 172`, `KOM (2013)
 * 0173`): the question may be on that document, whose questions are numbered apart, so `general` would give another
 * question's key. Not where the stamp, a case code or the preamble's "(alm. del)" says alm. del. The case document
 * named, or undefined.
 */
function unsureOrdinary(found: Findings, kind: Resolution<QuestionKind>): { value: string; line: Line } | undefined {
  if (kind.value !== 'general' || !kind.from || SAYS_ORDINARY.has(kind.from.rule) || saysOrdinary(found)) return undefined
  const first = found.question?.lines[0]
  for (const line of opening(found)) {
    if (first && line.index >= first.index) break
    if (!CASE_DOCUMENT_WORD.test(line.text)) continue
    const named = CASE_DOCUMENT.exec(line.text)
    if (named) return { value: readCase(named[0]).code, line }
  }
  return undefined
}

/**
 * A question on a paragraph of the finance act, as the Finance Committee numbered them before 2007 in a series of
 * each paragraph's own: `udvalgets spørgsmål nr. 14 (§ 12 - bilag 34)`, `spørgsmål nr. 3 (§ 24)`, `spm. nr. 7 (§
 * 7.1 – bilag 12)`. Neither an ordinary question (alm. del) nor a bill's nor a § 20 question in ft.dk's scheme.
 */
const FINANCE_ACT_QUESTION =
  /(?:spørgsmål|spm\.)\s{0,3}(?:nr\.?\s{0,3})?\d{1,4}\s{0,3}\(\s{0,3}§\s{0,3}\d{1,2}(?:\.\d{1,2}){0,2}\s{0,3}(?:[-–]\s{0,3}bilag\s{0,3}\d{0,4}\s{0,3})?\)/iu

/** The opening's line naming its question as a finance-act paragraph's (`FINANCE_ACT_QUESTION`). */
function financeActQuestion(found: Findings): Line | undefined {
  const lines = found.preamble?.lines ?? opening(found)
  // Cheap literal test before the pattern.
  return lines.find((line) => line.text.includes('§') && FINANCE_ACT_QUESTION.test(line.text))
}

/**
 * The kind, but none for a question on a finance-act paragraph (`FINANCE_ACT_QUESTION`): ft.dk's scheme has no kind
 * for it, and an ordinary question's kind would key it to the alm. del question of the same number (warned
 * `question-kind-finance-act`).
 */
function kindOrFinanceAct(found: Findings, bill: Resolution<string>, number: Resolution<string>): Resolution<QuestionKind> {
  const kind = lettered(found, resolveKind(found, bill), number)
  if (kind.value !== 'general') return kind
  const line = financeActQuestion(found)
  if (!line) return kind
  found.context.messages.warn(
    'question-kind-finance-act',
    'The question is one of a finance-act paragraph\'s ("§ 12 - bilag 34"), a series of its own that no question kind names; question.kind is left empty',
    line,
    'question.kind',
  )
  return { value: null, from: undefined, provenance: ABSENT, rivals: [] }
}

/**
 * A samråd question where the kind is ordinary by default only (no stamp, case code or "(alm. del)" says so) and the
 * question's number is letters (`Miljøministerens besvarelse af spørgsmål nr. AA, AB, AC, AD og AE`, `Spørgsmål A`):
 * ft.dk numbers ordinary and bill questions in digits, samråd questions in letters.
 */
function lettered(found: Findings, kind: Resolution<QuestionKind>, number: Resolution<string>): Resolution<QuestionKind> {
  if (kind.value !== 'general' || !number.value || !SAMRAAD_LETTERS.test(number.value)) return kind
  if (!kind.from || SAYS_ORDINARY.has(kind.from.rule) || saysOrdinary(found)) return kind
  return resolve([propose<QuestionKind>('lettered-number', 'consultation', number.from?.where), ...kind.rivals])
}

/**
 * Say so where the kind is only where ft.dk filed the answer: a question no place numbers (not the stamp, the opening
 * or its heading), answered in an annex of the committee's alm. del (`KUU Alm.del Bilag 119`, `BEU Alm.del Bilag
 * 446`) — a question put at a briefing or a meeting (`Ved den tekniske gennemgang … spurgte et medlem af udvalget om
 * …`, `… har ifm. teknisk gennemgang … stillet følgende spørgsmål`). Its kind is `general`, the case it was filed
 * under (docs/record.md), and without a number it has no key (warned `question-unnumbered`).
 */
function warnUnnumbered(found: Findings, kind: Resolution<QuestionKind>, number: Resolution<string>): void {
  const { question, stamp } = found
  if (kind.value !== 'general' || number.value || !stamp.annex || stamp.number || !question || question.numbers.length > 0) return
  found.context.messages.warn(
    'question-unnumbered',
    'No place numbers the question (not the stamp, the opening or its heading) and ft.dk filed the answer as an annex of the alm. del: question.kind general from where it was filed, no key',
    question.lines[0],
    'question.kind',
  )
}

export function resolveQuestionId(found: Findings): QuestionId {
  const bill = resolveBill(found)
  // A report (`Betænkning afgivet af … den …`) answers no question: the questions its sections tell of (`Udvalget har
  // stillet 31 spørgsmål …`, `Ministeren har besvaret spørgsmål 20-22`) and the cases it cites are the committee's.
  if (found.report) return { kind: resolve<QuestionKind>([]), number: resolve<string>([]), bill }
  const number = resolveNumber(found)
  const kind = kindOrFinanceAct(found, bill, number)
  warnUnnumbered(found, kind, number)
  return { kind, number, bill }
}
