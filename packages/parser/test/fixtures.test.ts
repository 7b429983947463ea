import { readFileSync } from 'node:fs'
import { recordSchema } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
import { parseAll, parseFile, parseFileAll } from '../src/index.js'
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

describe('multi-question fixtures: a record per question, each equal to its hand-written expectation', () => {
  const cases = fixtureCases('multi')
  it('finds them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4)
    for (const fixture of cases) expect(fixture.records.length, fixture.name).toBeGreaterThan(1)
  })
  for (const fixture of cases) {
    it(fixture.name, async () => {
      const records = await parseAll(readFileSync(fixture.input), { path: fixture.input })
      for (const record of records) expect(recordSchema.safeParse(record).success).toBe(true)
      expectRecords(records, fixture.records)
      // The parts of one letter share its identity.
      expect(new Set(records.map((record) => record.source.document)).size).toBe(1)
      // parse gives the first, and says there are more; parseFileAll reads the file and gives them all.
      expectRecord(await parseFile(fixture.input), fixture.expected)
      expectRecords(await parseFileAll(fixture.input), fixture.records)
    })
  }
})

describe('parseFile and parseFileAll: what cannot be read', () => {
  const missing = new URL('../../../fixtures/no-such-file.pdf', import.meta.url).pathname
  const letter = fixtureCases('multi')[0]?.input ?? ''
  it('a missing file → E_READ, from both', async () => {
    await expect(parseFile(missing)).rejects.toMatchObject({ code: 'E_READ' })
    await expect(parseFileAll(missing)).rejects.toMatchObject({ code: 'E_READ' })
  })
  it('a file over maxBytes → E_TOO_LARGE before it is read, from both', async () => {
    await expect(parseFile(letter, { maxBytes: 10 })).rejects.toMatchObject({ code: 'E_TOO_LARGE' })
    await expect(parseFileAll(letter, { maxBytes: 10 })).rejects.toMatchObject({ code: 'E_TOO_LARGE' })
  })
})
