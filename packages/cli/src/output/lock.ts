/**
 * One run at a time per output: a lock file beside it (`<out>.lock`) holding the PID and host of the run that
 * writes it. The file is written under a name of the run's own and hard-linked into place, which fails if the
 * lock exists, so of two runs started together exactly one gets it (and a lock is never seen empty); the other
 * stops (exit 2) naming the first's PID. A lock left by a run that died (its PID is gone on this host) is taken
 * over with a notice. The lock is removed when the run ends, however it ends; only a killed run leaves one.
 */

import { link, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { OutputError, UsageError } from '../exit-codes.js'

interface Holder {
  pid: number
  host: string
}

/** The lock file of an output (a file, or the folder of `--format md`). */
export function lockPath(out: string): string {
  return `${out.replace(/[/\\]+$/u, '')}.lock`
}

function parseHolder(text: string): Holder | undefined {
  try {
    const holder = JSON.parse(text) as Partial<Holder>
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? { pid: holder.pid, host: holder.host } : undefined
  } catch {
    return undefined
  }
}

/** Whether the run that wrote the lock may still be going: its PID exists, or it ran on another host. */
function isAlive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Create the lock file with `content`; false if it exists. */
async function place(path: string, content: string): Promise<boolean> {
  const own = `${path}.${process.pid}.tmp`
  try {
    await writeFile(own, content)
    await link(own, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw new OutputError(path, error, 'create the lock file')
  } finally {
    // Nothing to remove if it was never written (e.g. the folder does not exist).
    await rm(own, { force: true }).catch(() => undefined)
  }
}

export class OutputLock {
  readonly path: string
  readonly #content: string
  #held = true

  private constructor(path: string, content: string) {
    this.path = path
    this.#content = content
  }

  /** Take the lock of `out`, or throw a `UsageError` naming the run that holds it. */
  static async acquire(out: string, notice: (text: string) => void): Promise<OutputLock> {
    const path = lockPath(out)
    const content = `${JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() })}\n`
    // Two attempts: the second after a stale lock was moved aside.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await place(path, content)) return new OutputLock(path, content)
      const text = await readFile(path, 'utf8').catch(() => '')
      const holder = parseHolder(text)
      if (holder && isAlive(holder)) {
        throw new UsageError(
          `${out} is being written by another ft-answers run (PID ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}); wait for it, or delete ${path} if no such run is going`,
        )
      }
      // Stale: move it aside under a name of our own (atomic), so of two runs taking it over only one succeeds.
      const aside = `${path}.stale-${process.pid}`
      try {
        await rename(path, aside)
      } catch {
        continue // another run moved it first; try again to create ours
      }
      const moved = await readFile(aside, 'utf8').catch(() => '')
      if (moved !== text) {
        // Another run replaced the stale lock between our read and our move: put its lock back.
        await link(aside, path).catch(() => undefined)
        await rm(aside, { force: true })
        throw new UsageError(`${out} is being written by another ft-answers run; delete ${path} if no such run is going`)
      }
      await rm(aside, { force: true })
      notice(
        `notice: took over ${path}, left by ${holder ? `PID ${holder.pid}, which is no longer running` : 'a run that wrote no PID'}; the output is continued or rewritten as asked\n`,
      )
    }
    throw new UsageError(`${out} is being written by another ft-answers run; delete ${path} if no such run is going`)
  }

  /** Remove the lock, if it is still ours. */
  async release(): Promise<void> {
    if (!this.#held) return
    this.#held = false
    const text = await readFile(this.path, 'utf8').catch(() => '')
    if (text === this.#content) await rm(this.path, { force: true })
  }
}
