/**
 * A pool of worker threads (piscina) that parse inputs. Each worker holds up to two inputs: the one it parses and
 * the next, which it starts the moment the first is done (`oneAtATime` in the worker), instead of idling until a
 * busy main thread hands it more. An input's time limit runs from when its worker starts it. An input that runs
 * past its limit is aborted — piscina terminates the worker and starts a new one — and becomes `E_TIMEOUT`; a
 * worker that dies (out of memory under its resource limit, a crash) makes its input `E_WORKER_CRASHED`. The
 * input waiting behind it in the same worker never started, so it is not charged: it is handed over again.
 * Either way the batch goes on.
 */
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS } from './defaults.js'
import { startedAt, toOutput, type WorkerOutput, type WorkerTask } from './worker.js'

export interface PoolOptions {
  /** Worker threads (default: the machine's cores). */
  jobs?: number
  /** Per-input time limit in milliseconds (default 60 s). */
  timeoutMs?: number
  /** Heap limit of each worker in MB (default 1024). */
  maxMemoryMb?: number
  /**
   * The worker module (default: this package's worker); tests pass workers that crash or hang. It must export its
   * handler wrapped in `oneAtATime` (from this package's `worker.js`), which stamps each task's start: the time
   * limit runs from that stamp, and a task that is never stamped is never timed out.
   */
  workerUrl?: URL
}

export { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS }

/** Inputs a worker holds at once: the one it parses and the one it starts next. */
const TASKS_PER_WORKER = 2
/** How often an input that never started may be handed over again after its worker was stopped. */
const MAX_HANDOVERS = 3

/** A compiled file of this package: from `src/` (tests) the build in `dist/`, from `dist/` its neighbour. */
function compiled(file: string): URL {
  return import.meta.url.endsWith('.ts') ? new URL(`../dist/${file}`, import.meta.url) : new URL(`./${file}`, import.meta.url)
}

/**
 * The file each thread loads (`worker-entry.cts`, CommonJS), which imports the module to run: piscina handed an ES
 * module loads it through require(esm) on Node 20, and a thread terminated while doing so crashes the process.
 */
const WORKER_ENTRY = compiled('worker-entry.cjs')

export class ParsePool {
  readonly jobs: number
  readonly #pool: Piscina
  readonly #timeoutMs: number
  /** Tasks handed to piscina: at most `TASKS_PER_WORKER` per worker. */
  #active = 0
  readonly #waiting: Array<() => void> = []

  constructor(options: PoolOptions = {}) {
    this.jobs = Math.max(1, options.jobs ?? availableParallelism())
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    this.#pool = new Piscina({
      filename: WORKER_ENTRY.href,
      workerData: { module: (options.workerUrl ?? compiled('worker-thread.js')).href },
      minThreads: this.jobs,
      maxThreads: this.jobs,
      concurrentTasksPerWorker: TASKS_PER_WORKER,
      // piscina's own balancer never gives a second task to a worker that runs an abortable one, and every task
      // here is abortable (its time limit). This one does, to the least busy worker; `oneAtATime` in the worker
      // holds the second task until the first is done.
      loadBalancer: (_task, workers) => {
        let chosen = null
        let least = TASKS_PER_WORKER
        for (const worker of workers) {
          if (worker.terminating || worker.destroyed) continue
          // piscina counts a worker with one abortable task as full (usage Infinity); it holds one.
          const usage = worker.isRunningAbortableTask ? 1 : worker.currentUsage
          if (usage < least) {
            chosen = worker
            least = usage
          }
        }
        return chosen
      },
      maxQueue: 'auto',
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB },
    })
  }

  /** Parse one input; resolves to its serialised record or error line, never rejects for the input's sake. */
  async run(task: WorkerTask, signal?: AbortSignal): Promise<WorkerOutput> {
    if (this.#active >= this.jobs * TASKS_PER_WORKER) await new Promise<void>((resolve) => this.#waiting.push(resolve))
    this.#active++
    try {
      return await this.#run(task, signal)
    } finally {
      this.#active--
      this.#waiting.shift()?.()
    }
  }

  async #run(task: WorkerTask, signal?: AbortSignal): Promise<WorkerOutput> {
    for (let handover = 0; ; handover++) {
      const clock = new SharedArrayBuffer(8)
      const limit = new AbortController()
      const watch = this.#watch(clock, limit)
      try {
        const combined = signal ? AbortSignal.any([limit.signal, signal]) : limit.signal
        return (await this.#pool.run({ ...task, clock }, { signal: combined })) as WorkerOutput
      } catch (error) {
        if (signal?.aborted) throw error
        if (limit.signal.aborted) {
          return toOutput({
            source: { path: task.id },
            error: { code: 'E_TIMEOUT', message: `Parsing took longer than ${this.#timeoutMs / 1000} s; stopped` },
          })
        }
        // Stopped while waiting behind another input in the same worker: it never ran, so run it again.
        if (startedAt(clock) === 0 && handover < MAX_HANDOVERS) continue
        const message = error instanceof Error ? error.message : String(error)
        return toOutput({
          source: { path: task.id },
          error: { code: 'E_WORKER_CRASHED', message: `The worker parsing this input died: ${message}` },
        })
      } finally {
        watch.stop()
      }
    }
  }

  /**
   * Abort `limit` once the task has run (since its worker started it) for longer than the time limit.
   *
   * A task not yet started is never aborted: it waits behind the input its worker is parsing, which has a limit of
   * its own, or for its worker to finish starting up. Aborting it would stop the worker, and with it the input
   * that is running — which would then be reported as crashed. (An earlier version charged a waiting task from its
   * hand-over, twice the limit; on a busy machine a worker that took longer than that to start up lost its first
   * input that way, one run in seven of the fault tests.)
   */
  #watch(clock: SharedArrayBuffer, limit: AbortController): { stop(): void } {
    let timer: NodeJS.Timeout
    const check = () => {
      const started = startedAt(clock)
      const left = started === 0 ? this.#timeoutMs : started + this.#timeoutMs - Date.now()
      if (left <= 0) limit.abort()
      else timer = setTimeout(check, left)
    }
    timer = setTimeout(check, this.#timeoutMs)
    return { stop: () => clearTimeout(timer) }
  }

  async close(): Promise<void> {
    await this.#pool.close({ force: true })
  }
}
