import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { errorCodeSchema, errorJsonSchema, recordJsonSchema } from '../src/index.js'

const ERRORS_DOC = new URL('../../../docs/errors.md', import.meta.url)

/** The codes in the first column of the table in docs/errors.md. */
function documentedCodes(): string[] {
  return [...readFileSync(ERRORS_DOC, 'utf8').matchAll(/^\| `(E_[A-Z_]+)` +\|/gmu)].map((match) => match[1] as string)
}

describe('error lines', () => {
  it('error.schema.json is current (run `pnpm schema` after changing the zod schema)', () => {
    const committed = JSON.parse(readFileSync(new URL('../error.schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(errorJsonSchema())
  })

  it('the JSON Schema takes an error line as convert writes it and refuses a record or an unknown code', () => {
    const line = z.fromJSONSchema(errorJsonSchema() as Parameters<typeof z.fromJSONSchema>[0])
    const error = { source: { path: 'a.zip!b.pdf', sha256: 'a'.repeat(64) }, error: { code: 'E_ZIP_UNSAFE', message: 'nested' } }
    expect(line.safeParse(error).success).toBe(true)
    expect(line.safeParse({ ...error, error: { code: 'E_WORKER_CRASHED', message: 'died', page: 2 } }).success).toBe(true)
    expect(line.safeParse({ ...error, error: { code: 'E_NOPE', message: 'x' } }).success).toBe(false)
    expect(line.safeParse({ source: { path: 'a.pdf' }, question: {} }).success).toBe(false)
    // The two schemas tell the lines of one JSONL file apart: only error lines have `error`.
    expect((recordJsonSchema() as { required: string[] }).required).not.toContain('error')
  })

  it('docs/errors.md lists every error code once, in the order of the code list', () => {
    expect(documentedCodes()).toEqual(errorCodeSchema.options)
  })
})
