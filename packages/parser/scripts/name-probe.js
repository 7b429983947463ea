#!/usr/bin/env node
/**
 * `pnpm name-probe`: whether the parser reads people's names by their shape, not by the members it has seen. In each
 * training text rendition (never the check set) with one asker (or, with `--signature`, a signature), the person's
 * name is replaced wherever the text writes it whole — its words apart by any white space, a line break kept after the
 * same word — by names of other shapes members and ministers have had: a double first name, a particle, an initial, a
 * name written short, a double surname, letters beyond Danish. The variant is scored against the document's
 * hand-written expectation with the name replaced in it too; a field right in the original and wrong in the variant is
 * counted. A variant whose record still names the old person (the text wrote the name some other way too, broken at a
 * hyphen, say) is counted apart: the probe, not the parser, missed it.
 *
 *   pnpm name-probe                 askers: each name shape in every letter with one asker
 *   pnpm name-probe --signature     the same for the minister's signature
 *   pnpm name-probe --cases         also each lost field, with the variant's line that holds the new name
 */
import { readFileSync } from 'node:fs'
import { parseAll } from '../dist/index.js'
import { realCases, recordExpectations, scoreRecord } from './score.js'

/** Made-up names of the shapes the Folketing's members and ministers have had (`util/person-name.ts`). */
const SHAPES = [
  'Anne-Mette Winther Lund',
  'Aki-Matilda Holm-Dam',
  'Lise von Holten',
  'Karen J. Berg',
  'Hans Chr. Holm',
  'Holger K. Dahl',
  'Simon Emil Ravn-Bille',
  'Ib Lund',
  'Yildiz Akgül',
  'Sjúrður Joensen',
]

const argv = process.argv.slice(2)
const signature = argv.includes('--signature')
const cases = argv.includes('--cases')

/** A pattern for a name written whole: its words apart by any white space. */
function namePattern(name) {
  return new RegExp(
    name
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join('\\s+'),
    'gu',
  )
}

/** `name` in the place of `written`: a line break after the same word as there (or before the last), capitals kept. */
function writtenAs(written, name) {
  const words = name.split(' ')
  const gaps = written.match(/\s+/gu) ?? []
  const breakAfter = Math.min(
    gaps.findIndex((gap) => gap.includes('\n')),
    words.length - 2,
  )
  const text = words.map((word, at) => word + (at === words.length - 1 ? '' : at === breakAfter ? '\n' : ' ')).join('')
  return written === written.toUpperCase() ? text.toUpperCase() : text
}

/** `value` with every string's `from` replaced by `to`. */
function replacedIn(value, from, to) {
  if (typeof value === 'string') return value.split(from).join(to)
  if (Array.isArray(value)) return value.map((each) => replacedIn(each, from, to))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, replacedIn(each, from, to)]))
  return value
}

const person = (record) => (signature ? record?.signature?.name : record?.question?.askers?.[0]?.name)

let documents = 0
let variants = 0
let kept = 0
const lostByField = new Map()
const lostByShape = new Map()
for (const fixture of realCases(['real', 'answers', 'questions']).filter((each) => !each.check)) {
  const expectations = recordExpectations(fixture.expected)
  const expected = expectations[0]
  if (expectations.length !== 1 || !expected) continue
  const people = signature ? (expected.signature ? [expected.signature] : []) : (expected.question?.askers ?? [])
  const old = people.length === 1 ? people[0]?.name : undefined
  if (!old?.includes(' ')) continue
  const bytes = readFileSync(fixture.input)
  const text = bytes.toString('utf8')
  if (!Buffer.from(text, 'utf8').equals(bytes) || !namePattern(old).test(text)) continue
  let original
  try {
    original = (await parseAll(bytes, { path: fixture.input }))[0]
  } catch {
    continue
  }
  const rightBefore = new Set(
    scoreRecord(original, expected)
      .fields.filter((field) => field.ok)
      .map((field) => field.field),
  )
  documents++
  for (const shape of SHAPES) {
    const variant = text.replace(namePattern(old), (written) => writtenAs(written, shape))
    let record
    try {
      record = (await parseAll(Buffer.from(variant, 'utf8'), { path: fixture.input }))[0]
    } catch {
      record = undefined
    }
    variants++
    if (person(record) === old) {
      kept++
      continue
    }
    const lost = scoreRecord(record ?? {}, replacedIn(expected, old, shape)).fields.filter(
      (field) => !field.ok && rightBefore.has(field.field),
    )
    if (lost.length === 0) continue
    for (const field of lost) lostByField.set(field.field, (lostByField.get(field.field) ?? 0) + 1)
    lostByShape.set(shape, (lostByShape.get(shape) ?? 0) + 1)
    if (cases) {
      const line = variant.split('\n').find((each) => each.includes(shape.split(' ')[0])) ?? ''
      const fields = lost.map((field) => `${field.field}${field.silent ? ' (no warning)' : ''}`).join(', ')
      console.log(`${fixture.name}\t${old} → ${shape}\t${fields}\t${JSON.stringify(line.slice(0, 160))}`)
    }
  }
}

const list = (counts) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${key} ${count}`)
    .join(', ') || 'none'
console.log(`${signature ? 'signatures' : 'askers'}: ${documents} training documents, ${variants} variants (${SHAPES.length} name shapes)`)
console.log(`  variants with a field lost: ${[...lostByShape.values()].reduce((a, b) => a + b, 0)}; by field: ${list(lostByField)}`)
console.log(`  by name shape: ${list(lostByShape)}`)
console.log(`  the old name still read (written some other way too; the probe's miss): ${kept}`)
