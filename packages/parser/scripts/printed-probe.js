#!/usr/bin/env node
/**
 * `pnpm printed-probe <folder>`: the PDF path on training renditions printed to PDF (fixtures/printed/print_probe.py
 * writes the folder: `<name>.pdf` per document and `sample.json`), scored against the texts' hand-written
 * expectations beside the text path on the same texts. Prints both figures (fields right, wrong with no warning) and,
 * with `--cases`, each field the PDF path gets wrong where the text path gets it right. Check documents are never
 * printed nor scored here.
 *
 *   node packages/parser/scripts/printed-probe.js --list-training   the names print_probe.py may print (JSON)
 *   … --list-training --retired   only the retired check documents (training now: fixtures/real/check-retired.json)
 *   … --list-training --intakes 44-75   only the documents of those intakes (fixtures/real/intake.json)
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAll } from '../dist/index.js'
import { isCheckCase, realCases, scoreCase } from './score.js'

const args = process.argv.slice(2)
const training = realCases(['real']).filter((fixture) => !fixture.check)

if (args.includes('--list-training')) {
  // A retired check document is training whose id the check set's rule still picks (`isCheckCase`).
  const range = args.includes('--intakes') ? (args[args.indexOf('--intakes') + 1] ?? '').split('-').map(Number) : undefined
  const listed = training.filter(
    (fixture) =>
      (!args.includes('--retired') || isCheckCase(fixture.name)) &&
      (!range || ((fixture.intake ?? 0) >= (range[0] ?? 0) && (fixture.intake ?? 0) <= (range[1] ?? range[0] ?? 0))),
  )
  console.log(JSON.stringify(listed.map((fixture) => fixture.name.slice('real/'.length))))
} else {
  const folder = args.find((arg) => !arg.startsWith('--'))
  if (!folder || !existsSync(join(folder, 'sample.json'))) {
    console.error('usage: printed-probe <folder written by fixtures/printed/print_probe.py> [--cases]')
    process.exit(2)
  }
  const byName = new Map(training.map((fixture) => [fixture.name.slice('real/'.length), fixture]))
  const totals = { pdf: { fields: 0, right: 0, silent: 0 }, text: { fields: 0, right: 0, silent: 0 } }
  const worse = new Map()
  let documents = 0
  for (const name of JSON.parse(readFileSync(join(folder, 'sample.json'), 'utf8'))) {
    const fixture = byName.get(name)
    const pdfPath = join(folder, `${name}.pdf`)
    if (!fixture || !existsSync(pdfPath)) continue
    documents++
    const pdf = await scoreCase({ ...fixture, input: pdfPath }, (path) => parseAll(readFileSync(path), { path }))
    const text = await scoreCase(fixture, (path) => parseAll(readFileSync(path), { path }))
    for (const [side, score] of [
      ['pdf', pdf],
      ['text', text],
    ]) {
      for (const field of score.fields) {
        totals[side].fields++
        if (field.ok) totals[side].right++
        else if (field.silent) totals[side].silent++
      }
    }
    const rightInText = new Set(text.fields.filter((field) => field.ok).map((field) => field.field))
    const lost = pdf.fields.filter((field) => !field.ok && rightInText.has(field.field))
    for (const field of lost) worse.set(field.field, (worse.get(field.field) ?? 0) + 1)
    if (lost.length > 0 && args.includes('--cases')) {
      console.log(name)
      for (const field of lost) {
        console.log(
          `  ${field.silent ? '!' : ' '} ${field.field}: want ${JSON.stringify(field.want).slice(0, 160)} got ${JSON.stringify(field.got).slice(0, 200)}`,
        )
      }
    }
  }
  const figure = ({ fields, right, silent }) =>
    `${((100 * right) / Math.max(1, fields)).toFixed(2)}% (${right}/${fields}), ${silent} wrong with no warning`
  console.log(`${documents} printed training renditions`)
  console.log(`  PDF path:  ${figure(totals.pdf)}`)
  console.log(`  text path: ${figure(totals.text)}`)
  console.log(
    `  fields the PDF path gets wrong and the text path right: ${[...worse].map(([field, n]) => `${field} ${n}`).join(', ') || 'none'}`,
  )
}
