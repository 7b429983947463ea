/**
 * Fields a letter always has, left empty although the letter shows signs of them, and a question or answer whose
 * edge was plainly misplaced. A wrong empty value that nothing warns of is as bad as a wrong value; each check fires
 * only where the document shows the field was there to read (a date line, a J.nr. label, a ministry's name, a
 * signature's form), so that a letter that truly lacks it (a rendition cut before its letterhead or signature)
 * stays `ok`.
 */
import type { DocumentType, QuestionKind } from '@ft-answers/schema'
import { ANSWER_HEADING, QUESTION_HEADING } from '../layout/markers.js'
import type { Messages } from '../messages.js'
import { parseDateLine } from '../util/dates.js'
import { hot } from '../util/hot-patterns.js'
import { NOT_A_PERSON } from './closing.js'
import type { Findings } from './findings.js'
import { saysNoCaseNumber } from './letterhead.js'
import type { Line } from './lines.js'

/** The values the checks look at, as resolved. */
export interface ResolvedValues {
  documentType: DocumentType
  session: string | null
  committee: string | null
  kind: QuestionKind | null
  caseNumber: string | null
  answeredOn: string | null
  questionNumber: string | null
  questionText: string | null
  answerText: string
  signature: unknown
  ministry: string | null
}

/**
 * A line labelled as the letter's date: `Dato: 14. marts 2008`, `Dato            9. juli 2008`, `Dato` (the date on
 * another line), `DatoJ. nr.` (the letterhead's labels glued, their values elsewhere). Not `Datoen for …`.
 */
const DATE_LABEL = /^Dato(?=[\s:]|\p{Lu}|$)/u

/**
 * A case-number label anywhere on a line, as letterheads set it: `J.nr. MST 101-00003`, `DatoJ. nr.` (labels glued),
 * `THA/ J.nr. 2010-962`, `Sagsnr.`, `Journalnummer`. Capitalised, so not a word in prose; not `Sagsnummeret`.
 */
const CASE_LABEL = hot(
  /(?:^|[^\p{L}]|Dato)(?:J\.\s?nr\.?|Jr\.\s?nr\.?|Sagsnr\.?|Sags\.?\s?nr\.?|Sagsnummer|Journalnummer|Journal\s?nr\.?|JOURNAL\s?NR\.?|Jour\.\s?nr\.?|Ref\.-?\s?nr\.?|Eksp\.\s?nr\.?)(?!\p{L})/u,
)

/**
 * Whether `text` holds a case-number label (`CASE_LABEL`). Each label holds `J` (`J.nr.`, `Journalnummer`, `Jour.
 * nr.`), `Sags` (`Sagsnr.`, `Sags nr.`, `Sagsnummer`), `Ref.` (`Ref.-nr.`, Uddannelses- og Forskningsministeriet) or
 * `Eksp.` (`Eksp.nr.`, Økonomi- og Erhvervsministeriet), in that case (the pattern ignores none): a line without any
 * holds none, told by literal searches before the pattern, which is tried at every place of every line.
 */
function holdsCaseLabel(text: string): boolean {
  return (text.includes('J') || text.includes('Sags') || text.includes('Ref.') || text.includes('Eksp.')) && CASE_LABEL.test(text)
}

/**
 * A ministry's name on a line of its own, as a letterhead sets it: `Miljøministeriet`, `Erhvervs- og
 * Vækstministeriet`, `ØKONOMI- OG ERHVERVSMINISTERIET`, `VÆKSTMINISTERIET` (the name broken over two lines),
 * `Ministeriet for Ligestilling og Kirke`. Not a sentence that names one (`Miljøministeriet har oplyst, …`).
 */
export const MINISTRY_LINE = [
  /^(?:\p{L}{2,30}-\s+og\s+|\p{L}{2,30},\s+)?\p{L}{0,30}ministeriet$/iu,
  // also broken at its comma or after "og" (`Ministeriet for Forskning,` / `Innovation og Videregående` / …)
  /^Ministeriet\s+for\s+\p{Lu}\p{Ll}+(?:,?\s+(?:og\s+)?\p{Lu}\p{Ll}+){0,5}(?:,|\s+og)?$/u,
].map(hot)

/** A capitalised name of one to four words: `Kim Holm Boesen`. */
const NAME = String.raw`\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}`

/**
 * The signature of a ministry's letter: the minister's name, a slash, the official who drafted it — the slash on a
 * line of its own (`/`), before the official (`/Kim Holm Boesen`, `/ Marjun Egholm`), or between the two (`Benedikte
 * Kiær/ Karin Ingemann`). Not a page counter (`1/1`) nor `og/eller`.
 */
const SIGNED_FOR = new RegExp(String.raw`^(?:${NAME}\s*)?\/\s*(?:${NAME})?$`, 'u')

/**
 * A closing, also where the rendition glued the name to it or broke it over lines: `Med venlig hilsen`,
 * `Med venlig hilsenHenrik Dam Kristensen`, `hilsen` (after `Med venlig`). Not `hilsnerne` nor a greeting inside a
 * sentence, which does not open a line.
 */
const CLOSING_SIGN = /^(?:(?:[Mm]ed\s+)?[Vv]enlig(?:e)?\s+)?[Hh]ils(?:en|ner)(?!\p{Ll})/u

/** A person's name alone on a line, as a letter that ends with its signature gives it: `Carina Christensen`. */
const NAME_LINE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3}$/u

/** A question heading at the start of a line, before the text glued to it: `Spørgsmål nr. 382:` of `Spørgsmål nr. 382:”Vil …`. */
const QUESTION_OPENING = /^(?:spørgsmål|spm\.)(?:\s*nr\.?)?\s*\d{1,4}\s*:/iu

/**
 * The tail of a question heading broken over two lines, where the question should begin: `(alm. del)` of
 * `Spørgsmål nr. 57` / `(alm. del)`, `(L 22)`.
 */
const HEADING_TAIL = /^\((?:alm\.\s?del|[LB]\s?\d{1,3})\):?$/iu

/** An answer heading after the question's end, in the same paragraph: `…fabrikker i de sidste 3 år?”Svar: Jeg vil …`. */
const ANSWER_AFTER_END = /[”"?.]\s*Svar:(?:\s|$)/u

/** The dated fields of ft.dk's question page, which follow the question there: `Dokumentdato: 26-11-2004`, `Modtaget: 26-11-2004`. */
const PAGE_FIELD = /(?:^|\s)(?:Dokumentdato|Modtaget|Omdelt):\s*\d{1,2}-\d{1,2}-\d{4}/u

/** A line that stops mid-sentence: it ends with a small letter, a comma or a dash (`… der trådte i kraft`). */
const MID_SENTENCE = /[\p{Ll},–-]$/u

/**
 * A date alone on its line that ends a wrapped sentence (`… der trådte i kraft` / `1. januar 2020.`): the line before
 * stops mid-sentence and the date ends with the sentence's full stop, which a letter's date does not have.
 */
function endsSentence(line: Line, lines: readonly Line[]): boolean {
  const before = lines[line.index - 1]
  return line.text.endsWith('.') && before !== undefined && MID_SENTENCE.test(before.text)
}

/** What follows a case number that was cut short, on its line: a joiner and more of it (`- u18 - 000049`). */
const CUT_SHORT = /^[-–/.][\p{L}\d]/u

/**
 * Whether the case number read from `line` stops where the line goes on with a joiner and more of it: `004` read
 * from `J. nr. 004 - u18 - 000049`. Compared without spaces, as the number is normalised.
 */
export function caseNumberCut(value: string, line: Line): boolean {
  const compact = line.text.replace(/\s+/gu, '').replace(/–/gu, '-')
  const at = compact.indexOf(value)
  return at >= 0 && CUT_SHORT.test(compact.slice(at + value.length))
}

/** The letter's kinds that carry a letter date: an answer and a cover letter. */
const DATED: ReadonlySet<DocumentType> = new Set(['answer', 'cover-letter'])

/** The kinds whose text is the record's `answer.text`: an answer, a cover letter (its sending text) and a speech paper. */
const WITH_TEXT: ReadonlySet<DocumentType> = new Set(['answer', 'cover-letter', 'consultation-speech'])
/** Documents that name the question they answer or speak to, and so should hold its text. */
const NAMES_ITS_QUESTION: ReadonlySet<DocumentType> = new Set(['answer', 'consultation-speech'])

/** Warns that `field` is empty although `line` shows it was there. */
function warnUnread(messages: Messages, code: Parameters<Messages['warn']>[0], what: string, line: Line, field: string): void {
  messages.warn(code, `${what} ("${line.text.slice(0, 60)}") but none was read; ${field} is empty`, line, field)
}

/** A line that ends a sentence: a stop, a colon, a question mark or a closing quote or bracket after one. */
const ENDS_SENTENCE = /[.:?!][”"’)]?\s*$/u

/**
 * A person's name alone on a line right after a sentence's end: where a letter signs before what it encloses
 * (`Talepapiret vedlægges …` / `Eva Kjer Hansen` / `Talepapir til brug for samrådsspørgsmål A-D`). Not an institution's
 * name (`Danmarks Statistik`).
 */
function signsAfterSentence(line: Line, lines: readonly Line[]): boolean {
  const text = line.text.trim()
  const before = lines[line.index - 1]
  return NAME_LINE.test(text) && !NOT_A_PERSON.test(text) && before !== undefined && ENDS_SENTENCE.test(before.text)
}

/**
 * The first line that shows a signature's form: the slash of a signature, or a closing ("Med venlig hilsen"); else
 * the letter's last line when it is a name alone; else a name alone after a sentence (`signsAfterSentence`).
 */
function signatureSign(lines: readonly Line[]): Line | undefined {
  const last = lines.at(-1)
  return (
    lines.find((line) => SIGNED_FOR.test(line.text) || CLOSING_SIGN.test(line.text)) ??
    (last && NAME_LINE.test(last.text) ? last : undefined) ??
    lines.find((line) => signsAfterSentence(line, lines))
  )
}

/**
 * The letterhead fields of an answer: its date, case number, ministry and signature. Each sign is looked for only
 * where its field is empty (most records have them all, and each search reads every line).
 */
function checkLetterhead(found: Findings, values: ResolvedValues): void {
  const { messages, lines } = found.context
  const answer = values.documentType === 'answer'
  if (values.answeredOn === null && DATED.has(values.documentType) && !messages.list.some((warning) => warning.code === 'date-partial')) {
    const dateLine = lines.find(
      (line) => DATE_LABEL.test(line.text) || (parseDateLine(line.text) !== undefined && !endsSentence(line, lines)),
    )
    if (dateLine) warnUnread(messages, 'answer-date-missing', 'The letter has a date line', dateLine, 'answer.answeredOn')
  }
  // A speech paper may carry the ministry's label block too (`Kontor:Sagsbeh:Sagsnr.:Dok.:` on a talepapir).
  const headed = answer || values.documentType === 'consultation-speech'
  // A label whose value is a dash ("J.nr. -") says there is none: no miss.
  const saysNone = values.caseNumber === null && headed && lines.some((line) => saysNoCaseNumber(line, lines))
  const caseLine = values.caseNumber === null && headed && !saysNone ? lines.find((line) => holdsCaseLabel(line.text)) : undefined
  if (caseLine) warnUnread(messages, 'case-number-missing', 'The letterhead has a case-number label', caseLine, 'caseNumber')
  const caseFound = found.caseNumber
  if (values.caseNumber !== null && caseFound && caseNumberCut(values.caseNumber, caseFound.line)) {
    messages.warn(
      'case-number-cut',
      `The case number ${values.caseNumber} is followed on its line by more of it ("${caseFound.line.text.trim().slice(0, 60)}"): it may be cut short`,
      caseFound.line,
      'caseNumber',
    )
  }
  const ministryLine =
    values.ministry === null && answer ? lines.find((line) => MINISTRY_LINE.some((pattern) => pattern.test(line.text))) : undefined
  if (ministryLine) warnUnread(messages, 'ministry-missing', 'A line names a ministry', ministryLine, 'ministry')
  const signed = values.signature === null && answer ? signatureSign(lines) : undefined
  if (signed) warnUnread(messages, 'signature-missing', 'The letter shows a signature', signed, 'signature')
}

/** Kinds of question a committee puts: an alm. del question, a samråd question, a bill's question. */
const COMMITTEES_QUESTION: ReadonlySet<QuestionKind> = new Set(['general', 'consultation', 'bill'])

/** How the warning names each kind of question. */
const KIND_NAMES: Partial<Record<QuestionKind, string>> = {
  general: 'The alm. del question',
  consultation: 'The samråd question',
  bill: "The bill's question",
}

/** Warnings for fields left empty where the document shows they were there. */
export function checkMissing(found: Findings, values: ResolvedValues): void {
  const { messages } = found.context
  // A session left empty because the letter's date leaves two possible says so itself (`session-ambiguous`).
  if (values.session === null && !messages.list.some((warning) => warning.code === 'session-ambiguous')) {
    messages.warn('session-missing', 'No stamp, address or date gives the session; session is empty', undefined, 'session')
  }
  if (values.committee === null && values.kind !== null && COMMITTEES_QUESTION.has(values.kind)) {
    messages.warn(
      'committee-missing',
      `${KIND_NAMES[values.kind]}${values.questionNumber ? ` ${values.questionNumber}` : ''} is a committee's, but no stamp, address or sentence names the committee; committee is empty`,
      undefined,
      'committee',
    )
  } else if (values.committee === null && values.documentType === 'cover-letter') {
    // A cover letter sends papers to a committee (to "udvalgets orientering"): one that no stamp, address or sentence
    // names was not read, and says so rather than leave the field empty in a record that looks whole.
    messages.warn(
      'committee-missing',
      'A cover letter sends papers to a committee, but no stamp, address or sentence names the committee; committee is empty',
      undefined,
      'committee',
    )
  }
  checkLetterhead(found, values)
  if (NAMES_ITS_QUESTION.has(values.documentType) && values.questionText === null && values.questionNumber !== null) {
    messages.warn(
      'question-text-missing',
      `The ${values.documentType === 'answer' ? 'letter answers' : 'speech is on'} question ${values.questionNumber} but its text was not found; question.text is empty`,
      found.preamble?.lines[0],
      'question.text',
    )
  } else if (values.documentType === 'answer' && values.questionText === null) {
    // Neither the question's number nor its text was read: a heading of a form no rule reads, or a note filed as an
    // answer that names no question. (A speech paper often holds neither: no warning there.)
    messages.warn(
      'question-text-missing',
      "The document was read as an answer, but neither its question's number nor its text was found; question.text and question.number are empty",
      found.preamble?.lines[0],
      'question.text',
    )
  } else if (
    values.documentType === 'answer' &&
    values.questionNumber === null &&
    !messages.list.some((warning) => warning.code === 'question-unnumbered')
  ) {
    // The question was read and its number not (no stamp, address, opening or heading gave one): the record has no
    // key. A question put at a briefing and filed as an annex says so itself (`question-unnumbered`).
    messages.warn(
      'question-number-missing',
      "The answer's question was read but not its number; question.number is empty and the record has no key",
      found.question?.lines[0] ?? found.preamble?.lines[0],
      'question.number',
    )
  } else if (values.documentType === 'question' && values.questionText === null) {
    // A question letter is its question: one read as a letter and whose question was not found says so.
    messages.warn(
      'question-text-missing',
      "The committee's question letter was read, but its question was not found; question.text is empty",
      found.type.line ?? found.preamble?.lines[0],
      'question.text',
    )
  }
  if (WITH_TEXT.has(values.documentType) && values.answerText === '') {
    messages.warn('answer-text-missing', `No text was found in the ${values.documentType}; answer.text is empty`, undefined, 'answer.text')
  }
}

/**
 * A question or answer whose edge was misplaced: the answer opens with the question's heading ("Spørgsmål nr. 382:"),
 * the question runs on past an answer heading ("…?”Svar:") or into ft.dk's page fields ("Dokumentdato: …"), or it
 * opens with its heading's broken-off tail ("(alm. del)").
 */
export function checkTextEdges(found: Findings, questionText: string | null, answerText: string): void {
  const { messages } = found.context
  const opening = QUESTION_OPENING.exec(answerText.split('\n', 1)[0] ?? '')
  if (opening && QUESTION_HEADING.test(opening[0])) {
    messages.warn(
      'text-edge-unsure',
      `The answer opens with a question heading ("${opening[0]}"): the question may have been read as the answer`,
      found.answer.lines[0],
      'answer.text',
    )
  }
  const text = questionText ?? ''
  const runsOn =
    ANSWER_AFTER_END.exec(text)?.[0] ?? PAGE_FIELD.exec(text)?.[0] ?? text.split('\n').find((line) => ANSWER_HEADING.test(line))
  const first = (text.split('\n', 1)[0] ?? '').trim()
  if (HEADING_TAIL.test(first)) {
    messages.warn(
      'text-edge-unsure',
      `The question opens with the tail of its heading ("${first}"): it may begin before the question`,
      found.question?.lines[0],
      'question.text',
    )
  } else if (runsOn !== undefined) {
    messages.warn(
      'text-edge-unsure',
      `The question runs on past its end ("${runsOn.trim()}"): what follows it may have been read as the question`,
      found.question?.lines.at(-1),
      'question.text',
    )
  }
}
