// A worker for fault-injection tests: inputs named *hang* never finish, *crash* kill the worker thread,
// *oom* allocate until the heap limit; everything else is parsed by the real worker.
import work from '../../dist/worker.js'

export default async function faulty(task) {
  if (task.id.includes('hang')) return new Promise(() => {})
  if (task.id.includes('crash')) process.exit(1)
  if (task.id.includes('oom')) {
    const hoard = []
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length))
  }
  return work(task)
}
