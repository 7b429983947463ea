/**
 * The real corpus (fixtures/real/): ft.dk documents with hand-written expectations, scored field by field as
 * `pnpm accuracy` does. Every field must be right except the gaps recorded in fixtures/real/known-gaps.json, and
 * each recorded gap must still be a gap: a rule that mends one makes this test fail until the list is shortened
 * (`pnpm accuracy --write-gaps`), so the list only ever tells the truth. The figures are in docs/accuracy.md.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type FtRecord, recordSchema } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- plain JavaScript shared with `pnpm accuracy`; its shapes are checked by the assertions below.
import { CORPUS_GROUP, FIXTURES, REAL_GROUPS, realCases, scoreCase, scoreRecord } from '../scripts/score.js'
import { parseAll } from '../src/index.js'
import { repairMojibake } from '../src/util/mojibake.js'
import { CHECK_KEYS, recordExpectations } from './fixture-harness.js'

/** A fixture's records, one per question its document answers. */
const parseFileAll = (path: string): Promise<FtRecord[]> => parseAll(readFileSync(path), { path })

interface Case {
  name: string
  input: string
  expected: Record<string, unknown>
}
interface Score {
  fields: { field: string; ok: boolean }[]
  tables: { index: number; exact: boolean }[]
}

const gapsFile = join(FIXTURES, CORPUS_GROUP, 'known-gaps.json')
const gaps: Record<string, string[]> = existsSync(gapsFile) ? JSON.parse(readFileSync(gapsFile, 'utf8')) : {}
const cases = (realCases as (groups: string[]) => Case[])(REAL_GROUPS as string[])

describe('scoring', () => {
  const score = scoreRecord as (record: unknown, expected: unknown) => Score & { fields: { silent: boolean }[] }
  const record = {
    session: '20211',
    question: { number: '245', text: 'Vil ministeren redegøre for det?' },
    answer: { text: 'Svaret.', tables: [{ header: ['', '2020'], rows: [[{ raw: 'I alt', value: null }]] }] },
    quality: 'ok',
  }
  it('counts each listed field right or wrong, and a wrong one in an `ok` record as silent', () => {
    const result = score(record, {
      session: '20201',
      question: { number: '245', textStartsWith: 'Vil ministeren', textEndsWith: 'det?' },
      answer: { textStartsWith: 'Svar', tables: [{ header: ['', '2020'], rows: [[{ raw: 'I alt', value: 1 }]] }] },
    })
    expect(result.fields.map((f) => [f.field, f.ok, f.silent])).toEqual([
      ['session', false, true],
      ['question.number', true, false],
      ['question.text', true, false],
      ['answer.text', true, false],
    ])
    expect(result.tables).toEqual([{ index: 0, found: true, exact: false, silent: true }])
    // The same table in a record sent to review is wrong, not silent.
    const reviewed = score({ ...record, quality: 'needs-review' }, { answer: { tables: [{ header: ['', '2020'], rows: [] }] } })
    expect(reviewed.tables).toEqual([{ index: 0, found: true, exact: false, silent: false }])
  })
})

describe('the hand-written expectations are well-formed', () => {
  // A typo in an expectation (a date that does not exist, a session code of the wrong shape, a cell without its
  // value) would score the parser wrong for the wrong reason: each listed field must fit the record's schema.
  const partial = recordSchema
    .pick({
      documentType: true,
      committee: true,
      session: true,
      caseNumber: true,
      questionKey: true,
      url: true,
      signature: true,
      ministry: true,
      quality: true,
    })
    .partial()
    .strict()
  const question = recordSchema.shape.question.partial().strict()
  const answer = recordSchema.shape.answer.partial().strict()
  const strip = (part: Record<string, unknown>) => Object.fromEntries(Object.entries(part).filter(([key]) => !CHECK_KEYS.has(key)))
  for (const fixture of cases) {
    it(fixture.name, () => {
      for (const expected of recordExpectations(fixture.expected)) {
        const {
          question: q = {},
          answer: a = {},
          warnings: _warnings,
          references: _references,
          ...rest
        } = expected as Record<string, Record<string, unknown>>
        expect(partial.safeParse(rest).error?.issues ?? []).toEqual([])
        expect(question.safeParse(strip(q)).error?.issues ?? []).toEqual([])
        expect(answer.safeParse(strip(a)).error?.issues ?? []).toEqual([])
      }
      // ft.dk's older renditions hold UTF-8 read as Windows-1252 ("Ã¥" for "å"); the parser repairs it and says so
      // (`text-mojibake-repaired`), and an expectation copied from the rendition must hold the repaired text.
      expect(repairMojibake(JSON.stringify(fixture.expected)).repaired).toBe(0)
    })
  }
})

describe('real documents: each field as read by hand, but for the recorded gaps', () => {
  it('has the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(33)
    for (const name of Object.keys(gaps)) expect(cases.map((c) => c.name)).toContain(name)
  })
  for (const fixture of cases) {
    it(fixture.name, async () => {
      const score = await (scoreCase as (fixture: Case, parse: typeof parseFileAll) => Promise<Score & { records?: unknown[] }>)(
        fixture,
        parseFileAll,
      )
      // Every real document is a Folketing document: none is refused (`pnpm demo` converts them all and fails on one).
      expect((score as { error?: string }).error, 'refused').toBeUndefined()
      for (const record of score.records ?? []) expect(recordSchema.safeParse(record).success).toBe(true)
      const wrong = [
        ...score.fields.filter((f) => !f.ok).map((f) => f.field),
        ...score.tables.filter((t) => !t.exact).map((t) => `table ${t.index}`),
      ]
      expect(wrong.sort(), 'wrong fields (fixtures/real/known-gaps.json lists the known ones)').toEqual(
        [...(gaps[fixture.name] ?? [])].sort(),
      )
    })
  }
})
