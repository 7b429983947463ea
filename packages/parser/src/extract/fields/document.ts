/**
 * The fields one finder decides alone: the kind of document, the case number, the question's text, the answer and
 * the signature.
 */
import type { DocumentType, Signature } from '@ft-answers/schema'
import type { AnswerResult } from '../answer.js'
import type { Findings } from '../findings.js'
import { propose, type Resolution, resolve } from '../resolve.js'

export function resolveDocumentType(found: Findings): Resolution<DocumentType> {
  const { type } = found
  return resolve<DocumentType>([
    propose('document-type', type.type === 'unknown' ? undefined : type.type, type.line),
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
