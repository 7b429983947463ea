// `pnpm bench`: every benchmark, each printing ratios against a baseline measured in the same run.
const only = process.argv[2]
const benches = ['floor', 'floor-breakdown', 'pdf-stages', 'text-rate', 'pdf-overhead', 'batch-throughput', 'adversarial', 'parquet-memory']
for (const name of benches) {
  if (only && only !== name) continue
  console.log(`\n# ${name}`)
  await import(`./${name}.js`)
}
