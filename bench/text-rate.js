// Text input on one thread, as `pnpm bench floor` measures it (the real fixtures' input.txt through `parse`, one
// warm-up pass), in rounds, with CPU time beside wall time: on a machine shared with other work the wall-clock
// rate follows the load, the CPU-time rate (the process's, V8's helper threads included) much less.
// `BENCH_TEXT_BASELINE=/path/to/other/packages/parser/dist/index.js` alternates that build with this one, round
// by round, and prints this/baseline per pair: a before/after in one run (build the other checkout first); then the
// main thread's own CPU time with the two builds alternating batch by batch (`threadRatio`), the steadier measure on a
// loaded machine.
// The same-process comparisons share V8's compiled regular expressions between the builds (one pattern's source and
// flags, one compiled code), so they cannot see what a build changes in how its patterns are compiled
// (`packages/parser/src/util/hot-patterns.ts`); `processRatio` runs each build in processes of its own, in turns.
import { execFileSync } from 'node:child_process'
import { openSync, readFileSync, readSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { fixtureInputs } from './corpus.js'

/** Documents per round, after one warm-up pass over the fixtures. */
const DOCUMENTS = Number(process.env.BENCH_TEXT_DOCS ?? 2000)
const ROUNDS = Math.max(1, Number(process.env.BENCH_TEXT_ROUNDS ?? 4))
const BASELINE = process.env.BENCH_TEXT_BASELINE
/** Passes over the texts for the thread-CPU comparison (`threadRatio`), and the batches each pass is cut into. */
const PASSES = Math.max(1, Number(process.env.BENCH_TEXT_PASSES ?? 8))
const BATCHES = 20

/** Process pairs (this build, the baseline, in turns) for `processRatio`. */
const PROCESSES = Math.max(0, Number(process.env.BENCH_TEXT_PROCESSES ?? 3))

const texts = fixtureInputs(['real'], (name) => name === 'input.txt').map((path) => readFileSync(path, 'utf8'))
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** The main thread's CPU time in nanoseconds (`/proc/thread-self/schedstat`, Linux), or undefined elsewhere. */
function threadClock() {
  let descriptor
  try {
    descriptor = openSync('/proc/thread-self/schedstat', 'r')
  } catch {
    return undefined
  }
  const buffer = Buffer.alloc(128)
  return () => {
    const read = readSync(descriptor, buffer, 0, buffer.length, 0)
    return Number(buffer.toString('latin1', 0, read).split(' ')[0])
  }
}

// A child of `processRatio`: one build, one warm-up pass over the texts, one timed pass; prints its rate.
if (process.env.BENCH_TEXT_CHILD) {
  const childParse = tolerant((await import(process.env.BENCH_TEXT_CHILD)).parse)
  const clock = threadClock()
  for (const text of texts) await childParse(text)
  const started = clock?.() ?? performance.now() * 1e6
  for (const text of texts) await childParse(text)
  const spent = (clock?.() ?? performance.now() * 1e6) - started
  console.log(JSON.stringify({ rate: texts.length / (spent / 1e9) }))
  process.exit(0)
}

/** One round: wall-clock and CPU-time documents/s. */
async function round(parseWith) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  for (let index = 0; index < DOCUMENTS; index++) await parseWith(texts[index % texts.length])
  const used = process.cpuUsage(cpu)
  return { wall: DOCUMENTS / ((performance.now() - started) / 1000), cpu: DOCUMENTS / ((used.user + used.system) / 1e6) }
}

/** A side's parse that treats a refused document (a typed error) as done: an older build may refuse what this one reads. */
function tolerant(parseWith) {
  return async (text) => {
    try {
      await parseWith(text)
    } catch (error) {
      if (!error?.code) throw error
    }
  }
}
const { parse } = await import('@ft-answers/parser')
const sides = { this: tolerant(parse) }
if (BASELINE) sides.baseline = tolerant((await import(BASELINE)).parse)
// The warm-up takes the sides in turns, text by text: a side warmed up whole before the other ran ~6% faster after,
// either way round (A/A runs, one commit built twice, 1 December 2026).
for (const text of texts) for (const parseWith of Object.values(sides)) await parseWith(text)

const runs = Object.fromEntries(Object.keys(sides).map((name) => [name, []]))
for (let index = 0; index < ROUNDS; index++) {
  const order = index % 2 ? Object.keys(sides).reverse() : Object.keys(sides)
  for (const name of order) runs[name].push(await round(sides[name]))
}
const list = (rates, key) => rates.map((rate) => rate[key].toFixed(0)).join(', ')
console.log(`text: ${DOCUMENTS} documents a round (${texts.length} real fixtures' input.txt, repeated), parse in one thread`)
for (const [name, rates] of Object.entries(runs)) {
  console.log(
    `  ${name}: wall ${median(rates.map((rate) => rate.wall)).toFixed(0)} documents/s (${list(rates, 'wall')}), CPU time ${median(rates.map((rate) => rate.cpu)).toFixed(0)} (${list(rates, 'cpu')})`,
  )
}
if (BASELINE) {
  const ratios = (key) => runs.this.map((rate, index) => rate[key] / runs.baseline[index][key])
  console.log(
    `  this/baseline, median of the rounds: wall ${median(ratios('wall')).toFixed(2)}, CPU time ${median(ratios('cpu')).toFixed(2)}`,
  )
  await threadRatio(sides.baseline, sides.this)
  processRatio(BASELINE)
}

/**
 * The main thread's CPU time (`/proc/thread-self/schedstat`, Linux), V8's helper threads left out, with the two builds
 * alternating batch by batch (~35 texts each, the order swapped from batch to batch): whole rounds in turns move by
 * ±5–10% under another process's load, batches in turns by far less. The clock advances by scheduler ticks, so a batch
 * is the smallest unit worth timing (a single document is ~1 ms).
 */
async function threadRatio(baseline, current) {
  const clock = threadClock()
  if (!clock) return
  const size = Math.ceil(texts.length / BATCHES)
  const batches = []
  for (let at = 0; at < texts.length; at += size) batches.push(texts.slice(at, at + size))
  const timed = async (parseWith, batch) => {
    const started = clock()
    for (const text of batch) await parseWith(text)
    return clock() - started
  }
  const spent = { baseline: [], this: [] }
  for (let pass = 0; pass < PASSES; pass++) {
    let before = 0
    let after = 0
    for (const [index, batch] of batches.entries()) {
      if ((index + pass) % 2) {
        before += await timed(baseline, batch)
        after += await timed(current, batch)
      } else {
        after += await timed(current, batch)
        before += await timed(baseline, batch)
      }
    }
    spent.baseline.push(before)
    spent.this.push(after)
  }
  const sum = (values) => values.reduce((total, value) => total + value, 0)
  const rate = (values) => (texts.length * PASSES) / (sum(values) / 1e9)
  const passRatios = spent.baseline.map((before, index) => before / spent.this[index])
  console.log(
    `  main thread's CPU, ${PASSES} passes in ${batches.length} batches in turns: this ${rate(spent.this).toFixed(0)} documents/s, baseline ${rate(spent.baseline).toFixed(0)}; this/baseline ${(sum(spent.baseline) / sum(spent.this)).toFixed(2)} in total (passes ${passRatios.map((ratio) => ratio.toFixed(2)).join(', ')})`,
  )
}

/**
 * Each build in fresh processes of its own, in turns (`PROCESSES` pairs, the order swapped pair by pair): one warm-up
 * pass and one timed pass over every text, the main thread's CPU time. Slower to run than the comparisons above and
 * more spread out (a process's rate moves with which of its patterns V8 compiled with its optimisations), but the one
 * comparison that sees what a build does to its own compiled patterns.
 */
function processRatio(baseline) {
  if (PROCESSES === 0) return
  const script = fileURLToPath(import.meta.url)
  const self = fileURLToPath(import.meta.resolve('@ft-answers/parser'))
  const run = (build) =>
    JSON.parse(execFileSync(process.execPath, [script], { env: { ...process.env, BENCH_TEXT_CHILD: build }, encoding: 'utf8' })).rate
  const rates = { this: [], baseline: [] }
  for (let pair = 0; pair < PROCESSES; pair++) {
    const order = pair % 2 ? ['baseline', 'this'] : ['this', 'baseline']
    for (const name of order) rates[name].push(run(name === 'this' ? self : baseline))
  }
  const list = (values) => values.map((value) => value.toFixed(0)).join(', ')
  const ratios = rates.this.map((rate, index) => rate / rates.baseline[index])
  console.log(
    `  processes of their own, ${PROCESSES} pairs in turns, main thread's CPU over one pass of ${texts.length} texts: this ${median(rates.this).toFixed(0)} documents/s (${list(rates.this)}), baseline ${median(rates.baseline).toFixed(0)} (${list(rates.baseline)}); this/baseline ${median(ratios).toFixed(2)}, median of the pairs (${ratios.map((ratio) => ratio.toFixed(2)).join(', ')})`,
  )
}
