/**
 * Most test files share a module registry (`vitest.config.ts`): one that mocks a module or replaces a global would
 * leave it replaced for the files after it in the same worker, and which files those are changes from run to run.
 * Such files, and the files that import a helper doing so, must be listed in `test/isolated.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ISOLATED } from './isolated.js'

const ROOT = resolve(import.meta.dirname, '..')

/** What replaces a module or a global for whatever runs after it. */
const REPLACES = /\bvi\.(?:mock|doMock|stubGlobal|stubEnv)\(|\bglobalThis\.\w+\s*=(?!=)/u
/** A relative import of a test helper. */
const RELATIVE_IMPORT = /from\s+'(\.{1,2}\/[^']+)'/gu

function testSources(): string[] {
  return readdirSync(join(ROOT, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(ROOT, 'packages', entry.name, 'test')
      if (!existsSync(dir)) return []
      return readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.[cm]?[jt]s$/u.test(name))
        .map((name) => relative(ROOT, join(dir, name)))
    })
}

/** Whether `file`, or a test helper it imports (transitively), replaces a module or a global. */
function replaces(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false
  seen.add(file)
  const text = readFileSync(join(ROOT, file), 'utf8')
  if (REPLACES.test(text)) return true
  for (const match of text.matchAll(RELATIVE_IMPORT)) {
    const target = relative(ROOT, resolve(ROOT, dirname(file), (match[1] ?? '').replace(/\.js$/u, '.ts')))
    if (target.includes('/test/') && existsSync(join(ROOT, target)) && replaces(target, seen)) return true
  }
  return false
}

describe('the test suite’s shared module registries', () => {
  it('isolates every test file that replaces a module or a global', () => {
    const tests = testSources().filter((file) => file.endsWith('.test.ts'))
    expect(tests.length).toBeGreaterThan(100)
    expect(tests.filter((file) => replaces(file) && !ISOLATED.includes(file))).toEqual([])
  })

  it('lists only test files that exist', () => {
    expect(ISOLATED.filter((file) => !existsSync(join(ROOT, file)))).toEqual([])
  })
})
