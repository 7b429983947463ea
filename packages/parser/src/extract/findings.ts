/**
 * What the finders read off a document, each once: the stamp, the preamble, the question and answer, the askers,
 * the signature and the letterhead. Field modules (`fields/`) turn these into candidates for the record's fields.
 */
import type { DocumentType } from '@ft-answers/schema'
import { readsAsRunningText } from '../layout/markers.js'
import { Messages } from '../messages.js'
import { GUESSED_JOIN, joinedByGuess } from '../util/hyphenation.js'
import { type AnswerResult, findAnswer, speechLead } from './answer.js'
import { casePageAsker } from './case-page-asker.js'
import type { Context } from './context.js'
import { type DocumentTypeResult, findDocumentType } from './document-type.js'
import { openingLines } from './head.js'
import { type Found, type FoundCaseNumber, findCaseNumber, findLetterDate } from './letterhead.js'
import type { Line } from './lines.js'
import { withOwnInitiative } from './own-initiative.js'
import { findPageSummary, type PageSummary } from './page-summary.js'
import { type AskersResult, findAskers, findPreamble, type Preamble } from './preamble.js'
import {
  bareQuestionPage,
  findQuestion,
  labelledWording,
  type QuestionResult,
  section20PageQuestion,
  speechFormQuestion,
} from './question.js'
import { findReportHead, type ReportHead } from './report-date.js'
import { type Candidate, propose } from './resolve.js'
import { findRunningTitle, type RunningTitle, withRunningTitle } from './running-title.js'
import { findSignature, type SignatureResult } from './signature.js'
import { type CaseFacts, readStamp } from './stamp.js'
import { findTidendeHead, questionOnly, spokenAnswerStart, urgentQuestion } from './tidende.js'

export interface Findings {
  context: Context
  stamp: CaseFacts
  preamble: Preamble | undefined
  question: QuestionResult | undefined
  type: DocumentTypeResult
  documentType: DocumentType
  answer: AnswerResult
  askers: AskersResult
  signature: SignatureResult | undefined
  caseNumber: FoundCaseNumber | undefined
  letterDate: Found<string> | undefined
  /** The letter's head: its lines up to the end of the question (or just past the preamble), the question's text left out. */
  head: Line[]
  /** The letter's opening (`openingLines`: its first lines, up to an answer's heading), the question's text left out. */
  opening: readonly Line[]
  /** The lines the question's text holds whole: what they name (cases, committees, dates) the asker cites. */
  quoted: ReadonlySet<Line>
  /** The question's title in ft.dk's running line. */
  runningTitle: RunningTitle | undefined
  /** ft.dk's summary of a question, where it is all the document holds. */
  pageSummary: PageSummary | undefined
  /** A report's head (`Betænkning afgivet af … den …`), where the document is a report: it answers no question. */
  report: ReportHead | undefined
  /** Question time's page (`Spm. nr. S 2918 - besvaret 24/03-2004`): the day its title says the question was answered. */
  spokenAnsweredOn: { value: string; line: Line } | undefined
}

/** The question as its head's and opening's lines are read without it (`withoutQuestionText`). */
interface QuestionSpan {
  /** The lines the question was read from. */
  own: ReadonlySet<Line>
  /**
   * Those its text holds whole (a line end's hyphen aside) — not a line that opens with a committee's case (`URU alm.
   * del, spørgsmål nr. 160:Vil ministeren …`): it states the letter's case, wherever the question was read to start.
   */
  quoted: ReadonlySet<Line>
  /** The text's first and last words (`EDGE_WORDS`): where it starts and ends in a line it shares with other words. */
  opening: readonly string[]
  closing: readonly string[]
}

/** The question's span (`QuestionSpan`), read once for the head and the opening; none without a question. */
function questionSpan(question: QuestionResult | undefined): QuestionSpan | undefined {
  if (!question || question.lines.length === 0) return undefined
  const text = spacesCollapsed(question.text)
  const words = text.split(' ')
  return {
    own: new Set(question.lines),
    quoted: new Set(question.lines.filter((line) => !CASE_OPENING.test(line.text) && inText(text, line.text))),
    opening: words.slice(0, EDGE_WORDS),
    closing: words.slice(-EDGE_WORDS),
  }
}

/**
 * The lines of a letter's head or opening that state its own facts, the question's text left out: its cases, bills,
 * committees and dates are the asker's citations (`Ministeren bedes i forlængelse af svar på FIU alm. del spørgsmål 24
 * …`). A line of the question's that the question's text holds whole (`QuestionSpan.quoted`) stays as a blank copy, so
 * that a finder reading on from a line (a bill's title over several lines, `… (L 93)`) stops there as it stopped at
 * the question; one that holds the head's words too (a glued rendition's `… stillet mig følgende spørgsmål: Spørgsmål
 * 12: ”Ministeren bedes …” Svar: …`) stays as a copy with the question's words cut out. Where the text's first or last
 * words are not found as written (a word joined at a line end), the line stays as it is.
 */
function withoutQuestionText(lines: readonly Line[], span: QuestionSpan | undefined): Line[] {
  if (!span) return [...lines]
  return lines.map((line) => {
    if (!span.own.has(line) || CASE_OPENING.test(line.text)) return line
    const kept = span.quoted.has(line) ? '' : outsideText(line.text, span.opening, span.closing)
    return kept === line.text ? line : { ...line, text: kept }
  })
}

/** A committee's code and "alm. del" opening a line: `URU alm. del. spm. nr. 160`, `FLF, Alm.del`. */
const CASE_OPENING = /^\s*\p{Lu}{2,4},?\s+[Aa]lm\.?\s?del\b/u

/** How many of the question's first and last words find where it starts and ends in a line. */
const EDGE_WORDS = 4

/**
 * Where `words` stand in `line` one after another, any run of spaces between them: `[start, end]` of the first such
 * place, or undefined. (Searched word by word: a pattern built from the question's words would be compiled per line.)
 */
function wordsAt(line: string, words: readonly string[]): [number, number] | undefined {
  const [first, ...rest] = words
  if (!first) return undefined
  for (let start = line.indexOf(first); start !== -1; start = line.indexOf(first, start + 1)) {
    let end = start + first.length
    for (const word of rest) {
      const after = skipSpaces(line, end)
      end = after > end && line.startsWith(word, after) ? after + word.length : -1
      if (end === -1) break
    }
    if (end !== -1) return [start, end]
  }
  return undefined
}

/** The place of the first character at or after `at` that is no white space. */
function skipSpaces(text: string, at: number): number {
  let next = at
  while (next < text.length && /\s/u.test(text[next] as string)) next++
  return next
}

/** `line` without the part the question's text takes (from its first words, up to its last). */
function outsideText(line: string, opening: readonly string[], closing: readonly string[]): string {
  const start = wordsAt(line, opening)?.[0]
  const end = wordsAt(line, closing)?.[1]
  if (start === undefined && end === undefined) return line
  const before = start === undefined ? '' : line.slice(0, start).trimEnd()
  const after = end === undefined || (start !== undefined && end <= start) ? '' : line.slice(end).trimStart()
  return before && after ? `${before} ${after}` : before || after
}

/** A line end's hyphen, which joining the question's lines took off (`be-` / `svarelse`). */
const LINE_END_HYPHEN = /-$/u

/** The quotation marks a question is set in, which its text leaves out. */
const QUOTES = '”“"»«„'

/** `text` without the quotation marks at its start and end. */
function withoutEdgeQuotes(text: string): string {
  let [start, end] = [0, text.length]
  while (start < end && QUOTES.includes(text[start] as string)) start++
  while (end > start && QUOTES.includes(text[end - 1] as string)) end--
  return text.slice(start, end)
}

/** Whether the question's text (spaces collapsed) holds `line` whole (its quotation marks and line end's hyphen aside). */
function inText(text: string, line: string): boolean {
  const words = withoutEdgeQuotes(spacesCollapsed(line)).replace(LINE_END_HYPHEN, '')
  return words !== '' && text.includes(words)
}

const spacesCollapsed = (text: string): string => text.replace(/\s+/gu, ' ').trim()

/** No line: the quoted lines of a document without a question. */
const NO_LINES: ReadonlySet<Line> = new Set()

/** A question letter has no answer to read. */
const NO_ANSWER = (end: number): AnswerResult => ({ blocks: [], tables: [], tableSources: [], text: '', end, lines: [] })

/**
 * A question headed `Spørgsmål:` set before the sentence that says who asked it (Kulturministeriet's letters: the
 * question, then `Folketingets Kulturudvalg har den 8. februar 2019 … stillet mig følgende spørgsmål, nr. 89`, then
 * `Svar:`), where none follows that sentence: the question is the one its heading opens above it, ending before it; the
 * answer starts after the sentence.
 */
function questionBeforePreamble(context: Context, preamble: Preamble | undefined, preambleEnd: number): QuestionResult | undefined {
  const start = preamble?.lines[0]?.index
  if (start === undefined || preambleEnd === 0) return undefined
  // Read from the lines above the sentence alone, its warnings kept only if the question is taken.
  const above: Context = { ...context, lines: context.lines.slice(0, start), messages: new Messages() }
  const before = findQuestion(above, 0)
  if (before?.rule !== 'question-heading' || before.text === '') return undefined
  for (const warning of above.messages.list) context.messages.add(warning)
  return { ...before, end: preambleEnd }
}

/** A speech paper's title, the whole line: `TALEPUNKT`, `TALEPAPIR`, `Talepunkter`, `Taleseddel`, `TALE`. */
const SPEECH_TITLE_ALONE = /^(?:TALE(?:PAPIR|PUNKT(?:ER)?|MANUSKRIPT|SEDDEL)?|Tale(?:papir|punkt(?:er)?|manuskript|seddel))$/u

/**
 * A speech paper whose title reads as its preamble (`Taleseddel til brug for besvarelsen af samrådsspørgsmål AÆ og AØ`
 * / `om evakueringen fra Afghanistan` / `Den sidste danske soldat forlod Afghanistan …`): the title ends in no stop, so
 * the preamble's sentence ran on into the speech, which starts at the first of its lines after the title's first that
 * opens with a capital and reads as running text. Undefined where the preamble is not the speech's title, or holds
 * no such line.
 */
function speechAfterTitle(
  type: DocumentTypeResult,
  question: QuestionResult | undefined,
  preamble: Preamble | undefined,
): number | undefined {
  const title = type.line
  if (type.type !== 'consultation-speech' || question || !title || preamble?.lines[0] !== title) return undefined
  return preamble.lines.find((line) => line.index > title.index && CAPITAL_START.test(line.text) && readsAsRunningText(line.text))?.index
}

/** A line that opens with a capital letter. */
const CAPITAL_START = /^\p{Lu}/u

/** Run the finders in the order they depend on each other: the question after the preamble, the answer after it. */
export function find(context: Context, path: string | undefined): Findings {
  const { lines } = context
  const stamp = readStamp(context, path)
  // A Folketingstidende § 20 page has no letter's preamble: its head states the same facts.
  const tidende = findTidendeHead(context)
  const preamble = tidende?.preamble ?? findPreamble(context)
  // A preamble inside the letter's running text leaves the text to begin where it does.
  const preambleEnd = preamble && !preamble.within ? (preamble.lines.at(-1)?.index ?? 0) + 1 : 0
  // ft.dk's page of a § 20 answer that holds only its title and the question, or of a question that holds only its
  // words: the question's page, no answer on it.
  const section20Page = section20PageQuestion(lines) ?? bareQuestionPage(lines)
  // A report that dates itself in its head (`Betænkning afgivet af … den …`) asks no question: its section
  // `Spørgsmål` tells of the committee's questions (`Udvalget har stillet 12 spørgsmål til …`). That day is its date.
  const report = findReportHead(lines)
  const question = report
    ? undefined
    : (section20Page ??
      (tidende?.urgent ? urgentQuestion(lines, tidende) : undefined) ??
      findQuestion(context, preambleEnd) ??
      questionBeforePreamble(context, preamble, preambleEnd) ??
      labelledWording(context.lines) ??
      speechFormQuestion(context.lines))
  // A question found as a quoted paragraph alone, with no preamble before it (`findDocumentType`'s last reading).
  const quotedAlone = question?.rule === 'quoted-paragraph' && !preamble
  // ft.dk's summary of a question alone (`Spm. om …, til …`): the question's page.
  const pageSummary = question || preamble ? undefined : findPageSummary(lines)
  const pageLine = (section20Page ?? pageSummary)?.lines[0]
  // A report is none of the kinds a letter is, whatever its sections tell (`Ministeren har besvaret spørgsmålene`).
  const type: DocumentTypeResult =
    section20Page || pageSummary
      ? { type: 'question', ...(pageLine ? { line: pageLine } : {}) }
      : report
        ? { type: 'unknown', line: report.line }
        : tidende && questionOnly(context, tidende)
          ? { type: 'question', ...(tidende.preamble.lines[0] ? { line: tidende.preamble.lines[0] } : {}) }
          : tidende?.answered
            ? { type: 'answer', line: tidende.answered.line }
            : tidende?.urgent && question?.rule === 'spoken-question'
              ? { type: 'answer', ...(lines[question.end] ? { line: lines[question.end] } : {}) }
              : findDocumentType(context, Boolean(question?.text), question?.end, quotedAlone)
  if (pageSummary) {
    context.messages.warn(
      'question-page-only',
      `Nothing but ft.dk's summary of a question ("${pageSummary.lines[0]?.text.trim().slice(0, 60)}…"): a question's page, its words and its answer documents of their own`,
      pageSummary.lines[0],
      'documentType',
    )
  }
  const documentType = type.type
  // A speech that opens before it quotes its question: that opening is the speech's text too.
  const questionHeading = question?.rule === 'question-heading' ? question.headings?.[0]?.heading.index : undefined
  const lead =
    documentType === 'consultation-speech' && type.line && questionHeading !== undefined
      ? speechLead(context, type.line.index, questionHeading)
      : undefined
  // A cover letter that asks and quotes no question says what it sends in its opening sentence: that is its text
  // (`Under henvisning til udvalgets spørgsmål i forbindelse med samrådet … følger vedlagt …`). So does a letter that
  // answers no question (an orientation letter: `I brev af 6. december 1994 … har Kommunaludvalget anmodet om et
  // orienteringsnotat …`), whose opening only reads like a preamble.
  const textFromOpening = documentType === 'cover-letter' || documentType === 'unknown'
  const coverOpening = textFromOpening && !question && !preamble?.within ? preamble?.lines[0]?.index : undefined
  // A speech paper's title alone on its line under the samråd question it names (`Samrådsspørgsmål C om …` /
  // `TALEPUNKT`), with no question or preamble read: the speech starts after its title, not at the head above it.
  const speechTitle =
    documentType === 'consultation-speech' &&
    !question &&
    !preamble &&
    type.line &&
    SPEECH_TITLE_ALONE.test(type.line.text.trim()) &&
    lines.slice(0, type.line.index).some((line) => !line.role)
      ? type.line.index + 1
      : undefined
  // Question time's page: the answer is the minister's, after the line naming who speaks; the member speaks first. A
  // page cut before the minister speaks holds no answer's text.
  const spokenFrom =
    tidende?.answered || tidende?.urgent ? (spokenAnswerStart(lines, question?.end ?? preambleEnd) ?? lines.length) : undefined
  const answer =
    documentType === 'question'
      ? NO_ANSWER(lines.length)
      : findAnswer(
          context,
          // A report's text is all of it from the line that says it was given (an old rendition glues the title onto
          // it), the document's first line too: its title, the bill it reports on and its sections — a sentence in
          // them may read as a preamble (`Skatteministeren har stillet 7 ændringsforslag …`).
          report?.line.index ??
            coverOpening ??
            spokenFrom ??
            question?.end ??
            speechTitle ??
            speechAfterTitle(type, question, preamble) ??
            preambleEnd,
          lead,
          report !== undefined,
        )
  const runningTitle = findRunningTitle(lines)
  const askers = withRunningTitle(
    withOwnInitiative(
      context,
      documentType,
      (preamble === tidende?.preamble ? tidende?.askers : undefined) ?? withCasePageAsker(findAskers(context, preamble), lines, stamp),
    ),
    runningTitle,
    preamble?.number,
  )
  const signature = findSignature(context)
  const caseNumber = findCaseNumber(context)
  // A draft report's placeholder day (`den 0. maj 2008`) dates it on no day: no other date of its text is its own.
  const letterDate = report ? (report.value === null ? undefined : { value: report.value, line: report.line }) : findLetterDate(context)
  const span = questionSpan(question)
  const head = withoutQuestionText(lines.slice(0, question?.end ?? preambleEnd + 1), span)
  const opening = withoutQuestionText(openingLines(lines), span)
  warnGuessedJoin(context, question?.lines ?? [], 'question.text')
  // The answer's lines are its first and last: the join may be on any line between them.
  const [first, last] = [answer.lines[0], answer.lines.at(-1)]
  if (first && last)
    warnGuessedJoin(
      context,
      lines.slice(first.index, last.index + 1).filter((line) => !line.role),
      'answer.text',
    )
  warnGuessedJoin(context, askers.lines, 'question.askers')
  return {
    context,
    stamp,
    preamble,
    question,
    type,
    documentType,
    answer,
    askers,
    signature,
    caseNumber,
    letterDate,
    head,
    opening,
    quoted: span?.quoted ?? NO_LINES,
    runningTitle,
    pageSummary,
    report,
    spokenAnsweredOn: tidende?.answered,
  }
}

/** A candidate from the stamp's facts: cited as the stamp, or as the file's ft.dk path (a weaker witness). */
export function fromStamp<T>(stamp: CaseFacts, value: T | null | undefined): Candidate<T> {
  return propose(stamp.rule ?? 'stamp', value, stamp.line)
}

/** `text-join-unsure` for a text whose lines hold a line end joined by guess: the word's shape or the word list (`GUESSED_JOIN`). */
function warnGuessedJoin(context: Context, lines: readonly Line[], field: string): void {
  const line = joinedByGuess(lines)
  if (!line) return
  const text = line.text.replace(GUESSED_JOIN, '')
  const word = text.slice(text.lastIndexOf(' ') + 1)
  context.messages.warn(
    'text-join-unsure',
    `a word broken over a line end with no hyphen was joined by its shape or the word list: "${word}…"`,
    line,
    field,
  )
}

/**
 * A § 20 question's case page names its asker under its title (`Af: Jørn Jespersen (SF)`): read where nothing else
 * named one and the stamp's facts are that page's (`casePage`, its title the stamp's line).
 */
function withCasePageAsker(found: AskersResult, lines: readonly Line[], stamp: CaseFacts): AskersResult {
  if (found.askers.length > 0 || found.lines.length > 0 || stamp.casePage !== 'section20') return found
  return casePageAsker(lines, stamp.line) ?? found
}
