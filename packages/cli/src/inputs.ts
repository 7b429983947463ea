/**
 * What to convert: files as given, folders recursively, glob patterns, and the entries of zip archives, in a
 * stable order (command-line order; inside folders, archives and globs, by name).
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { ZipArchive, type ZipLimits } from './zip.js'

/** Extensions picked up inside folders, archives and globs (files named explicitly are always taken). */
export const INPUT_EXTENSIONS = ['.pdf', '.txt', '.html', '.htm', '.md', '.markdown']

/** Separates an archive's path from an entry's name in `source.path`: `archive.zip!answers/svar.pdf`. */
export const ZIP_SEPARATOR = '!'

export type InputRef =
  | { kind: 'file'; id: string; path: string }
  | { kind: 'zip-entry'; id: string; archive: string; entry: string }
  /** An archive that could not be opened: reported as one failed input. */
  | { kind: 'zip-error'; id: string; archive: string; code: 'E_ZIP_CORRUPT' | 'E_ZIP_UNSAFE'; message: string }

function isInputName(name: string): boolean {
  const lower = name.toLowerCase()
  return INPUT_EXTENSIONS.some((extension) => lower.endsWith(extension))
}

function isZip(name: string): boolean {
  return name.toLowerCase().endsWith('.zip')
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  entries.sort((a, b) => byName(a.name, b.name))
  const files: string[] = []
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...(await walk(path)))
    else if (entry.isFile() && (isInputName(entry.name) || isZip(entry.name))) files.push(path)
  }
  return files
}

async function zipEntries(path: string, limits?: ZipLimits): Promise<InputRef[]> {
  try {
    const archive = await ZipArchive.open(path, limits)
    archive.close()
    return archive.entries
      .filter((entry) => isInputName(entry.name))
      .sort((a, b) => byName(a.name, b.name))
      .map((entry) => ({ kind: 'zip-entry', id: `${path}${ZIP_SEPARATOR}${entry.name}`, archive: path, entry: entry.name }))
  } catch (error) {
    const problem = error as { code?: 'E_ZIP_CORRUPT' | 'E_ZIP_UNSAFE'; message: string }
    return [{ kind: 'zip-error', id: path, archive: path, code: problem.code ?? 'E_ZIP_CORRUPT', message: problem.message }]
  }
}

async function expandOne(path: string, limits?: ZipLimits): Promise<InputRef[]> {
  const info = await stat(path).catch(() => undefined)
  if (info?.isDirectory()) {
    const refs: InputRef[] = []
    for (const file of await walk(path)) refs.push(...(await expandOne(file, limits)))
    return refs
  }
  if (info?.isFile() && isZip(path)) return zipEntries(path, limits)
  if (!info && isDynamicPattern(path)) {
    const matches = (await glob(path, { onlyFiles: true, expandDirectories: false })).sort(byName)
    const refs: InputRef[] = []
    for (const match of matches) if (isInputName(match) || isZip(match)) refs.push(...(await expandOne(match, limits)))
    return refs
  }
  // Missing paths are kept: they fail with E_READ, so the user sees them.
  return [{ kind: 'file', id: path, path }]
}

/** Expand command-line paths to the inputs to convert. */
export async function expandInputs(paths: readonly string[], limits?: ZipLimits): Promise<InputRef[]> {
  const refs: InputRef[] = []
  for (const path of paths) refs.push(...(await expandOne(path, limits)))
  return refs
}
