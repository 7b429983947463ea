#!/usr/bin/env node
/**
 * The PDF path's table reading on tables nobody printed by hand: each training table (its hand-written expectation's
 * cells, never the parser's reading) is set in a made-up letter as a word processor sets a table, in several styles
 * (ruled, booktabs, plain, shaded, narrow, small), and printed to PDF by Chromium (fixtures/printed/print_table_probe.py);
 * each PDF is parsed and its first table scored as table-variants.js scores a text rendition: `exact`, `exact-raw` (the
 * printed texts right, their values not: number reading, not layout), `transposed`, `wrong`, `silent` (wrong with no
 * warning: the worst), `lost` (found, no cells) or `missing` (no table, or the parse threw). Prints a matrix per style,
 * beside how many of the same tables the text path reads cell-exact from their own documents. The check set is never
 * read (`realCases`, `!check`).
 *
 *   node packages/parser/scripts/pdf-table-probe.js --write <tables.json>   the training tables, for the printer
 *   /usr/bin/python3 fixtures/printed/print_table_probe.py <tables.json> <folder>   prints <folder>/<style>/<id>.pdf
 *   node packages/parser/scripts/pdf-table-probe.js <folder> [--verbose]    scores them; --verbose: each miss, got vs wanted
 *
 * Build first (`npx tsc -b`): the parser is read from dist. Keep the folder outside the repository.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { parse, parseAll } from '../dist/index.js'
import { realCases, tableGrid, tableOutcome } from './score.js'

/** The print styles, in print order (fixtures/printed/print_table_probe.py's STYLES). */
const STYLES = ['ruled', 'booktabs', 'plain', 'shaded', 'narrow', 'small']

const OUTCOMES = ['exact', 'exact-raw', 'transposed', 'wrong', 'silent', 'lost', 'missing']

/** Rows of each table shown for a miss with `--verbose`. */
const SHOWN_ROWS = 3

/** A shown cell longer than this is cut (`…`). */
const SHOWN_CELL = 40

const NAME_WIDTH = 12
const COUNT_WIDTH = 11

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')

/** Every training table whose expectation has a header and rows: `{ id, table, input }`, id `<fixture folder>-<index>`. */
function trainingTables() {
  const tables = []
  for (const fixture of realCases(['real']).filter((c) => !c.check)) {
    const folder = fixture.name.slice('real/'.length)
    const found = (fixture.expected.records ?? [fixture.expected]).flatMap((expected) => expected.answer?.tables ?? [])
    found.forEach((table, index) => {
      if (table.header?.length > 0 && table.rows?.length > 0) tables.push({ id: `${folder}-${index}`, table, input: fixture.input })
    })
  }
  return tables
}

const gridOf = tableGrid

/** The text path's reading of a table from its own document: whether some table of the document is cell-exact. */
async function textExact(entry) {
  try {
    const records = await parseAll(readFileSync(entry.input), { path: entry.input })
    return records
      .flatMap((record) => record.answer.tables)
      .some((table) => isDeepStrictEqual(table.header, entry.table.header) && isDeepStrictEqual(table.rows, entry.table.rows))
  } catch {
    return false
  }
}

/** Whether a table came back with the expectation's label and caption (not scored in the outcome). */
const titleRight = (got, want) => (got.label ?? null) === (want.label ?? null) && (got.caption ?? null) === (want.caption ?? null)

/** The PDF's record and the outcome of its first table; a typed parse error is `missing`, its code kept. */
async function probe(pdf, want) {
  try {
    const record = await parse(readFileSync(pdf), { path: pdf })
    const got = record.answer.tables[0]
    return { result: tableOutcome(record, want, { exactRaw: true }), got, titled: got ? titleRight(got, want) : undefined }
  } catch (error) {
    if (!error?.code) throw error
    return { result: 'missing', code: error.code }
  }
}

const cut = (text) => (text.length > SHOWN_CELL ? `${text.slice(0, SHOWN_CELL - 1)}…` : text)

/** A grid's header and first rows, a line each (`| a | b |`), and how many rows it has. */
function shown(table, indent) {
  const grid = gridOf(table)
  const lines = grid.slice(0, SHOWN_ROWS + 1).map((row, at) => `${indent}${at === 0 ? 'H' : ' '} | ${row.map(cut).join(' | ')} |`)
  const size = `${indent}  (${table.header.length} columns, ${table.rows.length} rows${table.label ? `, label ${table.label}` : ''}${table.caption ? `, caption ${cut(table.caption)}` : ''})`
  return [size, ...lines].join('\n')
}

/** Where two grids first differ past the rows shown: that row of each (`-` where a grid has none). */
function laterDifference(got, want) {
  const [gotGrid, wantGrid] = [gridOf(got), gridOf(want)]
  const at = wantGrid.findIndex((row, index) => !isDeepStrictEqual(row, gotGrid[index]))
  const first = at === -1 ? wantGrid.length : at
  if (first <= SHOWN_ROWS && gotGrid.length === wantGrid.length) return []
  if (first <= SHOWN_ROWS) return [`    rows: got ${got.rows.length}, want ${want.rows.length}`]
  const line = (grid) => (grid[first] ? `| ${grid[first].map(cut).join(' | ')} |` : '-')
  return [`    first difference at row ${first}:`, `      got  ${line(gotGrid)}`, `      want ${line(wantGrid)}`]
}

/** One miss for `--verbose`: id, outcome (and error code), whether the text path reads the table, got vs wanted. */
function describe(miss) {
  const code = miss.code ? ` ${miss.code}` : ''
  const base = miss.textExact ? '' : ' (text path misses it too)'
  const lines = [`  ${miss.id}: ${miss.result}${code}${base}`]
  if (miss.got) lines.push('    got', shown(miss.got, '      '))
  lines.push('    want', shown(miss.want, '      '))
  if (miss.got) lines.push(...laterDifference(miss.got, miss.want))
  return lines.join('\n')
}

const row = (name, counts) =>
  `${name.padEnd(NAME_WIDTH)}${OUTCOMES.map((outcome) => String(counts[outcome]).padStart(COUNT_WIDTH)).join('')}`
const zero = () => Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0]))

async function score(folder) {
  const tables = trainingTables()
  const started = Date.now()
  const exactByText = new Set()
  for (const entry of tables) if (await textExact(entry)) exactByText.add(entry.id)
  console.log(`${exactByText.size} of ${tables.length} training tables read cell-exact by the text path from their own documents`)
  console.log(`${'style'.padEnd(NAME_WIDTH)}${OUTCOMES.map((outcome) => outcome.padStart(COUNT_WIDTH)).join('')}`)
  const totals = zero()
  const details = []
  const titles = []
  for (const style of STYLES) {
    const counts = zero()
    const misses = []
    const titled = { right: 0, found: 0 }
    for (const entry of tables) {
      const pdf = join(folder, style, `${entry.id}.pdf`)
      if (!existsSync(pdf)) continue
      const { result, got, code, titled: title } = await probe(pdf, entry.table)
      counts[result]++
      if (got) {
        titled.found++
        if (title) titled.right++
      }
      totals[result]++
      if (result !== 'exact') misses.push({ id: entry.id, result, got, code, want: entry.table, textExact: exactByText.has(entry.id) })
    }
    console.log(row(style, counts))
    titles.push(`${style} ${titled.right}/${titled.found}`)
    if (verbose) details.push(`${style}: ${misses.length} misses`, ...misses.map(describe))
  }
  console.log(row('all', totals))
  console.log(`label and caption as expected, of the tables found: ${titles.join(', ')}`)
  if (verbose) console.log(['', ...details].join('\n'))
  console.log(`\nprobed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

if (args[0] === '--write') {
  if (!args[1]) {
    console.error('usage: pdf-table-probe --write <tables.json>')
    process.exit(2)
  }
  const tables = trainingTables().map(({ id, table }) => ({ id, table }))
  writeFileSync(args[1], `${JSON.stringify(tables, null, 1)}\n`)
  console.log(`${tables.length} training tables written to ${args[1]}`)
} else {
  const folder = args.find((arg) => !arg.startsWith('--'))
  if (!folder || !existsSync(folder)) {
    console.error('usage: pdf-table-probe <folder written by fixtures/printed/print_table_probe.py> [--verbose]')
    process.exit(2)
  }
  await score(folder)
}
