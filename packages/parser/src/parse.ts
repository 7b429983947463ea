/**
 * `parse(input, options)`: any supported input → mdast block tree → validated record.
 */
import { hash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { type FtRecord, type SourceFormat, safeParseRecord } from '@ft-answers/schema'
import type { Root } from 'mdast'
import { checkpoint, throwIfAborted } from './abort.js'
import { ParseError } from './errors.js'
import { notAFolketingDocument } from './extract/not-an-answer.js'
import { firstRecord } from './extract/parts.js'
import { extractRecords } from './extract/record.js'
import { decodeText } from './input/decode.js'
import { sniffFormat } from './input/sniff.js'
import { textToTree } from './input/text.js'
import { Messages } from './messages.js'
import { warmHotPatterns } from './util/hot-patterns.js'
import { repairedText } from './util/mojibake.js'

/** Inputs larger than this are refused (`E_TOO_LARGE`); the largest real answer seen is ~2 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

export interface ParseOptions {
  /** Name recorded as `source.path` (defaults to `<input>`). */
  path?: string
  /** Skip sniffing and read the input as this format. */
  format?: SourceFormat
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number
  /** Refuse PDFs with more pages than this (`E_TOO_LARGE`). */
  maxPages?: number
  /**
   * Refuse PDFs whose Flate streams inflate to more than this many bytes in total (`E_TOO_LARGE`; default
   * `DEFAULT_MAX_INFLATED_BYTES`, 256 MB): pdf.js inflates outside the JS heap, where no heap limit reaches.
   */
  maxInflatedBytes?: number
  /** Throw `E_NOT_AN_ANSWER` for documents that are not Folketing question/answer documents (default true). */
  requireFolketingDocument?: boolean
  /**
   * Stops the parse, checked between stages and per PDF page: `E_TIMEOUT` when it timed out
   * (`AbortSignal.timeout(ms)`), `E_ABORTED` otherwise.
   */
  signal?: AbortSignal
}

export interface TreeResult {
  tree: Root
  format: SourceFormat
  pages: number | null
  messages: Messages
}

/** What `parse` reads: the document's text, or its bytes — a Node `Buffer`, any `Uint8Array`, an `ArrayBuffer`. */
export type ParseInput = string | Uint8Array | ArrayBuffer

/** One encoder for every string input: it keeps no state between calls, and making one costs more than a letter's encoding. */
const ENCODER = new TextEncoder()

function toBytes(input: ParseInput): Uint8Array {
  if (typeof input === 'string') return ENCODER.encode(input)
  if (input instanceof ArrayBuffer) return new Uint8Array(input)
  // A Buffer (or another Uint8Array subclass) as a plain Uint8Array over the same bytes: pdf.js refuses Buffers.
  return input.constructor === Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
}

/** Any input → the mdast block tree with provenance, before extraction. */
export async function parseToTree(input: ParseInput, options: ParseOptions = {}): Promise<TreeResult> {
  const { bytes: _, ...result } = await readTree(input, options)
  return result
}

/**
 * An HTML page's block tree: through its markup (tables, footnotes), or — a page of lines, as ft.dk renders a PDF —
 * its lines read by the text reader, placed back at the HTML's source lines.
 */
async function htmlToTree(html: string, messages: Messages): Promise<Root> {
  const { readHtml, placeAtSourceLines } = await import('./input/html.js')
  const reading = readHtml(html)
  if ('tree' in reading) return reading.tree
  const before = messages.list.length
  const tree = textToTree(reading.lines.lines.join('\n'), messages)
  placeAtSourceLines(tree, reading.lines.sourceLines, messages.list.slice(before))
  return tree
}

/** `parseToTree`, with the input's bytes (a string encoded once, for the tree and for the record's hash). */
async function readTree(input: ParseInput, options: ParseOptions): Promise<TreeResult & { bytes: Uint8Array }> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    throw new TypeError('Cannot `parse` input that is not a string, a Uint8Array (or Buffer) or an ArrayBuffer')
  }
  throwIfAborted(options.signal)
  const bytes = toBytes(input)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.byteLength > maxBytes) {
    throw new ParseError('E_TOO_LARGE', `Input is ${bytes.byteLength} bytes; the limit is ${maxBytes}`)
  }
  if (bytes.byteLength === 0) throw new ParseError('E_EMPTY', 'Input is empty')
  const format = options.format ?? sniffFormat(bytes, options.path)
  if (!format) throw new ParseError('E_UNSUPPORTED_FORMAT', 'Input is binary and not a PDF')
  const messages = new Messages()
  warmHotPatterns()
  if (format === 'pdf') {
    const { pdfToTree } = await import('./input/pdf.js')
    const result = await pdfToTree(bytes, {
      messages,
      ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
      ...(options.maxInflatedBytes === undefined ? {} : { maxInflatedBytes: options.maxInflatedBytes }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    })
    return { tree: result.tree, format, pages: result.pages, messages, bytes }
  }
  // Older renditions hold UTF-8 decoded twice in patches (`pÃ¥`): repaired where certain, with a warning.
  const text = repairedText(typeof input === 'string' ? input : decodeText(bytes), messages)
  if (text.trim() === '') throw new ParseError('E_EMPTY', 'Input has no text')
  await checkpoint(options.signal)
  let tree: Root
  try {
    tree =
      format === 'html'
        ? await htmlToTree(text, messages)
        : format === 'markdown'
          ? (await import('./input/markdown.js')).markdownToTree(text)
          : textToTree(text, messages)
  } catch (error) {
    // Recursive tree utilities overflow the stack on pathologically nested markup.
    if (error instanceof RangeError) throw new ParseError('E_TOO_LARGE', 'The document is nested too deeply to read', { cause: error })
    throw error
  }
  return { tree, format, pages: null, messages, bytes }
}

/**
 * Parse a document (its content as a string, or its bytes) into validated records, one per question it answers (a
 * letter answering "spørgsmål nr. 12 og 13" gives two); always at least one. The records share `source` but for
 * `source.part` (1 to `source.parts`).
 */
export async function parseAll(input: ParseInput, options: ParseOptions = {}): Promise<FtRecord[]> {
  const { tree, format, pages, messages, bytes } = await readTree(input, options)
  const source = {
    path: options.path ?? '<input>',
    format,
    sha256: hash('sha256', bytes, 'hex'),
    pages,
  }
  await checkpoint(options.signal)
  const records = extractRecords(tree, { source }, messages)
  await checkpoint(options.signal)
  const [record] = records
  if (options.requireFolketingDocument !== false && record && notAFolketingDocument(record)) {
    throw new ParseError(
      'E_NOT_AN_ANSWER',
      'Not a Folketing question or answer: no committee, session, question, ministry, case number or date found',
    )
  }
  return records.map((each) => {
    const checked = safeParseRecord(each)
    if (!checked.success) {
      throw new ParseError(
        'E_INTERNAL',
        `Record failed validation: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      )
    }
    return checked.data
  })
}

/**
 * Parse a document into one validated record: the first question's, where the document answers several — then
 * with a `question-multiple` warning that says so (`parseAll` gives every question its record).
 */
export async function parse(input: ParseInput, options: ParseOptions = {}): Promise<FtRecord> {
  return firstRecord(await parseAll(input, options))
}

/** A file's bytes, within `maxBytes`; a file that cannot be read is `E_READ`, a larger one `E_TOO_LARGE`. */
async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.size > maxBytes) throw new ParseError('E_TOO_LARGE', `${path} is ${info.size} bytes; the limit is ${maxBytes}`)
    return new Uint8Array(await readFile(path))
  } catch (error) {
    if (error instanceof ParseError) throw error
    throw new ParseError('E_READ', `Cannot read ${path}: ${(error as Error).message}`, { cause: error })
  }
}

/** Read a file and parse it into one record (as `parse`); `source.path` is the path as given. */
export async function parseFile(path: string, options: Omit<ParseOptions, 'path'> = {}): Promise<FtRecord> {
  return parse(await readInput(path, options.maxBytes), { ...options, path })
}

/** Read a file and parse it into a record per question (as `parseAll`); `source.path` is the path as given. */
export async function parseFileAll(path: string, options: Omit<ParseOptions, 'path'> = {}): Promise<FtRecord[]> {
  return parseAll(await readInput(path, options.maxBytes), { ...options, path })
}
