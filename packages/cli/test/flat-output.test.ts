/**
 * The flat outputs: Parquet read back with its types (DATE, INT32, lists of strings and structs), the same rows and
 * columns in CSV, and the same records as the JSONL. Expected values are those of the fixtures' hand-written
 * expectations (fixtures/answers/…/expected.json).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema, type SchemaTree } from 'hyparquet'
import { beforeAll, describe, expect, it } from 'vitest'
import { EXIT_OK } from '../src/index.js'
import { FIXTURES, jsonLines, run, tempDir } from './run.js'

/** The real answers of fixtures/answers, their inputs only (the folders hold notes in Markdown too). */
const ANSWERS = join(FIXTURES, 'answers', '*', 'input.txt')
const SPM245 = 'answers/20211_beu_spm245_svar1874075_2559274/input.txt'

let out: { jsonl: string; csv: string; parquet: string; dir: string }

beforeAll(async () => {
  const dir = await tempDir()
  out = { dir, jsonl: join(dir, 'out.jsonl'), csv: join(dir, 'out.csv'), parquet: join(dir, 'out.parquet') }
  for (const file of [out.jsonl, out.csv, out.parquet]) {
    expect((await run(['convert', ANSWERS, '--out', file, '--quiet'])).code).toBe(EXIT_OK)
  }
}, 120_000)

/** Each column's type as `TYPE/CONVERTED` (`INT32/DATE`), lists as `LIST<…>`, structs as `{a: …, b: …}`. */
function describeType(node: SchemaTree): string {
  const { element, children } = node
  if (element.converted_type === 'LIST') return `LIST<${describeType(children[0]?.children[0] as SchemaTree)}>`
  if (children.length > 0) return `{${children.map((child) => `${child.element.name}: ${describeType(child)}`).join(', ')}}`
  return element.converted_type ? `${element.type}/${element.converted_type}` : String(element.type)
}

async function parquetTypes(path: string): Promise<Record<string, string>> {
  const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path))
  return Object.fromEntries(parquetSchema(metadata).children.map((child) => [child.element.name, describeType(child)]))
}

/** A Parquet value as the CSV writes it. */
function asCsvText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

describe('Parquet output: typed columns, read back', () => {
  it('has DATE, INT32 and list columns, and cell-table columns that need no quoting', async () => {
    const STRING = 'BYTE_ARRAY/UTF8'
    expect(await parquetTypes(out.parquet)).toMatchObject({
      document: STRING,
      part: 'INT32',
      parts: 'INT32',
      pages: 'INT32',
      session: 'INT32',
      question_key: STRING,
      url: STRING,
      asked_on: 'INT32/DATE',
      answered_on: 'INT32/DATE',
      days_to_answer: 'INT32',
      askers: `LIST<{name: ${STRING}, party: ${STRING}, non_member: BOOLEAN}>`,
      parties: `LIST<${STRING}>`,
      asked_by_committee: 'BOOLEAN',
      ministry: STRING,
      references: `LIST<{kind: ${STRING}, number: ${STRING}, bill: ${STRING}, committee: ${STRING}, session: ${STRING}, text: ${STRING}}>`,
      quality_reasons: `LIST<${STRING}>`,
      warnings: `LIST<${STRING}>`,
      table_count: 'INT32',
    })
    expect(await parquetTypes(join(out.dir, 'out.tables.parquet'))).toEqual({
      path: STRING,
      sha256: STRING,
      document: STRING,
      part: 'INT32',
      question_key: STRING,
      table_index: 'INT32',
      label: STRING,
      caption: STRING,
      row_index: 'INT32',
      column_index: 'INT32',
      header: STRING,
      row_label: STRING,
      raw: STRING,
      value: 'DOUBLE',
    })
  })

  it('holds the values of the records', async () => {
    const documents = await parquetReadObjects({ file: await asyncBufferFromFile(out.parquet) })
    // 18 answers, one of them a samråd speech answering questions E and F: a row each.
    expect(documents).toHaveLength(19)
    const samraad = documents.filter((row) => String(row.path).includes('20151_beu_spm89_'))
    expect(samraad.map((row) => [row.question_number, row.question_key, row.part, row.parts])).toEqual([
      ['E', '20151-BEU-samspm-E', 1, 2],
      ['F', '20151-BEU-samspm-F', 2, 2],
    ])
    expect(samraad[0]?.document).toMatch(/^[0-9a-f]{16}$/u)
    expect(samraad[1]?.document).toBe(samraad[0]?.document)
    expect(String(samraad[0]?.question_text)).toMatch(/^Ministeren bedes forklare, hvilke tendenser/u)
    expect(String(samraad[1]?.question_text)).toMatch(/^Ministeren bedes forklare sammenhængen/u)
    expect(samraad[1]?.warnings).toContain('answer-joint')
    expect(documents.find((row) => String(row.path).endsWith(SPM245))).toMatchObject({
      question_key: '20211-BEU-almdel-245',
      url: 'https://www.ft.dk/samling/20211/almdel/beu/spm/245/index.htm',
      committee_code: 'BEU',
      session: 20211,
      question_number: '245',
      asked_on: new Date('2022-03-18'),
      answered_on: new Date('2022-04-13'),
      days_to_answer: 26,
      askers: [{ name: 'Hans Andersen', party: 'V', non_member: false }],
      parties: ['V'],
      ministry: 'Beskæftigelsesministeriet',
      table_count: 1,
    })
    // SOU spm. 1: asked 6 October 2020, answered 11 February 2021.
    expect(documents.find((row) => String(row.path).includes('20201_sou_spm1_'))).toMatchObject({ days_to_answer: 128 })
    const cells = await parquetReadObjects({ file: await asyncBufferFromFile(join(out.dir, 'out.tables.parquet')) })
    expect(cells.find((cell) => String(cell.path).endsWith(SPM245) && cell.row_index === 1 && cell.column_index === 3)).toMatchObject({
      question_key: '20211-BEU-almdel-245',
      part: 1,
      table_index: 0,
      raw: '35.564',
      value: 35564,
      header: 'Forskel',
    })
  })
})

describe('CSV, Parquet and JSONL hold the same rows', () => {
  it('same columns, same values (CSV writes dates as ISO text and lists as JSON)', async () => {
    const parquetRows = await parquetReadObjects({ file: await asyncBufferFromFile(out.parquet) })
    const csvRows = parseCsv(await readFile(out.csv, 'utf8'), { columns: true }) as Record<string, string>[]
    const records = await jsonLines(out.jsonl)
    expect(csvRows).toHaveLength(parquetRows.length)
    expect(records).toHaveLength(parquetRows.length)
    expect(Object.keys(csvRows[0] ?? {})).toEqual(Object.keys(parquetRows[0] ?? {}))
    parquetRows.forEach((row, index) => {
      const csvRow = csvRows[index] ?? {}
      for (const [column, value] of Object.entries(row)) expect(csvRow[column], `row ${index} ${column}`).toBe(asCsvText(value))
      expect(row.question_key).toBe((records[index] as { questionKey: string | null }).questionKey)
    })
    const csvCells = parseCsv(await readFile(join(out.dir, 'out.tables.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
    const parquetCells = await parquetReadObjects({ file: await asyncBufferFromFile(join(out.dir, 'out.tables.parquet')) })
    expect(csvCells.map((cell) => Object.values(cell))).toEqual(parquetCells.map((cell) => Object.values(cell).map(asCsvText)))
  })
})
