#!/usr/bin/env node
/**
 * `node packages/parser/scripts/table-variants.js [--verbose] [--lines] [<fixture name>]`: metamorphic table test.
 * Each training table the parser reads cell-exact is written out again the ways text renditions set a table
 * (`renditions`): the same cells row by row or column by column (or the header, all the row labels, then the values
 * column by column), long text cells wrapped onto two lines or not, one cell a line or a row a line (aligned as `pdftotext -layout` sets it, or apart by tabs), a
 * blank line between rows or none, thousands separators dropped, the label and caption on one line or two, above the
 * table or under it, the source line right after the last row or after a blank line. Each variant is set in a
 * made-up letter and parsed; a careful reader reads the same cells in every one, so the parser should too. Prints,
 * per rendition, how many tables came back `exact`, `transposed` (flagged: counts cannot tell a table listed column
 * by column from its transpose), `wrong` (flagged), `silent` (wrong with no warning: the worst), `lost` (found, no
 * cells: flagged) or `missing`; with `--verbose` each miss, with `--lines` (or the fixture's name) its lines. The
 * check set is never read (`realCases`, `!check`).
 *
 * The variants are built from the expectation's cells (written by hand), never from the parser's reading. A
 * rendition that sets cells one a line drops empty cells, as renditions do, so tables with empty body cells are
 * left out of those.
 */
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { parse, parseAll } from '../dist/index.js'
import { realCases, tableGrid, tableOutcome } from './score.js'

const args = new Set(process.argv.slice(2))

/** A made-up letter around the table: BEU's 2020s layout, the table in the answer, prose after it. */
function letter(tableLines) {
  return [
    'Beskæftigelsesudvalget 2020-21',
    'BEU Alm.del',
    'Offentligt',
    'Folketingets Beskæftigelsesudvalg',
    'Christiansborg',
    '1240 København K',
    'Beskæftigelsesudvalget har den 3. november 2020 stillet følgende spørgsmål nr. 134 (alm. del) efter ønske',
    'fra Marlene Ambo-Rasmussen (V) til beskæftigelsesministeren, som hermed besvares.',
    'Spørgsmål nr. 134:',
    'Vil ministeren oplyse, hvordan tallene har udviklet sig?',
    'Svar:',
    'Ministeriet har til brug for besvarelsen indhentet et bidrag fra Danmarks Statistik, som det fremgår af',
    'tabellen nedenfor.',
    ...tableLines,
    'Som det fremgår af tabellen, er tallene opgjort på det senest tilgængelige grundlag, og de kan derfor afvige fra',
    'tidligere offentliggjorte opgørelser.',
    'Med venlig hilsen',
    'Peter Hummelgaard',
    'Side 1 af 1',
  ].join('\n')
}

/** The table's label and caption lines, as one line (`Tabel 1: Caption`) or two. */
function captionLines(table, joined) {
  if (!table.label) return table.caption ? [table.caption] : []
  if (!table.caption) return [table.label]
  return joined ? [`${table.label}: ${table.caption}`] : [table.label, table.caption]
}

/** The lines after the table: its notes (`Anm.:`) and source (`Kilde:`), blank-separated or not. */
function afterLines(table, blank) {
  const lines = []
  for (const note of table.notes ?? []) lines.push(/^(?:Anm|Note)/u.test(note) ? note : `Anm.: ${note}`)
  lines.push(`Kilde: ${table.source ?? 'Danmarks Statistik'}`)
  return blank ? ['', ...lines] : lines
}

/** One cell a line, row by row; empty cells dropped (renditions drop them). */
const rowMajor = (cells, blankRows) =>
  cells.flatMap((row, at) => [...(blankRows && at > 0 ? [''] : []), ...row.filter((cell) => cell !== '')])

/** One cell a line, column by column: each column's heading, then its cells. */
const columnMajor = (cells) => cells[0].flatMap((_, column) => cells.map((row) => row[column]).filter((cell) => cell !== ''))

/** The header's cells, all the row labels, then the values column by column (`Tabel 12` / years / labels / values). */
function labelsThenValues(cells) {
  const [header, ...rows] = cells
  const values = header.slice(1).flatMap((_, column) => rows.map((row) => row[column + 1]))
  return [...header, ...rows.map((row) => row[0]), ...values].filter((cell) => cell !== '')
}

/** A row a line, its cells joined by `gap` (a tab: a table copied from a word processor). */
const rowLines = (cells, gap, blankRows) => cells.flatMap((row, at) => [...(blankRows && at > 0 ? [''] : []), row.join(gap)])

/** Spaces between two columns in `pdftotext -layout` text. */
const LAYOUT_GAP = '   '

/**
 * A row a line as `pdftotext -layout` sets it: each column as wide as its widest cell, the label column flush left,
 * the others flush right, runs of spaces between.
 */
function alignedLines(cells, blankRows) {
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)))
  const line = (row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join(LAYOUT_GAP)
      .trimEnd()
  return cells.flatMap((row, at) => [...(blankRows && at > 0 ? [''] : []), line(row)])
}

/** `12.345` → `12345` (thousands separators dropped); a value's number stays the same. */
const THOUSANDS = /^(-?\d{1,3})((?:\.\d{3})+)(,\d+)?$/u
const dropThousands = (raw) => {
  const match = THOUSANDS.exec(raw)
  return match ? `${match[1]}${match[2].replaceAll('.', '')}${match[3] ?? ''}` : raw
}

/** A text cell longer than this wraps onto two lines in a narrow column. */
const WRAP_AT = 24

/** A long text cell as two lines, broken at the space nearest its middle (`Socialpædagogisk støtte i` / `botilbudslignende tilbud`). */
function wrapped(cell) {
  if (cell.length <= WRAP_AT || !/\p{L}/u.test(cell)) return [cell]
  const middle = cell.length / 2
  let best = -1
  for (let at = cell.indexOf(' '); at !== -1; at = cell.indexOf(' ', at + 1)) {
    if (best === -1 || Math.abs(at - middle) < Math.abs(best - middle)) best = at
  }
  return best === -1 ? [cell] : [cell.slice(0, best), cell.slice(best + 1)]
}

/** A value column's heading wider than this wraps in its narrow column (`Antal personer` / `udvist ved dom`). */
const HEADING_WIDTH = 14

/** A heading as the lines a narrow column sets it on: words filled up to `HEADING_WIDTH` characters. */
function narrowLines(cell) {
  const lines = []
  for (const word of cell.split(' ')) {
    const last = lines.length - 1
    if (last >= 0 && lines[last].length + 1 + word.length <= HEADING_WIDTH) lines[last] = `${lines[last]} ${word}`
    else lines.push(word)
  }
  return lines
}

/** One cell a line, row by row, the value columns' headings wrapped in their narrow columns. */
const headingsWrapped = (cells) => [
  ...cells[0].flatMap((cell, column) => (column === 0 ? [cell] : narrowLines(cell))).filter((cell) => cell !== ''),
  ...rowMajor(cells.slice(1), false),
]

/** One cell a line, column by column, each value column's heading wrapped in its narrow column. */
const columnMajorHeadingsWrapped = (cells) =>
  cells[0].flatMap((_, column) =>
    cells.flatMap((row, at) => (at === 0 && column > 0 ? narrowLines(row[column]) : [row[column]])).filter((cell) => cell !== ''),
  )

/**
 * A row a line as `pdftotext -layout` sets it, the header over as many lines as its tallest wrapped heading, each
 * heading's lines set at the foot of its column (a Word table's headings stand on the row's baseline).
 */
function alignedHeadingsWrapped(cells) {
  const stacks = cells[0].map((cell, column) => (column === 0 ? [cell] : narrowLines(cell)))
  const height = Math.max(...stacks.map((stack) => stack.length))
  const padded = stacks.map((stack) => [...Array(height - stack.length).fill(''), ...stack])
  const header = Array.from({ length: height }, (_, line) => padded.map((stack) => stack[line]))
  const widths = cells[0].map((_, column) => Math.max(...[...header, ...cells.slice(1)].map((row) => (row[column] ?? '').length)))
  const line = (row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join(LAYOUT_GAP)
      .trimEnd()
  return [...header, ...cells.slice(1)].map(line)
}

/**
 * A row a line as `pdftotext -layout` sets it, a long row label wrapped onto two lines in its column (`Socialpædagogisk
 * støtte i` / `botilbudslignende tilbud`), the values on the label's first line (`valuesLast`: on its last, as a cell
 * set at the row's foot).
 */
function alignedLabelsWrapped(cells, valuesLast) {
  const split = cells.map((row, at) => (at === 0 ? [row[0]] : wrapped(row[0])))
  const widths = cells[0].map((_, column) =>
    Math.max(...cells.map((row, at) => (column === 0 ? Math.max(...split[at].map((part) => part.length)) : (row[column] ?? '').length))),
  )
  const line = (row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join(LAYOUT_GAP)
      .trimEnd()
  return cells.flatMap((row, at) => {
    const labels = split[at]
    if (labels.length === 1) return [line(row)]
    const empty = row.slice(1).map(() => '')
    return valuesLast
      ? [line([labels[0], ...empty]), line([labels[1], ...row.slice(1)])]
      : [line([labels[0], ...row.slice(1)]), line([labels[1], ...empty])]
  })
}

/** Danish number text with `decimals` decimals and thousands points (`1.234,5`). */
function danish(number, decimals) {
  const [whole, fraction] = Math.abs(number).toFixed(decimals).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/gu, '.')
  return `${number < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`
}

/** Decimals a raw number text shows (`12,50` → 2). */
const decimalsOf = (raw) => /,(\d+)/u.exec(raw)?.[1].length ?? 0

/**
 * The table with a totals row added (`I alt`): each column whose cells are all plain numbers summed, written as its
 * cells are; other columns left empty. Undefined where no column sums or the table already ends in totals.
 */
function withTotals(table) {
  const last = table.rows.at(-1)?.[0]?.raw ?? ''
  if (/^(?:i alt|total|alle)/iu.test(last)) return undefined
  const columns = table.header.length
  const totals = [{ raw: 'I alt', value: null }]
  let summed = 0
  for (let column = 1; column < columns; column++) {
    const cells = table.rows.map((row) => row[column])
    const plain = cells.every((cell) => typeof cell?.value === 'number' && /^-?[\d.]+(?:,\d+)?$/u.test(cell.raw))
    if (!plain) {
      totals.push({ raw: '', value: null })
      continue
    }
    const decimals = Math.max(...cells.map((cell) => decimalsOf(cell.raw)))
    const sum = Number(cells.reduce((total, cell) => total + cell.value, 0).toFixed(decimals))
    totals.push({ raw: danish(sum, decimals), value: sum })
    summed++
  }
  return summed === 0 ? undefined : { ...table, rows: [...table.rows, totals] }
}

/** The table with each column of shares (a heading with `pct.`, `%` or `andel`) printed with its unit (`12,3 pct.`). */
function withPercentUnits(table) {
  const shares = table.header.map((heading, column) => column > 0 && /pct|%|andel/iu.test(heading))
  if (!shares.some(Boolean)) return undefined
  const unit = (cell, column) =>
    shares[column] && typeof cell.value === 'number' && /^-?[\d.]+(?:,\d+)?$/u.test(cell.raw) ? { ...cell, raw: `${cell.raw} pct.` } : cell
  return { ...table, rows: table.rows.map((row) => row.map(unit)) }
}

/** The renditions: each a name, the table's body lines from its cells, and how its expectation changes. */
const renditions = [
  { name: 'row-major, cell a line', body: (cells) => rowMajor(cells, false) },
  { name: 'row-major, blank between rows', body: (cells) => rowMajor(cells, true) },
  { name: 'column-major, cell a line', body: columnMajor },
  { name: 'labels, then values by column', body: labelsThenValues },
  { name: 'row-major, long cells wrapped', body: (cells) => rowMajor(cells, false).flatMap(wrapped) },
  { name: 'column-major, long cells wrapped', body: (cells) => columnMajor(cells).flatMap(wrapped) },
  { name: 'row a line, aligned (pdftotext -layout)', body: (cells) => alignedLines(cells, false), full: true },
  { name: 'row a line, aligned, blank between rows', body: (cells) => alignedLines(cells, true), full: true },
  { name: 'row a line, tabs', body: (cells) => rowLines(cells, '\t', false), full: true },
  { name: 'caption on the label line', body: (cells) => rowMajor(cells, false), joined: true },
  { name: 'label and caption under the table', body: (cells) => rowMajor(cells, false), joined: true, captionAfter: true },
  { name: 'source after a blank line', body: (cells) => rowMajor(cells, false), blankBefore: true },
  { name: 'no thousands separators', body: (cells) => rowMajor(cells, false), raw: dropThousands },
  { name: 'headings wrapped, cell a line', body: headingsWrapped },
  { name: 'headings wrapped, aligned', body: alignedHeadingsWrapped, full: true },
  { name: 'long labels wrapped, aligned', body: (cells) => alignedLabelsWrapped(cells, false), full: true },
  { name: 'long labels wrapped, values last', body: (cells) => alignedLabelsWrapped(cells, true), full: true },
  { name: 'totals row added, cell a line', body: (cells) => rowMajor(cells, false), table: withTotals },
  { name: 'column-major, headings wrapped', body: columnMajorHeadingsWrapped },
  { name: 'totals row added, column-major', body: columnMajor, table: withTotals },
  { name: 'totals row added, labels then values', body: labelsThenValues, table: withTotals },
  { name: 'totals row added, aligned', body: (cells) => alignedLines(cells, false), table: withTotals, full: true },
  { name: 'shares with their unit (pct.)', body: (cells) => rowMajor(cells, false), table: withPercentUnits },
]

const gridOf = tableGrid

/** The expectation under a rendition that rewrites raw texts: raws rewritten, values kept. */
function rewritten(table, raw) {
  if (!raw) return table
  return { ...table, rows: table.rows.map((row) => row.map((cell) => ({ ...cell, raw: raw(cell.raw) }))) }
}

const tables = []
for (const fixture of realCases(['real']).filter((c) => !c.check)) {
  for (const expected of fixture.expected.records ?? [fixture.expected]) {
    for (const table of expected.answer?.tables ?? []) tables.push({ name: fixture.name, table, input: fixture.input })
  }
}

/** The training tables the parser reads cell-exact from their own documents: the base of every variant. */
const exact = []
for (const entry of tables) {
  const records = await parseAll(readFileSync(entry.input), { path: entry.input })
  const got = records.flatMap((record) => record.answer.tables)
  if (got.some((table) => isDeepStrictEqual(table.header, entry.table.header) && isDeepStrictEqual(table.rows, entry.table.rows)))
    exact.push(entry)
}

const OUTCOMES = ['exact', 'transposed', 'wrong', 'silent', 'lost', 'missing']
const totals = Object.fromEntries(OUTCOMES.map((name) => [name, 0]))
console.log(`${exact.length} of ${tables.length} training tables read cell-exact: the bases`)
console.log(`${'rendition'.padEnd(42)}${OUTCOMES.map((name) => name.padStart(11)).join('')}`)
for (const rendition of renditions) {
  const counts = Object.fromEntries(OUTCOMES.map((name) => [name, 0]))
  const misses = []
  for (const { name, table } of exact) {
    // A rendition that changes the table (a totals row added, dashes for empty cells) applies where it can.
    const changed = rendition.table ? rendition.table(table) : table
    if (!changed) continue
    const want = rewritten(changed, rendition.raw)
    // A one-cell-a-line rendition drops empty cells: a body cell left empty cannot be placed from text.
    if (!rendition.full && want.rows.some((row) => row.some((cell) => cell.raw === ''))) continue
    const caption = captionLines(want, rendition.joined)
    const body = rendition.body(gridOf(want))
    const after = afterLines(want, rendition.blankBefore)
    const lines = rendition.captionAfter ? [...body, ...caption, ...after] : [...caption, ...body, ...after]
    const record = await parse(letter(lines))
    const result = tableOutcome(record, want)
    counts[result]++
    totals[result]++
    if (result !== 'exact' && result !== 'transposed') misses.push({ name, lines, result, got: record.answer.tables[0] })
  }
  console.log(`${rendition.name.padEnd(42)}${OUTCOMES.map((name) => String(counts[name]).padStart(11)).join('')}`)
  if (args.has('--verbose')) {
    for (const miss of misses) {
      const shape = miss.got ? ` (${miss.got.header.length} columns, ${miss.got.rows.length} rows)` : ''
      console.log(`  ${miss.name}: ${miss.result}${shape}`)
      if (args.has('--lines') || args.has(miss.name)) console.log(miss.lines.map((line) => `    | ${line}`).join('\n'))
    }
  }
}
console.log(`${'all'.padEnd(42)}${OUTCOMES.map((name) => String(totals[name]).padStart(11)).join('')}`)
