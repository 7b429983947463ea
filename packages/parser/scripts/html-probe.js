#!/usr/bin/env node
/**
 * `node packages/parser/scripts/html-probe.js [--cases]`: the HTML reader against the text reader. Each training
 * text rendition (never the check set) is set as HTML the ways a PDF's HTML rendition sets its lines — a `<p>` a line
 * (as ft.dk does, a `<p>&nbsp;</p>` for a word processor's empty paragraph), lines apart by `<br>`, an absolutely
 * placed `<div>` of a span a line with `&#160;` for each space (a PDF converter's page) — and parsed; the record
 * should be the text's. Prints per form how many records differ and in which fields; with `--cases`, the documents.
 */
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { parse } from '../dist/index.js'
import { realCases } from './score.js'

const args = new Set(process.argv.slice(2))

const escapeHtml = (text) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
const page = (body) =>
  `<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>Svar</title></head><body>\n${body}\n</body></html>`

/** The forms: each a name and the page it makes of a text's lines. */
const FORMS = {
  'a <p> a line': (lines) =>
    page(
      lines
        .filter((line) => line !== '')
        .map((line) => (/^[ \u00a0]$/u.test(line) ? '<p>&nbsp;</p>' : `<p>${escapeHtml(line)}</p>`))
        .join('\n'),
    ),
  'lines apart by <br>': (lines) => page(`<div>${lines.map(escapeHtml).join('<br>\n')}</div>`),
  'placed divs, &#160; for spaces': (lines) =>
    page(
      lines
        .map((line, at) =>
          line.trim() === ''
            ? ''
            : `<div style="position:absolute;top:${18 * at}px;left:72px"><span>${escapeHtml(line).replace(/ /gu, '&#160;')}</span></div>`,
        )
        .join('\n'),
    ),
}

/** The fields compared. */
const fields = (record) => ({
  documentType: record.documentType,
  committee: record.committee?.code ?? null,
  session: record.session,
  caseNumber: record.caseNumber,
  'question.kind': record.question.kind,
  'question.number': record.question.number,
  'question.askers': record.question.askers,
  'question.text': record.question.text,
  'answer.answeredOn': record.answer.answeredOn,
  'answer.text': record.answer.text.replace(/\s+/gu, ' '),
  signature: record.signature?.name ?? null,
})

const read = async (input, options) => {
  try {
    return fields(await parse(input, options))
  } catch (error) {
    return { error: error.code ?? String(error) }
  }
}

const training = realCases(['real']).filter((fixture) => !fixture.check && fixture.input.endsWith('.txt'))
const counts = Object.fromEntries(Object.keys(FORMS).map((name) => [name, { changed: 0, fields: new Map() }]))
for (const fixture of training) {
  const text = readFileSync(fixture.input, 'utf8')
  const base = await read(text)
  if (base.error) continue
  for (const [name, make] of Object.entries(FORMS)) {
    const got = await read(make(text.split('\n')), { path: 'rendition.html' })
    const changed = Object.keys(base).filter((key) => !isDeepStrictEqual(base[key], got[key]))
    if (changed.length === 0) continue
    counts[name].changed++
    for (const key of changed) counts[name].fields.set(key, (counts[name].fields.get(key) ?? 0) + 1)
    if (args.has('--cases')) console.log(`${name}: ${fixture.name} ${changed.join(', ')}`)
  }
}
console.log(`${training.length} training text renditions`)
console.log(`${'form'.padEnd(34)}changed  fields`)
for (const [name, { changed, fields: byField }] of Object.entries(counts)) {
  const list = [...byField].map(([key, n]) => `${key} ${n}`).join(', ')
  console.log(`${name.padEnd(34)}${String(changed).padStart(7)}  ${list}`)
}
