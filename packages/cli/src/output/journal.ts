/**
 * The journal: one JSON line per finished input, appended in input order and flushed as it goes. For
 * `--format jsonl` it is the output itself; for other formats it sits next to the output until the run is
 * complete. A killed run leaves a valid journal (a partial last line is cut off on resume), which `--resume`
 * continues from.
 */
import { open, readFile, stat, truncate } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import type { WorkerResult } from '../worker.js'

/** Sync the journal to disk after this many lines (each line is written to the OS at once). */
const SYNC_EVERY = 64

export class OutputError extends Error {
  constructor(path: string, cause: unknown) {
    super(`Cannot write ${path}: ${(cause as Error)?.message ?? String(cause)}`, { cause })
    this.name = 'OutputError'
  }
}

/** What `--resume` needs of a journal line. */
export interface JournalEntry {
  path: string
  sha256?: string
}

/** Read an existing journal, cutting off a partial last line left by a killed run. */
export async function readJournal(path: string): Promise<JournalEntry[]> {
  const info = await stat(path).catch(() => undefined)
  if (!info) return []
  const text = await readFile(path, 'utf8')
  const end = text.lastIndexOf('\n') + 1
  if (end < text.length) await truncate(path, Buffer.byteLength(text.slice(0, end)))
  const entries: JournalEntry[] = []
  for (const line of text.slice(0, end).split('\n')) {
    if (line.trim() === '') continue
    const { source } = JSON.parse(line) as WorkerResult
    entries.push(source.sha256 ? { path: source.path, sha256: source.sha256 } : { path: source.path })
  }
  return entries
}

/** Every line of a journal, parsed, one at a time. */
export async function* journalLines(path: string): AsyncGenerator<WorkerResult> {
  const text = await readFile(path, 'utf8').catch(() => '')
  for (const line of text.split('\n')) if (line.trim() !== '') yield JSON.parse(line) as WorkerResult
}

export class Journal {
  readonly path: string
  #handle: FileHandle | undefined
  #unsynced = 0

  private constructor(path: string, handle: FileHandle) {
    this.path = path
    this.#handle = handle
  }

  /** Open for writing: truncate, or append when resuming. */
  static async open(path: string, append: boolean): Promise<Journal> {
    try {
      return new Journal(path, await open(path, append ? 'a' : 'w'))
    } catch (error) {
      throw new OutputError(path, error)
    }
  }

  /** Append one serialised line. */
  async write(json: string): Promise<void> {
    if (!this.#handle) throw new OutputError(this.path, new Error('journal is closed'))
    try {
      await this.#handle.write(`${json}\n`)
      if (++this.#unsynced >= SYNC_EVERY) {
        await this.#handle.datasync()
        this.#unsynced = 0
      }
    } catch (error) {
      throw new OutputError(this.path, error)
    }
  }

  async close(): Promise<void> {
    const handle = this.#handle
    this.#handle = undefined
    if (!handle) return
    try {
      // Devices such as /dev/full or a pipe cannot be synced; the lines were written all the same.
      await handle.datasync().catch(() => undefined)
    } finally {
      await handle.close()
    }
  }
}

/** The identity of an input for `--resume`: its path and the hash of its content. */
export function resumeKey(entry: JournalEntry): string {
  return `${entry.path}\u0000${entry.sha256 ?? ''}`
}
