/**
 * What a thread of the pool does with one input (`worker-thread.ts` is the module the threads run). Never throws
 * for bad input — it returns the error line instead, so only crashes and time-outs are the pool's business. The
 * line comes back already serialised, with the few facts the main thread needs, so the main thread only writes
 * strings.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { isParseError, type ParseOptions, parse } from '@ft-answers/parser'
import type { ErrorCode, ErrorRecord, FtRecord } from '@ft-answers/schema'

export interface WorkerTask {
  /** `source.path` of the record. */
  id: string
  /** A file to read… */
  path?: string
  /** …or the bytes (zip entries). */
  bytes?: Uint8Array
  options?: Omit<ParseOptions, 'path'>
  /**
   * Set by the pool: eight shared bytes where the worker writes the time (ms since the epoch) it starts the task,
   * so that the task's time limit runs from then, not from when it was handed over (see `oneAtATime`).
   */
  clock?: SharedArrayBuffer
}

export type WorkerResult = FtRecord | ErrorRecord

/** One finished input as the worker returns it. */
export interface WorkerOutput {
  /** The record or error line, serialised. */
  json: string
  path: string
  sha256?: string
  error?: ErrorCode
  warnings: number
  /** The record's warning codes, one per warning (for the closing summary's count per code). */
  warningCodes?: string[]
  /** Whether the record says `quality: needs-review`. */
  review?: boolean
}

export function toOutput(line: WorkerResult): WorkerOutput {
  const output: WorkerOutput = { json: JSON.stringify(line), path: line.source.path, warnings: 'error' in line ? 0 : line.warnings.length }
  if (line.source.sha256) output.sha256 = line.source.sha256
  if ('error' in line) output.error = line.error.code
  else {
    output.warningCodes = line.warnings.map((warning) => warning.code)
    output.review = line.quality === 'needs-review'
  }
  return output
}

export async function parseTask(task: WorkerTask): Promise<WorkerResult> {
  let bytes: Uint8Array
  try {
    bytes = task.bytes ?? new Uint8Array(await readFile(task.path ?? task.id))
  } catch (error) {
    return { source: { path: task.id }, error: { code: 'E_READ', message: `Cannot read ${task.id}: ${(error as Error).message}` } }
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  try {
    return await parse(bytes, { ...task.options, path: task.id })
  } catch (error) {
    if (isParseError(error)) {
      return {
        source: { path: task.id, sha256 },
        error: { code: error.code, message: error.message, ...(error.page ? { page: error.page } : {}) },
      }
    }
    return {
      source: { path: task.id, sha256 },
      error: { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error) },
    }
  }
}

/** Parse one input into the line the main thread writes. */
export async function work(task: WorkerTask): Promise<WorkerOutput> {
  return toOutput(await parseTask(task))
}

/** When the worker started `task`: ms since the epoch, or 0 while it waits behind another input. */
export function startedAt(clock: SharedArrayBuffer): number {
  return Number(Atomics.load(new BigInt64Array(clock), 0))
}

/**
 * The pool hands each worker a second input while it parses the first, so that the next input is already there
 * when one finishes (no round trip through a main thread that competes with the workers for the cores). The
 * worker still parses one input at a time, in the order they came, and stamps each one's `clock` as it starts.
 */
export function oneAtATime<Output>(handler: (task: WorkerTask) => Promise<Output>): (task: WorkerTask) => Promise<Output> {
  let previous: Promise<unknown> = Promise.resolve()
  return (task) => {
    const current = previous.then(() => {
      if (task.clock) Atomics.store(new BigInt64Array(task.clock), 0, BigInt(Date.now()))
      return handler(task)
    })
    previous = current.catch(() => undefined)
    return current
  }
}
