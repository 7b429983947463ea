/**
 * docs/analysis.md: every SQL query runs in DuckDB against the fixture answers converted to Parquet and CSV, and
 * gives the table written under it (by hand, from the documents).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { beforeAll, describe, expect, it } from 'vitest'
import { EXIT_OK } from '../src/index.js'
import { FIXTURES, run, tempDir } from './run.js'

const ANALYSIS_DOC = new URL('../../../docs/analysis.md', import.meta.url)

/** The inputs the document converts: `fixtures/answers/*\/input.txt`. */
const ANSWERS = join(FIXTURES, 'answers', '*', 'input.txt')

interface Example {
  sql: string
  columns: string[]
  rows: string[][]
}

/** The cells of a Markdown table row. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/gu, '')
    .split('|')
    .map((cell) => cell.trim())
}

/** Each ```sql block of the document with the table that follows it. */
function examples(): Example[] {
  const text = readFileSync(ANALYSIS_DOC, 'utf8')
  const found: Example[] = []
  for (const match of text.matchAll(/```sql\n([\s\S]*?)```\n/gu)) {
    const after = text.slice((match.index ?? 0) + match[0].length)
    const table = after
      .slice(0, after.search(/```/u) === -1 ? undefined : after.search(/```/u))
      .split('\n')
      .filter((line) => line.startsWith('|'))
    const [header, , ...rows] = table
    found.push({ sql: match[1] ?? '', columns: cells(header ?? ''), rows: rows.map(cells) })
  }
  return found
}

/** A DuckDB value as the document writes it. */
function shown(value: unknown): string {
  return value === null || value === undefined ? '' : String(value)
}

let folder: string

beforeAll(async () => {
  folder = await tempDir()
  for (const name of ['answers.parquet', 'answers.csv']) {
    expect((await run(['convert', ANSWERS, '--out', join(folder, name), '--quiet'])).code).toBe(EXIT_OK)
  }
}, 120_000)

describe('docs/analysis.md', () => {
  const list = examples()

  it('has its worked examples', () => {
    expect(list.length).toBeGreaterThanOrEqual(5)
    for (const example of list) expect(example.rows.length, example.sql).toBeGreaterThan(0)
  })

  it.each(list.map((example) => [example.sql.split('\n')[0], example] as const))('%s', async (_, example) => {
    const instance = await DuckDBInstance.create(':memory:')
    const connection = await instance.connect()
    try {
      // The queries name the files as the document's reader has them: relative to the conversion's folder.
      await connection.run(`SET file_search_path = '${folder.replaceAll("'", "''")}'`)
      const result = await connection.runAndReadAll(example.sql)
      expect(result.columnNames()).toEqual(example.columns)
      expect(result.getRowsJson().map((row) => row.map(shown))).toEqual(example.rows)
    } finally {
      connection.closeSync()
      instance.closeSync()
    }
  })
})
