import { recordSchema } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
import { parseFile } from '../src/index.js'
import { expectRecord, fixtureCases } from './fixture-harness.js'

describe('PDF fixtures: records equal the hand-written expectations', () => {
  const cases = fixtureCases('pdf', 'input.pdf')
  it('finds the PDF fixtures', () => {
    expect(cases.length).toBe(9)
  })
  for (const fixture of cases) {
    it(fixture.name, async () => {
      const record = await parseFile(fixture.input)
      expect(record.source.format).toBe('pdf')
      expect(recordSchema.safeParse(record).success).toBe(true)
      expectRecord(record, fixture.expected)
    })
  }
})
