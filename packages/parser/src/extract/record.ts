/**
 * One extraction pass over the block tree: each extractor reads the tree (or its line view) and the record is
 * assembled from what they found, with warnings where sources disagree or a value is inferred.
 */
import type { Committee, FtRecord, QuestionKind, Source } from '@ft-answers/schema'
import { schemaVersion } from '@ft-answers/schema'
import type { Root } from 'mdast'
import { Messages } from '../messages.js'
import { committeeByCode, committeeByName, ministryByName, ministryByTitle, partyByCode } from '../registry/index.js'
import { findAnswer } from './answer.js'
import type { Context } from './context.js'
import { findDocumentType } from './document-type.js'
import { ProvenanceBuilder, fieldValue } from './provenance.js'
import { findCaseNumber, findLetterDate } from './letterhead.js'
import { type Line, lineView } from './lines.js'
import { findAskers, findPreamble } from './preamble.js'
import { BILL_CODE_PART, normaliseBill } from '../util/bill.js'
import { findQuestion } from './question.js'
import { findReferences } from './references.js'
import { sessionFromDate } from './session.js'
import { findSignature } from './signature.js'
import { readStamp } from './stamp.js'
import { findDate } from '../util/dates.js'
import { ANSWER_HEADING } from '../layout/markers.js'

/** `BEU alm. del`, `(AMU alm. del)`, `KUU alm. del - …` in the first lines of a letter. */
const COMMITTEE_CODE = /\b([A-ZÆØÅ]{3})\s+alm\.?\s*del\b/iu

/** A bill alone on a line of a question letter: `L 89`. */
const BILL_LINE = new RegExp(`^${BILL_CODE_PART}$`, 'u')

/** The addressee line or a committee named alone: `Folketingets Beskæftigelsesudvalg`, `Beskæftigelsesudvalget`. */
const COMMITTEE_LINE = /^(?:Folketingets\s+)?(\p{Lu}[\p{L}\-, ]*udvalg(?:et)?)$/u

/** A minister addressed in a question letter: `Beskæftigelsesministeren`, `Til: Transportministeren`. */
const MINISTER_LINE = /^(?:Til:\s*)?(\p{Lu}[\p{L}\- ,]*ministeren)$/u

/** Signs of a text layer that lost glyphs: a lone comma or full stop between spaces ("rejst hje , jf."). */
const DAMAGED_TEXT = /\p{L} [,.](?=\s|$)/gu

/** How sure each way of finding the question is: under its heading, a quoted paragraph, the text of a question page. */
const QUESTION_CONFIDENCE = { 'question-heading': 0.9, 'quoted-paragraph': 0.7, 'question-page': 0.5 } as const

/** Below this confidence a found value gets a `low-confidence` warning. */
const LOW_CONFIDENCE = 0.6

/** How many such signs make the text damaged (intact text has none). */
const DAMAGE_THRESHOLD = 2

function toCommittee(entry: { code: string; name: string } | undefined): Committee | null {
  return entry ? { code: entry.code, name: entry.name } : null
}

interface Candidate {
  value: string | undefined
  rule: string
  confidence: number
  lines: Line | readonly (Line | undefined)[] | undefined
}

interface Resolved {
  committee: Committee
  from: Candidate
}

/** The first candidate name, else code, that the registry knows. */
function resolveCommittee(context: Context, names: readonly Candidate[], codes: readonly Candidate[]): Resolved | undefined {
  for (const candidate of names) {
    if (!candidate.value) continue
    const entry = committeeByName(candidate.value)
    const committee = toCommittee(entry)
    if (committee) return { committee, from: candidate }
    context.messages.warn('committee-unknown', `Committee "${candidate.value}" is not in the registry`, undefined, 'committee')
  }
  for (const candidate of codes) {
    const committee = toCommittee(candidate.value ? committeeByCode(candidate.value) : undefined)
    if (committee) return { committee, from: candidate }
  }
  return undefined
}

/** The first line in `lines` whose text `pattern` captures, with the capture. */
function firstMatch(lines: readonly Line[], pattern: RegExp): { value: string; line: Line } | undefined {
  for (const line of lines) {
    const value = pattern.exec(line.text)?.[1]
    if (value) return { value, line }
  }
  return undefined
}

export interface ExtractOptions {
  source: Source
}

export function extractRecord(tree: Root, options: ExtractOptions, messages = new Messages()): FtRecord {
  const lines = lineView(tree)
  const context: Context = { tree, lines, messages }
  const stamp = readStamp(context, options.source.path)
  /** How the stamp's facts are cited: the stamp itself, else the file's ft.dk path (a weaker witness). */
  const stampRule = stamp.rule ?? 'stamp'
  const stampConfidence = stamp.rule ? 0.9 : 1
  const preamble = findPreamble(context)
  const preambleEnd = preamble ? (preamble.lines.at(-1)?.index ?? 0) + 1 : 0
  const question = findQuestion(context, preambleEnd)
  const typeResult = findDocumentType(context, Boolean(question?.text))
  const documentType = typeResult.type
  const answer =
    documentType === 'question'
      ? { blocks: [], tables: [], tableSources: [], text: '', end: lines.length, lines: [] }
      : findAnswer(context, question?.end ?? preambleEnd)
  const askers = findAskers(context, preamble)
  const signature = findSignature(context)
  const caseNumber = findCaseNumber(context)
  const letterDate = findLetterDate(context)
  const head: Line[] = lines.slice(0, question?.end ?? preambleEnd + 1)

  // Committee: stamp, preamble, a code in the letter, the addressee block.
  const provenance = new ProvenanceBuilder()
  const codeMention = firstMatch(head, COMMITTEE_CODE)
  const namedLine = firstMatch(head, COMMITTEE_LINE)
  let resolved = resolveCommittee(
    context,
    [
      { value: stamp.committeeName, rule: stampRule, confidence: stampConfidence, lines: stamp.line },
      { value: preamble?.committeeName, rule: 'preamble', confidence: 0.95, lines: preamble?.lines },
      { value: namedLine?.value, rule: 'address', confidence: 0.8, lines: namedLine?.line },
    ],
    [
      { value: stamp.committeeCode, rule: stampRule, confidence: stampConfidence, lines: stamp.line },
      { value: codeMention?.value, rule: 'case-code', confidence: 0.85, lines: codeMention?.line },
    ],
  )
  if (!resolved) {
    // Last resort: the first committee the text names ("… sendt til Beskæftigelsesudvalget").
    for (const line of lines) {
      const named = /(\p{Lu}[\p{L}-]*udvalget)(?![\p{L}])/u.exec(line.text)
      const committee = toCommittee(named?.[1] ? committeeByName(named[1]) : undefined)
      if (committee) {
        resolved = { committee, from: { value: named?.[1], rule: 'named-in-text', confidence: 0.5, lines: line } }
        messages.warn(
          'committee-inferred',
          `No stamp or preamble names the committee; took ${committee.name}, named in the text`,
          line,
          'committee',
        )
        break
      }
    }
  }
  const committee = resolved?.committee ?? null
  if (resolved) provenance.document('committee', resolved.from.lines, resolved.from.rule, resolved.from.confidence)
  else provenance.derived('committee', 'absent', 0)

  // Kind, number and bill.
  const billLine = head.find((line) => !line.role && BILL_LINE.test(line.text))
  const bill =
    preamble?.bill ??
    (question?.bill ? normaliseBill(question.bill) : undefined) ??
    stamp.bill ??
    (billLine ? normaliseBill(billLine.text) : undefined)
  const consultation =
    lines.some((line) => /samrådsspørgsmål/iu.test(line.text)) && (documentType === 'consultation-speech' || stamp.kind === 'consultation')
  let kind: QuestionKind | null = null
  if (preamble?.kind === 'section20' || stamp.kind === 'section20') kind = 'section20'
  else if (preamble?.kind === 'consultation' || consultation) kind = 'consultation'
  else if (bill) kind = 'bill'
  else kind = preamble?.kind ?? stamp.kind ?? (codeMention || question ? 'general' : null)
  const number = preamble?.number ?? question?.numbers[0] ?? stamp.number ?? null
  const fromPreamble = { lines: preamble?.lines, rule: 'preamble', confidence: 0.95 }
  const fromHeading = {
    lines: question?.lines[0] ? [lines[question.lines[0].index - 1], question.lines[0]] : undefined,
    rule: 'question-heading',
    confidence: 0.9,
  }
  const fromStamp = { lines: stamp.line, rule: stampRule, confidence: stampConfidence }
  const numberFrom = preamble?.number ? fromPreamble : question?.numbers[0] ? fromHeading : stamp.number ? fromStamp : undefined
  const billFrom = preamble?.bill
    ? fromPreamble
    : question?.bill
      ? fromHeading
      : stamp.bill
        ? fromStamp
        : billLine
          ? { lines: billLine, rule: 'case-line', confidence: 0.85 }
          : undefined
  const kindFrom =
    (preamble?.kind ? fromPreamble : undefined) ??
    billFrom ??
    (stamp.kind ? fromStamp : undefined) ??
    (codeMention ? { lines: codeMention.line, rule: 'case-code', confidence: 0.85 } : numberFrom)
  if (question && question.numbers.length > 1) {
    messages.warn(
      'question-multiple',
      `The document answers several questions (${question.numbers.join(', ')}); question.number is the first`,
      question.lines[0],
      'question.number',
    )
  }
  if (question?.unheaded && documentType === 'answer') {
    messages.warn(
      'answer-heading-missing',
      question.unheaded === 'cut'
        ? 'No "Svar:" heading: the question was taken to end at its question mark and the answer to begin after it'
        : 'No "Svar:" heading and no question mark ending a paragraph: the question may run on into the answer',
      question.lines.at(-1),
      'answer.text',
    )
  }
  if (preamble?.number && question?.numbers[0] && /^\d+$/u.test(question.numbers[0]) && question.numbers[0] !== preamble.number) {
    messages.warn(
      'question-number-mismatch',
      `The preamble says question ${preamble.number}, the heading ${question.numbers[0]}`,
      question.lines[0],
      'question.number',
    )
  }

  // Dates: the letter's date is the answer's; for question letters it is the question's.
  let askedOn = preamble?.askedOn ?? null
  let answeredOn = letterDate?.value ?? null
  if (documentType === 'question') {
    askedOn ??= answeredOn
    answeredOn = null
  }
  if (askedOn && answeredOn && answeredOn < askedOn) {
    messages.warn(
      'date-order',
      `The answer (${answeredOn}) is dated before the question (${askedOn})`,
      letterDate?.line,
      'answer.answeredOn',
    )
  }

  // Session.
  let session = stamp.session ?? null
  if (session) provenance.document('session', stamp.line, stampRule, stampConfidence)
  else {
    const date = askedOn ?? answeredOn
    if (date) {
      session = sessionFromDate(date)
      messages.warn('session-inferred', `No ft.dk stamp; session ${session} inferred from the date ${date}`, undefined, 'session')
      provenance.derived('session', askedOn ? 'from-question.askedOn' : 'from-answer.answeredOn', 0.8)
    } else provenance.derived('session', 'absent', 0)
  }

  // Parties: known, and in the Folketing at the time.
  const year = Number((askedOn ?? answeredOn ?? '').slice(0, 4)) || undefined
  for (const asker of askers.askers) {
    if (!asker.party) continue
    const party = partyByCode(asker.party)
    if (!party) {
      messages.warn('party-unknown', `Party "${asker.party}" of ${asker.name} is not in the registry`, askers.line, 'question.askers')
    } else if (year !== undefined && ((party.from && year < Number(party.from)) || (party.until && year > Number(party.until)))) {
      messages.warn(
        'party-not-active',
        `${party.name} (${asker.party}) was not in the Folketing in ${year} (${party.from ?? '…'}–${party.until ?? ''})`,
        askers.line,
        'question.askers',
      )
    }
  }

  // The minister asked.
  let recipient = preamble?.recipient ?? null
  let recipientLine = recipient ? preamble?.lines : undefined
  if (!recipient && documentType === 'question') {
    const addressed = firstMatch(head, MINISTER_LINE)
    recipient = addressed?.value ?? null
    recipientLine = addressed ? [addressed.line] : undefined
  }

  const damaged = [...`${question?.text ?? ''}\n${answer.text}`.matchAll(DAMAGED_TEXT)]
  const damage = damaged.length
  if (damage >= DAMAGE_THRESHOLD) {
    messages.warn(
      'text-damaged',
      `The text layer looks damaged (${damage} places with lost glyphs, such as "${damaged[0]?.[0] ?? ''}")`,
      question?.lines[0],
      'question.text',
    )
  }

  if (documentType === 'unknown') {
    messages.warn(
      'document-type-unknown',
      'Neither an answer, a question letter nor a speech paper could be recognised',
      undefined,
      'documentType',
    )
  }
  if (!askedOn && documentType === 'answer') {
    const anyDate = preamble ? findDate(preamble.text) : undefined
    if (!anyDate)
      messages.warn('question-date-missing', 'The letter does not say when the question was asked', preamble?.lines[0], 'question.askedOn')
  }

  // The answering ministry: a letterhead line naming it, else the signature's title.
  // A long name may break after "og" or a hyphen: "Udlændinge- og" / "Integrationsministeriet".
  const ministryNamed = (line: (typeof lines)[number]) => {
    const next = lines[line.index + 1]
    const broken = /(?:-|\s(?:og|,))$/u.test(line.text.trim()) && next?.role === 'sidebar'
    return ministryByName(line.text) ?? (broken ? ministryByName(`${line.text.trim()} ${next.text.trim()}`) : undefined)
  }
  const ministryLine = documentType === 'question' ? undefined : lines.find((line) => line.role === 'sidebar' && ministryNamed(line))
  const titleMinistry = signature?.signature.title ? ministryByTitle(signature.signature.title) : undefined
  // Failing both, the minister the question was put to ("… til sundhedsministeren") answers for that ministry.
  const recipientMinistry = documentType === 'answer' && recipient ? ministryByTitle(recipient) : undefined
  const ministry = (ministryLine ? ministryNamed(ministryLine)?.name : undefined) ?? titleMinistry?.name ?? recipientMinistry?.name ?? null
  if (signature?.signature.title && !titleMinistry && documentType !== 'question' && !/formand/iu.test(signature.signature.title)) {
    messages.warn(
      'title-unknown',
      `The signature's title "${signature.signature.title}" is not a minister's title in the registry`,
      signature.lines[1],
      'signature',
    )
  }

  // More than one answer in one document: several "Svar:" headings after several numbered questions.
  const answerHeadings = lines.filter((line) => !line.role && ANSWER_HEADING.test(line.text))
  if (answerHeadings.length > 1 && question && question.numbers.length > 1 && documentType === 'answer') {
    messages.warn(
      'answers-multiple',
      `The document answers ${question.numbers.length} questions (${question.numbers.join(', ')}); the record's question is the first (or all, where they come before one answer), and its answer holds all answers, with any later question where it stands`,
      answerHeadings[1],
      'answer.text',
    )
  }

  const references = findReferences(
    [question?.text ?? '', answer.text].join('\n\n'),
    { kind, bill: bill ?? null, committee: committee?.code ?? null, number },
    session,
  )

  // Where every field came from.
  provenance.input('source', 'input')
  if (typeResult.line) provenance.document('documentType', typeResult.line, 'document-type', documentType === 'unknown' ? 0.3 : 0.9)
  else provenance.derived('documentType', documentType === 'unknown' ? 'absent' : 'document-type', documentType === 'unknown' ? 0.3 : 0.9)
  if (caseNumber)
    provenance.document(
      'caseNumber',
      caseNumber.line,
      'letterhead',
      messages.list.some((warning) => warning.code === 'case-number-multiple') ? 0.7 : 0.95,
    )
  else provenance.derived('caseNumber', 'absent', 0)
  for (const [field, from] of [
    ['question.kind', kind ? kindFrom : undefined],
    ['question.number', numberFrom],
    ['question.bill', bill ? billFrom : undefined],
  ] as const) {
    if (from) provenance.document(field, from.lines, from.rule, from.confidence)
    else provenance.derived(field, 'absent', 0)
  }
  if (preamble?.askedOn) provenance.document('question.askedOn', preamble.lines, 'preamble', 0.95)
  else if (askedOn) provenance.document('question.askedOn', letterDate?.line, 'letterhead', 0.9)
  else provenance.derived('question.askedOn', 'absent', 0)
  if (askers.lines.length > 0) {
    provenance.document('question.askers', askers.lines, 'asked-by', 0.9)
    provenance.document('question.askedByCommittee', askers.lines, 'asked-by', 0.9)
  } else {
    provenance.derived('question.askers', 'absent', 0)
    provenance.derived('question.askedByCommittee', 'absent', 0)
  }
  if (recipient) provenance.document('question.recipient', recipientLine, preamble?.recipient ? 'preamble' : 'address', 0.85)
  else provenance.derived('question.recipient', 'absent', 0)
  if (question?.text) provenance.document('question.text', question.lines, question.rule, QUESTION_CONFIDENCE[question.rule])
  else provenance.derived('question.text', 'absent', 0)
  if (answeredOn) provenance.document('answer.answeredOn', letterDate?.line, 'letterhead', 0.9)
  else provenance.derived('answer.answeredOn', 'absent', 0)
  for (const field of ['answer.text', 'answer.blocks', 'answer.tables'] as const) {
    if (answer.lines.length > 0) provenance.document(field, answer.lines, 'answer-section', 0.85)
    else provenance.derived(field, 'absent', 0)
  }
  for (const [index, source] of answer.tableSources.entries()) provenance.table(index, source)
  if (signature) provenance.document('signature', signature.lines, 'closing', 0.9)
  else provenance.derived('signature', 'absent', 0)
  if (ministryLine) provenance.document('ministry', ministryLine, 'letterhead', 0.95)
  else if (titleMinistry) provenance.document('ministry', signature?.lines[1], 'signature-title', 0.8)
  else if (recipientMinistry) provenance.document('ministry', recipientLine?.[0], 'question-recipient', 0.7)
  else provenance.derived('ministry', 'absent', 0)
  provenance.derived('references', 'from-question.text-and-answer.text', 0.8)
  provenance.derived('quality', 'from-warnings', 1)
  provenance.derived('qualityReasons', 'from-warnings', 1)
  provenance.derived('warnings', 'extraction', 1)

  const warnings = messages.list
  const review = new Set([
    'table-layout-lost',
    'table-layout-inferred',
    'committee-unknown',
    'party-unknown',
    'party-not-active',
    'asker-unclear',
    'signature-unclear',
    'document-type-unknown',
    'question-number-mismatch',
    'date-order',
    'text-damaged',
    'answers-multiple',
    'answer-heading-missing',
    'table-not-found',
  ])
  const reasons = [...new Set(warnings.filter((warning) => review.has(warning.code)).map((warning) => warning.code))]
  const record: FtRecord = {
    schemaVersion,
    source: options.source,
    documentType,
    committee,
    session,
    caseNumber: caseNumber?.value ?? null,
    question: {
      kind,
      number,
      bill: bill ?? null,
      askedOn,
      askers: askers.askers,
      askedByCommittee: askers.byCommittee,
      recipient,
      text: question?.text || null,
    },
    answer: {
      answeredOn,
      text: answer.text,
      blocks: answer.blocks,
      tables: answer.tables,
    },
    signature: signature?.signature ?? null,
    ministry,
    references,
    quality: reasons.length > 0 ? 'needs-review' : 'ok',
    qualityReasons: reasons,
    warnings,
    provenance: provenance.entries,
  }
  // A value found by a weak rule, that no more specific warning already explains. (Not a review code, so quality
  // stands; the warning lands in record.warnings, which is messages.list.)
  for (const [field, entry] of Object.entries(record.provenance)) {
    if (entry.confidence >= LOW_CONFIDENCE || entry.rule === 'absent') continue
    const value = fieldValue(record, field)
    if (value === null || value === undefined) continue
    if (messages.list.some((warning) => warning.field === field)) continue
    messages.warn(
      'low-confidence',
      `${field} was found by the rule "${entry.rule}" only (confidence ${entry.confidence})`,
      undefined,
      field,
    )
  }
  return record
}
