// One measured batch run in a fresh process: prints { seconds, documents, maxRssMb } as JSON.
import { runConvert } from '@ft-answers/cli'

const [folder, out, jobs] = process.argv.slice(2)
const started = performance.now()
const summary = await runConvert({ paths: [folder], out, format: 'jsonl', resume: false, quiet: true, jobs: Number(jobs) }, process.stderr)
const seconds = (performance.now() - started) / 1000
const usage = process.resourceUsage()
console.log(
  JSON.stringify({
    seconds,
    documents: summary.parsed + summary.failed,
    maxRssMb: usage.maxRSS / 1024,
    cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6 / seconds,
  }),
)
