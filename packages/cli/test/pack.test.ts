/**
 * The packages as a user gets them: each is packed with `pnpm pack` (as `pnpm publish` would), the tarballs are
 * checked (LICENSE, README with links that work on a registry page, no tests, source maps whose sources ship),
 * then installed with npm into a scratch project from a registry on 127.0.0.1 that serves the tarballs and the
 * pnpm virtual store (no network; see `pack/local-registry.ts`). There an ESM import parses a PDF, `require()`
 * loads every package (Node ≥ 20.19 loads ESM without a flag; no package has top-level await in its graph — only
 * the CLI's bin, which is not required), a strict TypeScript project type-checks against the public types, the
 * `ft-answers` bin runs — all in an `--omit=optional` install (no `@napi-rs/canvas`), the leanest a user can have.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LocalRegistry, type ServedPackage, startLocalRegistry } from './pack/local-registry.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const PACKAGES = ['schema', 'parser', 'cli'] as const
const PDF = join(ROOT, 'fixtures/pdf/beu-20211-spm245/input.pdf')
const TSC = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc')
const TYPES_NODE_VERSION = (
  JSON.parse(readFileSync(createRequire(join(ROOT, 'package.json')).resolve('@types/node/package.json'), 'utf8')) as { version: string }
).version
/** Installs of ~100 packages from 127.0.0.1 on a busy 2-core machine. */
const INSTALL_TIMEOUT_MS = 180_000
/** Removing the scratch project (~60 MB) on the same machine. */
const CLEANUP_TIMEOUT_MS = 60_000

/** What stops the test from running at all (a tool it needs is missing), else undefined. */
function missingTool(): string | undefined {
  for (const [tool, args] of [
    ['pnpm', ['--version']],
    ['npm', ['--version']],
    ['tar', ['--version']],
  ] as const) {
    if (spawnSync(tool, args, { stdio: 'ignore' }).status !== 0) return `${tool} is not available`
  }
  return undefined
}
const SKIP = missingTool()

interface Output {
  stdout: string
  stderr: string
}

const execFileAsync = promisify(execFile)

interface Packed extends ServedPackage {
  dir: string
  files: string[]
}

let work = ''
let registry: LocalRegistry | undefined
const packed = new Map<string, Packed>()

/** The environment npm runs in: only the local registry, a private cache, no user or global config. */
function npmEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_|^(https?|no)_proxy$/iu.test(key)),
  ) as NodeJS.ProcessEnv
  return {
    ...env,
    npm_config_registry: registry?.url ?? '',
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_userconfig: join(work, 'user.npmrc'),
    npm_config_globalconfig: join(work, 'global.npmrc'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  }
}

/**
 * Run a command in `cwd`; its stdout and stderr, or an error with them. Asynchronous: the registry answers npm
 * from this process's event loop.
 */
async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Output> {
  try {
    return await execFileAsync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const { stdout, stderr } = error as Partial<Output>
    throw new Error(`${command} ${args.join(' ')} failed: ${(error as Error).message}\n${stderr ?? ''}\n${stdout ?? ''}`)
  }
}

/** A scratch npm project with `dependencies` installed from the local registry (`npmArgs` added). */
async function scratchProject(name: string, dependencies: Record<string, string>, npmArgs: string[] = []): Promise<string> {
  const dir = join(work, name)
  mkdirSync(dir)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module', dependencies }, null, 2))
  await run('npm', ['install', '--ignore-scripts', ...npmArgs], dir, npmEnv())
  return dir
}

/** `node` in `cwd` with a script file. */
function node(cwd: string, file: string, source: string, args: string[] = []): Promise<Output> {
  writeFileSync(join(cwd, file), source)
  return run(process.execPath, [file, ...args], cwd)
}

describe.skipIf(SKIP)(`packed packages installed with npm${SKIP ? ` (skipped: ${SKIP})` : ''}`, () => {
  let project = ''

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'ft-answers-pack-'))
    writeFileSync(join(work, 'user.npmrc'), '')
    writeFileSync(join(work, 'global.npmrc'), '')
    const tarballs = join(work, 'tarballs')
    for (const name of PACKAGES) {
      const dir = join(ROOT, 'packages', name)
      const out = (await run('pnpm', ['pack', '--pack-destination', tarballs], dir)).stdout.trim().split('\n')
      const tarball = out.findLast((line) => line.endsWith('.tgz'))?.trim() ?? ''
      const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }))
      const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((path) => path.replace(/^package\//u, ''))
      packed.set(name, { manifest, source: { tarball }, dir, files })
    }
    registry = await startLocalRegistry(join(ROOT, 'node_modules/.pnpm'), [...packed.values()])
    // Without optional dependencies, the leanest install: pdfjs-dist's and the CLI's @napi-rs/canvas are left out,
    // and everything below must work without it (with it, it is the workspace's own setup, tested everywhere else).
    project = await scratchProject(
      'app',
      {
        '@ft-answers/cli': '^0.1.0',
        '@ft-answers/parser': '^0.1.0',
        '@ft-answers/schema': '^0.1.0',
        '@types/node': TYPES_NODE_VERSION,
      },
      ['--omit=optional'],
    )
  }, INSTALL_TIMEOUT_MS)

  afterAll(async () => {
    await registry?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  }, CLEANUP_TIMEOUT_MS)

  describe.each(PACKAGES)('@ft-answers/%s tarball', (name) => {
    const pkg = (): Packed => packed.get(name) as Packed

    it('has LICENSE, README.md and the publishing fields; no test files', () => {
      const { files, manifest } = pkg()
      expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']))
      expect(files.filter((path) => /(^|\/)(test|tests|__tests__)\/|\.test\.|\.spec\./u.test(path))).toEqual([])
      expect(readFileSync(join(pkg().dir, 'LICENSE'), 'utf8')).toBe(readFileSync(join(ROOT, 'LICENSE'), 'utf8'))
      expect(manifest).toMatchObject({
        license: 'MIT',
        repository: { type: 'git', directory: `packages/${name}` },
        homepage: expect.any(String),
        bugs: expect.any(String),
        keywords: expect.any(Array),
        publishConfig: { access: 'public' },
      })
      // pnpm pack turns workspace: and catalog: into versions.
      expect(JSON.stringify(manifest.dependencies)).not.toMatch(/workspace:|catalog:/u)
    })

    it('`npm pack --dry-run` lists LICENSE and README and no test files', async () => {
      const [report] = JSON.parse((await run('npm', ['pack', '--dry-run', '--json'], pkg().dir, npmEnv())).stdout) as [
        { files: Array<{ path: string }> },
      ]
      const paths = report.files.map((file) => file.path)
      expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'README.md']))
      expect(paths.filter((path) => /(^|\/)test\/|\.test\./u.test(path))).toEqual([])
    })

    it('README links only to absolute URLs, anchors or files in the package', () => {
      const readme = readFileSync(join(pkg().dir, 'README.md'), 'utf8')
      const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/gu)].map((match) => match[1] ?? '')
      const broken = targets.filter(
        (target) => !/^(https?:|mailto:|#)/u.test(target) && !pkg().files.includes(posix.normalize(target.split('#')[0] ?? '')),
      )
      expect(broken).toEqual([])
    })

    it('ships the sources its source maps point at', () => {
      const { files } = pkg()
      const maps = files.filter((path) => path.endsWith('.map'))
      expect(maps.length).toBeGreaterThan(0)
      const missing = maps.flatMap((map) => {
        const { sources, sourceRoot = '' } = JSON.parse(readFileSync(join(pkg().dir, map), 'utf8')) as {
          sources: string[]
          sourceRoot?: string
        }
        return sources.map((source) => posix.join(posix.dirname(map), sourceRoot, source)).filter((source) => !files.includes(source))
      })
      // A map without its source in the tarball is a stale dist/ file (its source was moved): rebuild from clean.
      expect(missing).toEqual([])
    })
  })

  it('imports every package as ESM and parses a PDF', async () => {
    const { stdout, stderr } = await node(
      project,
      'esm.mjs',
      `import { parseFile } from '@ft-answers/parser'
import { recordSchema } from '@ft-answers/schema'
import { main } from '@ft-answers/cli'
const record = recordSchema.parse(await parseFile(process.argv[2]))
console.log(JSON.stringify({ number: record.question.number, main: typeof main }))`,
      [PDF],
    )
    expect(JSON.parse(stdout)).toEqual({ number: '245', main: 'function' })
    expect(stderr).toBe('')
  })

  it('require()s every package (CommonJS, Node ≥ 20.19 without a flag) and parses a PDF', async () => {
    const { stdout, stderr } = await node(
      project,
      'cjs.cjs',
      `const { parseFile } = require('@ft-answers/parser')
const { recordSchema } = require('@ft-answers/schema')
const { main } = require('@ft-answers/cli')
parseFile(process.argv[2]).then((record) => {
  console.log(JSON.stringify({ number: recordSchema.parse(record).question.number, main: typeof main }))
})`,
      [PDF],
    )
    expect(JSON.parse(stdout)).toEqual({ number: '245', main: 'function' })
    expect(stderr).toBe('')
  })

  it('type-checks a strict TypeScript project against the public types', async () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2023',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
        },
        files: ['check.ts'],
      }),
    )
    writeFileSync(
      join(project, 'check.ts'),
      `import { readFileSync } from 'node:fs'
import { ParseError, isParseError, parse, parseFile, parseToTree } from '@ft-answers/parser'
import { type FtRecord, type ErrorCode, recordSchema } from '@ft-answers/schema'
import { convertAll, main } from '@ft-answers/cli'

/** Fails to compile when T is any (a type that did not resolve). */
type NotAny<T> = 0 extends 1 & T ? never : T

export async function check(path: string): Promise<string> {
  const record: NotAny<FtRecord> = await parseFile(path)
  const fromBytes: FtRecord = await parse(new Uint8Array(readFileSync(path)), { path })
  const tree = await parseToTree(readFileSync(path, 'utf8'), { path, format: 'text' })
  const rootType: NotAny<typeof tree.tree.type> = tree.tree.type
  const code: ErrorCode | undefined = isParseError(record) ? record.code : undefined
  const error = new ParseError('E_NOT_AN_ANSWER', 'not an answer')
  const exit: number = await main(['--version'])
  const lines: AsyncIterable<unknown> = convertAll([path], {})
  recordSchema.parse(fromBytes)
  // @ts-expect-error a record's question number is a string
  const wrong: number = record.question.number
  return [rootType, code, error.code, exit, lines, wrong].join()
}
`,
    )
    const result = await run(process.execPath, [TSC, '-p', project], project)
    expect(result.stdout + result.stderr).toBe('')
  })

  it('runs the ft-answers bin', async () => {
    const bin = join(project, 'node_modules/.bin/ft-answers')
    expect((await run(bin, ['--version'], project)).stdout.trim()).toBe(packed.get('cli')?.manifest.version)
    const record = JSON.parse((await run(bin, ['parse', PDF, '--compact'], project)).stdout) as { question: { number: string } }
    expect(record.question.number).toBe('245')
  })

  it('installed without optional dependencies: no @napi-rs/canvas, and the PDFs above were read silently', () => {
    expect(existsSync(join(project, 'node_modules/pdfjs-dist/package.json'))).toBe(true)
    expect(existsSync(join(project, 'node_modules/@napi-rs/canvas'))).toBe(false)
  })
})
