/**
 * `convertAll(inputs, options)`: parse many inputs in parallel, yielding each input's records (one per question the
 * document answers) or its error line.
 * Inputs are scheduled in a sliding window ahead of the next one to yield, so memory stays bounded however
 * many inputs there are and however slow one of them is.
 */
import type { ParseOptions } from '@ft-answers/parser'
import { expandInputs, type InputRef } from './inputs.js'
import { ParsePool, type PoolOptions } from './pool.js'
import { toOutput, type WorkerOutput, type WorkerResult, type WorkerTask } from './worker.js'
import type { ZipLimits } from './zip.js'
import { ZipCache } from './zip-cache.js'

export interface ConvertOptions extends PoolOptions {
  /** Parser options for every input. */
  parse?: Omit<ParseOptions, 'path'>
  zipLimits?: ZipLimits
  /** Yield in input order (default true); otherwise as inputs finish. */
  ordered?: boolean
  /** Skip an input (e.g. already converted); it is not yielded. */
  skip?: (input: InputRef) => boolean | Promise<boolean>
  /** Stop early: in-flight inputs are abandoned and nothing more is yielded. */
  signal?: AbortSignal
}

export interface ConvertItem {
  /** Position of the input in the expanded input list. */
  index: number
  input: InputRef
  /** The input's records, one per question its document answers (`source.part` 1 to `source.parts`), or its error line. */
  lines: WorkerResult[]
  /** The first of `lines`: the record of a document's first question, or the error line. */
  line: WorkerResult
}

/** An input's result as the workers return it: the line serialised, with the facts a writer needs. */
export interface RawConvertItem {
  index: number
  input: InputRef
  output: WorkerOutput
}

/** Inputs in flight per worker: enough to keep workers busy while the main process reads zip entries. */
const WINDOW_PER_JOB = 4

export function isErrorResult(line: WorkerResult): line is Extract<WorkerResult, { error: unknown }> {
  return 'error' in line
}

/** Parse many inputs in parallel; yields each input's records or its error line. */
export async function* convertAll(inputs: ReadonlyArray<string | InputRef>, options: ConvertOptions = {}): AsyncGenerator<ConvertItem> {
  for await (const { index, input, output } of convertAllRaw(inputs, options)) {
    const lines = output.lines.map((line) => JSON.parse(line) as WorkerResult)
    yield { index, input, lines, line: lines[0] as WorkerResult }
  }
}

/** As `convertAll`, but yields the lines serialised: for writers, which need not parse them again. */
export async function* convertAllRaw(
  inputs: ReadonlyArray<string | InputRef>,
  options: ConvertOptions = {},
): AsyncGenerator<RawConvertItem> {
  const refs: InputRef[] = []
  for (const input of inputs) {
    if (typeof input === 'string') refs.push(...(await expandInputs([input], options.zipLimits)))
    else refs.push(input)
  }
  const pool = new ParsePool(options)
  const archives = new ZipCache(refs, options.zipLimits)
  const window = pool.jobs * WINDOW_PER_JOB
  const ordered = options.ordered !== false
  const done = new Map<number, RawConvertItem | null>()
  const running = new Map<number, Promise<number>>()
  let scheduled = 0
  let yielded = 0

  const task = async (input: InputRef): Promise<WorkerOutput> => {
    if (input.kind === 'unreadable') return toOutput({ source: { path: input.id }, error: { code: input.code, message: input.message } })
    let job: WorkerTask = { id: input.id, ...(options.parse ? { options: options.parse } : {}) }
    if (input.kind === 'file') job = { ...job, path: input.path }
    else {
      try {
        job = { ...job, bytes: await archives.read(input) }
      } catch (error) {
        const problem = error as { code?: 'E_ZIP_CORRUPT' | 'E_ZIP_UNSAFE'; message: string }
        return toOutput({ source: { path: input.id }, error: { code: problem.code ?? 'E_ZIP_CORRUPT', message: problem.message } })
      }
    }
    return pool.run(job, options.signal)
  }

  const start = (index: number) => {
    const input = refs[index] as InputRef
    const promise = (async () => {
      try {
        if (options.skip && (await options.skip(input))) {
          archives.release(input)
          done.set(index, null)
        } else done.set(index, { index, input, output: await task(input) })
      } catch {
        // Only a stop (options.signal) rejects a task; the loop sees the signal and returns.
        done.set(index, null)
      }
      return index
    })()
    running.set(index, promise)
  }

  try {
    while (yielded < refs.length) {
      if (options.signal?.aborted) return
      while (scheduled < refs.length && scheduled < yielded + window) start(scheduled++)
      if (ordered) {
        if (!done.has(yielded)) {
          // Wait for any input to finish; finished inputs leave `running` so the race never spins on them.
          running.delete(await Promise.race(running.values()))
          continue
        }
        const item = done.get(yielded)
        done.delete(yielded)
        running.delete(yielded)
        yielded++
        if (item) yield item
      } else {
        const index = await Promise.race(running.values())
        running.delete(index)
        const item = done.get(index)
        done.delete(index)
        yielded++
        if (item) yield item
      }
    }
  } finally {
    await pool.close()
    archives.close()
  }
}
