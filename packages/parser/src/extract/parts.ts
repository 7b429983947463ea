/**
 * The records of a document that answers several questions: the document's record once per question, each with its
 * own number, key, question text, askers and answer (where the document gives them per question), its references
 * read from its own text, its own warnings and quality, and `source.part` of `source.parts`.
 */
import { hash } from 'node:crypto'
import type { FtRecord, Provenance, Reference, Warning, WarningCode } from '@ft-answers/schema'
import { reviewWarningCodes } from '@ft-answers/schema'
import type { SourceLine } from '../tree.js'
import { type KeyParts, resolveKeys } from './fields/key.js'
import { SAMRAAD_LETTERS } from './fields/question-id.js'
import { findReferences, type ReferenceContext } from './references.js'
import { propose, resolve } from './resolve.js'
import type { QuestionPart, QuestionSplit } from './split.js'

/** Hex digits of the document id. */
const DOCUMENT_ID_LENGTH = 16

/**
 * The document's id: the same for every record of one input, different for the same bytes under another path (two
 * copies of a letter are two documents) — 16 hex digits of SHA-256 over the path and the content's hash.
 */
export function documentId(path: string, sha256: string): string {
  return hash('sha256', `${path}\u0000${sha256}`, 'hex').slice(0, DOCUMENT_ID_LENGTH)
}

/** Warnings about the document read as one record, which its records one per question make untrue (each part says
 * its own question text is missing under its own number). */
const WHOLE_DOCUMENT_CODES: ReadonlySet<WarningCode> = new Set(['question-multiple', 'answers-multiple', 'question-text-missing'])

/** What every part's key and references are built from, besides its number. */
export interface PartContext {
  keys: Omit<KeyParts, 'number'>
  references: Omit<ReferenceContext, 'number'>
  session: string | null
}

/** A warning list that takes each code and message once. */
class PartWarnings {
  readonly list: Warning[]
  constructor(inherited: readonly Warning[]) {
    this.list = inherited.filter((warning) => !WHOLE_DOCUMENT_CODES.has(warning.code)).map((warning) => ({ ...warning }))
  }
  add(code: WarningCode, message: string, place: SourceLine | undefined, field: string): void {
    const warning: Warning = { code, message }
    if (place) {
      warning.line = place.line
      if (place.page !== undefined) warning.page = place.page
    }
    warning.field = field
    if (!this.list.some((other) => other.code === code && other.message === message)) this.list.push(warning)
  }
}

/** Whether a reference names another question of the same document (a joint answer names its questions). */
function isSibling(reference: Reference, record: FtRecord, numbers: readonly string[]): boolean {
  return (
    numbers.includes(reference.number) &&
    reference.kind === record.question.kind &&
    reference.bill === record.question.bill &&
    (reference.committee === null || reference.committee === (record.committee?.code ?? null)) &&
    (reference.session === null || reference.session === record.session)
  )
}

/** The part's own warnings, on top of the document's. */
function partWarnings(base: FtRecord, split: QuestionSplit, part: QuestionPart): Warning[] {
  const numbers = split.parts.map((each) => each.number).join(', ')
  // Its own askers replace the document's, and with them what was unsure about the document's.
  const warnings = new PartWarnings(part.askers ? base.warnings.filter((warning) => warning.field !== 'question.askers') : base.warnings)
  if (split.unaligned) {
    warnings.add(
      'answers-multiple',
      `Questions ${numbers} each have an answer, but which answer is whose could not be read: the record holds them all`,
      split.answerLine,
      'answer.text',
    )
  } else if (split.joint) {
    warnings.add(
      'answer-joint',
      `One answer to questions ${numbers}: the record of question ${part.number} holds all of it`,
      split.answerLine,
      'answer.text',
    )
  }
  if (split.byOrder) {
    warnings.add(
      'question-number-by-order',
      `Questions ${numbers} are quoted one after the other with no number over them: question ${part.number} is the one quoted in its place`,
      part.textLines[0] ?? part.numberLines[0],
      'question.number',
    )
  }
  // No text of its own, and none of the document's to share: it says so under its own number.
  if (part.text === null || (part.text === undefined && base.question.text === null)) {
    warnings.add(
      'question-text-missing',
      `The document names question ${part.number} but not its text`,
      part.numberLines[0],
      'question.text',
    )
  }
  if (part.answer && part.answer.text === '') {
    warnings.add(
      'answer-text-missing',
      `No answer to question ${part.number} was found in the document`,
      part.numberLines[0],
      'answer.text',
    )
  }
  return warnings.list
}

/**
 * The part's own kind: a mixed list's, or a samråd's where the part is numbered in letters and the document's kind is
 * only ft.dk's filing of the paper under an ordinary question of another number (`ERU, Alm.del - … - Endeligt svar på
 * spørgsmål 215` over a speech paper for `Spørgsmål BA-BD`): that filing says nothing of the paper's own questions.
 */
function partKind(base: FtRecord, part: QuestionPart): QuestionPart['kind'] {
  if (part.kind) return part.kind
  const filed = base.question.kind === 'general' && base.provenance['question.kind']?.rule === 'stamp'
  return filed && SAMRAAD_LETTERS.test(part.number) && base.question.number !== part.number ? 'consultation' : undefined
}

/** One part's record: the document's, with what is the part's own. */
function partRecord(base: FtRecord, split: QuestionSplit, part: QuestionPart, index: number, context: PartContext): FtRecord {
  const numbers = split.parts.map((each) => each.number)
  const provenance: Record<string, Provenance> = { ...base.provenance }
  const kind = partKind(base, part)
  const question = { ...base.question, number: part.number, ...(kind ? { kind } : {}) }
  provenance['question.number'] = resolve([propose(part.rule, part.number, part.numberLines)]).provenance
  if (kind) provenance['question.kind'] = resolve([propose(part.rule, kind, part.numberLines)]).provenance
  if (part.text !== undefined) {
    question.text = part.text
    provenance['question.text'] = resolve(part.text ? [propose('question-heading', part.text, part.textLines)] : []).provenance
  }
  if (part.askedOn && part.askedOn !== base.question.askedOn) {
    question.askedOn = part.askedOn
    provenance['question.askedOn'] = resolve([propose('question-list-date', part.askedOn, part.numberLines)]).provenance
  }
  if (part.askers) {
    question.askers = part.askers.askers
    question.askedByCommittee = part.askers.byCommittee
    provenance['question.askers'] = resolve([propose('asked-by', part.askers, part.askers.lines)]).provenance
    provenance['question.askedByCommittee'] = provenance['question.askers']
  }
  let answer = base.answer
  if (part.answer) {
    const own = part.answer
    answer = { answeredOn: base.answer.answeredOn, text: own.text, blocks: own.blocks, tables: own.tables }
    const section = resolve([propose('answer-section', own.blocks.length > 0 ? own : undefined, own.lines)]).provenance
    provenance['answer.text'] = section
    provenance['answer.blocks'] = section
    provenance['answer.tables'] = section
    for (const key of Object.keys(provenance)) if (/^answer\.tables\.\d+$/u.test(key)) delete provenance[key]
    for (const [at, table] of own.tableSources.entries()) {
      if (table.reader) provenance[`answer.tables.${at}`] = resolve([propose(`table:${table.reader}`, table, table.lines)]).provenance
    }
  }
  const keys = resolveKeys({ ...context.keys, number: part.number, ...(kind ? { kind } : {}) })
  provenance.questionKey = keys.questionKey.provenance
  provenance.url = keys.url.provenance
  const read = findReferences(
    [question.text ?? '', answer.text].join('\n\n'),
    { ...context.references, number: part.number },
    context.session,
  )
  const references = read.filter((reference) => !isSibling(reference, base, numbers))
  provenance.references = resolve([propose('from-question.text-and-answer.text', references)]).provenance
  const warnings = partWarnings(base, split, part)
  const reasons = [...new Set(warnings.filter((warning) => reviewWarningCodes.has(warning.code)).map((warning) => warning.code))]
  const fromWarnings = resolve([propose('from-warnings', reasons)]).provenance
  provenance.quality = fromWarnings
  provenance.qualityReasons = fromWarnings
  provenance.warnings = resolve([propose('extraction', warnings)]).provenance
  return {
    ...base,
    source: { ...base.source, part: index + 1, parts: split.parts.length },
    questionKey: keys.questionKey.value,
    url: keys.url.value,
    question,
    answer,
    references,
    quality: reasons.length > 0 ? 'needs-review' : 'ok',
    qualityReasons: reasons,
    warnings,
    provenance,
  }
}

/** The records of a document that answers several questions, one per question, in the order the document names them. */
export function partRecords(base: FtRecord, split: QuestionSplit, context: PartContext): FtRecord[] {
  return split.parts.map((part, index) => partRecord(base, split, part, index, context))
}

/**
 * The first of a document's records, for the callers that take one (`parse`): where there are more, it says so
 * (`question-multiple`) and names the others.
 */
export function firstRecord(records: readonly FtRecord[]): FtRecord {
  const [first, ...rest] = records
  if (!first) throw new RangeError('A document gives at least one record')
  if (rest.length === 0) return first
  const numbers = records.map((record) => record.question.number ?? '?').join(', ')
  const warning: Warning = {
    code: 'question-multiple',
    message: `The document answers ${records.length} questions (${numbers}), a record each: this is the first; parseAll returns them all`,
    field: 'question.number',
  }
  const warnings = [...first.warnings, warning]
  return { ...first, warnings, provenance: { ...first.provenance, warnings: resolve([propose('extraction', warnings)]).provenance } }
}
