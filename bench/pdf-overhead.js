// Full parse of each PDF fixture against pdf.js's bare getTextContent over the same files, in one run.
// Prints the time per document and the overhead of layout + extraction as a share of the pdf.js baseline.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parse } from '@ft-answers/parser'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
// The baseline opens documents exactly as ft-answers does (same fonts, CMaps and safety options), so the difference
// is layout and extraction alone. The options are the parser's own constant (internal, hence the built path).
import { PDF_LOAD_OPTIONS } from '../packages/parser/dist/input/pdf-load.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15)
const root = new URL('../fixtures/pdf/', import.meta.url).pathname
const files = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => readFileSync(join(root, entry.name, 'input.pdf')))

async function bare(bytes) {
  const document = await getDocument({ ...PDF_LOAD_OPTIONS, data: new Uint8Array(bytes) }).promise
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    await page.getTextContent()
    page.cleanup()
  }
  await document.destroy()
}

async function full(bytes) {
  await parse(new Uint8Array(bytes))
}

async function time(task) {
  const start = performance.now()
  for (let round = 0; round < ROUNDS; round++) for (const bytes of files) await task(bytes)
  return (performance.now() - start) / (ROUNDS * files.length)
}

// Warm up both paths (module loading, JIT), then alternate to share machine noise.
await time(bare)
await time(full)
const baseline = []
const measured = []
for (let repeat = 0; repeat < 3; repeat++) {
  baseline.push(await time(bare))
  measured.push(await time(full))
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const base = median(baseline)
const ours = median(measured)
console.log(`pdf: ${files.length} fixtures × ${ROUNDS} rounds × 3`)
console.log(`  pdf.js getTextContent (baseline): ${base.toFixed(2)} ms/document`)
console.log(`  ft-answers parse (full):          ${ours.toFixed(2)} ms/document`)
console.log(`  layout + extraction overhead:     ${(((ours - base) / base) * 100).toFixed(1)}% of the baseline (target < 50%)`)
