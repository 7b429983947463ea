// A worker for fault-injection tests: inputs named *hang* never finish, *crash* end the worker's process,
// *oom* allocate until the heap limit, *slow* wait three seconds before they are parsed; everything else is parsed
// by the real worker.
//
// The tests' time limits must hold for every input that is not meant to hang, on a busy machine too, so the
// worker parses a document once as it starts (before it takes any input): later parses then take milliseconds, not
// the first parse's compile time.
import { work } from '../../dist/worker.js'

export const SLOW_MS = 3000

await work({ id: new URL('../../../../fixtures/seeds/beu-20241-spm75/input.txt', import.meta.url).pathname })

export default async (task) => {
  if (task.id.includes('hang')) return new Promise(() => {})
  if (task.id.includes('crash')) process.exit(1)
  if (task.id.includes('oom')) {
    // Until V8 stops the worker's process at its heap limit (--max-old-space-size).
    const hoard = []
    for (;;) hoard.push(new Array(10_000).fill(hoard.length))
  }
  if (task.id.includes('slow')) await new Promise((resolve) => setTimeout(resolve, SLOW_MS))
  return work(task)
}
