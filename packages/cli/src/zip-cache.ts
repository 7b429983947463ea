/**
 * The archives a batch reads entries from, opened once and closed as soon as the last entry that needs them has
 * been read (or skipped), so a batch of many archives holds few files open and a nested archive's bytes are
 * dropped when its entries are done.
 */
import type { InputRef } from './inputs.js'
import { ZipArchive, type ZipLimits } from './zip.js'

type ZipEntryInput = Extract<InputRef, { kind: 'zip-entry' }>

/** The cache keys of an entry's archive and of each archive it is nested in, outermost first. */
function keys(input: ZipEntryInput): string[] {
  return Array.from({ length: input.within.length + 1 }, (_, depth) => `${input.archive}\u0000${input.within.slice(0, depth).join('/')}`)
}

export class ZipCache {
  readonly #limits: ZipLimits | undefined
  readonly #open = new Map<string, Promise<ZipArchive>>()
  /** Entries still to be read, per archive (an outer archive counts the entries of the archives inside it). */
  readonly #pending = new Map<string, number>()

  constructor(inputs: readonly InputRef[], limits?: ZipLimits) {
    this.#limits = limits
    for (const input of inputs) {
      if (input.kind !== 'zip-entry') continue
      for (const key of keys(input)) this.#pending.set(key, (this.#pending.get(key) ?? 0) + 1)
    }
  }

  /** Read an entry's bytes; its archives are released either way. */
  async read(input: ZipEntryInput): Promise<Uint8Array> {
    try {
      return await (await this.#archive(input, input.within.length)).read(input.index)
    } finally {
      this.release(input)
    }
  }

  /** An entry that will not be read (skipped): its archives need not stay open for it. */
  release(input: InputRef): void {
    if (input.kind !== 'zip-entry') return
    for (const key of keys(input)) {
      const left = (this.#pending.get(key) ?? 1) - 1
      this.#pending.set(key, left)
      if (left > 0) continue
      this.#pending.delete(key)
      this.#open.get(key)?.then(
        (zip) => zip.close(),
        () => undefined,
      )
      this.#open.delete(key)
    }
  }

  /** Close whatever is still open (a stopped run). */
  close(): void {
    for (const archive of this.#open.values())
      archive.then(
        (zip) => zip.close(),
        () => undefined,
      )
    this.#open.clear()
  }

  /** The archive `depth` levels into `input`'s chain (0: the file itself). */
  #archive(input: ZipEntryInput, depth: number): Promise<ZipArchive> {
    const key = keys(input)[depth] as string
    let archive = this.#open.get(key)
    if (!archive) {
      archive =
        depth === 0
          ? ZipArchive.open(input.archive, this.#limits)
          : this.#archive(input, depth - 1).then((outer) => outer.openNested(input.within[depth - 1] as number))
      this.#open.set(key, archive)
    }
    return archive
  }
}
