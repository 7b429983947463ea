// Where convert's time over bare pdf.js goes, in one thread, in process, after warm-up: the bench's PDFs (the PDF
// fixtures) read in turns as (1) the floor: getTextContent on every page; (2) the floor plus the operator lists
// that `parse` reads (the same pages); (3) `parseToTree`: pdf.js, the inflate guard and the PDF layout; (4) `parse`:
// plus extraction and the record's validation; and (5) the validation alone (`recordSchema.safeParse` of the
// records). Prints milliseconds per round of CPU time of this thread (what the worker thread spends; V8's helper
// threads not included) and of wall time, medians over the rounds.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { parse, parseToTree } from '@ft-answers/parser'
import { recordSchema } from '@ft-answers/schema'
import { loadPdfjs, PDF_LOAD_OPTIONS } from '../packages/parser/dist/input/pdf-load.js'
import { fixtureInputs } from './corpus.js'

/** Rounds of all five, each round over every PDF fixture (`BENCH_BREAKDOWN_ROUNDS`). */
const ROUNDS = Math.max(1, Number(process.env.BENCH_BREAKDOWN_ROUNDS ?? 15))

// As the CLI's workers: pdf.js inflates in the worker's thread (see packages/cli/src/parse-worker.ts).
Reflect.deleteProperty(globalThis, 'DecompressionStream')
const { getDocument } = await loadPdfjs()
const pdfs = fixtureInputs(['pdf'], (name) => name.startsWith('input.') && name.endsWith('.pdf')).map((path) => readFileSync(path))

/** CPU time of this thread in ms (Linux: /proc/thread-self/schedstat, nanoseconds on a CPU). */
function threadCpu() {
  return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
}

// The pages whose operator lists `parse` reads, per document: recorded once by wrapping the page's method.
const opListPages = pdfs.map(() => [])
{
  const probe = await getDocument({ ...PDF_LOAD_OPTIONS, data: new Uint8Array(pdfs[0]) }).promise
  const prototype = Object.getPrototypeOf(await probe.getPage(1))
  await probe.destroy()
  const original = prototype.getOperatorList
  let current = []
  prototype.getOperatorList = function (...args) {
    current.push(this.pageNumber)
    return original.apply(this, args)
  }
  for (const [index, bytes] of pdfs.entries()) {
    current = opListPages[index]
    await parse(bytes)
  }
  prototype.getOperatorList = original
}

/** Every page's text, and the operator lists of `opPages`, as `pdfToTree` reads them. */
async function floor(bytes, opPages = []) {
  const document = await getDocument({ ...PDF_LOAD_OPTIONS, data: new Uint8Array(bytes) }).promise
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    page.getViewport({ scale: 1 })
    await page.getTextContent()
    page.cleanup()
  }
  for (const number of opPages) {
    const page = await document.getPage(number)
    await page.getOperatorList()
    page.cleanup()
  }
  await document.destroy()
}

const records = []
for (const bytes of pdfs) records.push(await parse(bytes))
const sides = {
  floor: async () => {
    for (const bytes of pdfs) await floor(bytes)
  },
  'floor + operator lists': async () => {
    for (const [index, bytes] of pdfs.entries()) await floor(bytes, opListPages[index])
  },
  parseToTree: async () => {
    for (const bytes of pdfs) await parseToTree(bytes)
  },
  parse: async () => {
    for (const bytes of pdfs) await parse(bytes)
  },
  'validation alone': async () => {
    for (const record of records) recordSchema.safeParse(record)
  },
}
const times = Object.fromEntries(Object.keys(sides).map((name) => [name, { cpu: [], wall: [] }]))
for (let round = 0; round < ROUNDS + 2; round++) {
  const names = Object.keys(sides)
  if (round % 2) names.reverse()
  for (const name of names) {
    const cpu = threadCpu()
    const wall = performance.now()
    await sides[name]()
    // The first two rounds warm up.
    if (round >= 2) {
      times[name].cpu.push(threadCpu() - cpu)
      times[name].wall.push(performance.now() - wall)
    }
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const pages = opListPages.reduce((sum, list) => sum + list.length, 0)
console.log(
  `floor-breakdown: ${pdfs.length} PDFs per round (${pages} operator lists read by parse, in ${opListPages.filter((list) => list.length).length} of them), ${ROUNDS} rounds in turns, medians, ms per round`,
)
const base = median(times.parse.cpu)
for (const [name, { cpu, wall }] of Object.entries(times)) {
  console.log(
    `  ${name.padEnd(24)} CPU ${median(cpu).toFixed(0).padStart(5)} (${((100 * median(cpu)) / base).toFixed(0).padStart(3)}% of parse)   wall ${median(wall).toFixed(0).padStart(5)}`,
  )
}
