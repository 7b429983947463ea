#!/usr/bin/env node
/**
 * `pnpm robustness`: metamorphic testing of the rules on training documents. Each training text rendition (the corpus
 * documents rules may be written from, and fixtures/answers and fixtures/questions — never the check set) is parsed
 * as it is and as each meaning-preserving variant of it (scripts/metamorphic.js: lines rewrapped, other quotation
 * marks, headings with or without colons or in capitals, blank lines, ft.dk furniture and page breaks, line ends,
 * no-break spaces, invisible white space, the text double-encoded, double spacing, a narrow column hyphenated, a page
 * number inside a paragraph, the letterhead's lines reordered, old ft.dk's glued lines). Per transformation it prints how
 * many variants changed a record, and in which fields. A field that changes is a rule that reads the form, not the
 * letter.
 *
 *   pnpm robustness                         the table
 *   pnpm robustness --cases <transformation>  also each changed document of that transformation (a name such as
 *                                             `rewrap` or a variant such as `rewrap 60`) with the differing values
 */
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { parseAll, sessionFromDate } from '../dist/index.js'
import { runningLine, sessionLabel, TRANSFORMATIONS } from './metamorphic.js'
import { realCases } from './score.js'

const sessions = JSON.parse(readFileSync(new URL('../src/registry/sessions.json', import.meta.url), 'utf8'))

const argv = process.argv.slice(2)
const casesOf = argv.includes('--cases') ? (argv[argv.indexOf('--cases') + 1] ?? '') : undefined

/** How much of the answer's text is compared: its first lines. */
const ANSWER_HEAD = 300

/** How much of two differing texts `--cases` shows before the place they differ. */
const DIFF_CONTEXT = 60

/**
 * White space collapsed: a line or paragraph break is not what a reader reads, nor a space lost between a sentence's
 * stop and the next sentence (`… i 2020.Kommissionen har …`, as glued renditions run sentences together).
 */
const squash = (text) =>
  (text ?? '')
    .replace(/([.?!])(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .replace(/\s+/gu, ' ')
    .trim()

/** The compared fields of a record. */
const COMPARED = {
  documentType: (r) => r.documentType,
  committee: (r) => r.committee,
  session: (r) => r.session,
  caseNumber: (r) => r.caseNumber,
  'question.kind': (r) => r.question?.kind,
  'question.number': (r) => r.question?.number,
  'question.askedOn': (r) => r.question?.askedOn,
  'question.askers': (r) => r.question?.askers,
  'question.text': (r) => squash(r.question?.text),
  'answer.answeredOn': (r) => r.answer?.answeredOn,
  'answer.text': (r) => squash(r.answer?.text).slice(0, ANSWER_HEAD),
  signature: (r) => r.signature,
}

/** The fields that differ between two documents' records (`records` where their number differs). */
function differences(before, after) {
  const out = []
  if (before.length !== after.length) out.push({ field: 'records', was: before.length, now: after.length })
  before.forEach((record, at) => {
    const other = after[at]
    if (!other) return
    for (const [field, value] of Object.entries(COMPARED)) {
      const was = value(record)
      const now = value(other)
      if (!isDeepStrictEqual(was, now)) out.push({ field: at === 0 ? field : `#${at + 1} ${field}`, was, now })
    }
  })
  return out
}

/**
 * The parliamentary years that had two samlinger — a general election within the year (registry/sessions.json) —
 * which ft.dk labels `2018-19 (1. samling)`.
 */
const TWO_SESSIONS = new Set(sessions.elections.map((date) => sessionFromDate(date).slice(0, 4)))

/** The context a transformation may use: the record, the ft.dk document id, the running line for its values. */
function contextOf(fixture, record) {
  const docId = /_(\d{5,})(?:_[a-z]\w*)?$/u.exec(fixture.name)?.[1]
  const code = record?.committee?.code
  const session = record?.session ? sessionLabel(record.session, TWO_SESSIONS.has(record.session.slice(0, 4))) : undefined
  return { record, docId, running: record ? runningLine(record, code, session) : undefined }
}

const fixtures = [
  ...realCases(['real']).filter((c) => !c.check),
  ...realCases(['answers', 'questions']).filter((c) => c.input.endsWith('.txt')),
]

const parseText = (text, path) => parseAll(Buffer.from(text, 'utf8'), { path })
const parseSafe = async (text, path) => {
  try {
    return await parseText(text, path)
  } catch (error) {
    return [{ documentType: `refused: ${error.code ?? error}` }]
  }
}

/** Per variant name: documents it applied to, documents whose records changed, field → count, and the cases. */
const tally = new Map()
let documents = 0
for (const fixture of fixtures) {
  const bytes = readFileSync(fixture.input)
  const text = bytes.toString('utf8')
  if (!Buffer.from(text, 'utf8').equals(bytes)) continue // not UTF-8: a variant could not be written back alike
  documents++
  const original = await parseSafe(text, fixture.input)
  const context = contextOf(fixture, original[0])
  for (const [transformation, make] of Object.entries(TRANSFORMATIONS)) {
    for (const variant of make(text, context)) {
      const entry = tally.get(variant.name) ?? { transformation, applied: 0, changed: 0, fields: new Map(), cases: [] }
      tally.set(variant.name, entry)
      entry.applied++
      const diff = differences(original, await parseSafe(variant.text, fixture.input))
      if (diff.length === 0) continue
      entry.changed++
      for (const { field } of diff) {
        const name = field.replace(/^#\d+ /u, '')
        entry.fields.set(name, (entry.fields.get(name) ?? 0) + 1)
      }
      entry.cases.push({ name: fixture.name, diff })
    }
  }
}

console.log(`${documents} training text renditions\n`)
console.log(`${'variant'.padEnd(30)}${'applied'.padStart(8)}${'changed'.padStart(9)}  fields changed`)
const ORDER = Object.keys(TRANSFORMATIONS)
const rows = [...tally].sort(([a, x], [b, y]) => ORDER.indexOf(x.transformation) - ORDER.indexOf(y.transformation) || a.localeCompare(b))
for (const [name, entry] of rows) {
  const fields = [...entry.fields].map(([field, count]) => `${field} ${count}`).join(', ')
  console.log(`${name.padEnd(30)}${String(entry.applied).padStart(8)}${String(entry.changed).padStart(9)}  ${fields}`)
}

if (casesOf !== undefined) {
  const show = (value) => JSON.stringify(value)?.slice(0, 240)
  /** Two texts shown from a little before where they first differ. */
  const around = (was, now) => {
    let at = 0
    while (at < was.length && was[at] === now[at]) at++
    const from = Math.max(0, at - DIFF_CONTEXT)
    return [was, now].map((text) => `${from > 0 ? '…' : ''}${show(text.slice(from, from + 240))}`)
  }
  for (const [name, entry] of rows) {
    if (casesOf && name !== casesOf && entry.transformation !== casesOf) continue
    for (const { name: fixture, diff } of entry.cases) {
      console.log(`\n${name}: ${fixture}`)
      for (const { field, was, now } of diff) {
        const [a, b] = typeof was === 'string' && typeof now === 'string' ? around(was, now) : [show(was), show(now)]
        console.log(`  ${field}\n    was ${a}\n    now ${b}`)
      }
    }
  }
}
