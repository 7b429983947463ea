// Our PDF reading measured in place: `pdfToTree`'s steps (packages/parser/src/input/pdf.ts) repeated here with
// each step timed by this thread's CPU clock, over the PDF fixtures, after warm-up, in rounds — beside the same
// steps on pdf.js's output read once ("alone"). What `floor-breakdown`'s parseToTree stage adds over the floor
// and its operator lists, split into parts (docs/batch.md, "What parseToTree adds"). Keep the steps in the order
// pdfToTree runs them; the records are not checked here (the fixtures' tests do that).
import { readFileSync } from 'node:fs'
import { loadPdfjs, PDF_LOAD_OPTIONS } from '../packages/parser/dist/input/pdf-load.js'
import { buildTree } from '../packages/parser/dist/layout/blocks.js'
import { FIGURE_LABEL } from '../packages/parser/dist/layout/markers.js'
import { mayHaveDrawnBullets, withDrawnBullets } from '../packages/parser/dist/layout/pdf/bullets.js'
import { layoutPdf } from '../packages/parser/dist/layout/pdf/layout.js'
import { toLines } from '../packages/parser/dist/layout/pdf/lines.js'
import { rulesFromOperatorList } from '../packages/parser/dist/layout/pdf/rules.js'
import { toRuns } from '../packages/parser/dist/layout/pdf/runs.js'
import { withTextTables } from '../packages/parser/dist/layout/pdf/text-tables.js'
import { assignRoles } from '../packages/parser/dist/layout/roles.js'
import { isLayoutTable } from '../packages/parser/dist/tree.js'
import { fixtureInputs } from './corpus.js'

/** Rounds after two of warm-up (`BENCH_STAGES_ROUNDS`). */
const ROUNDS = Math.max(1, Number(process.env.BENCH_STAGES_ROUNDS ?? 15))

// As the CLI's workers: pdf.js inflates in the worker's thread (see packages/cli/src/parse-worker.ts).
Reflect.deleteProperty(globalThis, 'DecompressionStream')
const { getDocument, OPS } = await loadPdfjs()
const pdfs = fixtureInputs(['pdf'], (name) => name.startsWith('input.') && name.endsWith('.pdf')).map((path) => readFileSync(path))

/** CPU time of this thread in ms (Linux: /proc/thread-self/schedstat, nanoseconds on a CPU). */
function threadCpu() {
  return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
}

/** CPU ms per part and marks charged to it, over a round; `mark(part)` charges the time since the last mark to `part`. */
let parts = {}
let counts = {}
let last = 0
function mark(part) {
  const now = threadCpu()
  if (part) {
    parts[part] = (parts[part] ?? 0) + now - last
    counts[part] = (counts[part] ?? 0) + 1
  }
  last = now
}

/** The layout's steps after the pages are read: `read(number)` gives a page's drawn rules. */
async function layoutSteps(pages, boxes, read, timed) {
  const step = timed ? mark : () => undefined
  for (const [index, lines] of pages.entries()) {
    if (!mayHaveDrawnBullets(lines)) continue
    step('drawn bullets')
    const rules = await read(index + 1)
    step('pdf.js: operator lists')
    pages[index] = withDrawnBullets(lines, rules.marks)
  }
  step('drawn bullets')
  const rules = new Map()
  let { items, uncertainPages } = layoutPdf({ pages, boxes, rules })
  step('layoutPdf')
  if (uncertainPages.size > 0) {
    for (const number of uncertainPages) rules.set(number, await read(number))
    step('pdf.js: operator lists')
    ;({ items } = layoutPdf({ pages, boxes, rules }))
    step('layoutPdf again (lattice)')
  }
  assignRoles(items.filter((item) => !isLayoutTable(item)))
  step('roles')
  const tree = buildTree(withTextTables(items))
  step('text tables and block tree')
  for (const [index, lines] of pages.entries()) {
    if (!lines.some((line) => FIGURE_LABEL.test(line.text))) continue
    step('figures')
    await read(index + 1)
    step('pdf.js: operator lists')
  }
  step('figures')
  return tree
}

/** One document as pdfToTree reads it, each step timed. */
async function inPlace(bytes) {
  mark()
  const document = await getDocument({ ...PDF_LOAD_OPTIONS, data: new Uint8Array(bytes) }).promise
  mark('pdf.js: open and destroy')
  const drawn = new Map()
  const read = async (number) => {
    if (!drawn.has(number)) {
      const page = await document.getPage(number)
      drawn.set(number, rulesFromOperatorList(await page.getOperatorList(), OPS))
      page.cleanup()
    }
    return drawn.get(number)
  }
  const pages = []
  const boxes = []
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const viewport = page.getViewport({ scale: 1 })
    const [x0 = 0, y0 = 0, x1 = viewport.width, y1 = viewport.height] = page.view
    boxes.push({ page: number, width: x1 - x0, height: y1 - y0 })
    const content = await page.getTextContent()
    page.cleanup()
    mark('pdf.js: text')
    pages.push(toLines(number, toRuns(content.items)))
    mark('runs and lines')
  }
  await layoutSteps(pages, boxes, read, true)
  await document.destroy()
  mark('pdf.js: open and destroy')
}

// pdf.js's output read once, for the same steps alone.
const read = []
for (const bytes of pdfs) {
  const document = await getDocument({ ...PDF_LOAD_OPTIONS, data: new Uint8Array(bytes) }).promise
  const doc = { items: [], boxes: [], drawn: new Map() }
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const viewport = page.getViewport({ scale: 1 })
    const [x0 = 0, y0 = 0, x1 = viewport.width, y1 = viewport.height] = page.view
    doc.boxes.push({ page: number, width: x1 - x0, height: y1 - y0 })
    doc.items.push((await page.getTextContent()).items)
    doc.drawn.set(number, rulesFromOperatorList(await page.getOperatorList(), OPS))
    page.cleanup()
  }
  await document.destroy()
  read.push(doc)
}
async function alone() {
  for (const doc of read) {
    const pages = doc.items.map((items, index) => toLines(index + 1, toRuns(items)))
    await layoutSteps(pages, doc.boxes, async (number) => doc.drawn.get(number), false)
  }
}

// The cost of one clock read, taken off each part per mark charged to it.
const probe = threadCpu()
for (let index = 0; index < 1000; index++) threadCpu()
const perMark = (threadCpu() - probe) / 1001

const inPlaceRounds = []
const aloneRounds = []
for (let round = 0; round < ROUNDS + 2; round++) {
  parts = {}
  counts = {}
  for (const bytes of pdfs) await inPlace(bytes)
  const start = threadCpu()
  await alone()
  if (round < 2) continue
  inPlaceRounds.push(Object.fromEntries(Object.entries(parts).map(([part, ms]) => [part, ms - perMark * counts[part]])))
  aloneRounds.push(threadCpu() - start)
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
console.log(
  `pdf-stages: ${pdfs.length} PDFs per round, ${ROUNDS} rounds, ms of thread CPU per round (medians; ${(perMark * 1000).toFixed(0)} µs per clock read taken off)`,
)
let ours = 0
for (const part of Object.keys(inPlaceRounds[0])) {
  const ms = median(inPlaceRounds.map((round) => round[part] ?? 0))
  if (!part.startsWith('pdf.js')) ours += ms
  console.log(`  ${part.padEnd(28)} ${ms.toFixed(1).padStart(7)}`)
}
console.log(`  ${'ours in place, in all'.padEnd(28)} ${ours.toFixed(1).padStart(7)}`)
console.log(`  ${'ours alone (output read once)'.padEnd(28)} ${median(aloneRounds).toFixed(1).padStart(7)}`)
