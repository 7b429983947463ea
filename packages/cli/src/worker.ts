/**
 * What a worker of the pool does with one input (`parse-worker.ts` is the module the workers run). Never throws
 * for bad input — it returns the error line instead, so only crashes and time-outs are the pool's business. The
 * lines (a record per question, or the error line) come back already serialised, with the few facts the main
 * process needs, so the main process only writes strings. It imports the parser's `core` entry, which leaves out
 * what a worker never uses (the Markdown renderer; the HTML and Markdown readers load on first use), so that each worker
 * starts ~150 ms of CPU sooner.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { ParseOptions } from '@ft-answers/parser/core'
import type { ErrorCode, ErrorRecord, FtRecord } from '@ft-answers/schema'

export interface WorkerTask {
  /** `source.path` of the record. */
  id: string
  /** A file to read… */
  path?: string
  /** …or the bytes (zip entries). */
  bytes?: Uint8Array
  options?: Omit<ParseOptions, 'path'>
}

export type WorkerResult = FtRecord | ErrorRecord

/** One finished input as the worker returns it. */
export interface WorkerOutput {
  /**
   * The input's lines, serialised: one record per question the document answers (`source.part` 1 to
   * `source.parts`), or one error line.
   */
  lines: string[]
  path: string
  sha256?: string
  error?: ErrorCode
  /** Warnings over all its records. */
  warnings: number
  /** The records' warning codes, one per warning (for the closing summary's count per code). */
  warningCodes?: string[]
  /** How many of its records say `quality: needs-review`. */
  review?: number
}

/** An input's lines (or its one error line) as the main process takes them. */
export function toOutput(given: WorkerResult | readonly WorkerResult[]): WorkerOutput {
  const results: readonly WorkerResult[] = Array.isArray(given) ? given : [given as WorkerResult]
  const [first] = results
  if (!first) throw new RangeError('An input gives at least one line')
  const output: WorkerOutput = { lines: results.map((line) => JSON.stringify(line)), path: first.source.path, warnings: 0 }
  if (first.source.sha256) output.sha256 = first.source.sha256
  if ('error' in first) {
    output.error = first.error.code
    return output
  }
  const records = results.filter((line): line is FtRecord => !('error' in line))
  output.warningCodes = records.flatMap((record) => record.warnings.map((warning) => warning.code))
  output.warnings = output.warningCodes.length
  output.review = records.filter((record) => record.quality === 'needs-review').length
  return output
}

/**
 * The parser, imported on first use: the main process imports this module too (the pool uses `toOutput`) and
 * parses nothing, so it should not load the parser. The workers load it as they start (`parse-worker.ts`).
 */
let parser: Promise<typeof import('@ft-answers/parser/core')> | undefined

/** An input's lines: its records (one per question), or its error line. */
export async function parseTask(task: WorkerTask): Promise<WorkerResult[]> {
  parser ??= import('@ft-answers/parser/core')
  const { isParseError, parseAll } = await parser
  let bytes: Uint8Array
  try {
    bytes = task.bytes ?? new Uint8Array(readFileSync(task.path ?? task.id))
  } catch (error) {
    return [{ source: { path: task.id }, error: { code: 'E_READ', message: `Cannot read ${task.id}: ${(error as Error).message}` } }]
  }
  try {
    return await parseAll(bytes, { ...task.options, path: task.id })
  } catch (error) {
    // A record carries its input's hash (the parser computes it); an error line gets it here, only when one is written.
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const failure = isParseError(error)
      ? { code: error.code, message: error.message, ...(error.page ? { page: error.page } : {}) }
      : { code: 'E_INTERNAL' as const, message: error instanceof Error ? error.message : String(error) }
    return [{ source: { path: task.id, sha256 }, error: failure }]
  }
}

/** Parse one input into the lines the main process writes. */
export async function work(task: WorkerTask): Promise<WorkerOutput> {
  return toOutput(await parseTask(task))
}
