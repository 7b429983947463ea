/**
 * Zip archives as inputs, read with yauzl: the central directory is listed first and each entry is streamed
 * into memory when it is parsed, so an archive is never unpacked to disk. Entries are guarded: names must stay
 * inside the archive (yauzl refuses `..` and absolute paths), and an entry's declared and actual size and its
 * compression ratio are bounded against zip bombs.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl'

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

/** An open archive: its entries, and a way to read one. Close it when done. */
export class ZipArchive {
  readonly path: string
  readonly entries: ZipEntryRef[]
  readonly #zip: ZipFile
  readonly #byName: Map<string, Entry>
  readonly #limits: ZipLimits
  #total = 0

  private constructor(path: string, zip: ZipFile, entries: Entry[], limits: ZipLimits) {
    this.path = path
    this.#zip = zip
    this.#limits = limits
    this.#byName = new Map(entries.map((entry) => [entry.fileName, entry]))
    this.entries = entries.map((entry) => ({
      name: entry.fileName,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
    }))
  }

  static open(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipArchive> {
    return new Promise((resolve, reject) => {
      yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
        if (error || !zip) {
          reject(new ZipProblem('E_ZIP_CORRUPT', `${path}: not a readable zip archive (${error?.message ?? 'no archive'})`))
          return
        }
        const entries: Entry[] = []
        zip.on('entry', (entry: Entry) => {
          if (!entry.fileName.endsWith('/')) entries.push(entry)
          zip.readEntry()
        })
        zip.on('end', () => resolve(new ZipArchive(path, zip, entries, limits)))
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

  /** Read one entry into memory, within the limits. */
  read(name: string): Promise<Uint8Array> {
    const entry = this.#byName.get(name)
    if (!entry) return Promise.reject(new ZipProblem('E_ZIP_CORRUPT', `${this.path}: no entry ${name}`))
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
    if (this.#total + entry.uncompressedSize > maxTotalBytes) {
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
          this.#total += size
          resolve(new Uint8Array(Buffer.concat(chunks)))
        })
      })
    })
  }

  close(): void {
    this.#zip.close()
  }
}
