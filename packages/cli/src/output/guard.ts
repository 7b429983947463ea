/**
 * What a run will write must never be one of its inputs: `convert x.txt --out x.txt` would replace the input by
 * its own error line. Checked before anything is opened for writing, by file identity (device and inode, so a
 * link or another spelling of the path is caught) and by resolved path (for files not there yet).
 */
import { stat } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { UsageError } from '../exit-codes.js'
import type { InputRef } from '../inputs.js'

/** A file the run writes, and the option it comes from (for the message). */
export interface Target {
  path: string
  role: string
}

/** The file an input is read from (an archive's entries from the archive). */
function sourceFile(input: InputRef): string | undefined {
  if (input.kind === 'file') return input.path
  if (input.kind === 'zip-entry') return input.archive
  return undefined
}

async function identity(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined)
  return info ? `${info.dev}:${info.ino}` : undefined
}

/**
 * Throw a `UsageError` if a target is an input, if two targets are one file, or (for a folder target, `--format
 * md`) if an input lies inside it: its Markdown files would be read as inputs by the next run.
 */
export async function refuseOverwritingInputs(inputs: readonly InputRef[], targets: readonly Target[], folder?: Target): Promise<void> {
  const byPath = new Map<string, string>()
  const byIdentity = new Map<string, string>()
  for (const input of inputs) {
    const file = sourceFile(input)
    if (file === undefined) continue
    byPath.set(resolve(file), file)
    const id = await identity(file)
    if (id) byIdentity.set(id, file)
  }
  const seen = new Map<string, Target>()
  for (const target of targets) {
    const id = await identity(target.path)
    const input = byPath.get(resolve(target.path)) ?? (id ? byIdentity.get(id) : undefined)
    if (input !== undefined) {
      throw new UsageError(
        `${target.role} ${target.path} is the input ${input}: writing it would destroy the input; choose another ${target.role}`,
      )
    }
    const key = id ?? resolve(target.path)
    const other = seen.get(key)
    if (other) throw new UsageError(`${other.role} and ${target.role} name the same file ${target.path}`)
    seen.set(key, target)
  }
  if (folder) {
    const inside = `${resolve(folder.path)}${sep}`
    const input = [...byPath.keys()].find((path) => path.startsWith(inside))
    if (input !== undefined) {
      throw new UsageError(
        `the input ${byPath.get(input)} is inside ${folder.role} ${folder.path}: the Markdown written there would be read as input next time; choose another ${folder.role}`,
      )
    }
  }
}
