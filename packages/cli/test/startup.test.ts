/**
 * `--version` and `--help` answer without loading the parser, the schema (zod) or pdf.js: a module-resolution hook
 * lists every module the command loads.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import module from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDirSync } from '../../../test/temp-dirs.js'
import type { ConvertSummary } from '../src/convert.js'
import { summaryLines } from '../src/summary.js'

const BIN = new URL('../bin/ft-answers.js', import.meta.url).pathname

/** The URLs of the modules `node <args>` resolves (by default `ft-answers <args>`). */
function modulesLoaded(args: string[], node: string[] = [BIN]): string[] {
  const dir = tempDirSync('startup')
  const log = join(dir, 'modules.txt')
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs'\nexport async function resolve(specifier, context, next) {\n  const result = await next(specifier, context)\n  appendFileSync(${JSON.stringify(log)}, result.url + '\\n')\n  return result\n}\n`,
  )
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module'\nregister('./hooks.mjs', import.meta.url)\n`)
  writeFileSync(log, '')
  execFileSync(process.execPath, ['--import', join(dir, 'register.mjs'), ...node, ...args], { stdio: 'pipe' })
  return readFileSync(log, 'utf8').split('\n').filter(Boolean)
}

describe('start-up', () => {
  for (const args of [['--version'], ['--help'], ['convert', '--help']]) {
    it(`ft-answers ${args.join(' ')} loads no parser, schema or pdf.js`, () => {
      const loaded = modulesLoaded(args)
      expect(loaded.some((url) => url.endsWith('/cli/dist/cli.js'))).toBe(true)
      expect(loaded.filter((url) => /\/parser\/dist\/|\/schema\/dist\/|pdfjs-dist|\/zod\//u.test(url))).toEqual([])
    })
  }
  it('a parse loads the parser (the hook sees it)', () => {
    const loaded = modulesLoaded([
      'parse',
      new URL('../../../fixtures/seeds/beu-20161-spm128/input.txt', import.meta.url).pathname,
      '--compact',
    ])
    expect(loaded.some((url) => url.includes('/parser/dist/'))).toBe(true)
  })
  it("a worker's PDF loads pdf.js but not the Markdown renderer, nor the HTML and Markdown readers", () => {
    const worker = new URL('../dist/worker.js', import.meta.url).href
    const pdf = new URL('../../../fixtures/pdf/beu-20201-bilag446/input.pdf', import.meta.url).pathname
    const script = `const { work } = await import(${JSON.stringify(worker)}); const out = await work({ id: ${JSON.stringify(pdf)} }); if (out.error) process.exit(1)`
    const loaded = modulesLoaded([], ['--input-type=module', '-e', script])
    expect(loaded.some((url) => url.includes('pdfjs-dist'))).toBe(true)
    expect(
      loaded.filter((url) => /\/(remark-|rehype-|micromark|mdast-util-(from|to)-markdown|hast-util-to-mdast|parse5)/u.test(url)),
    ).toEqual([])
  })
})

/** Node 22.1+ has an on-disk compile cache (`module.enableCompileCache`); Node 20 has none. */
const hasCompileCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function'

describe('the compile cache (Node 22.1+)', () => {
  it.skipIf(!hasCompileCache)('the CLI turns it on for its worker processes too: pdf.js, which only a worker loads, is cached', () => {
    const dir = tempDirSync('cache')
    const temp = join(dir, 'tmp')
    mkdirSync(temp)
    const pdf = new URL('../../../fixtures/pdf/beu-20201-bilag446/input.pdf', import.meta.url).pathname
    const env = { ...process.env, TMPDIR: temp }
    delete env.NODE_COMPILE_CACHE
    delete env.NODE_DISABLE_COMPILE_CACHE
    execFileSync(process.execPath, [BIN, 'convert', pdf, '--out', join(dir, 'out.jsonl'), '--jobs', '1', '--quiet'], {
      env,
      stdio: 'pipe',
    })
    const root = join(temp, 'node-compile-cache')
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    // The cache keeps a module's source with its code: pdf.js's worker module (~2 MB of source) is the only one
    // this large, and the main process never loads it.
    const cachedPdfJs = files.some((entry) => {
      const path = join(entry.parentPath, entry.name)
      return statSync(path).size > 500_000 && readFileSync(path).includes('pdfjs')
    })
    expect(cachedPdfJs).toBe(true)
  })
})

describe('the closing summary', () => {
  const summary = (over: Partial<ConvertSummary>): ConvertSummary => ({
    inputs: 3,
    skipped: 0,
    parsed: 2,
    records: 2,
    failed: 1,
    byCode: new Map([['E_PDF_ENCRYPTED', 1]]),
    warnings: 3,
    byWarning: new Map([
      ['session-inferred', 1],
      ['table-layout-lost', 2],
    ]),
    review: 1,
    seconds: 1.25,
    interrupted: false,
    written: ['out.jsonl'],
    ...over,
  })
  it('counts warnings by code, says how many records need review, and where the failed inputs are', () => {
    expect(summaryLines(summary({}), { written: 'out.jsonl', errorsFile: false })).toEqual([
      '2 parsed, 1 failed (E_PDF_ENCRYPTED 1), 3 warnings in 1.3 s → out.jsonl\n',
      'warnings: table-layout-lost 2, session-inferred 1 — each record lists its own in "warnings" (docs/warnings.md); 1 of 2 records need review ("quality": "needs-review", why in "qualityReasons")\n',
      'failed inputs are the lines with "error" in the output; --errors FILE also lists them on their own\n',
    ])
  })
  it('counts documents and records where a document answers several questions', () => {
    const lines = summaryLines(summary({ records: 4, review: 2 }), { written: 'out.jsonl', errorsFile: true })
    expect(lines[0]).toBe('2 parsed (4 records: a record per question), 1 failed (E_PDF_ENCRYPTED 1), 3 warnings in 1.3 s → out.jsonl\n')
    expect(lines[1]).toContain('2 of 4 records need review')
  })
  it('says nothing of warnings or failures where there are none, nor of --errors when it was given', () => {
    const clean = summary({ failed: 0, byCode: new Map(), warnings: 0, byWarning: new Map(), review: 0 })
    expect(summaryLines(clean, { written: 'out.csv', errorsFile: false })).toEqual(['2 parsed, 0 failed, 0 warnings in 1.3 s → out.csv\n'])
    expect(summaryLines(summary({ warnings: 0 }), { written: 'o', errorsFile: true })).toHaveLength(1)
  })
})
