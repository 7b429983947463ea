/**
 * A pool of worker processes that parse inputs (`worker-process.ts` runs in each). Each worker holds up to two
 * inputs: the one it parses and the next, which it starts the moment the first is done. An input's time limit runs
 * from when its worker starts it. An input that runs past its limit is stopped — its worker is killed and a new one
 * started — and becomes `E_TIMEOUT`; a worker that dies (out of memory under its heap limit, a crash) makes its
 * input `E_WORKER_CRASHED`. The input waiting behind it in the same worker never started, so it is not charged: it
 * is handed over again. Either way the batch goes on.
 *
 * Processes, not threads: whatever ends a worker — V8 running out of heap, a fatal error in the runtime — ends only
 * that worker. A worker thread's heap limit is a request that V8 meets or not: a thread that runs out of memory can
 * abort the whole process, and with it the batch (Node documents `resourceLimits` as best-effort).
 */
import { type ChildProcess, fork } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS } from './defaults.js'
import { toOutput, type WorkerOutput, type WorkerTask } from './worker.js'
import type { TaskMessage, WorkerMessage } from './worker-process.js'

export interface PoolOptions {
  /** Worker processes (default: the machine's cores). */
  jobs?: number
  /** Per-input time limit in milliseconds (default 60 s). */
  timeoutMs?: number
  /** Heap limit of each worker in MB (default 1024). */
  maxMemoryMb?: number
  /**
   * The module each worker runs (default: this package's `parse-worker.js`); tests pass workers that crash or hang.
   * Its default export takes a `WorkerTask` and returns (or resolves to) a `WorkerOutput`.
   */
  workerUrl?: URL
}

export { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS }

/** Inputs a worker holds at once: the one it parses and the one it starts next. */
const TASKS_PER_WORKER = 2
/** How often an input that never started may be handed over again after its worker was stopped. */
const MAX_HANDOVERS = 3
/** How much of a worker's stderr is kept, to say why it died. */
const STDERR_KEPT = 4096
/** How long to wait, once a worker has exited, for the rest of its stderr. */
const STDERR_GRACE_MS = 1000

/** A compiled file of this package: from `src/` (tests) the build in `dist/`, from `dist/` its neighbour. */
function compiled(file: string): URL {
  return import.meta.url.endsWith('.ts') ? new URL(`../dist/${file}`, import.meta.url) : new URL(`./${file}`, import.meta.url)
}

const WORKER_PROCESS = fileURLToPath(compiled('worker-process.js'))

/** An input handed to the pool, until it is settled. */
interface Job {
  task: WorkerTask
  settle(result: WorkerOutput | Error): void
  handovers: number
  /** Set while a worker holds it. */
  worker?: Worker
  seq?: number
  started?: boolean
  timer?: NodeJS.Timeout
}

/** A worker process and the inputs it holds, by sequence number, in the order it runs them. */
interface Worker {
  child: ChildProcess
  jobs: Map<number, Job>
  stderr: string
  /** Killed by the pool: what it still sends is ignored, and the input waiting in it counts as never started. */
  stopping?: boolean
  /** Resolves once the process has exited and its stderr is read. */
  closed: Promise<void>
}

export class ParsePool {
  readonly jobs: number
  readonly #timeoutMs: number
  readonly #maxMemoryMb: number
  readonly #module: string
  /** The worker in each of the `jobs` places (undefined until one is started in it again). */
  readonly #workers: Array<Worker | undefined>
  /** Every worker process not yet closed, including those stopped and on their way out. */
  readonly #live = new Set<Worker>()
  /** Inputs handed to the pool and not yet to a worker. */
  readonly #queue: Job[] = []
  #seq = 0
  #closed = false

  constructor(options: PoolOptions = {}) {
    this.jobs = Math.max(1, options.jobs ?? availableParallelism())
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    this.#maxMemoryMb = options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB
    this.#module = (options.workerUrl ?? compiled('parse-worker.js')).href
    this.#workers = Array.from({ length: this.jobs }, () => undefined)
    // Start every worker now, so that they load the parser while the main process finds and reads the inputs.
    for (let index = 0; index < this.jobs; index++) this.#workers[index] = this.#start()
  }

  /**
   * Parse one input; resolves to its serialised record or error line, never rejects for the input's sake. Rejects
   * when `signal` aborts (the input is abandoned) or the pool is closed first.
   */
  run(task: WorkerTask, signal?: AbortSignal): Promise<WorkerOutput> {
    if (this.#closed) return Promise.reject(new Error('The pool is closed'))
    if (signal?.aborted) return Promise.reject(signal.reason)
    return new Promise<WorkerOutput>((resolve, reject) => {
      const onAbort = () => this.#abandon(job, signal?.reason)
      const job: Job = {
        task,
        handovers: 0,
        settle: (result) => {
          signal?.removeEventListener('abort', onAbort)
          if (result instanceof Error) reject(result)
          else resolve(result)
        },
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.#queue.push(job)
      this.#dispatch()
    })
  }

  /** Stop every worker; inputs still held are abandoned (their `run` rejects). */
  async close(): Promise<void> {
    this.#closed = true
    for (const job of this.#queue.splice(0)) job.settle(new Error('The pool was closed'))
    const closing = [...this.#live].map((worker) => {
      worker.child.kill('SIGKILL')
      return worker.closed
    })
    await Promise.all(closing)
  }

  #start(): Worker {
    const child = fork(WORKER_PROCESS, [this.#module], {
      execArgv: [`--max-old-space-size=${this.#maxMemoryMb}`],
      serialization: 'advanced',
      // stdout is the batch's own (`--out -`); stderr is kept to say why a worker died.
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    })
    let closed!: () => void
    const worker: Worker = { child, jobs: new Map(), stderr: '', closed: new Promise((resolve) => (closed = resolve)) }
    this.#live.add(worker)
    const end = (code: number | null, signal: NodeJS.Signals | null) => {
      if (!this.#live.delete(worker)) return
      this.#lost(worker, code, signal)
      closed()
    }
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (text: string) => {
      worker.stderr = (worker.stderr + text).slice(-STDERR_KEPT)
    })
    child.on('message', (message: WorkerMessage) => this.#receive(worker, message))
    // A fatal error's message is the last thing a worker writes: read stderr to its end before saying why it died.
    // ('close' would wait for that too, but does not come in every case: not after the channel was disconnected.)
    child.on('exit', (code, signal) => {
      // No more inputs for it while its stderr is read: its place goes to a new worker at once.
      this.#vacate(worker)
      const stderr = child.stderr
      if (!stderr || stderr.readableEnded) return end(code, signal)
      const late = setTimeout(() => end(code, signal), STDERR_GRACE_MS)
      stderr.once('end', () => {
        clearTimeout(late)
        end(code, signal)
      })
    })
    // A process that could not be started may never close; one that could not be signalled closes as usual.
    child.on('error', (error) => {
      if (child.pid === undefined) {
        worker.stderr += `${error.message}\n`
        end(null, null)
      }
    })
    return worker
  }

  /** Hand queued inputs to the least busy workers, starting workers where one is missing. */
  #dispatch(): void {
    while (this.#queue.length > 0 && !this.#closed) {
      let chosen: number | undefined
      let least = TASKS_PER_WORKER
      for (let index = 0; index < this.#workers.length; index++) {
        const held = this.#workers[index]?.jobs.size ?? 0
        if (held < least) {
          chosen = index
          least = held
        }
      }
      if (chosen === undefined) return
      const worker = this.#workers[chosen] ?? this.#start()
      this.#workers[chosen] = worker
      const job = this.#queue.shift() as Job
      const seq = ++this.#seq
      Object.assign(job, { worker, seq, started: false })
      worker.jobs.set(seq, job)
      const message: TaskMessage = { type: 'task', seq, task: job.task }
      // A worker that died meanwhile hands its inputs over again once its exit is seen (`#lost`).
      if (worker.child.connected) worker.child.send(message, undefined, undefined, () => {})
    }
  }

  #receive(worker: Worker, message: WorkerMessage): void {
    const job = worker.stopping ? undefined : worker.jobs.get(message.seq)
    if (!job) return // abandoned, or the worker is being stopped
    if (message.type === 'start') {
      job.started = true
      job.timer = setTimeout(() => this.#timedOut(job), this.#timeoutMs)
      return
    }
    this.#release(job)
    job.settle(
      message.type === 'done'
        ? (message.output as WorkerOutput)
        : this.#failure(job, 'E_WORKER_CRASHED', `The worker parsing this input failed: ${message.message}`),
    )
    this.#dispatch()
  }

  /** The input ran past its time limit: it becomes `E_TIMEOUT`, and its worker is stopped (and replaced). */
  #timedOut(job: Job): void {
    const worker = job.worker
    this.#release(job)
    job.settle(this.#failure(job, 'E_TIMEOUT', `Parsing took longer than ${this.#timeoutMs / 1000} s; stopped`))
    if (worker) this.#stop(worker)
  }

  /**
   * Kill a worker and free its place at once, so that new inputs go to its replacement; the input waiting in it is
   * handed over when its process has closed (`#lost`).
   */
  #stop(worker: Worker): void {
    this.#vacate(worker)
    worker.stopping = true
    worker.child.kill('SIGKILL')
    this.#dispatch()
  }

  /** The caller stopped waiting for the input: forget it, and stop its worker if it is parsing it. */
  #abandon(job: Job, reason: unknown): void {
    const queued = this.#queue.indexOf(job)
    if (queued >= 0) this.#queue.splice(queued, 1)
    const worker = job.worker
    const parsing = job.started
    this.#release(job)
    job.settle(reason instanceof Error ? reason : new Error(String(reason)))
    if (worker && parsing) this.#stop(worker)
  }

  /** Free a worker's place, so that the next input handed out starts a new worker there. */
  #vacate(worker: Worker): void {
    const index = this.#workers.indexOf(worker)
    if (index >= 0) this.#workers[index] = undefined
  }

  /** A worker's process ended: the input it was parsing is lost, the one waiting behind it goes to another. */
  #lost(worker: Worker, code: number | null, signal: NodeJS.Signals | null): void {
    this.#vacate(worker)
    const cause = deathOf(code, signal, worker.stderr, this.#maxMemoryMb)
    for (const job of [...worker.jobs.values()]) {
      this.#release(job)
      if (this.#closed) job.settle(new Error('The pool was closed'))
      else if (!job.started && job.handovers < MAX_HANDOVERS) {
        job.handovers++
        this.#queue.push(job)
      } else job.settle(this.#failure(job, 'E_WORKER_CRASHED', `The worker parsing this input died: ${cause}`))
    }
    this.#dispatch()
  }

  #release(job: Job): void {
    clearTimeout(job.timer)
    if (job.seq !== undefined) job.worker?.jobs.delete(job.seq)
    delete job.worker
  }

  #failure(job: Job, code: 'E_TIMEOUT' | 'E_WORKER_CRASHED', message: string): WorkerOutput {
    return toOutput({ source: { path: job.task.id }, error: { code, message } })
  }
}

/** Why a worker's process ended, in words, from its exit and the end of its stderr. */
export function deathOf(code: number | null, signal: NodeJS.Signals | null, stderr: string, maxMemoryMb: number): string {
  if (/heap out of memory|heap limit/iu.test(stderr)) return `it ran out of memory (heap limit ${maxMemoryMb} MB, --max-memory)`
  const last = stderr.trim().split('\n').at(-1)?.trim()
  const how = signal ? `it was ended by ${signal}` : `it exited with code ${code}`
  return last ? `${how}: ${last}` : how
}
