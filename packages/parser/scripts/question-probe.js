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
 *   pnpm question-probe              the counts by field and by question put in
 *   pnpm question-probe --cases      also each lost field
 */
import { readFileSync } from 'node:fs'
import { parse } from '../dist/index.js'
import { realCases, recordExpectations, scoreRecord } from './score.js'

const argv = process.argv.slice(2)
const cases = argv.includes('--cases')
const at = argv.indexOf('--questions')
const QUESTIONS = at === -1 ? 20 : Number(argv[at + 1])

/** The longest line a wrapped question is set in again: the original's longest, at most this. */
const MAX_WIDTH = 90

const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

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

const hosts = []
for (const fixture of realCases()) {
  if (fixture.check || !fixture.input.endsWith('input.txt')) continue
  const expectations = recordExpectations(fixture.expected)
  if (expectations.length !== 1) continue
  const expected = expectations[0]
  const text = expected.question?.text
  if (typeof text !== 'string' || text.includes('\n') || text.length < 30 || text.length > 700) continue
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
  const pattern = new RegExp(host.text.split(/\s+/u).map(escaped).join('\\s+'), 'gu')
  const found = source.match(pattern)
  let original
  try {
    original = found ? await parse(source) : undefined
  } catch {
    original = undefined
  }
  const before = original ? scoreRecord(original, host.expected).fields : []
  const right = new Set(before.filter((field) => field.ok).map((field) => field.field))
  if (!found || !right.has('question.text')) {
    skipped++
    continue
  }
  const width = found[0].includes('\n') ? Math.min(MAX_WIDTH, Math.max(...source.split('\n').map((line) => line.length))) : 0
  const section20 = host.expected.question.kind === 'section20'
  for (const question of questions) {
    if (question === host.text || (section20 && !question.endsWith('?'))) continue
    const variant = source.replace(pattern, () => (width ? wrapped(question, width) : question))
    const expected = structuredClone(host.expected)
    expected.question.text = question
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
  `question probe: ${hosts.length - skipped} letters, ${questions.length} questions put in, ${variants} variants, ${lost} with a field lost (${skipped} letters skipped: the question not found whole, or not read right)`,
)
for (const [field, n] of sorted(byField)) console.log(`  ${field.padEnd(28)} ${n}`)
console.log('by question put in:')
for (const [question, n] of sorted(byQuestion)) console.log(`  ${String(n).padStart(5)}  ${question}…`)
