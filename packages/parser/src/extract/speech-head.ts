/**
 * A speech paper's head: the lines above the speech that say what it is for — its title, the occasion ("Anledning:"
 * with its value on the same or the next line), time and place ("Tid og sted:"), the samråd questions it answers.
 * Layouts set these apart from the text (a label column, a box), so they often carry a letterhead's role.
 */
import { readsAsRunningText, SPEECH_OPENING } from '../layout/markers.js'
import type { Findings } from './findings.js'
import type { Line } from './lines.js'
import { NAMED_QUESTION } from './samraad-named.js'

/** Roles of lines that are ft.dk's or the page's, never a speech paper's head. */
const NOT_HEAD_ROLES: ReadonlySet<string> = new Set(['stamp', 'page-footer', 'page-header'])

/**
 * A line that is the head's list of samråd questions and nothing else but the samråd's day: `Samrådsspørgsmål A, B, C
 * og D`, `Samråd E-G`, `Samrådsspm. AB-AD`, `Samråd Æ og Ø den 25. august 2017` — the speech's text does not start
 * there, though the line carries no letterhead's role.
 */
const QUESTIONS_LINE =
  /^[Ss]amråd(?:s(?:spørgsmål(?:ene)?|spm\.?))?\s{1,3}\p{Lu}{1,2}(?:\s{0,3}(?:[-–,]|og)\s{0,3}\p{Lu}{1,2})*(?:\s{1,3}den\s{1,3}\d{1,2}\.\s{0,3}\p{Ll}{3,9}(?:\s{1,3}\d{4})?)?\s*$/u

/**
 * The head's lines: those before the first question heading, or before the speech's first line of text, letterhead
 * lines included (`Anledning:` / `FIU alm. del samrådsspørgsmål V`, `til brug for besvarelsen af samrådsspørgsmål BA-BB`).
 */
export function speechHeadLines(found: Findings): Line[] {
  const { lines } = found.context
  const first = found.question?.rule === 'question-heading' ? found.question.headings?.[0]?.heading : undefined
  // The head's lines are counted from the first that is not ft.dk's stamp or the page's.
  const top = Math.max(
    0,
    lines.findIndex((line) => !line.role || !NOT_HEAD_ROLES.has(line.role)),
  )
  // The line that made the document a speech paper (`Taleseddel til brug for besvarelsen af` / `samrådsspørgsmål AÆ og
  // AØ`, wrapped) is its head's, though it reads as running text — unless it is the speech's own first words.
  const title = found.type.line && !SPEECH_OPENING.test(found.type.line.text) ? found.type.line : undefined
  const end = first?.index ?? lines.findIndex((line, at) => !line.role && (at - top >= HEAD_LINES || (line !== title && opensSpeech(line))))
  // No line opens the speech (every line has a role, or none reads as running text): the head is its first lines.
  return lines.slice(0, end === -1 ? top + HEAD_LINES : end).filter((line) => !line.role || !NOT_HEAD_ROLES.has(line.role))
}

/** Lines from the top (below ft.dk's stamp) within which a speech's head stands where no layout gave its lines a role. */
const HEAD_LINES = 12

/**
 * Whether the speech's text starts at a line: running text or the speech's first words (`readsAsRunningText`), opening
 * as a sentence does — not a line in lower case that goes on with the head's title, the head's list of questions
 * (`QUESTIONS_LINE`), a title (`DET TALTE ORD GÆLDER`, `FM talepapir`, `… ministerens tale til Samråd Q`: one that
 * names its samråd question) or the samråd's day.
 */
function opensSpeech(line: Line): boolean {
  return (
    !LOWERCASE_START.test(line.text) && !QUESTIONS_LINE.test(line.text) && !namesItsQuestion(line.text) && readsAsRunningText(line.text)
  )
}

/** A line that opens in lower case goes on with the line above (`… samrådsspørgsmål AÆ` / `og AØ om …`): no speech starts so. */
const LOWERCASE_START = /^\p{Ll}/u

/** A title that names the samråd's question and ends no sentence (`Børne- og undervisningsministerens tale til Samråd Q`). */
function namesItsQuestion(text: string): boolean {
  return NAMED_QUESTION.test(text) && !/[.!?:]$/u.test(text.trim())
}
