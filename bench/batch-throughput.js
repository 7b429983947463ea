// Batch throughput at 1 and 2 workers on a generated corpus (copies of the fixtures), and peak RSS at 500 and
// 2,000 documents — each run in its own process, all in this run, printed as ratios of medians.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { copyCorpus, fixtureInputs } from './corpus.js'

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 2000)
const SMALL = Math.round(DOCUMENTS / 4)
/** The workers' heap limit (`--max-memory`, MB); empty: the CLI's default. */
const MAX_MEMORY = process.env.BENCH_MAX_MEMORY ?? ''
const sources = fixtureInputs(['pdf', 'seeds', 'answers', 'questions', 'html', 'markdown'])

function corpus(count) {
  const folder = mkdtempSync(join(tmpdir(), `ft-answers-bench-${count}-`))
  copyCorpus(sources, count, folder, 500)
  return folder
}

function measure(folder, jobs) {
  const out = join(folder, '..', `${folder.split('/').at(-1)}-${jobs}.jsonl`)
  const result = JSON.parse(
    execFileSync(process.execPath, [new URL('./batch-child.js', import.meta.url).pathname, folder, out, String(jobs), MAX_MEMORY], {
      encoding: 'utf8',
    }),
  )
  rmSync(out, { force: true })
  return result
}

/** This machine's timings wander by ±15% from run to run, so 1 and 2 workers are measured in turns (1, 2, 2, 1, …). */
const ROUNDS = Math.max(1, Number(process.env.BENCH_BATCH_ROUNDS ?? 2))
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length / 2
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2
}

const large = corpus(DOCUMENTS)
const small = corpus(SMALL)
try {
  const runs = { 1: [], 2: [] }
  for (let round = 0; round < ROUNDS; round++) {
    for (const jobs of round % 2 ? [2, 1] : [1, 2]) runs[jobs].push(measure(large, jobs))
  }
  const smallTwo = measure(small, 2)
  const rate = (run) => run.documents / run.seconds
  const summary = (jobs) => {
    const rates = runs[jobs].map(rate)
    const busy = median(runs[jobs].map((run) => run.cpu))
    return {
      rate: median(rates),
      busy,
      text: `${median(rates).toFixed(1)} documents/s (runs: ${rates.map((value) => value.toFixed(1)).join(', ')}; ${busy.toFixed(2)} cores busy)`,
    }
  }
  const one = summary(1)
  const two = summary(2)
  console.log(
    `batch: ${DOCUMENTS} documents (copies of ${sources.length} fixtures: PDF, text, HTML, Markdown), ${ROUNDS} round(s), medians${MAX_MEMORY ? `, --max-memory ${MAX_MEMORY}` : ''}`,
  )
  console.log(`  1 worker:  ${one.text}`)
  console.log(`  2 workers: ${two.text}`)
  console.log(`  2 vs 1 workers: ${(two.rate / one.rate).toFixed(2)}× (the measure to meet is \`pnpm bench floor\`'s ratio)`)
  console.log(
    `  the ceiling on ${availableParallelism()} cores is ${(availableParallelism() / one.busy).toFixed(2)}×: one worker already keeps ${one.busy.toFixed(2)} cores busy (V8's optimising compiler runs on background threads)`,
  )
  for (const jobs of [1, 2]) {
    const split = runs[jobs][0]?.threads
    if (!split) continue
    const share = (value) => `${((value / split.workers) * 100).toFixed(0)}%`
    console.log(
      `  CPU, ${jobs} worker(s), first run: worker processes ${split.workers.toFixed(1)} s (their V8 helper threads included); the main process's other threads (V8 compiler and GC, libuv) ${split.helpers.toFixed(1)} s = ${share(split.helpers)} of the workers'; its main thread ${split.main.toFixed(1)} s = ${share(split.main)}`,
    )
  }
  const largeTwo = median(runs[2].map((run) => run.maxRssMb))
  console.log(`  peak RSS, 2 workers: ${smallTwo.maxRssMb.toFixed(0)} MB at ${SMALL} documents, ${largeTwo.toFixed(0)} MB at ${DOCUMENTS}`)
  console.log(`  RSS ratio ${DOCUMENTS}/${SMALL}: ${(largeTwo / smallTwo.maxRssMb).toFixed(2)} (target ≤ 1.20)`)
} finally {
  rmSync(large, { recursive: true, force: true })
  rmSync(small, { recursive: true, force: true })
}
