// One measured batch run in a fresh process (arguments: folder, output, jobs, optional heap limit per worker in MB,
// optional output format, default jsonl): prints { seconds, documents, maxRssMb, cpu, threads } as JSON.
// On Linux, `threads` splits the CPU time by thread (from /proc/self/task): the main thread, the busiest `jobs`
// threads (the workers) and the rest (V8's compiler and GC helpers, libuv's pool).
import { readdirSync, readFileSync } from 'node:fs'
import { runConvert } from '@ft-answers/cli'

const [folder, out, jobs, maxMemoryMb, format = 'jsonl'] = process.argv.slice(2)
const TICKS_PER_SECOND = 100

/** CPU seconds of each thread alive now; threads that ended keep their last reading. */
const seen = new Map()
function sampleThreads() {
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      seen.set(tid, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND)
    }
  } catch {
    // Not Linux, or a thread ended while being read.
  }
}
const sampler = setInterval(sampleThreads, 100)

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
sampleThreads()
const usage = process.resourceUsage()
const main = seen.get(String(process.pid)) ?? 0
const others = [...seen]
  .filter(([tid]) => tid !== String(process.pid))
  .map(([, cpu]) => cpu)
  .sort((a, b) => b - a)
const workers = others.slice(0, Number(jobs)).reduce((sum, cpu) => sum + cpu, 0)
const helpers = others.slice(Number(jobs)).reduce((sum, cpu) => sum + cpu, 0)
console.log(
  JSON.stringify({
    seconds,
    documents: summary.parsed + summary.failed,
    maxRssMb: usage.maxRSS / 1024,
    cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6 / seconds,
    threads: seen.size > 0 ? { main, workers, helpers } : undefined,
  }),
)
