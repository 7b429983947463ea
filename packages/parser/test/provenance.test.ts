import { describe, expect, it } from 'vitest'
import { fieldValue, PROVENANCE_FIELDS, parse, parseFile } from '../src/index.js'
import { FIXTURES, fixtureCases } from './fixture-harness.js'

/** The provenance of one table of the answer: `answer.tables.0`. */
const TABLE_KEY = /^answer\.tables\.\d+$/u

describe('provenance', () => {
  it('every field of every fixture record has provenance, with source text for what was found', async () => {
    const cases = [...['seeds', 'answers', 'questions'].flatMap((group) => fixtureCases(group)), ...fixtureCases('pdf', 'input.pdf')]
    for (const fixture of cases) {
      const record = await parseFile(fixture.input)
      const tableKeys = Object.keys(record.provenance).filter((key) => TABLE_KEY.test(key))
      expect(
        Object.keys(record.provenance)
          .filter((key) => !TABLE_KEY.test(key))
          .sort(),
        fixture.name,
      ).toEqual([...PROVENANCE_FIELDS].sort())
      // One entry per table of the answer, naming the reader that read it.
      expect(tableKeys.sort(), fixture.name).toEqual(record.answer.tables.map((_, index) => `answer.tables.${index}`).sort())
      for (const key of tableKeys) expect(record.provenance[key]?.rule, `${fixture.name} ${key}`).toMatch(/^table:[a-z-]+$/u)
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

  it("names each table's reader: a table listed column by column is read by `column-major`, its rows and columns inferred", async () => {
    const record = await parseFile(`${FIXTURES}answers/20211_beu_spm245_svar1874075_2559274/input.txt`)
    // Lines 32–46: the cells after the caption ("… 2020."), up to "Anm.:".
    expect(record.provenance['answer.tables.0']).toMatchObject({
      source: 'document',
      rule: 'table:column-major',
      confidence: 0.6,
      lines: [32, 46],
      text: expect.stringMatching(/^Faktisk antal be-\nskæftigede\n/u),
    })
  })

  it('names `layout-lost` where text has lost a table’s cells (its own warning says so, no `low-confidence`)', async () => {
    const record = await parseFile(`${FIXTURES}answers/20201_beu_spm337_svar1779859_2389548/input.txt`)
    expect(record.provenance['answer.tables.0']).toMatchObject({ source: 'document', rule: 'table:layout-lost', confidence: 0.6 })
  })

  it('names the readers of tables in text, by its columns or by a text table reader, and of tables in markup', async () => {
    const letter = (table: string) => `Svar:\nTabel 1. Ledige.\n${table}\nKilde: Danmarks Statistik.\nMed venlig hilsen\nMette Frederiksen`
    const text = await parse(letter('Køn  Antal\nMænd  40.100\nKvinder  38.200'), { format: 'text' })
    // Cells that stand at their columns (`pdftotext -layout`), and a row-wise table.
    expect(text.provenance['answer.tables.0']).toMatchObject({ rule: 'table:layout-columns', lines: [3, 5] })
    const rowWise = await parse(letter('År 2013 2014\nAndel 9,8 11,4'), { format: 'text' })
    expect(rowWise.provenance['answer.tables.0']).toMatchObject({ rule: 'table:row-wise', confidence: 0.85, lines: [3, 4] })
    const markdown = await parse(letter('| Køn | Antal |\n| --- | --- |\n| Mænd | 40.100 |\n'), { format: 'markdown' })
    expect(markdown.provenance['answer.tables.0']?.rule).toBe('table:markup')
  })
})
