/**
 * A pool of worker threads (piscina) that parse inputs. A task that runs past its timeout is aborted — piscina
 * terminates the worker and starts a new one — and becomes `E_TIMEOUT`; a worker that dies (out of memory under
 * its resource limit, a crash) becomes `E_WORKER_CRASHED`. Either way the batch goes on.
 */
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { type WorkerOutput, type WorkerTask, toOutput } from './worker.js'

export interface PoolOptions {
  /** Worker threads (default: the machine's cores). */
  jobs?: number
  /** Per-input time limit in milliseconds (default 60 s). */
  timeoutMs?: number
  /** Heap limit of each worker in MB (default 1024). */
  maxMemoryMb?: number
  /** The worker module (default: this package's worker); tests pass workers that crash or hang. */
  workerUrl?: URL
}

export const DEFAULT_TIMEOUT_MS = 60_000
export const DEFAULT_MAX_MEMORY_MB = 1024

/** The compiled worker: from `src/` (tests) the build in `dist/`, from `dist/` its neighbour. */
function defaultWorker(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../dist/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url)
}

export class ParsePool {
  readonly jobs: number
  readonly #pool: Piscina
  readonly #timeoutMs: number
  /** Tasks handed to piscina: at most one per worker, so a task's time limit starts when a worker takes it. */
  #active = 0
  readonly #waiting: Array<() => void> = []

  constructor(options: PoolOptions = {}) {
    this.jobs = Math.max(1, options.jobs ?? availableParallelism())
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    this.#pool = new Piscina({
      filename: (options.workerUrl ?? defaultWorker()).href,
      minThreads: this.jobs,
      maxThreads: this.jobs,
      maxQueue: 'auto',
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB },
    })
  }

  /** Parse one input; resolves to its serialised record or error line, never rejects for the input's sake. */
  async run(task: WorkerTask, signal?: AbortSignal): Promise<WorkerOutput> {
    if (this.#active >= this.jobs) await new Promise<void>((resolve) => this.#waiting.push(resolve))
    this.#active++
    try {
      return await this.#run(task, signal)
    } finally {
      this.#active--
      this.#waiting.shift()?.()
    }
  }

  async #run(task: WorkerTask, signal?: AbortSignal): Promise<WorkerOutput> {
    const timeout = AbortSignal.timeout(this.#timeoutMs)
    const combined = signal ? AbortSignal.any([timeout, signal]) : timeout
    try {
      return (await this.#pool.run(task, { signal: combined })) as WorkerOutput
    } catch (error) {
      if (signal?.aborted) throw error
      if (timeout.aborted) {
        return toOutput({
          source: { path: task.id },
          error: { code: 'E_TIMEOUT', message: `Parsing took longer than ${this.#timeoutMs / 1000} s; stopped` },
        })
      }
      const message = error instanceof Error ? error.message : String(error)
      return toOutput({
        source: { path: task.id },
        error: { code: 'E_WORKER_CRASHED', message: `The worker parsing this input died: ${message}` },
      })
    }
  }

  async close(): Promise<void> {
    await this.#pool.close({ force: true })
  }
}
