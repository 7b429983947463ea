// A worker for fault-injection tests: inputs named *hang* never finish, *crash* kill the worker thread,
// *oom* allocate until the heap limit, *slow* wait three seconds before they are parsed; everything else is parsed
// by the real worker. Like the real worker, it takes inputs one at a time (`oneAtATime`).
//
// The tests' time limits must hold for every input that is not meant to hang, on a busy machine too, so the
// thread parses a document once as it starts (before any input is stamped as started): later parses then take
// milliseconds, not the first parse's compile time.
import { oneAtATime, work } from '../../dist/worker.js'

export const SLOW_MS = 3000

await work({ id: new URL('../../../../fixtures/seeds/beu-20241-spm75/input.txt', import.meta.url).pathname })

export default oneAtATime(async (task) => {
  if (task.id.includes('hang')) return new Promise(() => {})
  if (task.id.includes('crash')) process.exit(1)
  if (task.id.includes('oom')) {
    // Many small arrays, so that the heap limit is met between allocations and only this thread is stopped. One
    // large allocation that fails at the limit is fatal to the whole process instead (V8's "CALL_AND_RETRY_LAST
    // Allocation failed"), whatever the thread's resourceLimits: that took the test runner down now and then.
    const hoard = []
    for (;;) hoard.push(new Array(10_000).fill(hoard.length))
  }
  if (task.id.includes('slow')) await new Promise((resolve) => setTimeout(resolve, SLOW_MS))
  return work(task)
})
