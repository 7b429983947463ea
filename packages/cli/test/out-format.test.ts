/** `--out`'s name picks the format; `--out -` is JSONL on stdout; `parse -` reads stdin. */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT_OK, EXIT_USAGE, main } from '../src/index.js'
import { outputFormat } from '../src/output/target.js'
import { SEED_75, SEED_128, tempDir } from './run.js'

/** Run the CLI in-process, keeping stdout, with `stdin` as standard input. */
async function runCapturing(argv: string[], stdin: Uint8Array[] = []) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrStream: { isTTY: false, write: () => true },
    stdin: (async function* () {
      yield* stdin
    })(),
  })
  return { code, stdout, stderr }
}

/** Parquet files begin (and end) with these four bytes. */
const PARQUET_MAGIC = 'PAR1'

describe('outputFormat', () => {
  it.each([
    ['a.parquet', undefined, 'parquet'],
    ['a.CSV', undefined, 'csv'],
    ['a.json', undefined, 'json'],
    ['a.jsonl', undefined, 'jsonl'],
    ['a.ndjson', undefined, 'jsonl'],
    ['answers', undefined, 'jsonl'],
    ['answers', 'md', 'md'],
    ['a.parquet', 'parquet', 'parquet'],
    ['a.out', 'csv', 'csv'],
    ['-', undefined, 'jsonl'],
  ] as const)('--out %s --format %s → %s', (out, format, expected) => {
    expect(outputFormat(out, format)).toBe(expected)
  })

  it.each([
    ['a.parquet', 'jsonl'],
    ['a.csv', 'parquet'],
    ['a.json', 'md'],
    ['-', 'csv'],
  ] as const)('--out %s --format %s is a usage error', (out, format) => {
    expect(() => outputFormat(out, format)).toThrow(/--format/u)
  })
})

describe('convert: the format follows --out', () => {
  it('writes Parquet to o.parquet without --format', async () => {
    const dir = await tempDir()
    const out = join(dir, 'o.parquet')
    expect((await runCapturing(['convert', SEED_75, '--out', out, '--quiet'])).code).toBe(EXIT_OK)
    const bytes = await readFile(out)
    expect(bytes.subarray(0, 4).toString()).toBe(PARQUET_MAGIC)
    expect((await readdir(dir)).sort()).toEqual(['o.parquet', 'o.tables.parquet'])
  }, 60_000)

  it('refuses a --format that contradicts the name: exit 2, one line, nothing written', async () => {
    const dir = await tempDir()
    const { code, stderr } = await runCapturing(['convert', SEED_75, '--out', join(dir, 'o.csv'), '--format', 'jsonl'])
    expect(code).toBe(EXIT_USAGE)
    expect(stderr).toMatch(/^error: --out \S+o\.csv is a \.csv file, but --format is jsonl; [^\n]+\n$/u)
    expect(await readdir(dir)).toEqual([])
  })

  it('--out - writes JSONL to stdout, one line per input, and no file', async () => {
    const { code, stdout } = await runCapturing(['convert', SEED_75, SEED_128, '--out', '-', '--quiet', '--jobs', '1'])
    expect(code).toBe(EXIT_OK)
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { question: { number: string } })
    expect(lines.map((line) => line.question.number)).toEqual(['75', '128'])
    await expect(readFile('-')).rejects.toThrow()
    await expect(readFile('-.lock')).rejects.toThrow()
  }, 60_000)

  it('--out - with --resume or another format is a usage error', async () => {
    expect((await runCapturing(['convert', SEED_75, '--out', '-', '--resume'])).code).toBe(EXIT_USAGE)
    expect((await runCapturing(['convert', SEED_75, '--out', '-', '--format', 'parquet'])).code).toBe(EXIT_USAGE)
  })
})

describe('parse -', () => {
  it('reads the document from stdin', async () => {
    const { code, stdout } = await runCapturing(['parse', '-', '--compact'], [await readFile(SEED_75)])
    expect(code).toBe(EXIT_OK)
    const record = JSON.parse(stdout) as { source: { path: string }; question: { number: string } }
    expect(record.source.path).toBe('<stdin>')
    expect(record.question.number).toBe('75')
  })
})
