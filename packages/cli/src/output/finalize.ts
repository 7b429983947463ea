/**
 * The requested output format, written from the journal when the run ends (or is interrupted): JSON array, CSV
 * (documents + long-format table cells), Parquet (the same two tables, typed, streamed in row groups), or one
 * Markdown file per document.
 * Each file is written to a temporary name and renamed, so a reader never sees half a file; if writing fails
 * (disk full, a read-only folder) the temporary file is removed and an `OutputError` names the file.
 *
 * What only one format needs (the CSV writer, the Parquet writer, the parser's Markdown rendering, which loads the
 * whole parser) is imported when that format is written: `convert` imports this module in its main thread, which
 * parses nothing, and a JSONL run should not wait for them at start-up.
 */
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { OutputError } from '../exit-codes.js'
import type { WorkerResult } from '../worker.js'
import { CELL_TABLE, type CellRow, type Column, cellRows, DOCUMENT_TABLE, type DocumentRow, documentRow } from './flatten.js'
import { journalLines, journalText } from './journal.js'

export { OUTPUT_FORMATS, type OutputFormat } from './formats.js'

import type { OutputFormat } from './formats.js'

/** Where the journal lives for each format. */
export function journalPath(out: string, format: OutputFormat): string {
  if (format === 'jsonl') return out
  if (format === 'md') return join(out, '.ft-answers.partial.jsonl')
  return `${out}.partial.jsonl`
}

/** The second file of CSV and Parquet output: `out.csv` → `out.tables.csv`. */
export function tablesPath(out: string): string {
  const extension = extname(out)
  return join(dirname(out), `${basename(out, extension)}.tables${extension}`)
}

/** The temporary name a file is written under before it is renamed into place. */
export function temporaryPath(path: string): string {
  return `${path}.tmp-${process.pid}`
}

/** Write `path` under a temporary name and rename it; on failure remove the temporary file and throw `OutputError`. */
async function atomically(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = temporaryPath(path)
  try {
    await write(temporary)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    throw error instanceof OutputError ? error : new OutputError(path, error)
  }
}

async function writeCsv<Row extends object>(path: string, columns: ReadonlyArray<Column<Row>>, rows: AsyncIterable<Row>): Promise<void> {
  const { stringify } = await import('csv-stringify')
  await atomically(path, (temporary) =>
    pipeline(
      Readable.from(rows),
      stringify({
        header: true,
        columns: columns.map((column) => column.name),
        // Lists as JSON (`["V","S"]`, `[{"name":…}]`), booleans as `true`/`false`; null is an empty cell.
        cast: { boolean: (value) => (value ? 'true' : 'false'), object: (value) => JSON.stringify(value) },
      }),
      createWriteStream(temporary),
    ),
  )
}

/** A file name for a document's Markdown, inside the output folder (never outside it). */
export function markdownName(path: string, index: number): string {
  const base = path
    .replace(/\.[a-z]+$/iu, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '_')
    .replace(/^_+|_+$/gu, '')
    .slice(-120)
  return `${String(index + 1).padStart(5, '0')}_${base || 'document'}.md`
}

/** The journal's lines as the text of a JSON array, one element a line. */
async function* jsonArray(journal: string): AsyncGenerator<string> {
  let first = true
  for await (const line of journalText(journal)) {
    yield `${first ? '[' : ','}\n${line}`
    first = false
  }
  yield first ? '[]\n' : '\n]\n'
}

/** The rows `map` makes of each journal line, one line at a time. */
async function* rows<T>(lines: AsyncIterable<WorkerResult>, map: (line: WorkerResult) => T[]): AsyncGenerator<T> {
  for await (const line of lines) yield* map(line)
}

/** Write the requested format from the journal; returns the files written. */
export async function finalize(format: OutputFormat, out: string, journal: string): Promise<string[]> {
  switch (format) {
    case 'jsonl':
      return [out]
    case 'json': {
      // The journal's lines are JSON already: the array is written from them as they are read, without parsing.
      await atomically(out, (temporary) => pipeline(Readable.from(jsonArray(journal)), createWriteStream(temporary)))
      return [out]
    }
    case 'csv': {
      await writeCsv<DocumentRow>(
        out,
        DOCUMENT_TABLE,
        rows(journalLines(journal), (line) => [documentRow(line)]),
      )
      await writeCsv<CellRow>(tablesPath(out), CELL_TABLE, rows(journalLines(journal), cellRows))
      return [out, tablesPath(out)]
    }
    case 'parquet': {
      const { writeParquetFile } = await import('./parquet.js')
      // Each table is streamed from the journal into row groups: nothing is held for the whole run.
      await atomically(out, (temporary) =>
        writeParquetFile<DocumentRow>(
          temporary,
          DOCUMENT_TABLE,
          rows(journalLines(journal), (line) => [documentRow(line)]),
        ),
      )
      await atomically(tablesPath(out), (temporary) =>
        writeParquetFile<CellRow>(temporary, CELL_TABLE, rows(journalLines(journal), cellRows)),
      )
      return [out, tablesPath(out)]
    }
    case 'md': {
      const { recordToMarkdown } = await import('@ft-answers/parser')
      await mkdir(out, { recursive: true }).catch((error: unknown) => {
        throw new OutputError(out, error)
      })
      const written: string[] = []
      let index = 0
      for await (const line of journalLines(journal)) {
        const position = index++
        if ('error' in line) continue
        const path = join(out, markdownName(line.source.path, position))
        await atomically(path, (temporary) => writeFile(temporary, recordToMarkdown(line)))
        written.push(path)
      }
      return written
    }
  }
}
