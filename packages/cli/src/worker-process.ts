/**
 * The program each worker process of the pool runs (`pool.ts` forks it). It imports the module named by its first
 * argument, whose default export turns one input into its output (`parse-worker.ts`, or a test's worker), and runs
 * the inputs the pool sends over IPC one at a time, in the order they came, telling the pool as each one starts (its
 * time limit runs from then) and when it is done.
 *
 * The pool holds two inputs in each worker: the one it parses and the next, which it starts the moment the first is
 * done instead of waiting for a busy main process to hand it more.
 */
import type { WorkerTask } from './worker.js'

/** From the pool: an input to run. */
export interface TaskMessage {
  type: 'task'
  seq: number
  task: WorkerTask
}

/** To the pool: the input `seq` started, finished with `output`, or its handler threw. */
export type WorkerMessage =
  | { type: 'start'; seq: number }
  | { type: 'done'; seq: number; output: unknown }
  | { type: 'failed'; seq: number; message: string }

type Handler = (task: WorkerTask) => unknown

const queue: TaskMessage[] = []
let handler: Handler | undefined
let running = false

function send(message: WorkerMessage): void {
  // The pool may be gone (closed, or its process killed): then 'disconnect' below ends this one.
  if (process.connected) process.send?.(message, undefined, undefined, () => {})
}

async function drain(): Promise<void> {
  if (running || !handler) return
  running = true
  for (let next = queue.shift(); next; next = queue.shift()) {
    send({ type: 'start', seq: next.seq })
    try {
      send({ type: 'done', seq: next.seq, output: await handler(next.task) })
    } catch (error) {
      send({ type: 'failed', seq: next.seq, message: error instanceof Error ? error.message : String(error) })
    }
  }
  running = false
}

// Listen before the module loads: the pool sends inputs as soon as the process exists.
process.on('message', (message: TaskMessage) => {
  queue.push(message)
  void drain()
})
// The pool's process closed the channel or died: nothing more will come, and no one reads what this one sends.
process.on('disconnect', () => process.exit(0))
// Ctrl-C in a terminal reaches the whole process group; the pool decides when its workers stop.
process.on('SIGINT', () => {})

const target = process.argv[2]
try {
  if (!target) throw new TypeError('worker-process: the module to run must be its first argument')
  const loaded = (await import(target)) as { default?: unknown }
  if (typeof loaded.default !== 'function') throw new TypeError(`worker-process: ${target} has no default export to run`)
  handler = loaded.default as Handler
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
void drain()
