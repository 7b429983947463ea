// A worker for fault-injection tests: inputs named *hang* never finish, *crash* kill the worker thread,
// *oom* allocate until the heap limit, *slow* take a second before they are parsed; everything else is parsed
// by the real worker. Like the real worker, it takes inputs one at a time (`oneAtATime`).
import { oneAtATime, work } from '../../dist/worker.js'

export default oneAtATime(async (task) => {
  if (task.id.includes('hang')) return new Promise(() => {})
  if (task.id.includes('crash')) process.exit(1)
  if (task.id.includes('oom')) {
    const hoard = []
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length))
  }
  if (task.id.includes('slow')) await new Promise((resolve) => setTimeout(resolve, 1000))
  return work(task)
})
