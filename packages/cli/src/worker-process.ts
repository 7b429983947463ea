/**
 * The program each worker process of the pool runs (`pool.ts` forks it). It imports the module named by its first
 * argument, whose default export turns one input into its output (`parse-worker.ts`, or a test's worker), and runs
 * the inputs the pool sends over IPC one at a time, in the order they came, telling the pool as each one starts (its
 * time limit runs from then) and when it is done.
 *
 * The pool holds two inputs in each worker: the one it parses and the next, which it starts the moment the first is
 * done instead of waiting for a busy main process to hand it more.
 */
import module from 'node:module'
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

/** Node 22.1+'s compile cache (absent from Node 20 and its types). */
const compileCache = module as { getCompileCacheDir?: () => string | undefined; flushCompileCache?: () => void }

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
    let outcome: WorkerMessage
    try {
      outcome = { type: 'done', seq: next.seq, output: await handler(next.task) }
    } catch (error) {
      outcome = { type: 'failed', seq: next.seq, message: error instanceof Error ? error.message : String(error) }
    }
    // Node 22.1+ with a compile cache (the command hands its folder down in NODE_COMPILE_CACHE): write what this
    // input compiled (pdf.js, on the first PDF), before answering — the pool ends its workers by killing them, maybe
    // the moment it has the answer, and a killed process writes nothing at exit. Nothing new to write costs ~nothing.
    if (compileCache.getCompileCacheDir?.()) compileCache.flushCompileCache?.()
    send(outcome)
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
