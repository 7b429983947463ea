/**
 * The PDF fixtures as `pdftotext -layout` writes them (`fixtures/layout/`, made by `make_layout_texts.sh`): the
 * ministry's sidebar on the same lines as the text, table cells at their columns. Each must give the metadata and
 * question of the PDF fixture's hand-written expectations, and its tables where text can hold them.
 */
import { readFileSync, readdirSync } from 'node:fs'
import type { FtRecord } from '@ft-answers/schema'
import { recordSchema } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
import { parseFile } from '../src/index.js'

const FIXTURES = new URL('../../../fixtures/', import.meta.url)
const names = readdirSync(new URL('layout/', FIXTURES), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/**
 * Tables the layout text does not give back: values run together where pdftotext set two columns a space apart
 * (`130.882 127.646`, `2013 2014 …`), and cells of running text (a description wrapped in its cell).
 */
const TABLES_NOT_READ = new Set(['beu-20191-l85-spm11', 'beu-20241-spm75', 'synthetic-text-table'])

type Expected = Partial<FtRecord> & { answer: { answeredOn?: string | null; tables?: FtRecord['answer']['tables'] } }

const expectedOf = (name: string): Expected => JSON.parse(readFileSync(new URL(`pdf/${name}/expected.json`, FIXTURES), 'utf8'))
const withoutPage = (tables: FtRecord['answer']['tables']) => tables.map(({ page: _page, ...table }) => table)

describe('pdftotext -layout renditions of the PDF fixtures', () => {
  it('has one for every PDF fixture', () => {
    const pdfs = readdirSync(new URL('pdf/', FIXTURES), { withFileTypes: true }).filter((entry) => entry.isDirectory())
    expect(names.sort()).toEqual(pdfs.map((entry) => entry.name).sort())
  })

  for (const name of names) {
    it(`${name}: letterhead, question and signature as in the PDF`, async () => {
      const record = await parseFile(new URL(`layout/${name}/input.txt`, FIXTURES).pathname)
      expect(recordSchema.safeParse(record).success).toBe(true)
      const expected = expectedOf(name)
      for (const key of ['documentType', 'session', 'caseNumber', 'signature', 'ministry'] as const) {
        if (key in expected) expect(record[key], key).toEqual(expected[key])
      }
      expect(record.committee?.code, 'committee').toBe(expected.committee?.code)
      for (const [key, value] of Object.entries(expected.question ?? {})) {
        if (!key.startsWith('text') || key === 'text')
          expect(record.question[key as keyof FtRecord['question']], `question.${key}`).toEqual(value)
      }
      expect(record.answer.answeredOn, 'answeredOn').toBe(expected.answer.answeredOn)
    })

    if (TABLES_NOT_READ.has(name)) continue
    it(`${name}: tables as in the PDF`, async () => {
      const record = await parseFile(new URL(`layout/${name}/input.txt`, FIXTURES).pathname)
      expect(withoutPage(record.answer.tables)).toEqual(withoutPage(expectedOf(name).answer.tables ?? []))
    })
  }
})
