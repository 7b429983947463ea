/**
 * The `convert` command: inputs → journal (flushed line by line, in input order) → the requested format.
 * Ctrl-C stops scheduling, writes what is done as a valid output and keeps the journal for `--resume`.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises'
import type { ErrorCode } from '@ft-answers/schema'
import { type ConvertOptions, convertAllRaw } from './convert-all.js'
import { type InputRef, expandInputs } from './inputs.js'
import { type OutputFormat, finalize, journalPath } from './output/finalize.js'
import { Journal, readJournal, resumeKey } from './output/journal.js'
import { createProgress } from './progress.js'
import type { WorkerOutput } from './worker.js'
import { createHash } from 'node:crypto'

export interface ConvertCommand extends Omit<ConvertOptions, 'skip' | 'signal' | 'ordered'> {
  paths: string[]
  out: string
  format: OutputFormat
  resume: boolean
  quiet: boolean
  /** Also list failures here as JSON lines (path, code, message). */
  errors?: string
  signal?: AbortSignal
}

export interface ConvertSummary {
  inputs: number
  skipped: number
  parsed: number
  failed: number
  byCode: Map<ErrorCode, number>
  warnings: number
  seconds: number
  interrupted: boolean
  written: string[]
}

function counts(keys: readonly string[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1)
  return map
}

/** Use up one occurrence of `key` (or only look, with `consume` false). */
function take(map: Map<string, number>, key: string, consume = true): boolean {
  const count = map.get(key) ?? 0
  if (count === 0) return false
  if (consume) map.set(key, count - 1)
  return true
}

async function contentHash(input: InputRef): Promise<string | undefined> {
  if (input.kind !== 'file') return undefined
  try {
    return createHash('sha256')
      .update(await readFile(input.path))
      .digest('hex')
  } catch {
    return undefined
  }
}

export async function runConvert(
  command: ConvertCommand,
  stderr: NodeJS.WriteStream | { isTTY?: boolean; write(text: string): boolean },
  /** Called after each line is written (progress hooks, tests). */
  onLine?: (output: WorkerOutput) => void,
): Promise<ConvertSummary> {
  const started = Date.now()
  const inputs = await expandInputs(command.paths, command.zipLimits)
  const journalFile = journalPath(command.out, command.format)
  if (command.format === 'md') await mkdir(command.out, { recursive: true })
  const previous = command.resume ? await readJournal(journalFile) : []
  // Each journal line accounts for one input: the journal is a prefix of the inputs in order, and the same
  // file may be given twice, so keys are counted, not just remembered.
  const byKey = counts(previous.map(resumeKey))
  const byPath = counts(previous.map((entry) => entry.path))
  const journal = await Journal.open(journalFile, command.resume)
  const summary: ConvertSummary = {
    inputs: inputs.length,
    skipped: 0,
    parsed: 0,
    failed: 0,
    byCode: new Map(),
    warnings: 0,
    seconds: 0,
    interrupted: false,
    written: [],
  }
  const errorsFile = command.errors ? await open(command.errors, command.resume ? 'a' : 'w') : undefined
  const progress = createProgress({ total: inputs.length, quiet: command.quiet, stream: stderr })
  const skip = async (input: InputRef): Promise<boolean> => {
    if (!take(byPath, input.id, false)) return false
    const hash = input.kind === 'file' ? await contentHash(input) : undefined
    // The same content (or a line without a hash: a read error, a time-out, an archive entry) is done.
    const seen = hash === undefined || take(byKey, `${input.id}\u0000${hash}`) || take(byKey, `${input.id}\u0000`)
    if (!seen) return false
    take(byPath, input.id)
    summary.skipped++
    progress.tick(false)
    return true
  }
  try {
    for await (const { output } of convertAllRaw(inputs, { ...command, skip, ordered: true })) {
      await journal.write(output.json)
      if (output.error) {
        summary.failed++
        summary.byCode.set(output.error, (summary.byCode.get(output.error) ?? 0) + 1)
        if (errorsFile) {
          const { error } = JSON.parse(output.json) as { error: object }
          await errorsFile.write(`${JSON.stringify({ path: output.path, ...error })}\n`)
        }
      } else {
        summary.parsed++
        summary.warnings += output.warnings
      }
      progress.tick(output.error !== undefined)
      onLine?.(output)
    }
  } finally {
    progress.stop()
    await journal.close()
    await errorsFile?.close()
  }
  summary.interrupted = command.signal?.aborted === true
  summary.written = await finalize(command.format, command.out, journalFile)
  // A finished run needs no journal (for jsonl the journal is the output).
  if (!summary.interrupted && command.format !== 'jsonl') await rm(journalFile, { force: true })
  summary.seconds = (Date.now() - started) / 1000
  return summary
}
