/** Helpers shared by the CLI tests: run `main` in-process, temporary folders, fixtures. */
import { readFile } from 'node:fs/promises'
import { tempDir as makeTempDir } from '../../../test/temp-dirs.js'
import { main } from '../src/index.js'

export const FIXTURES = new URL('../../../fixtures/', import.meta.url).pathname
/** Two small text letters (questions 75 and 128): fast to parse. */
export const SEED_75 = `${FIXTURES}seeds/beu-20241-spm75/input.txt`
export const SEED_128 = `${FIXTURES}seeds/beu-20161-spm128/input.txt`
export const BIN = new URL('../bin/ft-answers.js', import.meta.url).pathname

/** Run the CLI in-process; progress goes nowhere. */
export async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const code = await main(argv, {
    stdout: () => {},
    stderr: (text) => (stderr += text),
    stderrStream: {
      isTTY: false,
      write: (text) => {
        stderr += text
        return true
      },
    },
  })
  return { code, stderr }
}

export const tempDir = (): Promise<string> => makeTempDir('cli')

export async function jsonLines(path: string): Promise<Array<Record<string, unknown>>> {
  return (await readFile(path, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line))
}

/** What a line is: `record <question number>` or its error code. */
export function outcome(line: Record<string, unknown>): string {
  const value = line as { error?: { code: string }; question?: { number: string } }
  return value.error ? value.error.code : `record ${value.question?.number}`
}
