// A worker that reports what the pool's thread module leaves in its global scope: the output's line is the
// JSON of `typeof DecompressionStream` in the thread.
import '../../dist/worker-thread.js'
import { oneAtATime } from '../../dist/worker.js'

export default oneAtATime(async (task) => ({
  lines: [JSON.stringify(typeof globalThis.DecompressionStream)],
  path: task.id,
  warnings: 0,
}))
