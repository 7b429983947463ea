/**
 * The `convert` command: inputs → journal (flushed line by line, in input order) → the requested format.
 * Ctrl-C stops scheduling, writes what is done as a valid output and keeps the journal for `--resume`.
 * Before anything is written the run checks that no output file is an input and takes the output's lock; a run
 * that cannot go on throws a `CliFailure` (usage: exit 2; output: exit 3) with a one-line message.
 */

import { createHash } from 'node:crypto'
import { type FileHandle, mkdir, open, readFile, rm, stat } from 'node:fs/promises'
import type { ErrorCode } from '@ft-answers/schema'
import { type ConvertOptions, convertAllRaw } from './convert-all.js'
import { OutputError, UsageError } from './exit-codes.js'
import { expandInputs, type InputRef } from './inputs.js'
import { finalize, journalPath, type OutputFormat, tablesPath } from './output/finalize.js'
import { refuseOverwritingInputs, type Target } from './output/guard.js'
import { Journal, type LineSink, readJournal, resumeKey, StdoutSink } from './output/journal.js'
import { OutputLock } from './output/lock.js'
import { STDOUT } from './output/target.js'
import { createProgress } from './progress.js'
import type { WorkerOutput } from './worker.js'

export interface ConvertCommand extends Omit<ConvertOptions, 'skip' | 'signal' | 'ordered'> {
  paths: string[]
  out: string
  format: OutputFormat
  resume: boolean
  quiet: boolean
  /** Also list failures here as JSON lines (path, code, message). */
  errors?: string
  /** Where `--out -` writes its lines (default: process.stdout). */
  stdout?: (text: string) => void
  signal?: AbortSignal
}

export interface ConvertSummary {
  inputs: number
  skipped: number
  /** Documents parsed. */
  parsed: number
  /** Records written: one per question the parsed documents answer (as many as `parsed` or more). */
  records: number
  failed: number
  byCode: Map<ErrorCode, number>
  warnings: number
  /** How many warnings of each code the parsed records carry. */
  byWarning: Map<string, number>
  /** Records marked `quality: needs-review`. */
  review: number
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

/** The files a run writes, for the check that none of them is an input. */
function targets(command: ConvertCommand, journalFile: string): { files: Target[]; folder?: Target } {
  const files: Target[] = command.out === STDOUT ? [] : [{ path: journalFile, role: command.format === 'jsonl' ? '--out' : 'the journal' }]
  if (command.format === 'json') files.push({ path: command.out, role: '--out' })
  if (command.format === 'csv' || command.format === 'parquet') {
    files.push({ path: command.out, role: '--out' }, { path: tablesPath(command.out), role: 'the tables file' })
  }
  if (command.errors) files.push({ path: command.errors, role: '--errors' })
  return command.format === 'md' ? { files, folder: { path: command.out, role: '--out' } } : { files }
}

/** `--out` must be a folder for `--format md` and a file otherwise; devices and pipes are written as they are. */
async function checkOutKind(command: ConvertCommand): Promise<{ lockable: boolean }> {
  if (command.out === STDOUT) {
    if (command.resume) throw new UsageError('--resume needs an output file to resume from; stdout (--out -) keeps none')
    return { lockable: false }
  }
  const info = await stat(command.out).catch(() => undefined)
  if (command.format === 'md') {
    if (info && !info.isDirectory()) throw new UsageError(`--out ${command.out} is a file; --format md writes a folder of Markdown files`)
    return { lockable: true }
  }
  if (info?.isDirectory()) {
    throw new UsageError(
      `--out ${command.out} is a folder; --format ${command.format} writes a file (give a file name, or use --format md)`,
    )
  }
  // Two runs writing to /dev/null or a pipe cannot lose each other's records, and /dev has no room for a lock.
  return { lockable: !info || info.isFile() }
}

export async function runConvert(
  command: ConvertCommand,
  stderr: NodeJS.WriteStream | { isTTY?: boolean; write(text: string): boolean },
  /** Called after each line is written (progress hooks, tests). */
  onLine?: (output: WorkerOutput) => void,
): Promise<ConvertSummary> {
  const started = Date.now()
  const inputs = await expandInputs(command.paths, command.zipLimits)
  const summary: ConvertSummary = {
    inputs: inputs.length,
    skipped: 0,
    parsed: 0,
    records: 0,
    failed: 0,
    byCode: new Map(),
    warnings: 0,
    byWarning: new Map(),
    review: 0,
    seconds: 0,
    interrupted: false,
    written: [],
  }
  if (inputs.length === 0) return summary
  const journalFile = journalPath(command.out, command.format)
  const { files, folder } = targets(command, journalFile)
  await refuseOverwritingInputs(inputs, files, folder)
  const { lockable } = await checkOutKind(command)
  const lock = lockable ? await OutputLock.acquire(command.out, (text) => stderr.write(text)) : undefined
  try {
    await convertLocked(command, inputs, journalFile, summary, stderr, onLine)
  } finally {
    await lock?.release()
  }
  summary.seconds = (Date.now() - started) / 1000
  return summary
}

/** The run itself, once the output is known to be safe to write and this run holds its lock. */
async function convertLocked(
  command: ConvertCommand,
  inputs: readonly InputRef[],
  journalFile: string,
  summary: ConvertSummary,
  stderr: NodeJS.WriteStream | { isTTY?: boolean; write(text: string): boolean },
  onLine?: (output: WorkerOutput) => void,
): Promise<void> {
  if (command.format === 'md') {
    await mkdir(command.out, { recursive: true }).catch((error: unknown) => {
      throw new OutputError(command.out, error)
    })
  }
  const previous = command.resume ? await readJournal(journalFile) : []
  // Each journal entry accounts for one input, all its records written (readJournal drops a document cut short):
  // the journal is a prefix of the inputs in order, and the same file may be given twice, so keys are counted.
  const byKey = counts(previous.map(resumeKey))
  const byPath = counts(previous.map((entry) => entry.path))
  // The errors file first: if it cannot be opened, no journal (for jsonl: the output) has been touched.
  const errorsFile = command.errors ? await openOutput(command.errors, command.resume ? 'a' : 'w') : undefined
  let journal: LineSink
  try {
    journal =
      command.out === STDOUT
        ? new StdoutSink(command.stdout ?? ((text) => process.stdout.write(text)))
        : await Journal.open(journalFile, command.resume)
  } catch (error) {
    await errorsFile?.close()
    throw error
  }
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
      // All the input's records in one write: a kill leaves them whole or as a cut tail that --resume drops.
      await journal.write(output.lines.join('\n'))
      if (output.error) {
        summary.failed++
        summary.byCode.set(output.error, (summary.byCode.get(output.error) ?? 0) + 1)
        if (errorsFile && command.errors) {
          const { error } = JSON.parse(output.lines[0] ?? '{}') as { error: object }
          await errorsFile.write(`${JSON.stringify({ path: output.path, ...error })}\n`).catch((cause: unknown) => {
            throw new OutputError(command.errors as string, cause)
          })
        }
      } else {
        summary.parsed++
        summary.records += output.lines.length
        summary.warnings += output.warnings
        for (const code of output.warningCodes ?? []) summary.byWarning.set(code, (summary.byWarning.get(code) ?? 0) + 1)
        summary.review += output.review ?? 0
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
  summary.written = command.out === STDOUT ? [] : await finalize(command.format, command.out, journalFile)
  // A finished run needs no journal (for jsonl the journal is the output).
  if (!summary.interrupted && command.format !== 'jsonl') await rm(journalFile, { force: true })
}

async function openOutput(path: string, flags: 'a' | 'w'): Promise<FileHandle> {
  try {
    return await open(path, flags)
  } catch (error) {
    throw new OutputError(path, error)
  }
}
