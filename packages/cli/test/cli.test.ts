import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { errorRecordSchema, recordSchema } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
import { tempDir as makeTempDir } from '../../../test/temp-dirs.js'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, main } from '../src/index.js'

const FIXTURES = new URL('../../../fixtures/', import.meta.url).pathname
const SEED = `${FIXTURES}seeds/beu-20241-spm75/input.txt`
const PDF = `${FIXTURES}pdf/beu-20211-spm245/input.pdf`

async function run(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { code, stdout, stderr }
}

const tempDir = () => makeTempDir('cli')

describe('ft-answers parse', () => {
  it('prints one valid record as JSON', async () => {
    const { code, stdout } = await run(['parse', SEED])
    expect(code).toBe(EXIT_OK)
    const record = recordSchema.parse(JSON.parse(stdout))
    expect(record.question.number).toBe('75')
    expect(record.signature?.name).toBe('Ane Halsboe-Jørgensen')
  })

  it('sniffs a PDF by its content, whatever its name', async () => {
    const dir = await tempDir()
    const disguised = join(dir, 'answer.dat')
    await copyFile(PDF, disguised)
    const { code, stdout } = await run(['parse', disguised, '--compact'])
    expect(code).toBe(EXIT_OK)
    const record = recordSchema.parse(JSON.parse(stdout))
    expect(record.source.format).toBe('pdf')
    expect(record.answer.tables[0]?.rows[0]?.[3]).toEqual({ raw: '35.564', value: 35564 })
  })

  it('--all prints a record per question as a JSON array; without it, the first with question-multiple', async () => {
    const letter = `${FIXTURES}multi/synthetic-joint-askers/input.txt`
    const all = await run(['parse', letter, '--all'])
    expect(all.code).toBe(EXIT_OK)
    const records = (JSON.parse(all.stdout) as unknown[]).map((each) => recordSchema.parse(each))
    expect(records.map((record) => [record.question.number, record.source.part, record.source.parts])).toEqual([
      ['212', 1, 2],
      ['213', 2, 2],
    ])
    const first = recordSchema.parse(JSON.parse((await run(['parse', letter])).stdout))
    expect(first.question.number).toBe('212')
    expect(first.warnings.map((warning) => warning.code)).toContain('question-multiple')
    // --explain --all: one explanation per record.
    const explained = (await run(['parse', letter, '--all', '--explain'])).stdout
    expect(explained.match(/^question\.number +21[23] /gmu)).toEqual([expect.stringMatching(/212/u), expect.stringMatching(/213/u)])
  })

  it('exits 1 with the error code on stderr for a bad file', async () => {
    const dir = await tempDir()
    const bad = join(dir, 'broken.pdf')
    await writeFile(bad, '%PDF-1.7\nthis is not a PDF body')
    const { code, stderr, stdout } = await run(['parse', bad])
    expect(code).toBe(EXIT_FAILED)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/E_PDF_CORRUPT/)
  })

  it('exits 2 on usage errors', async () => {
    expect((await run(['parse'])).code).toBe(EXIT_USAGE)
    expect((await run(['frobnicate'])).code).toBe(EXIT_USAGE)
    expect((await run(['parse', SEED, '--format', 'docx'])).code).toBe(EXIT_USAGE)
  })

  it('exits 0 for --help and --version', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(EXIT_OK)
    expect(help.stdout).toMatch(/convert/)
    expect((await run(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('ft-answers convert', () => {
  it('writes one line per input, error lines for failures, and goes on', async () => {
    const dir = await tempDir()
    const empty = join(dir, 'empty.txt')
    await writeFile(empty, '')
    const out = join(dir, 'out.jsonl')
    const { code, stderr } = await run(['convert', SEED, empty, PDF, join(dir, 'missing.pdf'), '--out', out])
    expect(code).toBe(EXIT_FAILED)
    expect(stderr).toMatch(/2 parsed, 2 failed \(E_EMPTY 1, E_READ 1\)/)
    const lines = (await readFile(out, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines).toHaveLength(4)
    expect(recordSchema.parse(lines[0]).question.number).toBe('75')
    expect(errorRecordSchema.parse(lines[1]).error.code).toBe('E_EMPTY')
    // A parse error's line names its input by hash too (of the empty file).
    expect(lines[1].source.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(recordSchema.parse(lines[2]).source.format).toBe('pdf')
    expect(errorRecordSchema.parse(lines[3]).error.code).toBe('E_READ')
  })

  it('exits 0 when every input parsed, and reads folders recursively in name order', async () => {
    const dir = await tempDir()
    const tree = join(dir, 'archive')
    const names = ['b-spm245', 'a-spm75', 'c/nested']
    for (const name of names) await mkdir(join(tree, name), { recursive: true })
    await copyFile(PDF, join(tree, 'b-spm245', 'svar.pdf'))
    await copyFile(SEED, join(tree, 'a-spm75', 'svar.txt'))
    await copyFile(`${FIXTURES}pdf/beu-20161-spm128/input.pdf`, join(tree, 'c/nested', 'svar.pdf'))
    await writeFile(join(tree, 'c', 'notes.json'), '{}') // not an input format: skipped
    const out = join(dir, 'out.jsonl')
    const { code } = await run(['convert', tree, '--out', out, '--quiet'])
    expect(code).toBe(EXIT_OK)
    const records = (await readFile(out, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => recordSchema.parse(JSON.parse(line)))
    expect(records.map((record) => [record.source.path.slice(tree.length + 1), record.question.number])).toEqual([
      ['a-spm75/svar.txt', '75'],
      ['b-spm245/svar.pdf', '245'],
      ['c/nested/svar.pdf', '128'],
    ])
  })
})

describe('ft-answers parse --explain', () => {
  it('shows each field with its rule, confidence and source text and place', async () => {
    const { code, stdout } = await run(['parse', PDF, '--explain'])
    expect(code).toBe(EXIT_OK)
    const line = (field: string) => stdout.split('\n').find((row) => row.startsWith(`${field} `)) ?? ''
    expect(line('committee')).toMatch(/"code":"BEU".*stamp \(1\.00\)\s+p\.1 l\.1\s+"Beskæftigelsesudvalget 2021-22"$/u)
    expect(line('caseNumber')).toMatch(/2022-2961\s+letterhead \(0\.95\)\s+p\.1 l\.\d+\s+"J\.nr\. 2022-2961"$/u)
    expect(line('question.number')).toMatch(
      /245\s+preamble \(0\.95\)\s+p\.1 l\.\d+–\d+\s+"Beskæftigelsesudvalget har i brev af 18\. marts 2022/u,
    )
    expect(line('answer.answeredOn')).toMatch(/2022-04-13\s+letterhead \(0\.90\)\s+p\.1 l\.\d+\s+"13\. april 2022"$/u)
    expect(line('question.bill')).toMatch(/—\s+absent \(0\.00\)$/u)
    expect(line('signature')).toMatch(/closing \(0\.90\)\s+p\.1 l\.\d+–\d+\s+"Peter Hummelgaard Beskæftigelsesminister"$/u)
  })

  it('lists the warnings with their places', async () => {
    const { stdout } = await run(['parse', `${FIXTURES}answers/20231_beu_spm480_svar2078064_2921422/input.txt`, '--explain'])
    expect(stdout).toMatch(
      /^ {2}case-number-multiple \(l\.9\): Several case numbers in the letterhead \(2024-63297, 2024-4857\); took the first$/mu,
    )
  })
})
