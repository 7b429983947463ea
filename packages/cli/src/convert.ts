/** `convert`: many inputs → one JSON line each, written and flushed as each finishes. */
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { type ParseOptions, isParseError, parseFile } from '@ft-answers/parser'
import type { ErrorCode, ErrorRecord, FtRecord } from '@ft-answers/schema'

export interface ConvertResult {
  parsed: number
  failed: number
  errors: Map<ErrorCode, number>
  warnings: number
}

export type ConvertLine = FtRecord | ErrorRecord

/** Parse one file to a record or an error line; never throws for bad input. */
export async function convertOne(path: string, options: Omit<ParseOptions, 'path'> = {}): Promise<ConvertLine> {
  try {
    return await parseFile(path, options)
  } catch (error) {
    if (isParseError(error))
      return { source: { path }, error: { code: error.code, message: error.message, ...(error.page ? { page: error.page } : {}) } }
    return { source: { path }, error: { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error) } }
  }
}

export function isErrorLine(line: ConvertLine): line is ErrorRecord {
  return 'error' in line
}

/** Convert `files` to JSON lines in `out`, in order; each line is written and synced before the next file. */
export async function convertToJsonl(files: readonly string[], out: string, onLine?: (line: ConvertLine) => void): Promise<ConvertResult> {
  const result: ConvertResult = { parsed: 0, failed: 0, errors: new Map(), warnings: 0 }
  const handle = await open(out, 'w')
  try {
    for (const file of files) {
      const line = await convertOne(file)
      await handle.write(`${JSON.stringify(line)}\n`)
      await handle.datasync()
      if (isErrorLine(line)) {
        result.failed++
        result.errors.set(line.error.code, (result.errors.get(line.error.code) ?? 0) + 1)
      } else {
        result.parsed++
        result.warnings += line.warnings.length
      }
      onLine?.(line)
    }
  } finally {
    await handle.close()
  }
  return result
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
