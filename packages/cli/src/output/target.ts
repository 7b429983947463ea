/**
 * Which format `convert` writes: `--out`'s extension names it (`answers.parquet`), `--format` may say the same or
 * name a format for a file without a known extension, and `--out -` is JSONL on stdout. A `--format` that
 * contradicts the extension is a usage error: writing JSONL into `answers.parquet` helps nobody.
 */
import { extname } from 'node:path'
import { UsageError } from '../exit-codes.js'
import type { OutputFormat } from './formats.js'

/** `--out -`: JSONL on stdout. */
export const STDOUT = '-'

/** The format each output file extension names. */
const BY_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
  '.parquet': 'parquet',
}

/** The format that `--format` (`requested`, if given) and `--out`'s name agree on; throws `UsageError` if they differ. */
export function outputFormat(out: string, requested?: OutputFormat): OutputFormat {
  if (out === STDOUT) {
    if (requested !== undefined && requested !== 'jsonl') {
      throw new UsageError(`--out - writes JSONL to stdout; --format ${requested} needs a file name`)
    }
    return 'jsonl'
  }
  const extension = extname(out).toLowerCase()
  const named = BY_EXTENSION[extension]
  if (requested !== undefined && named !== undefined && requested !== named) {
    const rename = requested === 'md' ? 'give a folder name' : `name the file .${requested}`
    throw new UsageError(`--out ${out} is a ${extension} file, but --format is ${requested}; leave out --format or ${rename}`)
  }
  return requested ?? named ?? 'jsonl'
}
