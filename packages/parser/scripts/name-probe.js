#!/usr/bin/env node
/**
 * `pnpm name-probe`: whether the parser reads names by their shape, not by the ones it has seen. In each training text
 * rendition (never the check set) with one record, a name is put in the place of the one the letter writes, wherever
 * the text writes it whole, and the variant is scored against the document's hand-written expectation with the same
 * replacement made in it; a field right in the original and wrong in the variant is counted. A variant whose field
 * still holds the original's value (the text wrote the name some other way too — broken at a hyphen, in a web address)
 * is counted apart: the probe, not the parser, missed it.
 *
 *   pnpm name-probe                 the asker (letters with one): made-up names of the shapes members have had — a
 *                                   double first name, a particle, an initial, a name written short, a double surname
 *   pnpm name-probe --signature     the same for the minister's signature
 *   pnpm name-probe --minister      the minister asked and the ministry (letters asking a minister of a one-word title,
 *                                   `justitsministeren`): each other ministry's title of several parts or "for …" in
 *                                   use in the letter's year (`klima-, energi- og forsyningsministeren`, `ministeren
 *                                   for fødevarer, landbrug og fiskeri`, the ministry's name beside it)
 *   pnpm name-probe --cases         also each lost field
 */
import { readFileSync } from 'node:fs'
import { parseAll } from '../dist/index.js'
import { escaped, realCases, recordExpectations, scoreRecord } from './score.js'

const argv = process.argv.slice(2)
const mode = argv.includes('--minister') ? 'minister' : argv.includes('--signature') ? 'signature' : 'asker'
const cases = argv.includes('--cases')

/** Made-up names of the shapes the Folketing's members and ministers have had (`util/person-name.ts`). */
const NAME_SHAPES = [
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

const ministries = JSON.parse(readFileSync(new URL('../src/registry/ministries.json', import.meta.url), 'utf8')).ministries

/** The ministries whose first title has several parts or is a "for …" title: the shapes a one-word title is swapped for. */
const TITLE_SHAPES = ministries.filter((ministry) => /[,-]|^Minister for /u.test(ministry.titles[0] ?? ''))

/** Whether the ministry had its name all through `year` (a name changed within a year is ambiguous by year alone). */
const inUse = (ministry, year) => ministry.periods.some((period) => period.from <= year && year < (period.until ?? 9999))

/** `value` with `swap` applied to every string in it. */
function swapped(value, swap) {
  if (typeof value === 'string') return swap(value)
  if (Array.isArray(value)) return value.map((each) => swapped(each, swap))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, swapped(each, swap)]))
  return value
}

/** The name in the place of `written` (the original's words): a line break after the same word, capitals kept. */
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

/** The people swaps of a letter's one asker or signer: `[{ shape, swap }]`. */
function peopleSwaps(expected) {
  const people = mode === 'signature' ? (expected.signature ? [expected.signature] : []) : (expected.question?.askers ?? [])
  const old = people.length === 1 ? people[0]?.name : undefined
  if (!old?.includes(' ')) return []
  const pattern = new RegExp(old.split(' ').map(escaped).join('\\s+'), 'gu')
  return NAME_SHAPES.map((shape) => ({
    shape,
    swap: (text) => text.replace(pattern, (written) => writtenAs(written, shape)),
    expect: (text) => text.split(old).join(shape),
  }))
}

const upperFirst = (text) => text.charAt(0).toUpperCase() + text.slice(1)
const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * The minister swaps of a letter asking a minister of a one-word title (`justitsministeren`, its ministry
 * `Justitsministeriet` or none expected): every form of the stem's title and ministry (`minister`, `ministeren`,
 * `ministeriet`, … in capitals too) becomes the other ministry's. A "for …" title has no genitive of its own: a letter
 * that writes one is not swapped to it.
 */
function ministerSwaps(expected) {
  const stem = /^(\p{L}+?)ministeren$/iu.exec(expected.question?.recipient ?? '')?.[1]
  const year = Number(String(expected.session ?? '').slice(0, 4))
  if (!stem || !year || (expected.ministry && expected.ministry.toLowerCase() !== `${stem.toLowerCase()}ministeriet`)) return []
  const forms = new RegExp(`(?<![\\p{L}-])${escaped(stem)}(minister(?:en|ens|iet|iets)?)(?!\\p{L})`, 'giu')
  return TITLE_SHAPES.filter(
    (ministry) => inUse(ministry, year) && inUse(ministry, year + 1) && !ministry.name.toLowerCase().startsWith(stem.toLowerCase()),
  ).map((ministry) => {
    const title = ministry.titles[0]
    const forWhat = /^Minister for (.*)$/u.exec(title)?.[1]
    const one = (written, ending) => {
      const capitals = written.length > 3 && written === written.toUpperCase()
      const capital = !capitals && written.charAt(0) === written.charAt(0).toUpperCase()
      const suffix = ending.toLowerCase()
      const office = suffix.startsWith('ministeri')
      let text
      if (forWhat !== undefined) {
        if (suffix.endsWith('s')) return undefined
        text = office ? (capital ? ministry.name : `ministeriet for ${forWhat}`) : `${capital ? 'M' : 'm'}${suffix.slice(1)} for ${forWhat}`
      } else if (office) {
        text = capital
          ? `${ministry.name}${suffix.endsWith('s') ? 's' : ''}`
          : `${lowerFirst(ministry.name).replace(/ministeriet$/u, '')}${suffix}`
      } else {
        const prefix = title.slice(0, -'minister'.length)
        text = `${capital ? upperFirst(prefix) : lowerFirst(prefix)}${suffix}`
      }
      return capitals ? text.toUpperCase() : text
    }
    const swap = (text) => text.replace(forms, (written, ending) => one(written, ending) ?? written)
    // A genitive the "for …" title cannot take leaves the letter as it was: no variant.
    const possible = (text) => [...text.matchAll(forms)].every((match) => one(match[0], match[1] ?? '') !== undefined)
    return { shape: title, swap, expect: swap, possible }
  })
}

let documents = 0
let variants = 0
let kept = 0
const lostByField = new Map()
const lostByShape = new Map()
for (const fixture of realCases(['real', 'answers', 'questions']).filter((each) => !each.check)) {
  const expectations = recordExpectations(fixture.expected)
  const expected = expectations[0]
  if (expectations.length !== 1 || !expected) continue
  const bytes = readFileSync(fixture.input)
  const text = bytes.toString('utf8')
  if (!Buffer.from(text, 'utf8').equals(bytes)) continue
  const swaps = (mode === 'minister' ? ministerSwaps(expected) : peopleSwaps(expected)).filter(
    (each) => each.swap(text) !== text && (each.possible?.(text) ?? true),
  )
  if (swaps.length === 0) continue
  let original
  try {
    original = (await parseAll(bytes, { path: fixture.input }))[0]
  } catch {
    continue
  }
  const before = scoreRecord(original, expected).fields
  const rightBefore = new Set(before.filter((field) => field.ok).map((field) => field.field))
  const wantedBefore = new Map(before.map((field) => [field.field, JSON.stringify(field.want)]))
  documents++
  for (const { shape, swap, expect } of swaps) {
    const variant = swap(text)
    let record
    try {
      record = (await parseAll(Buffer.from(variant, 'utf8'), { path: fixture.input }))[0]
    } catch {
      record = undefined
    }
    variants++
    const wrong = scoreRecord(record ?? {}, swapped(expected, expect)).fields.filter((field) => !field.ok && rightBefore.has(field.field))
    // Still the original's value: the text wrote it another way too, which the swap left.
    const lost = wrong.filter((field) => JSON.stringify(field.got) !== wantedBefore.get(field.field))
    if (lost.length < wrong.length && lost.length === 0) kept++
    if (lost.length === 0) continue
    for (const field of lost) lostByField.set(field.field, (lostByField.get(field.field) ?? 0) + 1)
    lostByShape.set(shape, (lostByShape.get(shape) ?? 0) + 1)
    if (cases) {
      const fields = lost
        .map((field) => `${field.field}${field.silent ? ' (no warning)' : ''}: ${JSON.stringify(field.got)?.slice(0, 100)}`)
        .join('; ')
      console.log(`${fixture.name}\t→ ${shape}\t${fields}`)
    }
  }
}

const list = (counts) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${key} ${count}`)
    .join(', ') || 'none'
const shapes = mode === 'minister' ? 'titles of other ministries' : 'name shapes'
console.log(`${mode}: ${documents} training documents, ${variants} variants (${shapes})`)
console.log(`  variants with a field lost: ${[...lostByShape.values()].reduce((a, b) => a + b, 0)}; by field: ${list(lostByField)}`)
console.log(`  by shape: ${list(lostByShape)}`)
console.log(`  variants that kept the original's value (written some other way too; the probe's miss): ${kept}`)
