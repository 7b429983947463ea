/**
 * Compares a record with a hand-written expectation (fixtures/<group>/<case>/expected.json).
 * An expectation lists only what was read off the document; every listed field must match exactly.
 * Besides record fields it may use: `question.textStartsWith|textEndsWith|textIncludes`,
 * `answer.textStartsWith|textEndsWith|textIncludes|textExcludes`, `answer.blockTypes`, `answer.figures|footnotes|lists`,
 * `warnings` (the exact set of warning codes). A document that answers several questions has one expectation per
 * question, in order: `{ "records": [ … ] }` (`parseAll` gives one record each; `parse` the first, which then also
 * warns `question-multiple`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FtRecord } from '@ft-answers/schema'
import { expect } from 'vitest'

export const FIXTURES = new URL('../../../fixtures/', import.meta.url).pathname

export interface FixtureCase {
  name: string
  dir: string
  input: string
  /** What `parse` gives: the first record's expectation (see `firstExpectation`). */
  expected: Record<string, unknown>
  /** What `parseAll` gives: one expectation per record. */
  records: Record<string, unknown>[]
}

/** The expectations of every record of a document: `records`, or the one expectation. */
export function recordExpectations(expected: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(expected.records) ? (expected.records as Record<string, unknown>[]) : [expected]
}

/**
 * The expectation of the record `parse` gives: the first record's, and where there are more, its warnings with
 * `question-multiple` (which says that `parseAll` has the others).
 */
export function firstExpectation(expected: Record<string, unknown>): Record<string, unknown> {
  const all = recordExpectations(expected)
  const [first = {}] = all
  if (all.length === 1 || !Array.isArray(first.warnings)) return first
  return { ...first, warnings: [...(first.warnings as string[]), 'question-multiple'] }
}

export function fixtureCases(group: string, input = 'input.txt'): FixtureCase[] {
  const root = join(FIXTURES, group)
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'expected.json')) && existsSync(join(root, entry.name, input)),
    )
    .map((entry) => {
      const expected = JSON.parse(readFileSync(join(root, entry.name, 'expected.json'), 'utf8')) as Record<string, unknown>
      return {
        name: `${group}/${entry.name}`,
        dir: join(root, entry.name),
        input: join(root, entry.name, input),
        expected: firstExpectation(expected),
        records: recordExpectations(expected),
      }
    })
}

const TEXT_CHECKS = new Set(['textStartsWith', 'textEndsWith', 'textIncludes', 'textExcludes'])

/** Expectation keys that list the answer's blocks of one type. */
const BLOCK_GROUPS: Record<string, string> = { figures: 'figure', footnotes: 'footnote', lists: 'list' }

/** Keys of an expectation's `question` or `answer` that are checks, not record fields. */
export const CHECK_KEYS = new Set([...TEXT_CHECKS, 'blockTypes', ...Object.keys(BLOCK_GROUPS)])

function checkText(actual: string | null, key: string, value: unknown, field: string): void {
  const text = actual ?? ''
  if (key === 'textStartsWith') expect(text.slice(0, String(value).length), `${field} starts with`).toBe(value)
  if (key === 'textEndsWith') expect(text.slice(-String(value).length), `${field} ends with`).toBe(value)
  // One part or a list of parts (as `scripts/score.js` reads them): a string is one part, not its characters.
  const parts = [value].flat() as string[]
  if (key === 'textIncludes') for (const part of parts) expect(text, `${field} includes`).toContain(part)
  if (key === 'textExcludes') for (const part of parts) expect(text, `${field} excludes`).not.toContain(part)
}

/** Each record of a document (`parseAll`) against its expectation: as many records as expectations, in order. */
export function expectRecords(records: readonly FtRecord[], expected: Record<string, unknown> | Record<string, unknown>[]): void {
  const all = Array.isArray(expected) ? expected : recordExpectations(expected)
  expect(
    records.map((record) => record.question.number),
    'one record per question',
  ).toHaveLength(all.length)
  all.forEach((want, at) => {
    const record = records[at] as FtRecord
    expect(record.source, `record ${at + 1}`).toMatchObject({ part: at + 1, parts: all.length })
    expectRecord(record, want)
  })
}

/** A record against an expectation (of a document with several records: the first, as `parse` gives it). */
export function expectRecord(record: FtRecord, given: Record<string, unknown>): void {
  const expected = Array.isArray(given.records) ? firstExpectation(given) : given
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'warnings') {
      expect([...new Set(record.warnings.map((warning) => warning.code))].sort(), 'warning codes').toEqual([...(value as string[])].sort())
    } else if (key === 'question') {
      for (const [field, want] of Object.entries(value as Record<string, unknown>)) {
        if (TEXT_CHECKS.has(field)) checkText(record.question.text, field, want, 'question.text')
        else expect(record.question[field as keyof FtRecord['question']], `question.${field}`).toEqual(want)
      }
    } else if (key === 'answer') {
      for (const [field, want] of Object.entries(value as Record<string, unknown>)) {
        if (TEXT_CHECKS.has(field)) checkText(record.answer.text, field, want, 'answer.text')
        else if (field === 'blockTypes')
          expect(
            record.answer.blocks.map((block) => block.type),
            'answer block types',
          ).toEqual(want)
        else if (BLOCK_GROUPS[field]) {
          const type = BLOCK_GROUPS[field]
          // Listed blocks must match in order; fields an expectation leaves out (a figure's bbox) are not compared.
          expect(
            record.answer.blocks.filter((block) => block.type === type),
            `answer ${field}`,
          ).toMatchObject(want as object[])
          expect(record.answer.blocks.filter((block) => block.type === type)).toHaveLength((want as unknown[]).length)
        } else expect(record.answer[field as keyof FtRecord['answer']], `answer.${field}`).toEqual(want)
      }
    } else {
      expect(record[key as keyof FtRecord], key).toEqual(value)
    }
  }
}
