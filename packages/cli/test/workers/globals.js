// A worker that reports what the pool's worker module leaves in its global scope: the output's line is the
// JSON of `typeof DecompressionStream` in the worker.
import '../../dist/parse-worker.js'

export default async (task) => ({
  lines: [JSON.stringify(typeof globalThis.DecompressionStream)],
  path: task.id,
  warnings: 0,
})
