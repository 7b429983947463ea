/**
 * Zip archives as inputs, read with yauzl: the central directory is listed first and each entry is streamed
 * into memory when it is parsed, so an archive is never unpacked to disk. Entries are guarded: names must stay
 * inside the archive (yauzl refuses `..` and absolute paths), and an entry's declared and actual size and its
 * compression ratio are bounded against zip bombs. An archive inside an archive is read from memory
 * (`openNested`), to a bounded depth, and shares its outermost archive's byte budget. Entries are addressed by
 * their position in the central directory, so two entries of one name are two inputs.
 */
import yauzl, { type Entry, type Options, type ZipFile } from 'yauzl'

export interface ZipLimits {
  /** Largest entry, uncompressed (default 100 MB). */
  maxEntryBytes: number
  /** Largest uncompressed/compressed ratio (default 200; text compresses ~5–10×, a bomb ~1000×). */
  maxRatio: number
  /** Largest total of entries read from one archive (default 2 GB). */
  maxTotalBytes: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 100 * 1024 * 1024,
  maxRatio: 200,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
}

/**
 * How deep archives may nest: an archive in an archive in an archive is read; one more level is refused
 * (`E_ZIP_UNSAFE`). Real collections nest once or twice (a year's zip of committee zips); deeper is a bomb's shape.
 */
export const MAX_ZIP_DEPTH = 3

/** Entries smaller than this are not held to the ratio (tiny files of repeated text compress very well). */
const RATIO_FLOOR_BYTES = 1024 * 1024

export class ZipProblem extends Error {
  readonly code: 'E_ZIP_CORRUPT' | 'E_ZIP_UNSAFE'
  constructor(code: 'E_ZIP_CORRUPT' | 'E_ZIP_UNSAFE', message: string) {
    super(message)
    this.code = code
  }
}

export interface ZipEntryRef {
  name: string
  compressedSize: number
  uncompressedSize: number
}

/** Bytes read so far from an archive and the archives nested in it: they share one `maxTotalBytes`. */
interface Budget {
  total: number
}

type Opener = (options: Options, callback: (error: Error | null, zip: ZipFile) => void) => void

/** An open archive: its entries, and a way to read one. Close it when done. */
export class ZipArchive {
  /** The archive's path; for a nested archive `outer.zip!inner.zip`. */
  readonly path: string
  /** 1 for an archive on disk, 2 for one inside it, … */
  readonly depth: number
  readonly entries: ZipEntryRef[]
  readonly #zip: ZipFile
  readonly #raw: Entry[]
  readonly #limits: ZipLimits
  readonly #budget: Budget

  private constructor(path: string, depth: number, zip: ZipFile, entries: Entry[], limits: ZipLimits, budget: Budget) {
    this.path = path
    this.depth = depth
    this.#zip = zip
    this.#limits = limits
    this.#budget = budget
    this.#raw = entries
    this.entries = entries.map((entry) => ({
      name: entry.fileName,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
    }))
  }

  /** Open an archive on disk. */
  static open(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipArchive> {
    return ZipArchive.#open(path, 1, limits, { total: 0 }, (options, callback) => yauzl.open(path, options, callback))
  }

  /** Open the archive stored as entry `index` of this one, in memory; it counts against this archive's budget. */
  async openNested(index: number): Promise<ZipArchive> {
    const name = this.#raw[index]?.fileName ?? String(index)
    const path = `${this.path}!${name}`
    if (this.depth >= MAX_ZIP_DEPTH) {
      throw new ZipProblem('E_ZIP_UNSAFE', `${path}: archives nested more than ${MAX_ZIP_DEPTH} deep are not read`)
    }
    const bytes = Buffer.from(await this.read(index))
    return ZipArchive.#open(path, this.depth + 1, this.#limits, this.#budget, (options, callback) =>
      yauzl.fromBuffer(bytes, options, callback),
    )
  }

  static #open(path: string, depth: number, limits: ZipLimits, budget: Budget, opener: Opener): Promise<ZipArchive> {
    return new Promise((resolve, reject) => {
      opener({ lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
        if (error || !zip) {
          reject(new ZipProblem('E_ZIP_CORRUPT', `${path}: not a readable zip archive (${error?.message ?? 'no archive'})`))
          return
        }
        const entries: Entry[] = []
        zip.on('entry', (entry: Entry) => {
          if (!entry.fileName.endsWith('/')) entries.push(entry)
          zip.readEntry()
        })
        zip.on('end', () => resolve(new ZipArchive(path, depth, zip, entries, limits, budget)))
        zip.on('error', (cause: Error) => {
          zip.close()
          reject(
            new ZipProblem(
              /invalid relative path|absolute path/iu.test(cause.message) ? 'E_ZIP_UNSAFE' : 'E_ZIP_CORRUPT',
              `${path}: ${cause.message}`,
            ),
          )
        })
        zip.readEntry()
      })
    })
  }

  /** Read entry `index` (its position in `entries`) into memory, within the limits. */
  read(index: number): Promise<Uint8Array> {
    const entry = this.#raw[index]
    if (!entry) return Promise.reject(new ZipProblem('E_ZIP_CORRUPT', `${this.path}: no entry ${index}`))
    const name = entry.fileName
    const { maxEntryBytes, maxRatio, maxTotalBytes } = this.#limits
    if (entry.uncompressedSize > maxEntryBytes) {
      return Promise.reject(
        new ZipProblem('E_ZIP_UNSAFE', `${name}: ${entry.uncompressedSize} bytes uncompressed; the limit is ${maxEntryBytes}`),
      )
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > maxRatio) {
      return Promise.reject(
        new ZipProblem('E_ZIP_UNSAFE', `${name}: compression ratio ${Math.round(ratio)}:1 looks like a zip bomb (limit ${maxRatio}:1)`),
      )
    }
    if (this.#budget.total + entry.uncompressedSize > maxTotalBytes) {
      return Promise.reject(new ZipProblem('E_ZIP_UNSAFE', `${this.path}: more than ${maxTotalBytes} bytes uncompressed in total`))
    }
    return new Promise((resolve, reject) => {
      this.#zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) {
          reject(new ZipProblem('E_ZIP_CORRUPT', `${name}: ${error?.message ?? 'cannot read'}`))
          return
        }
        const chunks: Buffer[] = []
        let size = 0
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length
          // validateEntrySizes stops a stream that exceeds its declared size; this is the hard ceiling.
          if (size > maxEntryBytes) stream.destroy(new ZipProblem('E_ZIP_UNSAFE', `${name}: more than ${maxEntryBytes} bytes`))
          else chunks.push(chunk)
        })
        stream.on('error', (cause: Error) =>
          reject(cause instanceof ZipProblem ? cause : new ZipProblem('E_ZIP_CORRUPT', `${name}: ${cause.message}`)),
        )
        stream.on('end', () => {
          this.#budget.total += size
          resolve(new Uint8Array(Buffer.concat(chunks)))
        })
      })
    })
  }

  close(): void {
    this.#zip.close()
  }
}
