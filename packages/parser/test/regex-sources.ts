/**
 * Every regular expression of the parser's sources, for the ReDoS check (`regex-safety.test.ts`).
 *
 * Literals (`/…/u`) are read from the sources with TypeScript's parser. Patterns built with `new RegExp(…)` are
 * templates over named constants, so their text is only known when they run: the modules are imported with
 * `RegExp` wrapped, and each construction is keyed by its place in the source (stack traces are source-mapped
 * under vitest). A `new RegExp` site that did not run while the modules loaded is reported as unseen, so none is
 * skipped without a word.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))

export interface RegexSource {
  /** `util/hyphenation.ts:25`: the module relative to `src/` and the line. */
  place: string
  source: string
  flags: string
}

export interface CollectedRegexes {
  patterns: RegexSource[]
  /** `new RegExp` sites whose pattern was never built while the modules loaded. */
  unseen: string[]
}

/** Every TypeScript module under `src/`, relative to `src/` (`input/pdf.ts`). */
function modules(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
    .map((path) => path.split('\\').join('/'))
    .sort()
}

function isRegExpConstruction(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp'
}

/**
 * `new RegExp(PATTERN.source, 'gu')`: another pattern's source with other flags, checked where that pattern is
 * defined (the flags that change matching, `i` and `u`, are kept by such copies here).
 */
function copiesAPattern(node: ts.NewExpression | ts.CallExpression): boolean {
  const [first] = node.arguments ?? []
  return first !== undefined && ts.isPropertyAccessExpression(first) && first.name.text === 'source'
}

/** The literals of one module, and the places (`file:line`) of its `RegExp` constructions. */
function scan(module: string): { literals: RegexSource[]; constructions: string[] } {
  const file = ts.createSourceFile(module, readFileSync(join(SRC, module), 'utf8'), ts.ScriptTarget.Latest, true)
  const literals: RegexSource[] = []
  const constructions: string[] = []
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file)
      const end = text.lastIndexOf('/')
      literals.push({ place: `${module}:${lineOf(node)}`, source: text.slice(1, end), flags: text.slice(end + 1) })
    } else if (isRegExpConstruction(node) && !copiesAPattern(node)) {
      constructions.push(`${module}:${lineOf(node)}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return { literals, constructions }
}

/** The module and line of the caller two frames up a stack (`/…/src/util/dates.ts:33:26` → `util/dates.ts:33`). */
function callerPlace(stack: string): string | undefined {
  for (const frame of stack.split('\n').slice(1)) {
    const at = frame.indexOf(SRC)
    if (at === -1) continue
    const match = /^(.*?\.ts):(\d+):\d+/u.exec(frame.slice(at + SRC.length))
    if (match) return `${match[1]}:${match[2]}`
  }
  return undefined
}

/** Import every module of `src/` with `RegExp` wrapped, recording what each `new RegExp` site builds. */
async function constructed(files: string[]): Promise<RegexSource[]> {
  const built: RegexSource[] = []
  const Original = globalThis.RegExp
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const regex = Reflect.construct(target, args, newTarget) as RegExp
      const place = callerPlace(new Error().stack ?? '')
      if (place) built.push({ place, source: regex.source, flags: regex.flags })
      return regex
    },
  })
  try {
    for (const module of files) await import(pathToFileURL(join(SRC, module)).href)
  } finally {
    globalThis.RegExp = Original
  }
  return built
}

/** Every regex literal and every pattern built with `RegExp` in the parser's sources. */
export async function collectRegexes(): Promise<CollectedRegexes> {
  const files = modules()
  const scans = files.map(scan)
  const built = await constructed(files)
  const builtPlaces = new Set(built.map((regex) => regex.place))
  const sites = scans.flatMap((result) => result.constructions)
  return {
    patterns: [...scans.flatMap((result) => result.literals), ...built.filter((regex) => sites.includes(regex.place))],
    unseen: sites.filter((place) => !builtPlaces.has(place)),
  }
}
