import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { recordSchema, reviewWarningCodes, warningCodeSchema, warningCodes, warningSchema } from '../src/index.js'

/** A row of the table in docs/warnings.md: `` | `code` ★ | when | ``. */
const DOC_ROW = /^\|\s*`([a-z][a-z0-9-]*)`\s*(★)?\s*\|\s*(.*?)\s*\|$/u

function documented(): Array<{ code: string; review: boolean; description: string }> {
  const text = readFileSync(new URL('../../../docs/warnings.md', import.meta.url), 'utf8')
  return text
    .split('\n')
    .map((line) => DOC_ROW.exec(line.trim()))
    .filter((match) => match !== null)
    .map(([, code = '', star, description = '']) => ({ code, review: star !== undefined, description }))
}

describe('warning codes', () => {
  it('docs/warnings.md lists exactly the registry: same codes, order, ★ and text', () => {
    const registry = Object.entries(warningCodes).map(([code, { review, description }]) => ({ code, review, description }))
    expect(documented()).toEqual(registry)
  })

  it('are kebab-case and described in one line', () => {
    for (const [code, { description }] of Object.entries(warningCodes)) {
      expect(code).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u)
      expect(description).not.toMatch(/\n/u)
    }
  })

  it('the review set is the codes marked review', () => {
    expect([...reviewWarningCodes].sort()).toEqual(
      Object.entries(warningCodes)
        .filter(([, info]) => info.review)
        .map(([code]) => code)
        .sort(),
    )
    expect(reviewWarningCodes.has('party-unknown')).toBe(true)
    expect(reviewWarningCodes.has('session-inferred')).toBe(false)
  })

  it('a record accepts only listed codes, in warnings and in qualityReasons', () => {
    expect(warningCodeSchema.safeParse('date-order').success).toBe(true)
    expect(warningCodeSchema.safeParse('date-ordre').success).toBe(false)
    expect(warningSchema.safeParse({ code: 'no-such-code', message: 'x' }).success).toBe(false)
    expect(recordSchema.shape.qualityReasons.safeParse(['text-damaged']).success).toBe(true)
    expect(recordSchema.shape.qualityReasons.safeParse(['text-damagd']).success).toBe(false)
  })
})
