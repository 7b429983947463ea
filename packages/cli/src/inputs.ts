/** Expand the paths given on the command line: files as given, folders recursively, in a stable order. */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Extensions picked up inside folders (files named explicitly are always taken). */
export const INPUT_EXTENSIONS = ['.pdf', '.txt', '.html', '.htm', '.md', '.markdown']

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const files: string[] = []
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...(await walk(path)))
    else if (entry.isFile() && INPUT_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension))) files.push(path)
  }
  return files
}

/** Files to convert, in command-line order, folders expanded in name order. Missing paths are kept (they fail with E_READ). */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    if (info?.isDirectory()) files.push(...(await walk(path)))
    else files.push(path)
  }
  return files
}
