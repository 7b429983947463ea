import { readFileSync } from 'node:fs'
import { recordSchema } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
import { parseAll, parseFile } from '../src/index.js'
import { expectRecord, expectRecords, fixtureCases } from './fixture-harness.js'

const groups = ['seeds', 'answers', 'questions']

describe('text fixtures: records equal the hand-written expectations', () => {
  const cases = groups.flatMap((group) => fixtureCases(group))
  it('finds every corpus document', () => {
    expect(cases.length).toBe(33)
  })
  for (const fixture of cases) {
    it(fixture.name, async () => {
      const record = await parseFile(fixture.input)
      expect(recordSchema.safeParse(record).success).toBe(true)
      expectRecord(record, fixture.expected)
      // One record per question the document answers, each to its own expectation.
      expectRecords(await parseAll(readFileSync(fixture.input), { path: fixture.input }), fixture.records)
    })
  }
})
