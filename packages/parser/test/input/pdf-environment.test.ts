/**
 * pdf.js without `@napi-rs/canvas` (an optional dependency of pdfjs-dist, dropped by `npm install --omit=optional`):
 * text extraction works with the parser's minimal `DOMMatrix`, silently, and every PDF fixture gives the same
 * record (or the same error) as with the canvas package. With it, the canvas package's `DOMMatrix` is left alone.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@ft-answers/parser'
import { describe, expect, it } from 'vitest'

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url))
const FIXTURES = fileURLToPath(new URL('../../../../fixtures/', import.meta.url))
/** A `--require` hook under which `@napi-rs/canvas` cannot be found. */
const HIDE_CANVAS = fileURLToPath(new URL('./hide-canvas.cjs', import.meta.url))

/** Every PDF under fixtures/, sorted. */
const PDFS = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.pdf'))
  .sort()
  .map((path) => `${FIXTURES}${path}`)

/** What parsing one file gives, as plain data: the record, or the error's name and code. */
async function outcome(file: string): Promise<unknown> {
  try {
    return JSON.parse(JSON.stringify(await parseFile(file)))
  } catch (error) {
    return { error: (error as Error).name, code: (error as { code?: unknown }).code }
  }
}

interface FreshRun {
  outcomes: unknown[]
  /** The name of `globalThis.DOMMatrix` after parsing. */
  domMatrix: string
  stderr: string
}

/** `outcome` as the script of a fresh Node (vitest rewrites the imports that `outcome.toString()` would show). */
const OUTCOME_SCRIPT = `import { parseFile } from '@ft-answers/parser'
async function outcome(file) {
  try {
    return await parseFile(file)
  } catch (error) {
    return { error: error.name, code: error.code }
  }
}`

/** Parse `files` in a fresh Node started with `nodeOptions`. */
function parseInFreshNode(nodeOptions: string[], files: string[]): FreshRun {
  const script = `${OUTCOME_SCRIPT}
const outcomes = []
for (const file of ${JSON.stringify(files)}) outcomes.push(await outcome(file))
process.stdout.write(JSON.stringify({ outcomes, domMatrix: globalThis.DOMMatrix?.name ?? 'none' }))`
  const run = spawnSync(process.execPath, [...nodeOptions, '--input-type=module', '-e', script], {
    cwd: PACKAGE,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(`node exited ${run.status}: ${run.stderr}`)
  return { ...(JSON.parse(run.stdout) as Omit<FreshRun, 'stderr'>), stderr: run.stderr }
}

describe('PDF text extraction without @napi-rs/canvas', () => {
  it('gives every PDF fixture the same outcome as with it, using the minimal DOMMatrix, without warnings', async () => {
    expect(PDFS.length).toBeGreaterThan(50)
    const without = parseInFreshNode(['--require', HIDE_CANVAS], PDFS)
    expect(without.stderr).toBe('')
    expect(without.domMatrix).toBe('MinimalDOMMatrix')
    const withCanvas: unknown[] = []
    for (const file of PDFS) withCanvas.push(await outcome(file))
    expect(without.outcomes).toEqual(withCanvas)
  })

  it('leaves the canvas package’s DOMMatrix in place when it is installed', () => {
    const run = parseInFreshNode([], PDFS.slice(0, 1))
    expect(run).toMatchObject({ domMatrix: 'DOMMatrix', stderr: '' })
  })
})
