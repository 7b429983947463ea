// One measured Parquet write in a fresh process (arguments: journal, output): the journal's records → Parquet, as
// `convert --format parquet` writes them when a run ends. Prints { seconds, rows, rssBeforeMb, maxRssMb } as JSON.
import { finalize } from '../packages/cli/dist/output/finalize.js'

const [journal, out] = process.argv.slice(2)
const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024
const started = performance.now()
const written = await finalize('parquet', out, journal)
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ seconds, files: written.length, rssBeforeMb, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
