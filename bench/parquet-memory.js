// Peak RSS of `convert --format parquet` (two workers) over 2,000 and 20,000 copies of the fixtures
// (BENCH_PARQUET_SMALL / BENCH_PARQUET_LARGE), each run in its own process, and the ratio, whose target is at most
// 1.2: the Parquet writer streams row groups, so memory should not grow with the archive. Slow (20,000 documents
// take minutes). BENCH_PARQUET_WRITER_ONLY=1 measures only the writing: the fixtures' records, repeated, are written
// to a journal, and each journal is turned into Parquet in its own process, as a run does when it ends.

import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runConvert } from '@ft-answers/cli'
import { copyCorpus, fixtureInputs } from './corpus.js'

const SMALL = Number(process.env.BENCH_PARQUET_SMALL ?? 2000)
const LARGE = Number(process.env.BENCH_PARQUET_LARGE ?? 20000)
const CONVERT = process.env.BENCH_PARQUET_WRITER_ONLY !== '1'
/** Peak RSS at LARGE may be at most this multiple of its value at SMALL. */
const TARGET_RATIO = 1.2

const sources = fixtureInputs(['pdf', 'seeds', 'answers', 'questions', 'html', 'markdown'])

const root = mkdtempSync(join(tmpdir(), 'ft-answers-bench-parquet-'))

/** `count` copies of the fixtures in shards of 500, as batch-throughput makes them. */
function corpus(count) {
  const folder = join(root, `corpus-${count}`)
  copyCorpus(sources, count, folder, 500)
  return folder
}

/** A journal of `count` records: the fixtures' records in turn, each under a path of its own. */
async function journal(lines, count) {
  const path = join(root, `journal-${count}.jsonl`)
  const stream = createWriteStream(path)
  for (let index = 0; index < count; index++) {
    const record = JSON.parse(lines[index % lines.length])
    record.source.path = `copy-${index}/${record.source.path}`
    if (!stream.write(`${JSON.stringify(record)}\n`)) await once(stream, 'drain')
  }
  stream.end()
  await once(stream, 'finish')
  return path
}

function child(script, args) {
  return JSON.parse(execFileSync(process.execPath, [new URL(script, import.meta.url).pathname, ...args], { encoding: 'utf8' }))
}

try {
  const results = {}
  if (CONVERT) {
    for (const count of [SMALL, LARGE]) {
      const folder = corpus(count)
      results[count] = child('./batch-child.js', [folder, join(root, `out-${count}.parquet`), '2', '', 'parquet'])
      rmSync(folder, { recursive: true, force: true })
    }
  } else {
    const sample = join(root, 'fixtures.jsonl')
    await runConvert({ paths: sources, out: sample, format: 'jsonl', resume: false, quiet: true, jobs: 2 }, process.stderr)
    const lines = readFileSync(sample, 'utf8')
      .trimEnd()
      .split('\n')
      .filter((line) => !line.includes('"error":'))
    for (const count of [SMALL, LARGE]) {
      const path = await journal(lines, count)
      const out = join(root, `out-${count}.parquet`)
      results[count] = {
        ...child('./parquet-child.js', [path, out]),
        journalMb: statSync(path).size / 1024 / 1024,
        parquetMb: statSync(out).size / 1024 / 1024,
      }
      rmSync(path, { force: true })
    }
  }
  const what = CONVERT ? 'convert --format parquet (2 workers)' : 'journal → Parquet'
  console.log(`parquet memory: ${what}, peak RSS at ${SMALL} and ${LARGE} records`)
  for (const count of [SMALL, LARGE]) {
    const run = results[count]
    const sizes = run.journalMb ? `; journal ${run.journalMb.toFixed(0)} MB → Parquet ${run.parquetMb.toFixed(1)} MB` : ''
    console.log(`  ${String(count).padStart(6)}: peak RSS ${run.maxRssMb.toFixed(0)} MB in ${run.seconds.toFixed(1)} s${sizes}`)
  }
  const ratio = results[LARGE].maxRssMb / results[SMALL].maxRssMb
  console.log(`  ratio ${LARGE} / ${SMALL}: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO})`)
} finally {
  rmSync(root, { recursive: true, force: true })
}
