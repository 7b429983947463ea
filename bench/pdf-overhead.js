// Full parse of each PDF fixture against pdf.js's bare getTextContent over the same files, in one run.
// Prints the time per document and the overhead of layout + extraction as a share of the pdf.js baseline.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parse } from '@ft-answers/parser'
// The baseline opens documents exactly as ft-answers does (same fonts, CMaps and safety options), so the difference
// is layout and extraction alone. The options are the parser's own constant (internal, hence the built path), and
// pdf.js comes through the parser's loader, which puts back the built-ins pdf.js's core-js replaces: imported
// directly first, pdf.js would leave both sides with core-js's slower push and JSON.
import { loadPdfjs, PDF_LOAD_OPTIONS } from '../packages/parser/dist/input/pdf-load.js'

const { getDocument } = await loadPdfjs()

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15)
const root = new URL('../fixtures/pdf/', import.meta.url).pathname
// Every PDF fixture: the LibreOffice letters (input.pdf) and the same letters printed by Chromium.
const files = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(join(root, entry.name))
      .filter((name) => name.startsWith('input.') && name.endsWith('.pdf'))
      .map((name) => readFileSync(join(root, entry.name, name))),
  )

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

/** One round: every file through both paths, document by document, the order swapped every round. */
async function round(index) {
  let bareMs = 0
  let fullMs = 0
  for (const bytes of files) {
    for (const path of index % 2 ? ['full', 'bare'] : ['bare', 'full']) {
      const start = performance.now()
      await (path === 'bare' ? bare(bytes) : full(bytes))
      if (path === 'bare') bareMs += performance.now() - start
      else fullMs += performance.now() - start
    }
  }
  return { bare: bareMs / files.length, full: fullMs / files.length }
}

// Warm up both paths (module loading, JIT), then measure them side by side, document by document, so that the
// machine's slow drifts (±15% here) fall on both alike; the overhead is the median of the rounds' ratios.
for (let index = 0; index < 3; index++) await round(index)
const rounds = []
for (let index = 0; index < ROUNDS; index++) rounds.push(await round(index))
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length / 2
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2
}
const base = median(rounds.map((each) => each.bare))
const ours = median(rounds.map((each) => each.full))
const overhead = median(rounds.map((each) => each.full / each.bare - 1))
console.log(
  `pdf: ${files.length} PDFs (the LibreOffice and the Chromium letters) × ${ROUNDS} rounds, each document through both paths in turn`,
)
console.log(`  pdf.js getTextContent (baseline): ${base.toFixed(2)} ms/document`)
console.log(`  ft-answers parse (full):          ${ours.toFixed(2)} ms/document`)
console.log(`  layout + extraction overhead:     ${(overhead * 100).toFixed(1)}% of the baseline (target < 50%)`)
