/**
 * The fields one finder decides alone: the kind of document, the case number, the question's text, the answer and
 * the signature.
 */
import type { DocumentType, Signature } from '@ft-answers/schema'
import { joinLines } from '../../util/hyphenation.js'
import type { AnswerResult } from '../answer.js'
import type { Findings } from '../findings.js'
import { isPageText } from '../lines.js'
import { ministerNamedAtEnd } from '../page-summary.js'
import { firstLine } from '../provenance.js'
import { propose, type Resolution, resolve } from '../resolve.js'
import type { RuleId } from '../rules.js'

/** The rules by which ft.dk's filing (its stamp, footer or case heading) names the question a document belongs to. */
const FILING: ReadonlySet<RuleId> = new Set(['stamp', 'source-path', 'case-code'])

/**
 * ft.dk's title of a question's page up to its number: `REU alm. del - svar på spm. 391`, `SOU alm. del - svar på MFU
 * spm. 162` (a question of a member outside the committee), a bill question's `L 35 - svar på spm. 76` (read by
 * `stamp.ts` from the title itself).
 */
const PAGE_TITLE_NUMBERED = String.raw`^(?:\p{Lu}{3}\s+alm\.?\s*del|[LB]\s?\d{1,3}(?:\s?[A-C])?)\s*[-–]\s*svar\s+på\s+(?:MFU\s+)?spm\.\s*\d+`

/** ft.dk's title of a question's page, its case and number: `REU alm. del - svar på spm. 391`. */
const QUESTION_PAGE_TITLE = new RegExp(String.raw`${PAGE_TITLE_NUMBERED}[\s,]`, 'u')

/**
 * Where ft.dk's summary of the question starts under the title, in the title page's joined text (`… fra
 * justitsministeren Spm. om …`); `page-summary.ts` reads a summary that stands alone by its line's start.
 */
const SUMMARY_AFTER_TITLE = / Spm\. om,? /u

/**
 * Whether the text is nothing but ft.dk's title of a question's page (`REU alm. del - svar på spm. 391, fra
 * justitsministeren`, `MIU alm. del - svar på spm. 418 om hvordan …, fra miljøministeren`), perhaps with ft.dk's summary
 * of the question under it (`Spm. om …, til justitsministeren`): the page of the question, whose answer is a document
 * of its own. Read from the lines joined, as wrapped or hyphenated anywhere.
 */
function titlePageOnly(found: Findings, number: Resolution<string> | undefined): boolean {
  const { type, stamp } = found
  const title = firstLine(number?.from?.where)
  const fromTitle = number?.from?.rule === 'case-code' || (number?.from?.rule === 'stamp' && stamp.line === title)
  if (type.type !== 'unknown' || stamp.annex || !title || !fromTitle) return false
  const lines = found.context.lines.filter(isPageText)
  if (lines[0] !== title) return false
  const text = joinLines(lines.map((line) => line.text.trim())).replace(/\s+/gu, ' ')
  const summary = SUMMARY_AFTER_TITLE.exec(text)
  const summaryAt = summary?.index ?? -1
  const head = summaryAt === -1 ? text : text.slice(0, summaryAt)
  if (!QUESTION_PAGE_TITLE.test(head)) return false
  // The title names who answered and the summary who was asked; or the summary repeats what the title says the
  // question is about (`KUU alm. del - svar på spm. 247 om ministeren vil …?` / `Spm. om ministeren vil …?`).
  const named =
    ministerNamedAtEnd(head, 'fra') !== undefined && (summaryAt === -1 || ministerNamedAtEnd(text.slice(summaryAt), 'til') !== undefined)
  return named || (summaryAt !== -1 && titleSubject(head) === text.slice(summaryAt + (summary?.[0].length ?? 0)).trim())
}

/** ft.dk's title up to what it says the question is about: `KUU alm. del - svar på spm. 247 om `. */
const TITLE_BEFORE_SUBJECT = new RegExp(String.raw`${PAGE_TITLE_NUMBERED}\s+om,?\s`, 'u')

/** What ft.dk's title says the question is about: the words after `spm. 247 om` (or `om,`). */
function titleSubject(title: string): string | undefined {
  const before = TITLE_BEFORE_SUBJECT.exec(title)
  return before ? title.slice(before[0].length).trim() : undefined
}

/**
 * A document with no letter of its own — a table, a note ("Notat", "Bilag 1"), a publication (a report, a plan, an
 * appendix, with its foreword or contents or none) — that ft.dk files as the answer to a question (`KOU alm. del -
 * Spørgsmål 154`, `Endeligt svar på spørgsmål 28` over it): the answer's annex, published as the answer
 * (docs/record.md, "The document's type"). Not one filed as a case's annex (`Bilag 48`), nor one that no phrase left
 * unknown by chance (an approval sheet names its line).
 */
function filedAsAnswer(found: Findings, number: Resolution<string> | undefined): boolean {
  const { type, stamp } = found
  if (type.type !== 'unknown' || type.line || stamp.annex) return false
  return Boolean(number?.value && number.from && FILING.has(number.from.rule))
}

/**
 * `number`: the question number as resolved, whose rule tells whether ft.dk's filing named it (a document with no
 * letter of its own is the answer's annex then).
 */
export function resolveDocumentType(found: Findings, number?: Resolution<string>): Resolution<DocumentType> {
  const { type } = found
  const page = titlePageOnly(found, number)
  if (page) {
    found.context.messages.warn(
      'question-page-only',
      `Nothing but ft.dk's title of the page of question ${number?.value}: a question's page, its words and its answer documents of their own`,
      firstLine(number?.from?.where),
      'documentType',
    )
  }
  const annex = !page && filedAsAnswer(found, number)
  if (annex) {
    found.context.messages.warn(
      'answer-annex-only',
      `No letter, question or answer heading; ft.dk files the document as the answer to question ${number?.value}: an annex to the answer`,
      firstLine(number?.from?.where),
      'documentType',
    )
  }
  return resolve<DocumentType>([
    propose('document-type', type.type === 'unknown' ? undefined : type.type, type.line),
    propose('question-page-title', page ? 'question' : undefined, number?.from?.where),
    propose('filed-as-answer', annex ? 'answer' : undefined, number?.from?.where),
    propose('document-type-unknown', 'unknown'),
  ])
}

export function resolveCaseNumber(found: Findings): Resolution<string> {
  const { caseNumber } = found
  return resolve([propose(caseNumber?.ambiguous ? 'letterhead-ambiguous' : 'letterhead', caseNumber?.value, caseNumber?.line)])
}

export function resolveQuestionText(found: Findings): Resolution<string> {
  const { question } = found
  return resolve(question ? [propose(question.rule, question.text, question.lines)] : [])
}

export function resolveAnswer(found: Findings): Resolution<AnswerResult> {
  const { answer } = found
  return resolve([propose('answer-section', answer.lines.length > 0 ? answer : undefined, answer.lines)])
}

export function resolveSignature(found: Findings): Resolution<Signature> {
  const { signature } = found
  return resolve([propose('closing', signature?.signature, signature?.lines)])
}
