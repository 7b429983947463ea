/**
 * The journal: the JSON lines of each finished input — a record per question its document answers (`source.part`
 * 1 to `source.parts`), or one error line — appended in input order and flushed as it goes. For `--format jsonl` it
 * is the output itself; for other formats it sits next to the output until the run is complete. A killed run leaves
 * a valid journal, which `--resume` continues from: a partial last line, and the records of a document cut short
 * (part 1 of 2 written, not part 2), are cut off, so the document is parsed again and no row is written twice.
 */
import { createReadStream, writeSync } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { open, readFile, stat, truncate } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { OutputError } from '../exit-codes.js'
import type { WorkerResult } from '../worker.js'

/** Sync the journal to disk after this many lines (each line is written to the OS at once). */
const SYNC_EVERY = 64

/** What `--resume` needs of a journal line. */
export interface JournalEntry {
  path: string
  sha256?: string
}

/** One journal line's `source`: the input, and which of the document's records the line is (1 of 1 for errors). */
interface LineEntry extends JournalEntry {
  part: number
  parts: number
}

/** The `source` of one journal line, or a description of what is wrong with it. */
function entryOf(line: string): LineEntry | string {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return `not JSON (${(error as Error).message})`
  }
  const source = (value as { source?: { path?: unknown; sha256?: unknown; part?: unknown; parts?: unknown } } | null)?.source
  if (typeof source?.path !== 'string') return 'not a record or error line (no source.path)'
  const part = typeof source.part === 'number' ? source.part : 1
  const parts = typeof source.parts === 'number' ? source.parts : 1
  return typeof source.sha256 === 'string' ? { path: source.path, sha256: source.sha256, part, parts } : { path: source.path, part, parts }
}

/**
 * Read an existing journal for `--resume`, cutting off a partial last line left by a killed run. A line that is
 * not a record or error line stops the run (`OutputError`, exit 3) before anything is written: resuming from it
 * would mix the journal with something else.
 */
export async function readJournal(path: string): Promise<JournalEntry[]> {
  const info = await stat(path).catch(() => undefined)
  if (!info) return []
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new OutputError(path, error, 'resume from')
  }
  const lines = text.slice(0, text.lastIndexOf('\n') + 1).split('\n')
  const entries: JournalEntry[] = []
  /** Where the last whole document ends (a character offset), and the parts of the one being read. */
  let end = 0
  let offset = 0
  let expected = 1
  for (const [index, line] of lines.entries()) {
    offset += line.length + 1
    if (line.trim() === '') continue
    const entry = entryOf(line)
    const problem =
      typeof entry === 'string'
        ? entry
        : entry.part !== expected
          ? `part ${entry.part} of a document where part ${expected} was due`
          : undefined
    if (problem !== undefined || typeof entry === 'string') {
      throw new OutputError(
        path,
        new Error(`line ${index + 1} is ${problem}; fix or delete that line, or run without --resume to start afresh`),
        'resume from',
      )
    }
    if (entry.part < entry.parts) {
      expected = entry.part + 1
      continue
    }
    // The document's last record: the input is done.
    expected = 1
    end = offset
    entries.push(entry.sha256 === undefined ? { path: entry.path } : { path: entry.path, sha256: entry.sha256 })
  }
  if (end < text.length)
    await truncate(path, Buffer.byteLength(text.slice(0, end))).catch((error: unknown) => {
      throw new OutputError(path, error, 'resume from')
    })
  return entries
}

/** Every line of a journal as written (blank lines skipped), read as a stream: a journal may be larger than memory. */
export async function* journalText(path: string): AsyncGenerator<string> {
  const info = await stat(path).catch(() => undefined)
  if (!info) return
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY })
  for await (const line of lines) if (line.trim() !== '') yield line
}

/** Every line of a journal, parsed, one at a time. */
export async function* journalLines(path: string): AsyncGenerator<WorkerResult> {
  for await (const line of journalText(path)) yield JSON.parse(line) as WorkerResult
}

export class Journal implements LineSink {
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

  /**
   * Append one serialised line. It is handed to the OS with a synchronous `write` before this returns: a few kB into
   * the page cache cost the main thread less than a round trip through libuv's thread pool and a promise per
   * document (what `FileHandle.write` does), and the line is just as much written when the run is killed after it.
   */
  async write(json: string): Promise<void> {
    if (!this.#handle) throw new OutputError(this.path, new Error('journal is closed'))
    try {
      writeWhole(this.#handle.fd, `${json}\n`)
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

/** Write all of `text` at the file's end: a short write (a pipe, a disk filling up) goes on with the rest. */
function writeWhole(fd: number, text: string): void {
  const written = writeSync(fd, text)
  const length = Buffer.byteLength(text)
  if (written === length) return
  const bytes = Buffer.from(text)
  for (let at = written; at < length; ) at += writeSync(fd, bytes, at)
}

/** Where a run's lines go: the journal file, or stdout for `--out -`. */
export interface LineSink {
  write(json: string): Promise<void>
  close(): Promise<void>
}

/** `--out -`: each line goes to stdout as it is done; nothing to sync, nothing to resume from. */
export class StdoutSink implements LineSink {
  readonly #write: (text: string) => void
  constructor(write: (text: string) => void) {
    this.#write = write
  }
  async write(json: string): Promise<void> {
    this.#write(`${json}\n`)
  }
  async close(): Promise<void> {}
}

/** The identity of an input for `--resume`: its path and the hash of its content. */
export function resumeKey(entry: JournalEntry): string {
  return `${entry.path}\u0000${entry.sha256 ?? ''}`
}
