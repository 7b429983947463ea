#!/usr/bin/env node
/**
 * `pnpm question-probe`: whether what a question's text says changes what the parser reads elsewhere. In each training
 * text rendition (never the check set) with one record whose expectation gives the question's whole text as one
 * paragraph, the question's words are replaced, wherever the text writes them whole, by another training letter's
 * question (wrapped as the original was, where it was); the variant is scored against the document's hand-written
 * expectation with the new question's text in it. A field right in the original and wrong in the variant is counted:
 * a question that cites another committee's case (`i forlængelse af svar på FIU alm. del spørgsmål 24`), a compound
 * with a name (`Gini-koefficienten`), a date, a closing quotation mark.
 *
 * The questions put in are every k-th such training question (`--questions N`, default 20), a fixed choice; a § 20
 * question's page gets only questions that end with a question mark (the Folketing's § 20 questions are questions).
 *
 * With `--answer`, the same for the answer: in each training answer (its expectation's `documentType` an answer, or
 * not given) whose expected text's first paragraph the text writes whole, that paragraph is replaced by another
 * training answer's first paragraph; the variant's answer must start with it (and keep the expectation's end and the
 * parts not in the paragraph replaced).
 *
 *   pnpm question-probe              the counts by field and by question put in
 *   pnpm question-probe --answer     the same, answers' first paragraphs put in
 *   pnpm question-probe --cases      also each lost field
 */
import { readFileSync } from 'node:fs'
import { parse } from '../dist/index.js'
import { escaped, realCases, recordExpectations, scoreRecord } from './score.js'

const argv = process.argv.slice(2)
const cases = argv.includes('--cases')
const part = argv.includes('--answer') ? 'answer' : 'question'
const at = argv.indexOf('--questions')
const QUESTIONS = at === -1 ? 20 : Number(argv[at + 1])

/** The longest line a wrapped question is set in again: the original's longest, at most this. */
const MAX_WIDTH = 90

/** `text` wrapped at spaces into lines of at most `width` characters. */
function wrapped(text, width) {
  const lines = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  lines.push(line)
  return lines.join('\n')
}

/** The shortest and longest text (or first paragraph) taken. */
const [SHORTEST, LONGEST] = [30, 700]

/**
 * The part of an expectation the probe replaces: the question's whole text, one paragraph; or the answer's first
 * paragraph (of its whole text or its expected start), in an answer's expectation.
 */
function replaced(expected) {
  if (part === 'question') {
    const text = expected.question?.text
    return typeof text === 'string' && !text.includes('\n') ? text : undefined
  }
  const { answer, documentType } = expected
  if (!answer || (documentType && documentType !== 'answer')) return undefined
  const start = typeof answer.text === 'string' ? answer.text : answer.textStartsWith
  return typeof start === 'string' ? start.split('\n\n')[0] : undefined
}

/** The expectation with `text` in the place of `old` (`replaced`). */
function expecting(expected, old, text) {
  const variant = structuredClone(expected)
  if (part === 'question') {
    variant.question.text = text
    return variant
  }
  const { answer } = variant
  const kept = (parts) => [parts].flat().filter((each) => !old.includes(each) && !(answer.textStartsWith ?? '').includes(each))
  const checks = { textStartsWith: text }
  if (answer.textEndsWith && !old.includes(answer.textEndsWith)) checks.textEndsWith = answer.textEndsWith
  if (answer.textIncludes && kept(answer.textIncludes).length > 0) checks.textIncludes = kept(answer.textIncludes)
  for (const key of ['text', 'textStartsWith', 'textEndsWith', 'textIncludes']) delete answer[key]
  Object.assign(answer, checks)
  return variant
}

const hosts = []
for (const fixture of realCases()) {
  if (fixture.check || !fixture.input.endsWith('input.txt')) continue
  const expectations = recordExpectations(fixture.expected)
  if (expectations.length !== 1) continue
  const expected = expectations[0]
  const text = replaced(expected)
  if (text === undefined || text.length < SHORTEST || text.length > LONGEST) continue
  hosts.push({ fixture, expected, text })
}
const every = Math.max(1, Math.floor(hosts.length / QUESTIONS))
const questions = hosts
  .filter((_, index) => index % every === 3)
  .slice(0, QUESTIONS)
  .map((host) => host.text)

let variants = 0
let lost = 0
let skipped = 0
const byField = new Map()
const byQuestion = new Map()
const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1)

for (const host of hosts) {
  const source = readFileSync(host.fixture.input, 'utf8')
  // The question wherever the text writes it (a page that repeats it); the answer's first paragraph once.
  const pattern = new RegExp(host.text.split(/\s+/u).map(escaped).join('\\s+'), part === 'question' ? 'gu' : 'u')
  const found = source.match(pattern)
  let original
  try {
    original = found ? await parse(source) : undefined
  } catch {
    original = undefined
  }
  const before = original ? scoreRecord(original, host.expected).fields : []
  const right = new Set(before.filter((field) => field.ok).map((field) => field.field))
  if (!found || !right.has(`${part}.text`)) {
    skipped++
    continue
  }
  // Wrapped as the original's lines were: no wider than its longest (a document's other lines may be wider: a heading).
  const width = found[0].includes('\n') ? Math.min(MAX_WIDTH, Math.max(...found[0].split('\n').map((line) => line.trim().length))) : 0
  const section20 = part === 'question' && host.expected.question.kind === 'section20'
  for (const question of questions) {
    if (question === host.text || (section20 && !question.endsWith('?'))) continue
    const variant = source.replace(pattern, () => (width ? wrapped(question, width) : question))
    const expected = expecting(host.expected, host.text, question)
    variants++
    let record
    try {
      record = await parse(variant)
    } catch (error) {
      lost++
      count(byField, `refused (${error.code ?? error})`)
      continue
    }
    const wrong = scoreRecord(record, expected).fields.filter((field) => !field.ok && right.has(field.field))
    if (wrong.length === 0) continue
    lost++
    for (const field of wrong) count(byField, field.field)
    count(byQuestion, question.slice(0, 60))
    if (cases) {
      const shown = wrong.map((field) => `${field.silent ? '!' : ''}${field.field} ${JSON.stringify(field.got)?.slice(0, 200)}`)
      console.log(`${host.fixture.name} ← “${question.slice(0, 50)}…”: ${shown.join(' | ')}`)
    }
  }
}

const sorted = (map) => [...map].sort((a, b) => b[1] - a[1])
console.log(
  `${part} probe: ${hosts.length - skipped} letters, ${questions.length} ${part === 'question' ? 'questions' : "answers' first paragraphs"} put in, ${variants} variants, ${lost} with a field lost (${skipped} letters skipped: the ${part === 'question' ? 'question' : "answer's first paragraph"} not found whole, or not read right)`,
)
for (const [field, n] of sorted(byField)) console.log(`  ${field.padEnd(28)} ${n}`)
console.log('by question put in:')
for (const [question, n] of sorted(byQuestion)) console.log(`  ${String(n).padStart(5)}  ${question}…`)
