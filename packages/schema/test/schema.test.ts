import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as schema from '../src/index.js'

describe('@ft-answers/schema', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(schema).sort()).toEqual([
      'answerSchema',
      'askerSchema',
      'blockSchema',
      'committeeSchema',
      'documentTypeSchema',
      'errorCodeSchema',
      'errorJsonSchema',
      'errorRecordSchema',
      'isoDateSchema',
      'provenanceSchema',
      'questionKindSchema',
      'questionSchema',
      'recordJsonSchema',
      'recordSchema',
      'referenceSchema',
      'schemaVersion',
      'signatureSchema',
      'sourceFormatSchema',
      'sourceSchema',
      'tableCellSchema',
      'tableSchema',
      'warningSchema',
    ])
  })

  it('record.schema.json is current (run `pnpm schema` after changing the zod schema)', () => {
    const committed = JSON.parse(readFileSync(new URL('../record.schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(schema.recordJsonSchema())
  })

  it('rejects impossible dates and bad session codes', () => {
    expect(schema.isoDateSchema.safeParse('2021-02-30').success).toBe(true) // shape only; the parser checks calendars
    expect(schema.isoDateSchema.safeParse('2021-13-01').success).toBe(false)
    expect(schema.recordSchema.shape.session.safeParse('2016-17').success).toBe(false)
    expect(schema.recordSchema.shape.session.safeParse('20161').success).toBe(true)
  })

  it('discriminates blocks by type', () => {
    expect(schema.blockSchema.safeParse({ type: 'table', table: 0 }).success).toBe(true)
    expect(schema.blockSchema.safeParse({ type: 'table', text: 'x' }).success).toBe(false)
    expect(schema.blockSchema.safeParse({ type: 'footnote', identifier: '1', text: 'Kilde' }).success).toBe(true)
  })
})
