/**
 * Field-by-field scoring of records against hand-written expectations (fixtures/<group>/<case>/expected.json).
 * Shared by `pnpm accuracy` (which prints the figures) and the real-corpus test (which holds every fixture to its
 * recorded gaps). See docs/accuracy.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'

export const FIXTURES = new URL('../../../fixtures/', import.meta.url).pathname

/** The groups of real documents (not made up, not re-rendered): ft.dk texts and the corpus. */
export const REAL_GROUPS = ['seeds', 'answers', 'questions', 'real']

/** The group of documents brought in for generalisation; a third of it is the check set. */
export const CORPUS_GROUP = 'real'

/**
 * The check set: corpus documents whose ft.dk document id (the last number of the folder name) is divisible by 3.
 * Fixed before any rule was written from the corpus; rules are written from the other two thirds only.
 */
export function isCheckCase(name) {
  const id = /_(\d+)$/u.exec(name)?.[1]
  return id !== undefined && Number(id) % 3 === 0
}

/** Scored fields, in print order. `question.text` and `answer.text` are scored by whichever text checks are given. */
export const FIELDS = [
  'documentType',
  'committee',
  'session',
  'caseNumber',
  'question.kind',
  'question.number',
  'question.bill',
  'question.askedOn',
  'question.askers',
  'question.askedByCommittee',
  'question.recipient',
  'question.text',
  'answer.answeredOn',
  'answer.text',
  'signature',
  'ministry',
  'records',
]

/** The expectations of a document's records: `{ "records": [ … ] }` for one that answers several questions. */
export function recordExpectations(expected) {
  return Array.isArray(expected.records) ? expected.records : [expected]
}

const TEXT_CHECKS = ['text', 'textStartsWith', 'textEndsWith', 'textIncludes', 'textExcludes']

function textMatches(actual, checks) {
  const text = actual ?? ''
  // `"text": null` says the document has no such text: right when the record has none either.
  if ('text' in checks && (checks.text === null ? actual !== null && actual !== '' : checks.text !== text)) return false
  if ('textStartsWith' in checks && !text.startsWith(checks.textStartsWith)) return false
  if ('textEndsWith' in checks && !text.endsWith(checks.textEndsWith)) return false
  // `textIncludes`: one part or a list of parts, each somewhere in the text.
  if ('textIncludes' in checks && ![checks.textIncludes].flat().every((part) => text.includes(part))) return false
  // `textExcludes`: what the reader saw near the text that is not of it (a letterhead's address, a converter's banner),
  // none of it anywhere in the text.
  if ('textExcludes' in checks && [checks.textExcludes].flat().some((part) => text.includes(part))) return false
  return true
}

/** The text checks an expectation gives for `question` or `answer`, or undefined when it gives none. */
function textChecks(expected) {
  if (!expected) return undefined
  const checks = Object.fromEntries(Object.entries(expected).filter(([key]) => TEXT_CHECKS.includes(key)))
  return Object.keys(checks).length > 0 ? checks : undefined
}

/** The value at a dotted path. */
function at(object, path) {
  let value = object
  for (const key of path.split('.')) value = value?.[key]
  return value
}

/**
 * Scores one record: each field the expectation lists (right or wrong; `silent` when wrong while the record says
 * `quality: ok`, i.e. nothing warned a user), and each expected table (found at its index; cell-exact when header
 * and rows are equal; `silent` when not cell-exact while the record says `quality: ok`).
 */
export function scoreRecord(record, expected) {
  const fields = []
  for (const field of FIELDS) {
    if (field === 'records') continue
    let ok
    let want
    let got
    if (field === 'question.text' || field === 'answer.text') {
      const part = field.split('.')[0]
      const checks = textChecks(expected[part])
      if (!checks) continue
      want = checks
      got = at(record, field)
      ok = textMatches(got, checks)
    } else {
      const [part, key] = field.split('.')
      const holder = key ? expected[part] : expected
      if (!holder || !Object.hasOwn(holder, key ?? part)) continue
      want = holder[key ?? part]
      got = at(record, field)
      ok = isDeepStrictEqual(got, want)
    }
    fields.push({ field, ok, silent: !ok && record.quality === 'ok', want, got })
  }
  const tables = (expected.answer?.tables ?? []).map((want, index) => {
    const got = record.answer.tables[index]
    const exact = got !== undefined && isDeepStrictEqual(got.header, want.header) && isDeepStrictEqual(got.rows, want.rows)
    return { index, found: got !== undefined, exact, silent: !exact && record.quality === 'ok' }
  })
  return { fields, tables }
}

/**
 * Scores a fixture's input: parses it with `parseAll` (path → the document's records) and scores each record against
 * its expectation (`records`, or the one expectation); the fields of the second and later records are named
 * `#2 question.text`. Where the document has several records, or the expectation several, `records` (how many) is a
 * field too. An input the parser refuses (a `ParseError`) scores every listed field and table wrong — though not
 * silently: the user gets an error line, not a record.
 */
export async function scoreCase(fixture, parseAll) {
  const expectations = recordExpectations(fixture.expected)
  let records
  try {
    records = await parseAll(fixture.input)
  } catch (error) {
    const scores = expectations.map((expected) => scoreRecord(REFUSED, expected))
    return {
      error: error.code ?? String(error),
      fields: scores
        .flatMap((score, at) => named(score.fields, at))
        .map((field) => ({ ...field, ok: false, silent: false, got: error.code })),
      tables: scores.flatMap((score) => score.tables).map((table) => ({ ...table, found: false, exact: false })),
    }
  }
  const scores = expectations.map((expected, at) => scoreRecord(records[at] ?? MISSING, expected))
  const fields = scores.flatMap((score, at) => named(score.fields, at))
  if (expectations.length > 1 || records.length > 1) {
    const ok = records.length === expectations.length
    fields.push({
      field: 'records',
      ok,
      silent: !ok && records.every((record) => record.quality === 'ok'),
      want: expectations.length,
      got: records.length,
    })
  }
  return { record: records[0], records, fields, tables: scores.flatMap((score) => score.tables) }
}

/** The fields of the record at `at`, named by their record after the first: `#2 question.text`. */
function named(fields, at) {
  return at === 0 ? fields : fields.map((field) => ({ ...field, field: `#${at + 1} ${field.field}` }))
}

/** What a refused input is scored as: nothing found. */
const REFUSED = {
  documentType: null,
  committee: null,
  session: null,
  caseNumber: null,
  question: {},
  answer: { text: '', tables: [] },
  signature: null,
  ministry: null,
  quality: 'needs-review',
}

/** What a record the parser did not give is scored as: nothing found. */
const MISSING = { ...REFUSED, quality: 'ok' }

/** Every real fixture: `{ name, group, input, expected, check }`. */
/**
 * The round before whose rules each corpus document came in (fixtures/real/intake.json: round → folder names; a
 * folder not listed came with the first corpus, before round 0). A check-set document that came in before round N
 * had no rule of rounds < N written while it was in the repository: the freshest measure of unseen documents.
 */
function intakeRounds() {
  const file = join(FIXTURES, CORPUS_GROUP, 'intake.json')
  const rounds = new Map()
  if (!existsSync(file)) return rounds
  for (const [round, names] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
    for (const name of names) rounds.set(name, Number(round))
  }
  return rounds
}

/**
 * Intakes whose check-set documents were retired into training (fixtures/real/check-retired.json): their figure was
 * recorded in docs/accuracy.md, then seen often enough that it no longer measured unseen documents, so rules may be
 * written from them and the check set is the later intakes' check documents.
 */
function retiredRounds() {
  const file = join(FIXTURES, CORPUS_GROUP, 'check-retired.json')
  if (!existsSync(file)) return new Set()
  return new Set(JSON.parse(readFileSync(file, 'utf8')).rounds.map(Number))
}

export function realCases(groups = REAL_GROUPS) {
  const intake = intakeRounds()
  const retired = retiredRounds()
  const cases = []
  for (const group of groups) {
    const root = join(FIXTURES, group)
    if (!existsSync(root)) continue
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const dir = join(root, entry.name)
      const input = readdirSync(dir).find((file) => file.startsWith('input.'))
      if (!input || !existsSync(join(dir, 'expected.json'))) continue
      cases.push({
        name: `${group}/${entry.name}`,
        group,
        input: join(dir, input),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')),
        check: group === CORPUS_GROUP && isCheckCase(entry.name) && !retired.has(intake.get(entry.name) ?? 0),
        intake: group === CORPUS_GROUP ? (intake.get(entry.name) ?? 0) : undefined,
      })
    }
  }
  return cases.sort((a, b) => a.name.localeCompare(b.name))
}

/** Sums scores: per field right/total/silent, and tables found/exact/total. */
export function summarise(scores) {
  const perField = new Map(FIELDS.map((field) => [field, { right: 0, total: 0, silent: 0 }]))
  const tables = { total: 0, found: 0, exact: 0, silent: 0 }
  for (const score of scores) {
    for (const { field, ok, silent } of score.fields) {
      const entry = perField.get(field.replace(/^#\d+ /u, ''))
      entry.total++
      if (ok) entry.right++
      if (silent) entry.silent++
    }
    for (const table of score.tables) {
      tables.total++
      if (table.found) tables.found++
      if (table.exact) tables.exact++
      if (table.silent) tables.silent++
    }
  }
  let right = 0
  let total = 0
  let silent = 0
  for (const entry of perField.values()) {
    right += entry.right
    total += entry.total
    silent += entry.silent
  }
  return { perField, right, total, silent, tables, documents: scores.length }
}

/** `text` with the characters a pattern reads as syntax escaped: a probe's words sought as written. */
export const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** A table (a record's or an expectation's) as its grid of printed texts, header first. */
export const tableGrid = (table) => [table.header, ...table.rows.map((row) => row.map((cell) => cell.raw))]

/**
 * The warnings that say a table's reading may be wrong (both send the record to review): its rows, columns or cells
 * inferred (`table-layout-inferred`), or its headings put over the columns by a guess (`table-header-inferred`).
 */
const TABLE_DOUBTS = new Set(['table-layout-inferred', 'table-header-inferred'])

/**
 * How a record's first table came back against a table's expectation, for the table probes (table-variants.js,
 * pdf-table-probe.js): `exact` (header and cells as expected), with `exactRaw` also `exact-raw` (every printed text
 * right, some value not: number reading, not layout), `transposed` (the same grid turned, and the record warns that
 * the reading was inferred — counts alone cannot tell a table set column by column from its transpose), `wrong`
 * (other cells, the reading flagged: `TABLE_DOUBTS`), `silent` (other cells and no warning — the worst outcome), `lost`
 * (found, no cells: flagged), `missing` (no table).
 */
export function tableOutcome(record, want, { exactRaw = false } = {}) {
  const got = record.answer.tables[0]
  if (!got) return 'missing'
  if (got.rows.length === 0) return 'lost'
  if (isDeepStrictEqual(got.header, want.header) && isDeepStrictEqual(got.rows, want.rows)) return 'exact'
  const wanted = tableGrid(want)
  if (exactRaw && isDeepStrictEqual(tableGrid(got), wanted)) return 'exact-raw'
  const transposed = wanted[0].map((_, column) => wanted.map((row) => row[column]))
  const flagged = record.warnings.some((warning) => TABLE_DOUBTS.has(warning.code))
  if (!flagged) return 'silent'
  return isDeepStrictEqual(tableGrid(got), transposed) ? 'transposed' : 'wrong'
}
