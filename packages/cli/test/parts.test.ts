/**
 * A document that answers several questions gives a record each: one JSONL line, one CSV and Parquet row per
 * record (`part` of `parts`, the same `document`), its table cells under its own `part`; and `--resume` after a run
 * killed between two records of one document writes every record once.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'
import { describe, expect, it } from 'vitest'
import { EXIT_OK } from '../src/index.js'
import { FIXTURES, jsonLines, run, SEED_75, SEED_128, tempDir } from './run.js'

/** Three questions, each with its own answer; the second's holds Tabel 1 (fixtures/multi, expectations by hand). */
const EACH = `${FIXTURES}multi/synthetic-each-answered-table/input.txt`
const INPUTS = [SEED_75, EACH, SEED_128]

describe('a document with several questions in the flat outputs', () => {
  it('JSONL, CSV and Parquet hold the same rows: one per question, with part, parts and document', async () => {
    const dir = await tempDir()
    const files = { jsonl: join(dir, 'o.jsonl'), csv: join(dir, 'o.csv'), parquet: join(dir, 'o.parquet') }
    for (const file of Object.values(files)) expect((await run(['convert', ...INPUTS, '--out', file, '--quiet'])).code).toBe(EXIT_OK)
    const lines = (await jsonLines(files.jsonl)) as Array<{
      source: { part: number; parts: number; document: string }
      questionKey: string
    }>
    const csv = parseCsv(await readFile(files.csv, 'utf8'), { columns: true }) as Record<string, string>[]
    const parquet = await parquetReadObjects({ file: await asyncBufferFromFile(files.parquet) })
    const rows = (part: (row: Record<string, unknown>) => unknown[]) => parquet.map(part)
    expect(lines.map((line) => [line.questionKey, line.source.part, line.source.parts])).toEqual([
      ['20241-BEU-almdel-75', 1, 1],
      ['20221-TRU-almdel-40', 1, 3],
      ['20221-TRU-almdel-41', 2, 3],
      ['20221-TRU-almdel-42', 3, 3],
      ['20161-BEU-almdel-128', 1, 1],
    ])
    expect(rows((row) => [row.question_key, row.part, row.parts, row.document])).toEqual(
      lines.map((line) => [line.questionKey, line.source.part, line.source.parts, line.source.document]),
    )
    expect(csv.map((row) => [row.question_key, row.part, row.parts, row.document])).toEqual(
      lines.map((line) => [line.questionKey, String(line.source.part), String(line.source.parts), line.source.document]),
    )
    // The three parts are one letter.
    expect(new Set(lines.slice(1, 4).map((line) => line.source.document)).size).toBe(1)
    // Tabel 1 is in the second question's answer: its cells say so, in both formats.
    const cells = await parquetReadObjects({ file: await asyncBufferFromFile(join(dir, 'o.tables.parquet')) })
    const tru = cells.filter((cell) => String(cell.path).endsWith('synthetic-each-answered-table/input.txt'))
    expect(new Set(tru.map((cell) => `${cell.question_key} part ${cell.part} table ${cell.table_index}`))).toEqual(
      new Set(['20221-TRU-almdel-41 part 2 table 0']),
    )
    const csvCells = parseCsv(await readFile(join(dir, 'o.tables.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
    expect(csvCells.filter((cell) => cell.path?.endsWith('synthetic-each-answered-table/input.txt')).map((cell) => cell.part)).toEqual(
      tru.map((cell) => String(cell.part)),
    )
    expect(tru.find((cell) => cell.row_label === 'Signalfejl' && cell.header === '2022')).toMatchObject({ value: 401 })
  }, 60_000)
})

describe('--resume with several records per input', () => {
  for (const format of ['jsonl', 'csv'] as const) {
    it(`a run killed between two records of one document (${format}): the resumed output has every row once`, async () => {
      const dir = await tempDir()
      const clean = join(dir, `clean.${format}`)
      expect((await run(['convert', ...INPUTS, '--out', clean, '--quiet'])).code).toBe(EXIT_OK)
      const whole = await jsonLines(format === 'jsonl' ? clean : join(dir, 'all.jsonl')).catch(async () => {
        expect((await run(['convert', ...INPUTS, '--out', join(dir, 'all.jsonl'), '--quiet'])).code).toBe(EXIT_OK)
        return jsonLines(join(dir, 'all.jsonl'))
      })
      // The journal of a run killed while writing: the first input, the letter's first two records, half the third.
      const out = join(dir, `killed.${format}`)
      const journal = format === 'jsonl' ? out : `${out}.partial.jsonl`
      const [first, second, third] = whole.map((line) => JSON.stringify(line))
      await writeFile(journal, `${first}\n${second}\n${third?.slice(0, 40)}`)
      const resumed = await run(['convert', ...INPUTS, '--out', out, '--resume'])
      expect(resumed.code).toBe(EXIT_OK)
      expect(resumed.stderr).toMatch(/1 already done/u)
      expect(await readFile(out, 'utf8')).toBe(await readFile(clean, 'utf8'))
    }, 60_000)
  }
})
