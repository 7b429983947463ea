// Batch throughput at 1 and 2 workers on a generated corpus (copies of the fixtures), and peak RSS at 500 and
// 2,000 documents — each run in its own process, all in this run, printed as ratios.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 2000)
const SMALL = Math.round(DOCUMENTS / 4)
const fixtures = new URL('../fixtures/', import.meta.url).pathname
const sources = []
for (const group of ['pdf', 'seeds', 'answers', 'questions', 'html', 'markdown']) {
  for (const entry of readdirSync(join(fixtures, group), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const input = readdirSync(join(fixtures, group, entry.name)).find((name) => name.startsWith('input.'))
    if (input) sources.push(join(fixtures, group, entry.name, input))
  }
}

function corpus(count) {
  const folder = mkdtempSync(join(tmpdir(), `ft-answers-bench-${count}-`))
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]
    const shard = join(folder, String(Math.floor(index / 500)).padStart(3, '0'))
    mkdirSync(shard, { recursive: true })
    copyFileSync(source, join(shard, `${String(index).padStart(6, '0')}${source.slice(source.lastIndexOf('.'))}`))
  }
  return folder
}

function measure(folder, jobs) {
  const out = join(folder, '..', `${folder.split('/').at(-1)}-${jobs}.jsonl`)
  const result = JSON.parse(
    execFileSync(process.execPath, [new URL('./batch-child.js', import.meta.url).pathname, folder, out, String(jobs)], {
      encoding: 'utf8',
    }),
  )
  rmSync(out, { force: true })
  return result
}

const large = corpus(DOCUMENTS)
const small = corpus(SMALL)
try {
  const one = measure(large, 1)
  const two = measure(large, 2)
  const smallTwo = measure(small, 2)
  const rate = (run) => run.documents / run.seconds
  console.log(`batch: ${DOCUMENTS} documents (copies of ${sources.length} fixtures: PDF, text, HTML, Markdown)`)
  console.log(`  1 worker:  ${rate(one).toFixed(1)} documents/s (${one.seconds.toFixed(1)} s, ${one.cpu.toFixed(2)} cores busy)`)
  console.log(`  2 workers: ${rate(two).toFixed(1)} documents/s (${two.seconds.toFixed(1)} s, ${two.cpu.toFixed(2)} cores busy)`)
  console.log(`  speed-up 2 vs 1 workers: ${(rate(two) / rate(one)).toFixed(2)}× (target ≥ 1.7× on 2 cores)`)
  console.log(
    `  the ceiling on ${availableParallelism()} cores is ${(availableParallelism() / one.cpu).toFixed(2)}×: one worker already keeps ${one.cpu.toFixed(2)} cores busy (V8 compiles and collects garbage on background threads)`,
  )
  console.log(
    `  peak RSS, 2 workers: ${smallTwo.maxRssMb.toFixed(0)} MB at ${SMALL} documents, ${two.maxRssMb.toFixed(0)} MB at ${DOCUMENTS}`,
  )
  console.log(`  RSS ratio ${DOCUMENTS}/${SMALL}: ${(two.maxRssMb / smallTwo.maxRssMb).toFixed(2)} (target ≤ 1.20)`)
} finally {
  rmSync(large, { recursive: true, force: true })
  rmSync(small, { recursive: true, force: true })
}
