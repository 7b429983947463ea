import { spawn } from 'node:child_process'
import { copyFile, link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT_OK, EXIT_USAGE } from '../src/index.js'
import { BIN, jsonLines, outcome, run, SEED_75, SEED_128, tempDir } from './run.js'

describe('an output never overwrites an input', () => {
  it('exits 2 and leaves the input untouched when --out, --errors or a file beside --out is an input', async () => {
    const dir = await tempDir()
    const input = join(dir, 'x.txt')
    await copyFile(SEED_75, input)
    const before = await readFile(input)
    await link(input, join(dir, 'hard-link.jsonl'))
    await copyFile(SEED_128, join(dir, 'out.tables.csv'))
    const cases = [
      ['--out', input],
      ['--out', join(dir, 'hard-link.jsonl')],
      ['--out', join(dir, 'out.jsonl'), '--errors', input],
      ['--out', join(dir, 'out.csv'), '--format', 'csv', join(dir, 'out.tables.csv')],
      ['--out', dir, '--format', 'md'],
      ['--out', join(dir, 'same.jsonl'), '--errors', join(dir, 'same.jsonl')],
    ]
    for (const options of cases) {
      const { code, stderr } = await run(['convert', input, ...options, '--quiet'])
      expect(code, options.join(' ')).toBe(EXIT_USAGE)
      expect(stderr, options.join(' ')).toMatch(/^error: [^\n]+\n$/u)
    }
    expect(await readFile(input)).toEqual(before)
    expect((await readdir(dir)).sort()).toEqual(['hard-link.jsonl', 'out.tables.csv', 'x.txt'])
  })
})

describe('one run at a time per output', () => {
  it('refuses to write an output whose lock a live run holds, naming its PID', async () => {
    const dir = await tempDir()
    const out = join(dir, 'out.jsonl')
    const lock = `${out}.lock`
    const held = JSON.stringify({ pid: process.pid, host: hostname() })
    await writeFile(lock, held)
    const { code, stderr } = await run(['convert', SEED_75, '--out', out, '--quiet'])
    expect(code).toBe(EXIT_USAGE)
    expect(stderr).toBe(
      `error: ${out} is being written by another ft-answers run (PID ${process.pid}); wait for it, or delete ${lock} if no such run is going\n`,
    )
    expect(await readFile(lock, 'utf8')).toBe(held)
    expect(await readdir(dir)).toEqual(['out.jsonl.lock'])
  })

  it('takes over the lock of a run that died, with a notice, and removes it when done', async () => {
    const dir = await tempDir()
    const out = join(dir, 'out.jsonl')
    // A PID above the kernel's pid_max cannot be running.
    await writeFile(`${out}.lock`, JSON.stringify({ pid: 2 ** 30, host: hostname() }))
    const { code, stderr } = await run(['convert', SEED_75, '--out', out, '--quiet'])
    expect(code).toBe(EXIT_OK)
    expect(stderr).toMatch(/^notice: took over .*out\.jsonl\.lock, left by PID 1073741824, which is no longer running/u)
    expect(await readdir(dir)).toEqual(['out.jsonl'])
  })

  it('a second run on the same output while the first goes on exits 2, and the first loses no record', async () => {
    const dir = await tempDir()
    const folder = join(dir, 'in')
    await mkdir(folder)
    const names: string[] = []
    for (let index = 0; index < 12; index++) {
      names.push(`${String(index).padStart(2, '0')}.txt`)
      await copyFile(index % 2 ? SEED_128 : SEED_75, join(folder, names.at(-1) as string))
    }
    const out = join(dir, 'out.jsonl')
    const first = spawn(process.execPath, [BIN, 'convert', folder, folder, folder, '--out', out, '--jobs', '1', '--quiet'], {
      stdio: 'ignore',
    })
    const exited = new Promise<number | null>((resolve) => first.on('exit', resolve))
    for (;;) {
      const present = await readdir(dir)
      if (present.includes('out.jsonl.lock') && present.includes('out.jsonl')) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const second = await run(['convert', folder, '--out', out, '--resume', '--quiet'])
    expect(second.code).toBe(EXIT_USAGE)
    expect(second.stderr).toMatch(new RegExp(`\\(PID ${first.pid}\\)`, 'u'))
    expect(await exited).toBe(EXIT_OK)
    const lines = await jsonLines(out)
    expect(lines.map(outcome)).toEqual(Array.from({ length: 36 }, (_, index) => (index % 2 ? 'record 128' : 'record 75')))
    expect(await readdir(dir)).not.toContain('out.jsonl.lock')
  }, 60_000)
})
