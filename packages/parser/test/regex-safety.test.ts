/**
 * No regular expression of the parser may take super-linear time (ReDoS): every literal and every `new RegExp` in
 * `src/` is checked with recheck (automaton analysis where it applies, a seeded fuzzer where the pattern has
 * lookaround). One line of a letter used to cost minutes: `til a og a og a … .` against the recipient pattern
 * (exponential), `F` + spaces + `.` against the phone-line pattern (cubic), long runs of spaces or letters against
 * `\s+$`-like patterns (quadratic).
 *
 * recheck takes seconds per Unicode-heavy pattern, so verdicts of `safe` are kept in `regex-verdicts.json`, keyed by
 * the pattern and recheck's version; only new or changed patterns are checked when the suite runs.
 * `UPDATE=1` rewrites the file with the current patterns' verdicts (for review in the diff).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { check } from 'recheck'
import { describe, expect, it } from 'vitest'
import { collectRegexes, type RegexSource } from './regex-sources.js'

const VERDICTS_FILE = new URL('./regex-verdicts.json', import.meta.url)
const RECHECK_VERSION: string = createRequire(import.meta.url)('recheck/package.json').version
/** Per pattern; the slowest Unicode patterns need ~10 s on a busy machine. */
const CHECK_TIMEOUT_MS = 60_000
/** The fuzzer's seed, so a run is repeatable. */
const RANDOM_SEED = 15

/**
 * Patterns recheck flags that are linear by construction, with the reason. Matched by module and the start of
 * the pattern, so an edit to the pattern takes it off the list.
 */
const ALLOWED: ReadonlyArray<{ module: string; startsWith: string; reason: string }> = [
  {
    module: 'extract/closing.ts',
    startsWith: String.raw`^(?:(?:[Ff]g\.|[Ff]ungerende|`,
    reason:
      'anchored; the acting prefix is a literal; the two tails are bounded to 120 characters, so one try costs at most a constant times the line',
  },
  {
    module: 'extract/preamble.ts',
    startsWith: String.raw`^\s*(?:(?:den|d\.)\s{1,10}.{1,30}?`,
    reason: 'anchored; the date part is bounded (10 × 30 ways to split it)',
  },
  {
    module: 'extract/preamble.ts',
    startsWith: String.raw`(?:(?:efter\s*(?:ønske|anmodning|begæring)`,
    reason:
      'ASKED_BY: each phrase reads a list of at most 300 characters, each place of it tried against ends whose `\\s+` spans one run of white space; run on three lines of an asker sentence (`ASKER_SPAN_LINES`)',
  },
  {
    module: 'extract/preamble.ts',
    startsWith: String.raw`spørgsmål(?:\s*nr\.?)?\s*(\d+)(?:\s{0,5}[-–]\s{0,5}\d{1,4})?\s+af\s[^()]{0,200}`,
    reason: 'each `spørgsmål` reads at most 200 characters to the parenthesis (after a range of at most 14)',
  },
  {
    module: 'extract/preamble.ts',
    startsWith: String.raw`spørgsmål(?:\s*nr\.?)?\s*(\d+),?\s(?:[^()]{0,200}?\s)?(?:ad|vedr\.)`,
    reason: 'each `spørgsmål` reads at most 200 characters to `ad` or `vedr.`',
  },
  {
    module: 'extract/preamble.ts',
    startsWith: String.raw`\bstillet\s+af\s+Folketing(?:ets|et)\s+(\p{Lu}[^.()]{0,80}?udvalg)`,
    reason: 'each `stillet af Folketing(et)s` reads at most 80 characters to `udvalg`',
  },
  {
    module: 'extract/preamble.ts',
    startsWith: String.raw`\bsom\s+(?:Folketingets\s+)?(\p{Lu}[^.,()]{0,60}?udvalg`,
    reason: 'each `som` reads at most 60 + 20 + 80 characters (the name, the parenthesis, the askers)',
  },
  {
    module: 'extract/preamble.ts',
    startsWith: String.raw`\bstille(?:t|de)\b[^.]{0,160}?`,
    reason: 'each `stillet` reads at most 160 characters to the date',
  },
  {
    module: 'input/text.ts',
    startsWith: String.raw`^(.*\p{Ll})((?<!\d)(?<!(?<![\p{L}\d])[LBS]\s?)(\d{1,2})`,
    reason:
      'anchored at both ends: `.*` backs off once per character and the date costs a constant there (its whitespace runs follow a digit)',
  },
  {
    module: 'input/html-footnotes.ts',
    startsWith: String.raw`(?<!\s)\s*(?<!\u21A9\uFE0E?)`,
    reason: 'the look-behinds start a try only where a run of whitespace or of back-link arrows starts',
  },
]

/** A `\b` at the start of a pattern or of an alternative or group: `\bse`, `(?:\bjf|…)`, `…|\bpct\.`. */
const LEADING_WORD_BOUNDARY = /(?:^|[(|]|\(\?:)\\b/u

interface Verdicts {
  recheck: string
  safe: string[]
}

function key(regex: RegexSource): string {
  return `/${regex.source}/${regex.flags}`
}

function readVerdicts(): Verdicts {
  try {
    const verdicts = JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as Verdicts
    return verdicts.recheck === RECHECK_VERSION ? verdicts : { recheck: RECHECK_VERSION, safe: [] }
  } catch {
    return { recheck: RECHECK_VERSION, safe: [] }
  }
}

function allowed(regex: RegexSource): boolean {
  return ALLOWED.some((entry) => regex.place.startsWith(`${entry.module}:`) && regex.source.startsWith(entry.startsWith))
}

describe('regular expressions run in linear time', async () => {
  const { patterns, unseen } = await collectRegexes()

  it('finds every pattern: each `new RegExp` site was built when its module loaded', () => {
    expect(patterns.length).toBeGreaterThan(200)
    expect(unseen).toEqual([])
  })

  it('has no pattern recheck finds super-linear, except the allowed ones', async () => {
    const verdicts = readVerdicts()
    const known = new Set(verdicts.safe)
    const safe = new Set<string>()
    const problems: string[] = []
    const unique = new Map(patterns.map((regex) => [key(regex), regex]))
    for (const [id, regex] of unique) {
      if (allowed(regex)) continue
      if (known.has(id)) {
        safe.add(id)
        continue
      }
      const result = await check(regex.source, regex.flags, { timeout: CHECK_TIMEOUT_MS, randomSeed: RANDOM_SEED })
      if (result.status === 'safe') safe.add(id)
      else if (result.status === 'vulnerable') {
        problems.push(`${regex.place} ${id}: ${result.complexity.summary}, e.g. ${result.attack.pattern}`)
      } else problems.push(`${regex.place} ${id}: ${result.status} (${result.error.kind})`)
    }
    if (process.env.UPDATE === '1') {
      writeFileSync(VERDICTS_FILE, `${JSON.stringify({ recheck: RECHECK_VERSION, safe: [...safe].sort() }, null, 2)}\n`)
    }
    expect(problems).toEqual([])
  }, 3_600_000)

  // V8 (Node 20) tests `\b` about ten times slower under the `iu` flags than `(?<!\w)`, and a `\b` where a match can
  // start is tested at every position of every line: one such pattern cost the text path more than 10%. Before a word
  // character the two are the same test; write `(?<!\w)`.
  it('has no `\\b` where a match can start in a pattern with the `iu` flags', () => {
    const slow = patterns
      .filter((regex) => regex.flags.includes('i') && regex.flags.includes('u') && LEADING_WORD_BOUNDARY.test(regex.source))
      .map((regex) => `${regex.place} ${key(regex)}`)
    expect(slow).toEqual([])
  })

  it('keeps an allow-list entry only while its pattern exists', () => {
    const stale = ALLOWED.filter(
      (entry) => !patterns.some((regex) => regex.place.startsWith(`${entry.module}:`) && regex.source.startsWith(entry.startsWith)),
    )
    expect(stale).toEqual([])
  })
})
