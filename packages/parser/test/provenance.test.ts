import { describe, expect, it } from 'vitest'
import { PROVENANCE_FIELDS, fieldValue, parseFile } from '../src/index.js'
import { FIXTURES, fixtureCases } from './fixture-harness.js'

describe('provenance', () => {
  it('every field of every fixture record has provenance, with source text for what was found', async () => {
    const cases = [...['seeds', 'answers', 'questions'].flatMap((group) => fixtureCases(group)), ...fixtureCases('pdf', 'input.pdf')]
    for (const fixture of cases) {
      const record = await parseFile(fixture.input)
      expect(Object.keys(record.provenance).sort(), fixture.name).toEqual([...PROVENANCE_FIELDS].sort())
      for (const field of ['committee', 'question.number', 'question.askedOn', 'caseNumber', 'answer.answeredOn', 'signature'] as const) {
        const entry = record.provenance[field]
        const value = fieldValue(record, field)
        if (value === null) expect(entry?.rule, `${fixture.name} ${field}`).toMatch(/^absent$|^from-/u)
        else if (field !== 'question.askedOn' || entry?.source === 'document') expect(entry?.text, `${fixture.name} ${field}`).toBeTruthy()
      }
    }
  }, 60_000)

  it('points PDF fields at their page and box', async () => {
    const record = await parseFile(`${FIXTURES}pdf/beu-20191-l85-spm11/input.pdf`)
    const caseNumber = record.provenance.caseNumber
    expect(caseNumber).toMatchObject({ source: 'document', rule: 'letterhead', page: 1, text: '2019-7507' })
    const [x0 = 0, , x1 = 0] = caseNumber?.bbox ?? []
    expect(x0).toBeGreaterThan(400) // the sidebar, right of the text column
    expect(x1).toBeGreaterThan(x0)
    expect(record.provenance.session).toMatchObject({ rule: 'stamp', confidence: 1, text: 'Beskæftigelsesudvalget 2019-20' })
  })

  it('says when a value is inferred', async () => {
    const record = await parseFile(`${FIXTURES}seeds/beu-20161-spm128/input.txt`)
    expect(record.provenance.session).toEqual({ source: 'derived', rule: 'from-question.askedOn', confidence: 0.8 })
    expect(record.provenance['question.askers']).toMatchObject({ source: 'document', rule: 'asked-by', lines: [1, 5] })
  })
})
