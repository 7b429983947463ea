// The floor: `convert` against bare pdf.js text extraction over the same PDFs, with the same number of worker
// processes, at one worker and at the machine's cores, whole runs each (worker start-up, pool, output included),
// the two sides in turns; then text input on one thread through `parse`. Prints documents/s and convert/bare.

import { fork } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { runConvert } from '@ft-answers/cli'
import { parse } from '@ft-answers/parser'
import { DEFAULT_MAX_MEMORY_MB } from '../packages/cli/dist/defaults.js'
import { copyCorpus, fixtureInputs } from './corpus.js'

/** PDFs per run: the fixtures copied round-robin (`BENCH_DOCS=900` for the record in docs/batch.md). */
const DOCUMENTS = Number(process.env.BENCH_DOCS ?? 300)
/** Rounds of both sides at each worker count; the ratio is the median of the rounds' ratios. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_FLOOR_ROUNDS ?? 3))
/** Text documents parsed, after one warm-up pass over the fixtures. */
const TEXT_DOCUMENTS = Number(process.env.BENCH_TEXT_DOCS ?? 2000)
/** As the CLI's pool: each worker holds the input it reads and the next one. */
const TASKS_PER_WORKER = 2
const CORES = availableParallelism()
const WORKERS = [...new Set([1, CORES])]

// Every PDF fixture: the LibreOffice letters (input.pdf) and the same letters printed by Chromium.
const pdfs = fixtureInputs(['pdf'], (name) => name.startsWith('input.') && name.endsWith('.pdf'))
const texts = fixtureInputs(['real'], (name) => name === 'input.txt').map((path) => readFileSync(path, 'utf8'))

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length / 2
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** `count` copies of the PDF fixtures in a temporary folder; the paths in the order both sides read them. */
function corpus(count) {
  const folder = mkdtempSync(join(tmpdir(), 'ft-answers-floor-'))
  return { folder, paths: copyCorpus(pdfs, count, folder) }
}

/** Bare pdf.js: `jobs` fresh worker processes (the CLI's heap limit), each fed its next file as it finishes one. */
async function bare(paths, jobs) {
  const started = performance.now()
  const workers = []
  let next = 0
  let done = 0
  try {
    await new Promise((resolve, reject) => {
      for (let index = 0; index < jobs; index++) {
        const worker = fork(fileURLToPath(new URL('./floor-worker.js', import.meta.url)), [], {
          execArgv: [`--max-old-space-size=${DEFAULT_MAX_MEMORY_MB}`],
          serialization: 'advanced',
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        })
        workers.push(worker)
        const feed = () => {
          if (next < paths.length) worker.send(paths[next++])
        }
        worker.on('error', reject)
        worker.on('exit', (code) => {
          if (done < paths.length) reject(new Error(`a floor worker exited with code ${code}`))
        })
        worker.on('message', () => {
          if (++done === paths.length) resolve()
          feed()
        })
        for (let slot = 0; slot < TASKS_PER_WORKER; slot++) feed()
      }
    })
  } finally {
    await Promise.all(
      workers.map((worker) => {
        const exited = new Promise((resolve) =>
          worker.exitCode === null && worker.signalCode === null ? worker.once('exit', resolve) : resolve(),
        )
        worker.kill('SIGKILL')
        return exited
      }),
    )
  }
  return paths.length / ((performance.now() - started) / 1000)
}

/** `convert --jobs N` over the same folder, as the command runs it, to a JSONL file: documents/s. */
async function convert(folder, jobs) {
  const out = `${folder}-${jobs}.jsonl`
  const started = performance.now()
  const summary = await runConvert({ paths: [folder], out, format: 'jsonl', resume: false, quiet: true, jobs }, process.stderr)
  const seconds = (performance.now() - started) / 1000
  rmSync(out, { force: true })
  if (summary.failed > 0) throw new Error(`convert failed on ${summary.failed} of the bench's PDFs`)
  return (summary.parsed + summary.failed) / seconds
}

/**
 * `parse` of one text, a refusal (a typed error: the real fixtures hold question letters and other documents that are
 * no answer, `E_NOT_AN_ANSWER`) counted as done, as `convert` counts a failed file.
 */
async function parseText(text) {
  try {
    await parse(text)
  } catch (error) {
    if (!error?.code) throw error
  }
}

/** Rounds of text input: the first shows the JIT still warming up, the later ones the rate a long batch runs at. */
const TEXT_ROUNDS = 3

/**
 * Text input through `parse` in this thread: one pass over the fixtures, then `TEXT_ROUNDS` rounds of
 * `TEXT_DOCUMENTS` each (documents/s per round). V8 is still compiling through the first round or two (~530/s, then
 * ~900/s, then ~1,100/s measured on one quiet machine), so the last round is the rate of a batch of thousands.
 */
async function textRates() {
  for (const text of texts) await parseText(text)
  const rates = []
  for (let round = 0; round < TEXT_ROUNDS; round++) {
    const started = performance.now()
    for (let index = 0; index < TEXT_DOCUMENTS; index++) await parseText(texts[index % texts.length])
    rates.push(TEXT_DOCUMENTS / ((performance.now() - started) / 1000))
  }
  return rates
}

const { folder, paths } = corpus(DOCUMENTS)
try {
  // Warm-up: the main thread's own modules (the CLI, its writers) and the file cache, one small run each side.
  const few = paths.slice(0, pdfs.length)
  await bare(few, 1)
  const warm = join(folder, '..', `${folder.split('/').at(-1)}-warm`)
  mkdirSync(warm)
  for (const path of few) copyFileSync(path, join(warm, path.split('/').at(-1)))
  await convert(warm, 1)
  rmSync(warm, { recursive: true, force: true })

  // The machine's speed drifts by ±15% within minutes, so the two sides alternate (bare, convert, convert, bare…)
  // and each round's ratio pairs runs made moments apart.
  const runs = Object.fromEntries(WORKERS.map((jobs) => [jobs, { bare: [], convert: [] }]))
  for (let round = 0; round < ROUNDS; round++) {
    for (const jobs of WORKERS) {
      for (const side of round % 2 ? ['convert', 'bare'] : ['bare', 'convert']) {
        runs[jobs][side].push(side === 'bare' ? await bare(paths, jobs) : await convert(folder, jobs))
      }
    }
  }
  const text = await textRates()

  const list = (rates) => rates.map((rate) => rate.toFixed(1)).join(', ')
  console.log(
    `floor: ${DOCUMENTS} PDFs (copies of ${pdfs.length} fixtures), ${ROUNDS} round(s) in turns, whole runs, medians; ${CORES} cores`,
  )
  for (const jobs of WORKERS) {
    const { bare: floor, convert: ours } = runs[jobs]
    const ratio = median(ours.map((rate, index) => rate / floor[index]))
    console.log(
      `  ${jobs} worker(s): bare pdf.js ${median(floor).toFixed(1)} documents/s (${list(floor)}), convert ${median(ours).toFixed(1)} (${list(ours)}): convert/bare ${ratio.toFixed(2)} (target ≥ 0.90)`,
    )
  }
  console.log(
    `text: ${TEXT_ROUNDS} × ${TEXT_DOCUMENTS} documents (${texts.length} real fixtures' input.txt, repeated), parse in one thread: ${list(text)} documents/s by round; warmed up ${(text.at(-1) ?? 0).toFixed(0)} (target ≥ 1,000)`,
  )
} finally {
  rmSync(folder, { recursive: true, force: true })
}
