import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as exitCodes from '../src/exit-codes.js'
import { EXIT_OK, EXIT_OUTPUT, EXIT_USAGE } from '../src/index.js'
import { run, SEED_75, SEED_128, tempDir } from './run.js'

/** While set, writing a temporary file of the output (`*.tmp-<pid>`) fails as on a full disk. */
const disk = vi.hoisted(() => ({ full: false }))

function enospc(path: unknown): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, write '${String(path)}'`), { code: 'ENOSPC' })
}

const isTemporary = (path: unknown) => disk.full && String(path).includes('.tmp-')

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...actual,
    writeFile: async (path: Parameters<typeof actual.writeFile>[0], ...rest: unknown[]) => {
      if (isTemporary(path)) {
        await actual.writeFile(path, 'half a file')
        throw enospc(path)
      }
      return (actual.writeFile as (...args: unknown[]) => Promise<void>)(path, ...rest)
    },
  }
})

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>()
  return {
    ...actual,
    createWriteStream: (path: string, ...rest: unknown[]) => {
      if (!isTemporary(path)) return (actual.createWriteStream as (...args: unknown[]) => unknown)(path, ...rest)
      actual.writeFileSync(path, 'half a file')
      return new Writable({ write: (_chunk, _encoding, callback) => callback(enospc(path)) })
    },
  }
})

afterEach(() => {
  disk.full = false
})

async function inputs(dir: string): Promise<string[]> {
  const paths = [join(dir, 'a.txt'), join(dir, 'b.txt')]
  await copyFile(SEED_75, paths[0] as string)
  await copyFile(SEED_128, paths[1] as string)
  return paths
}

const ONE_LINE = /^error: [^\n]+\n$/u

describe('a failure of the run is one line and an exit code, and leaves no temporary file', () => {
  it.each([
    ['json', 'out.json', ['out.json']],
    ['csv', 'out.csv', ['out.csv', 'out.tables.csv']],
    ['parquet', 'out.parquet', ['out.parquet', 'out.tables.parquet']],
  ])(
    'a full disk while %s is written: exit 3, the journal kept, --resume finishes it',
    async (format, name, written) => {
      const dir = await tempDir()
      const paths = await inputs(dir)
      const out = join(dir, name)
      disk.full = true
      const { code, stderr } = await run(['convert', ...paths, '--out', out, '--format', format, '--quiet'])
      expect(code).toBe(EXIT_OUTPUT)
      expect(stderr).toMatch(ONE_LINE)
      expect(stderr).toMatch(new RegExp(`^error: Cannot write ${out}: ENOSPC`, 'u'))
      expect((await readdir(dir)).sort()).toEqual(['a.txt', 'b.txt', `${name}.partial.jsonl`])
      disk.full = false
      expect((await run(['convert', ...paths, '--out', out, '--format', format, '--resume', '--quiet'])).code).toBe(EXIT_OK)
      expect((await readdir(dir)).sort()).toEqual(['a.txt', 'b.txt', ...written].sort())
    },
    60_000,
  )

  it('--format md or --errors in a folder that cannot be written: exit 3, nothing written', async () => {
    const dir = await tempDir()
    const paths = await inputs(dir)
    // Running as root ignores permissions, so the unwritable folder is one below a file (ENOTDIR).
    const blocked = join(dir, 'a.txt', 'sub')
    for (const options of [
      ['--out', blocked, '--format', 'md'],
      ['--out', join(dir, 'out.jsonl'), '--errors', join(blocked, 'errors.jsonl')],
    ]) {
      const { code, stderr } = await run(['convert', ...paths, ...options, '--quiet'])
      expect(code, options.join(' ')).toBe(EXIT_OUTPUT)
      expect(stderr).toMatch(ONE_LINE)
      expect(stderr).toMatch(/^error: Cannot (write|create the lock file) .*ENOTDIR/u)
    }
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'b.txt'])
  }, 60_000)

  it('--out a folder for a file format, or a file for md: exit 2', async () => {
    const dir = await tempDir()
    const paths = await inputs(dir)
    await writeFile(join(dir, 'notes'), '')
    for (const options of [
      ['--out', dir, '--format', 'csv'],
      ['--out', join(dir, 'notes'), '--format', 'md'],
    ]) {
      const { code, stderr } = await run(['convert', ...paths, ...options, '--quiet'])
      expect(code, options.join(' ')).toBe(EXIT_USAGE)
      expect(stderr).toMatch(ONE_LINE)
    }
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'b.txt', 'notes'])
  })

  it('a corrupt journal with --resume: exit 3 naming the line, the journal untouched', async () => {
    const dir = await tempDir()
    const paths = await inputs(dir)
    const out = join(dir, 'out.jsonl')
    expect((await run(['convert', paths[0] as string, '--out', out, '--quiet'])).code).toBe(EXIT_OK)
    const corrupt = `${await readFile(out, 'utf8')}not json\n{"half":`
    await writeFile(out, corrupt)
    const { code, stderr } = await run(['convert', ...paths, '--out', out, '--resume', '--quiet'])
    expect(code).toBe(EXIT_OUTPUT)
    expect(stderr).toMatch(ONE_LINE)
    expect(stderr).toMatch(/^error: Cannot resume from .*out\.jsonl: line 2 is not JSON/u)
    expect(await readFile(out, 'utf8')).toBe(corrupt)
  }, 60_000)
})

describe('exit codes', () => {
  it('the README table lists exactly the exit codes of exit-codes.ts', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
    const section = readme.slice(readme.indexOf('## Exit codes'), readme.indexOf('\n## ', readme.indexOf('## Exit codes') + 1))
    const documented = [...section.matchAll(/^\| (\d+) +\|/gmu)].map((match) => Number(match[1]))
    const defined = Object.entries(exitCodes)
      .filter(([name]) => name.startsWith('EXIT_'))
      .map(([, value]) => value as number)
    expect(documented).toEqual(defined.sort((a, b) => a - b))
  })
})
