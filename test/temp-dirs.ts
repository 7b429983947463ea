/**
 * Temporary folders for tests. Each test file's folders are removed when the file has run (`test/remove-temp-dirs.ts`,
 * a setup file): a test run leaves nothing behind in the system's temporary folder.
 */
import { mkdtempSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const made = new Set<string>()

/** A new empty folder `<tmp>/ft-answers-<name>-XXXXXX`, removed after the test file. */
export async function tempDir(name = 'test'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `ft-answers-${name}-`))
  made.add(dir)
  return dir
}

/** `tempDir`, for code that cannot wait (a describe block's body). */
export function tempDirSync(name = 'test'): string {
  const dir = mkdtempSync(join(tmpdir(), `ft-answers-${name}-`))
  made.add(dir)
  return dir
}

/** Remove every folder made so far. A worker process that is still writing into one gets a few retries' grace. */
export async function removeTempDirs(): Promise<void> {
  const dirs = [...made]
  made.clear()
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })))
}
