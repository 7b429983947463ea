#!/usr/bin/env node
/**
 * `pnpm accuracy`: parses every real fixture and prints per-field accuracy and table cell-exactness — over all real
 * fixtures, over the corpus documents rules may be written from (train), and over the check set, which no rule was
 * written from. The check set's figure is the one that tells how the parser does on documents it has not seen.
 *
 *   pnpm accuracy                 figures
 *   pnpm accuracy --rounds        also a column per intake round's check documents still in the check set
 *   pnpm accuracy --cases         also each training document's wrong fields (the check set's stay hidden)
 *   pnpm accuracy --cases --check also the check set's (only after a round's figure is recorded in docs/accuracy.md)
 *   pnpm accuracy --write-gaps    write fixtures/real/known-gaps.json, the wrong fields the real-corpus test expects
 *   pnpm accuracy --alarms        also, per review code, the training records it sends to review: all fields right
 *                                 (a false alarm) or some wrong (see docs/warnings.md, "Plausibility checks")
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAll } from '../dist/index.js'
import { CORPUS_GROUP, FIELDS, FIXTURES, realCases, scoreCase, summarise } from './score.js'

const args = new Set(process.argv.slice(2))

const percent = (right, total) => (total === 0 ? '   –  ' : `${((100 * right) / total).toFixed(1).padStart(5)}%`)

const scores = []
/** A fixture's records, one per question its document answers. */
const parseFileAll = (path) => parseAll(readFileSync(path), { path })

for (const fixture of realCases()) scores.push({ ...(await scoreCase(fixture, parseFileAll)), fixture })

const sets = [
  ['all real fixtures', scores],
  ['corpus: train', scores.filter((s) => s.fixture.group === CORPUS_GROUP && !s.fixture.check)],
  ['corpus: CHECK SET', scores.filter((s) => s.fixture.check)],
]
// The check-set documents of each later intake (see intake.json): measured by rules none of which was written
// while they were in the repository, or only the rounds after they came. Rounds whose check documents were retired
// to training (docs/accuracy.md) have none left and get no column. Only with `--rounds`: the default fits a terminal.
const intakes = [...new Set(scores.filter((s) => s.fixture.check).map((s) => s.fixture.intake ?? 0))]
  .filter((round) => round > 0)
  .sort((a, b) => a - b)
for (const round of args.has('--rounds') ? intakes : []) {
  sets.push([`check: round ${round}`, scores.filter((s) => s.fixture.check && s.fixture.intake === round)])
}
const summaries = sets.map(([name, part]) => [name, summarise(part)])

console.log(`${'field'.padEnd(28)}${summaries.map(([name]) => name.padStart(22)).join('')}`)
for (const field of FIELDS) {
  const cells = summaries.map(([, summary]) => {
    const entry = summary.perField.get(field)
    return `${percent(entry.right, entry.total)} ${`${entry.right}/${entry.total}`.padStart(9)}`.padStart(22)
  })
  console.log(`${field.padEnd(28)}${cells.join('')}`)
}
console.log('-'.repeat(28 + 22 * summaries.length))
const line = (label, cell) => console.log(`${label.padEnd(28)}${summaries.map(([, s]) => cell(s).padStart(22)).join('')}`)
line('documents', (s) => String(s.documents))
line('fields right', (s) => `${percent(s.right, s.total)} ${`${s.right}/${s.total}`.padStart(9)}`)
line('wrong with no warning', (s) => `${s.silent}`)
line('tables found', (s) => `${s.tables.found}/${s.tables.total}`)
line('tables cell-exact', (s) => `${percent(s.tables.exact, s.tables.total)} ${`${s.tables.exact}/${s.tables.total}`.padStart(9)}`)
line('tables wrong, no warning', (s) => `${s.tables.silent}`)

if (args.has('--cases')) {
  console.log('')
  for (const s of scores) {
    if (s.fixture.check && !args.has('--check')) continue
    const wrong = s.fields.filter((field) => !field.ok)
    const tables = s.tables.filter((table) => !table.exact)
    if (wrong.length === 0 && tables.length === 0) continue
    console.log(`${s.fixture.name}${s.fixture.check ? ' (check set)' : ''}`)
    for (const field of wrong) {
      console.log(
        `  ${field.silent ? '!' : ' '} ${field.field}: want ${JSON.stringify(field.want)} got ${JSON.stringify(field.got)}`.slice(0, 400),
      )
    }
    for (const table of tables) console.log(`    table ${table.index}: ${table.found ? 'cells differ' : 'not found'}`)
  }
}

if (args.has('--alarms')) {
  // Training records only (the check set's stay hidden): a record is "right" when every field it is scored on is.
  const alarms = new Map()
  let right = 0
  let flagged = 0
  for (const s of scores) {
    if (s.fixture.check || !s.records) continue
    s.records.forEach((record, at) => {
      const prefix = at === 0 ? undefined : `#${at + 1} `
      const own = s.fields.filter(
        (field) => (prefix ? field.field.startsWith(prefix) : !field.field.startsWith('#')) && field.field !== 'records',
      )
      const wrong = own.some((field) => !field.ok)
      if (!wrong) right++
      if (!wrong && record.quality !== 'ok') flagged++
      for (const code of new Set(record.qualityReasons)) {
        const entry = alarms.get(code) ?? { right: 0, wrong: 0 }
        entry[wrong ? 'wrong' : 'right']++
        alarms.set(code, entry)
      }
    })
  }
  console.log(`\nreview codes on training records (${right} with every field right, ${flagged} of them sent to review):`)
  console.log(`${'code'.padEnd(32)}${'all right'.padStart(10)}${'some wrong'.padStart(12)}`)
  for (const [code, entry] of [...alarms].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${code.padEnd(32)}${String(entry.right).padStart(10)}${String(entry.wrong).padStart(12)}`)
  }
}

if (args.has('--write-gaps')) {
  const gaps = {}
  for (const s of scores) {
    const wrong = [
      ...s.fields.filter((field) => !field.ok).map((field) => field.field),
      ...s.tables.filter((t) => !t.exact).map((t) => `table ${t.index}`),
    ]
    if (wrong.length > 0) gaps[s.fixture.name] = wrong
  }
  writeFileSync(join(FIXTURES, CORPUS_GROUP, 'known-gaps.json'), `${JSON.stringify(gaps, null, 2)}\n`)
  console.log(`\nwrote fixtures/${CORPUS_GROUP}/known-gaps.json (${Object.keys(gaps).length} documents with gaps)`)
}
