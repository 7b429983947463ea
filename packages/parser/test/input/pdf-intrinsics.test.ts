import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Run in a fresh process: test files share processes, and built-ins replaced by one file stay replaced.
const GUARDED = '[Array.prototype.push, JSON.parse, JSON.stringify]'
function inFreshNode(body: string): unknown {
  const script = `const before = ${GUARDED};\n${body}\nconst after = ${GUARDED};\nconsole.log(JSON.stringify({ kept: before.map((f, i) => f === after[i]), result }))`
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    }),
  )
}

describe('pdf.js leaves the engine’s built-ins in place', () => {
  // Node 20 lacks what pdf.js's legacy build polyfills with core-js, which replaces push and JSON on the way; on
  // Node 22 and 24 the polyfills are not installed and the built-ins stay as they are without the guard.
  it.runIf(process.versions.node.startsWith('20.'))(
    'pdf.js’s legacy build on its own replaces push and JSON on Node 20 (why the guard exists)',
    () => {
      const out = inFreshNode(`await import('pdfjs-dist/legacy/build/pdf.mjs'); const result = null`)
      expect(out).toEqual({ kept: [false, false, false], result: null })
    },
  )

  it('after parsing a PDF, push and JSON are the engine’s own; pdf.js’s additions stay', () => {
    const pdf = fileURLToPath(new URL('../../../../fixtures/pdf/beu-20211-spm245/input.pdf', import.meta.url))
    const out = inFreshNode(
      `const { parseFile } = await import('@ft-answers/parser'); const record = await parseFile(${JSON.stringify(pdf)});
const result = { number: record.question.number, withResolvers: typeof Promise.withResolvers }`,
    )
    expect(out).toEqual({ kept: [true, true, true], result: { number: '245', withResolvers: 'function' } })
  })
})
