/**
 * What kind of document this is: an answer, a committee's question letter, a consultation speech paper, a
 * cover letter, or unknown.
 */
import type { DocumentType } from '@ft-answers/schema'
import { ANSWER_HEADING, CLOSING, SPEECH_HEAD } from '../layout/markers.js'
import type { Context } from './context.js'

/** "Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål", "I et kommende samråd ønsker udvalget …" */
const QUESTION_LETTER = /Udvalget\s+udbeder\s+sig\s+ministerens\s+besvarelse|I\s+et\s+kommende\s+samråd\s+ønsker\s+udvalget/u

/** ft.dk's question page: "Status: Endeligt besvaret", "URL: …/spm/422/index.htm" */
const QUESTION_PAGE = /^(?:Status:\s|URL:\s*https?:\/\/(?:www\.)?ft\.dk\/samling\/\d{5}\/\w+\/\w+\/spm\/)/u

/** "TALE" head or the "DET TALTE ORD GÆLDER" banner of a speech paper. */
const SPEECH = [SPEECH_HEAD, /^DET\s+TALTE\s+ORD\s+GÆLDER/u, /^Tale\s+til\s+samråd/u]

/** "Hermed sendes svar på spørgsmål nr. 413 …" */
const COVER = /^Hermed\s+(?:sendes|fremsendes|oversendes)\b/u

/** "… som hermed besvares", "… som jeg hermed skal besvare" */
const ANSWERS = /hermed\s+(?:besvares|skal\s+besvare)|besvarelse\s+af\s+(?:§\s*20-)?spørgsmål|^Svar\s+på\s/u

export function findDocumentType(context: Context, hasQuestion: boolean): DocumentType {
  const texts = context.lines.map((line) => line.text)
  if (texts.some((text) => QUESTION_LETTER.test(text) || QUESTION_PAGE.test(text))) return 'question'
  if (texts.slice(0, 12).some((text) => SPEECH.some((pattern) => pattern.test(text)))) return 'consultation-speech'
  const body = context.lines.filter((line) => !line.role).map((line) => line.text)
  const hasAnswer = body.some((text) => ANSWER_HEADING.test(text) || ANSWERS.test(text))
  if (!hasQuestion && body.some((text) => COVER.test(text))) return 'cover-letter'
  if (hasAnswer || (hasQuestion && body.some((text) => CLOSING.test(text)))) return 'answer'
  return 'unknown'
}
