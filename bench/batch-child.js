// One measured batch run in a fresh process (arguments: folder, output, jobs, optional heap limit per worker in MB,
// optional output format, default jsonl): prints { seconds, documents, maxRssMb, cpu, threads } as JSON.
// The workers are child processes: `maxRssMb` is the peak of this process's RSS plus its workers' (sampled every
// 100 ms from /proc), `cpu` counts the workers' CPU time too (reaped children, /proc/self/stat), and on Linux
// `threads` splits it: this process's main thread, the workers (their V8 helper threads included) and this
// process's other threads (V8's compiler and GC helpers, libuv's pool).
import { readdirSync, readFileSync } from 'node:fs'
import { runConvert } from '@ft-answers/cli'

const [folder, out, jobs, maxMemoryMb, format = 'jsonl'] = process.argv.slice(2)
const TICKS_PER_SECOND = 100

/** The fields of a /proc stat line after the command's name: index 11 utime, 12 stime, 13 cutime, 14 cstime. */
function statFields(path) {
  const stat = readFileSync(path, 'utf8')
  return stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number)
}

/** CPU seconds of each thread of this process alive now; threads that ended keep their last reading. */
const seen = new Map()
let peakRssKb = 0
function sample() {
  try {
    let rssKb = 0
    for (const tid of readdirSync('/proc/self/task')) {
      const fields = statFields(`/proc/self/task/${tid}/stat`)
      seen.set(tid, ((fields[11] ?? 0) + (fields[12] ?? 0)) / TICKS_PER_SECOND)
      for (const pid of readFileSync(`/proc/self/task/${tid}/children`, 'utf8').split(' ').filter(Boolean)) {
        rssKb += Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
      }
    }
    rssKb += Number(/VmRSS:\s+(\d+)/u.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0)
    peakRssKb = Math.max(peakRssKb, rssKb)
  } catch {
    // Not Linux, or a thread or worker ended while being read.
  }
}
const sampler = setInterval(sample, 100)

const started = performance.now()
const summary = await runConvert(
  {
    paths: [folder],
    out,
    format,
    resume: false,
    quiet: true,
    jobs: Number(jobs),
    ...(maxMemoryMb ? { maxMemoryMb: Number(maxMemoryMb) } : {}),
  },
  process.stderr,
)
const seconds = (performance.now() - started) / 1000
clearInterval(sampler)
sample()
const usage = process.resourceUsage()
// The pool has closed: its workers are reaped, and their CPU time is in this process's children's time.
let workers = 0
try {
  const fields = statFields('/proc/self/stat')
  workers = ((fields[13] ?? 0) + (fields[14] ?? 0)) / TICKS_PER_SECOND
} catch {
  // Not Linux.
}
const main = seen.get(String(process.pid)) ?? 0
const helpers = [...seen].filter(([tid]) => tid !== String(process.pid)).reduce((sum, [, cpu]) => sum + cpu, 0)
console.log(
  JSON.stringify({
    seconds,
    documents: summary.parsed + summary.failed,
    maxRssMb: Math.max(usage.maxRSS, peakRssKb) / 1024,
    cpu: ((usage.userCPUTime + usage.systemCPUTime) / 1e6 + workers) / seconds,
    threads: seen.size > 0 ? { main, workers, helpers } : undefined,
  }),
)
