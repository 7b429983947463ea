/**
 * Property-based tests (fast-check): whatever the text — noise, truncation, shuffled or dropped lines, Unicode
 * oddities, megabytes — parsing either returns a record that validates or throws a ParseError. Nothing else
 * escapes.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { recordSchema } from '@ft-answers/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ParseError, parse } from '../src/index.js'

const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 1000)
const FIXTURES = new URL('../../../fixtures/', import.meta.url)

const corpus = ['seeds', 'answers', 'questions'].flatMap((group) =>
  readdirSync(new URL(`${group}/`, FIXTURES), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readFileSync(new URL(`${group}/${entry.name}/input.txt`, FIXTURES), 'utf8')),
)

/** Parse, and say what happened; anything but a record or a ParseError fails the property. */
async function parsesOrRefuses(input: string, format?: 'text' | 'markdown' | 'html'): Promise<void> {
  try {
    const record = await parse(input, format ? { format } : {})
    const checked = recordSchema.safeParse(record)
    if (!checked.success) throw new Error(`invalid record: ${checked.error.message}`)
  } catch (error) {
    if (!(error instanceof ParseError)) throw error
  }
}

/** Characters that break naive text handling. */
const oddities = fc.constantFrom(
  '\u00AD', // soft hyphen
  '\u200B', // zero-width space
  '\u200E', // left-to-right mark
  '\u202E', // right-to-left override
  '\uFEFF', // byte order mark
  '\u0301', // combining acute accent
  '\uFFFD', // replacement character
  '\u2028', // line separator
  '\r',
  '\t',
  '”',
  '-',
  '\n\n',
  '𝔉', // astral plane
  '\uD800', // lone surrogate
)

/** A corpus document, damaged: lines dropped, shuffled or truncated, odd characters inserted. */
const damaged = fc
  .record({
    document: fc.integer({ min: 0, max: corpus.length - 1 }),
    drop: fc.array(fc.nat(), { maxLength: 10 }),
    swaps: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
    inserts: fc.array(fc.tuple(fc.nat(), oddities), { maxLength: 20 }),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  })
  .map(({ document, drop, swaps, inserts, cut }) => {
    let lines = (corpus[document] ?? '').split('\n')
    const dropped = new Set(drop.map((index) => index % Math.max(1, lines.length)))
    lines = lines.filter((_, index) => !dropped.has(index))
    for (const [a, b] of swaps) {
      const i = a % Math.max(1, lines.length)
      const j = b % Math.max(1, lines.length)
      const line = lines[i] ?? ''
      lines[i] = lines[j] ?? ''
      lines[j] = line
    }
    let text = lines.join('\n')
    for (const [at, character] of inserts) {
      const position = at % (text.length + 1)
      text = text.slice(0, position) + character + text.slice(position)
    }
    return cut === null ? text : text.slice(0, Math.floor(text.length * cut))
  })

describe('properties: no exception escapes the parser', () => {
  it(`random strings, as text, Markdown and HTML (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('text', 'markdown', 'html') as fc.Arbitrary<'text' | 'markdown' | 'html'>,
        parsesOrRefuses,
      ),
      { numRuns: RUNS },
    )
  }, 300_000)

  it(`damaged corpus documents (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(damaged, (text) => parsesOrRefuses(text)),
      { numRuns: RUNS },
    )
  }, 300_000)

  it(`damaged corpus documents as HTML paragraphs (${RUNS} runs)`, async () => {
    const html = damaged.map(
      (text) =>
        `<html><body>${text
          .split('\n')
          .map((line) => `<p>${line.replace(/[<&]/gu, ' ')}</p>`)
          .join('\n')}</body></html>`,
    )
    await fc.assert(
      fc.asyncProperty(html, (text) => parsesOrRefuses(text, 'html')),
      { numRuns: RUNS },
    )
  }, 300_000)

  it('pathologically nested HTML and Markdown are refused quickly with E_TOO_LARGE', async () => {
    const started = performance.now()
    await expect(parse(`${'<div>'.repeat(100_000)}Svar: ja`, { format: 'html' })).rejects.toMatchObject({ code: 'E_TOO_LARGE' })
    await expect(parse(`${'>'.repeat(100_000)} Svar`, { format: 'markdown' })).rejects.toMatchObject({ code: 'E_TOO_LARGE' })
    await expect(parse(`${'- '.repeat(50_000)}x`, { format: 'markdown' })).rejects.toMatchObject({ code: 'E_TOO_LARGE' })
    expect(performance.now() - started).toBeLessThan(20_000)
  }, 60_000)

  it('5 MB of answer text parses to a valid record', async () => {
    const seed = corpus.find((text) => text.includes('Spørgsmål nr. 75')) ?? ''
    const closing = seed.indexOf('Venlig hilsen')
    const answer = seed.slice(seed.indexOf('Svar:') + 'Svar:'.length, closing)
    let text = seed.slice(0, closing)
    while (text.length < 5 * 1024 * 1024) text += answer
    text += seed.slice(closing)
    const record = await parse(text)
    expect(recordSchema.safeParse(record).success).toBe(true)
    expect(record.question.number).toBe('75')
    expect(record.answer.text.length).toBeGreaterThan(4 * 1024 * 1024)
    expect(record.answer.tables.length).toBeGreaterThan(100)
    expect(record.signature?.name).toBe('Ane Halsboe-Jørgensen')
  }, 120_000)
})
