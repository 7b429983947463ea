/**
 * When a document is refused as no Folketing question or answer (`E_NOT_AN_ANSWER`). Refusing a real answer loses it
 * for a batch user, so a parser that failed to read the letter's case (no committee, number or session, an old
 * rendition with no labels) must not refuse it: the refusal needs evidence that the document is something else —
 * that nothing a ministerial letter or a committee's question holds was read from it at all.
 */
import type { FtRecord } from '@ft-answers/schema'

/**
 * What a record can hold only where the document is a ministry's letter or a committee's question: the case it is
 * filed under, the question and who asked it, the minister asked, the ministry and its case number, the letter's
 * date, or a table of figures. A shopping list or a page of page numbers holds none of them; a signature
 * alone is no evidence (a private note ends "Hilsen Per").
 */
function letterEvidence(record: FtRecord): unknown[] {
  const { question, answer } = record
  return [
    record.documentType !== 'unknown',
    record.committee,
    record.session,
    question.number,
    question.text,
    question.askedOn,
    question.askers.length > 0,
    question.recipient,
    answer.answeredOn,
    record.caseNumber,
    record.ministry,
    // A table, its cells read or not: an annex page of figures filed with an answer (`Oversigt over
    // adfærdsklagesager`, years by five columns), published with no letter around it.
    answer.tables.length > 0,
  ]
}

/** Whether the document's record is positive evidence that it is no Folketing question or answer: it holds none of the above. */
export function notAFolketingDocument(record: FtRecord): boolean {
  return !letterEvidence(record).some(Boolean)
}
