/**
 * The shape of the pipeline, held by the import graph of `src/`: each input format reads its own input, the layout
 * keeps its PDF and text rooms apart, nothing imports back up the pipeline, and no module imports itself round a
 * cycle. The graph is read from the sources (TypeScript's `preProcessFile`), as madge or dependency-cruiser would.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))

/** Every TypeScript module under `src/`, by its path relative to `src/` (`input/pdf.ts`). */
function modules(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
    .map((path) => path.split('\\').join('/'))
    .sort()
}

/** The modules of `src/` a module imports (relative specifiers only; `./x.js` is the source `./x.ts`). */
function importsOf(module: string): string[] {
  const source = readFileSync(join(SRC, module), 'utf8')
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((file) => file.fileName)
    .filter((specifier) => specifier.startsWith('.') && !specifier.endsWith('.json'))
    .map((specifier) =>
      relative(SRC, resolve(SRC, dirname(module), specifier.replace(/\.js$/u, '.ts')))
        .split('\\')
        .join('/'),
    )
}

const GRAPH = new Map(modules().map((module) => [module, importsOf(module)]))

/** Imports from modules matching `from` into modules matching `to`, as `a → b`. */
function edges(from: (module: string) => boolean, to: (module: string) => boolean): string[] {
  return [...GRAPH].flatMap(([module, imports]) => (from(module) ? imports.filter(to).map((target) => `${module} → ${target}`) : []))
}

/** The input format a module under `input/` reads, from its name (`pdf-load.ts` → `pdf`); undefined for shared ones. */
function inputFormat(module: string): string | undefined {
  return /^input\/(pdf|text|html|markdown)(?:[-.]|$)/u.exec(module)?.[1]
}

const under = (folder: string) => (module: string) => module.startsWith(`${folder}/`)

describe('the import graph of src/', () => {
  it('is read: it has the input and layout modules, and their imports', () => {
    expect(GRAPH.get('input/pdf.ts')).toContain('input/pdf-load.ts')
    expect(GRAPH.get('input/text.ts')).toContain('layout/text/tables.ts')
  })

  it('no module under input/ imports another input format’s module, and the shared ones import none', () => {
    const crossing = [...GRAPH].flatMap(([module, imports]) => {
      if (!module.startsWith('input/')) return []
      const format = inputFormat(module)
      return imports
        .filter((target) => {
          const other = inputFormat(target)
          return other !== undefined && other !== format
        })
        .map((target) => `${module} → ${target}`)
    })
    expect(crossing).toEqual([])
  })

  it('layout/ keeps PDF and text apart: text and the shared layout import nothing of PDF; only the PDF fallback reads text tables', () => {
    expect(edges(under('layout/text'), under('layout/pdf'))).toEqual([])
    const shared = (module: string) => /^layout\/[^/]+$/u.test(module)
    expect(edges(shared, (target) => under('layout/pdf')(target) || under('layout/text')(target))).toEqual([])
    expect(edges(under('layout/pdf'), under('layout/text'))).toEqual(['layout/pdf/text-tables.ts → layout/text/tables.ts'])
  })

  it('nothing imports back up the pipeline: layout imports no input or extraction, extraction no input or input-specific layout', () => {
    expect(edges(under('layout'), (target) => under('input')(target) || under('extract')(target))).toEqual([])
    const inputSpecific = (target: string) => under('input')(target) || under('layout/pdf')(target) || under('layout/text')(target)
    expect(edges(under('extract'), inputSpecific)).toEqual([])
  })

  it('has no cycles', () => {
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (module: string, path: string[]) => {
      if (state.get(module) === 'done') return
      if (state.get(module) === 'open') {
        cycles.push([...path.slice(path.indexOf(module)), module].join(' → '))
        return
      }
      state.set(module, 'open')
      for (const target of GRAPH.get(module) ?? []) visit(target, [...path, module])
      state.set(module, 'done')
    }
    for (const module of GRAPH.keys()) visit(module, [])
    expect(cycles).toEqual([])
  })
})
