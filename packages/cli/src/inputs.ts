/**
 * What to convert: files as given, folders recursively, glob patterns, and the entries of zip archives (and of
 * zips inside them), in a stable order (command-line order; inside folders, archives and globs, by name).
 *
 * Folders and globs are read by one walk, so they treat links alike: a symbolic link to a file or a folder is
 * followed; a link to nothing, a link back to a folder the walk is inside (a loop) and a folder that cannot be
 * read each become an `E_READ` line — nothing found is dropped without a word. Paths keep the form they were
 * given in: an absolute folder or glob gives absolute `source.path`s, a relative one relative paths.
 */
import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ErrorCode } from '@ft-answers/schema'
import picomatch from 'picomatch'
import { ZipArchive, type ZipLimits, ZipProblem } from './zip.js'

/** Extensions picked up inside folders, archives and globs (files named explicitly are always taken). */
export const INPUT_EXTENSIONS = ['.pdf', '.txt', '.html', '.htm', '.md', '.markdown']

/** Separates an archive's path from an entry's name in `source.path`: `archive.zip!answers/svar.pdf`. */
export const ZIP_SEPARATOR = '!'

export type InputRef =
  | { kind: 'file'; id: string; path: string }
  /**
   * Entry `index` (its position in the central directory) of the archive reached from the file `archive` through
   * the nested archives at the positions `within` (empty for an entry of `archive` itself).
   */
  | { kind: 'zip-entry'; id: string; archive: string; within: number[]; index: number; entry: string }
  /** Something found that cannot be read (an archive, a link to nothing, a loop): reported as one failed input. */
  | { kind: 'unreadable'; id: string; code: Extract<ErrorCode, 'E_READ' | 'E_ZIP_CORRUPT' | 'E_ZIP_UNSAFE'>; message: string }

function isInputName(name: string): boolean {
  const lower = name.toLowerCase()
  return INPUT_EXTENSIONS.some((extension) => lower.endsWith(extension))
}

function isZip(name: string): boolean {
  return name.toLowerCase().endsWith('.zip')
}

function isCandidate(name: string): boolean {
  return isInputName(name) || isZip(name)
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function unreadable(id: string, code: Extract<InputRef, { kind: 'unreadable' }>['code'], message: string): InputRef {
  return { kind: 'unreadable', id, code, message }
}

/** What a walk takes: files whose path relative to the walk's start passes `take`, down to `depth` levels. */
interface WalkFilter {
  take: (relative: string, name: string) => boolean
  depth: number
}

/**
 * The files under `folder`, in name order, folder by folder. `ancestors` holds the real paths of the folders the
 * walk is inside, so a link back to one of them is reported instead of followed forever.
 */
async function walk(folder: string, filter: WalkFilter, ancestors: ReadonlySet<string>, relative = '', depth = 1): Promise<InputRef[]> {
  let entries: Dirent[]
  try {
    entries = await readdir(folder || '.', { withFileTypes: true })
  } catch (error) {
    return [unreadable(folder, 'E_READ', `Cannot read folder ${folder}: ${(error as Error).message}`)]
  }
  entries.sort((a, b) => byName(a.name, b.name))
  const refs: InputRef[] = []
  for (const entry of entries) {
    const path = folder ? join(folder, entry.name) : entry.name
    const inner = relative ? `${relative}/${entry.name}` : entry.name
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined)
      if (!target) {
        if (filter.take(inner, entry.name)) refs.push(unreadable(path, 'E_READ', `${path} is a symbolic link to nothing`))
        continue
      }
      isDirectory = target.isDirectory()
      isFile = target.isFile()
    }
    if (isDirectory && depth < filter.depth) {
      const real = await realpath(path).catch(() => path)
      if (ancestors.has(real)) {
        refs.push(unreadable(path, 'E_READ', `${path} links back to ${real}, a folder it is inside; not followed`))
        continue
      }
      refs.push(...(await walk(path, filter, new Set([...ancestors, real]), inner, depth + 1)))
    } else if (isFile && filter.take(inner, entry.name)) {
      refs.push({ kind: 'file', id: path, path })
    }
  }
  return refs
}

async function walkFrom(folder: string, filter: WalkFilter): Promise<InputRef[]> {
  return walk(folder, filter, new Set([await realpath(folder || '.').catch(() => folder)]))
}

/** How many folder levels a glob can reach: all for `**` (or a brace holding a `/`), else its segments. */
function globDepth(pattern: string): number {
  return /\*\*|\{[^}]*\//u.test(pattern) ? Number.POSITIVE_INFINITY : pattern.split('/').length
}

/** The files a glob pattern names: its static base folder walked, each file's path below it matched. */
async function globInputs(pattern: string): Promise<InputRef[]> {
  const { base, glob } = picomatch.scan(pattern)
  const matches = picomatch(glob, { dot: false })
  return walkFrom(base, { take: (relative, name) => isCandidate(name) && matches(relative), depth: globDepth(glob) })
}

function problemOf(error: unknown): { code: 'E_ZIP_CORRUPT' | 'E_ZIP_UNSAFE'; message: string } {
  return error instanceof ZipProblem ? error : { code: 'E_ZIP_CORRUPT', message: (error as Error).message }
}

/** The input entries of an open archive, in name order; archives inside it are listed in their place. */
async function archiveEntries(archive: ZipArchive, file: string, within: number[]): Promise<InputRef[]> {
  const listed = archive.entries
    .map((entry, index) => ({ name: entry.name, index }))
    .filter((entry) => isCandidate(entry.name))
    // A stable sort: entries of one name keep their order in the archive, and each is its own input.
    .sort((a, b) => byName(a.name, b.name))
  const refs: InputRef[] = []
  for (const { name, index } of listed) {
    const id = `${archive.path}${ZIP_SEPARATOR}${name}`
    if (!isZip(name)) {
      refs.push({ kind: 'zip-entry', id, archive: file, within, index, entry: name })
      continue
    }
    let nested: ZipArchive
    try {
      nested = await archive.openNested(index)
    } catch (error) {
      const { code, message } = problemOf(error)
      refs.push(unreadable(id, code, message))
      continue
    }
    try {
      refs.push(...(await archiveEntries(nested, file, [...within, index])))
    } finally {
      nested.close()
    }
  }
  return refs
}

async function zipInputs(path: string, limits?: ZipLimits): Promise<InputRef[]> {
  let archive: ZipArchive
  try {
    archive = await ZipArchive.open(path, limits)
  } catch (error) {
    const { code, message } = problemOf(error)
    return [unreadable(path, code, message)]
  }
  try {
    return await archiveEntries(archive, path, [])
  } finally {
    archive.close()
  }
}

/** Zip files found in a folder or glob are opened; other files stay as they are. */
async function openingArchives(refs: readonly InputRef[], limits?: ZipLimits): Promise<InputRef[]> {
  const expanded: InputRef[] = []
  for (const ref of refs) {
    if (ref.kind === 'file' && isZip(ref.path)) expanded.push(...(await zipInputs(ref.path, limits)))
    else expanded.push(ref)
  }
  return expanded
}

async function expandOne(path: string, limits?: ZipLimits): Promise<InputRef[]> {
  const info = await stat(path).catch(() => undefined)
  if (info?.isDirectory())
    return openingArchives(await walkFrom(path, { take: (_, name) => isCandidate(name), depth: Number.POSITIVE_INFINITY }), limits)
  if (info?.isFile() && isZip(path)) return zipInputs(path, limits)
  if (!info && picomatch.scan(path).isGlob) return openingArchives(await globInputs(path), limits)
  // Missing paths are kept: they fail with E_READ, so the user sees them.
  return [{ kind: 'file', id: path, path }]
}

/** Expand command-line paths to the inputs to convert. */
export async function expandInputs(paths: readonly string[], limits?: ZipLimits): Promise<InputRef[]> {
  const refs: InputRef[] = []
  for (const path of paths) refs.push(...(await expandOne(path, limits)))
  return refs
}
