import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as schema from '../src/index.js'

type JsonSchema = Record<string, unknown>

/** A JSON Schema node has a description, or is a `$ref` to a definition that has one. */
function described(root: JsonSchema, node: JsonSchema): boolean {
  if (typeof node.description === 'string' && node.description.trim() !== '') return true
  const ref = node.$ref
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return false
  const target = (root.$defs as Record<string, JsonSchema> | undefined)?.[ref.slice('#/$defs/'.length)]
  return target !== undefined && described(root, target)
}

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
      'reviewWarningCodes',
      'safeParseRecord',
      'schemaVersion',
      'signatureSchema',
      'sourceFormatSchema',
      'sourceSchema',
      'tableCellSchema',
      'tableSchema',
      'warningCodeSchema',
      'warningCodes',
      'warningSchema',
    ])
  })

  it('record.schema.json is current (run `pnpm schema` after changing the zod schema)', () => {
    const committed = JSON.parse(readFileSync(new URL('../record.schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(schema.recordJsonSchema())
  })

  it('safeParseRecord answers as recordSchema.safeParse, before and after it compiles the schema', () => {
    const record = {
      schemaVersion: 2,
      source: { path: 'a.txt', format: 'text', sha256: 'a'.repeat(64), document: 'b'.repeat(16), part: 1, parts: 1, pages: null },
      documentType: 'answer',
      committee: { code: 'BEU', name: 'Beskæftigelsesudvalget' },
      session: '20161',
      caseNumber: null,
      questionKey: null,
      url: 'https://www.ft.dk/samling/20161/almdel/beu/spm/1/index.htm',
      question: {
        kind: 'general',
        number: '1',
        bill: null,
        askedOn: '2016-11-17',
        askers: [{ name: 'A B', party: null, nonMember: false }],
        askedByCommittee: false,
        recipient: null,
        text: 'Vil ministeren?',
      },
      answer: { answeredOn: null, text: 'Ja.', blocks: [{ type: 'paragraph', text: 'Ja.' }], tables: [] },
      signature: null,
      ministry: null,
      references: [],
      quality: 'ok',
      qualityReasons: [],
      warnings: [],
      provenance: { committee: { source: 'document', rule: 'stamp', confidence: 1, lines: [1, 1], text: 'BEU' } },
    }
    const wrong = { ...record, session: '2016-17', provenance: { committee: { source: 'elsewhere' } } }
    // Enough calls that the later ones take the compiled parser.
    for (let call = 0; call < 20; call++) {
      expect(schema.safeParseRecord(record)).toEqual(schema.recordSchema.safeParse(record))
      expect(schema.safeParseRecord(wrong).error?.issues).toEqual(schema.recordSchema.safeParse(wrong).error?.issues)
    }
    expect(schema.safeParseRecord(record).success).toBe(true)
    expect(schema.safeParseRecord(wrong).success).toBe(false)
  })

  it('rejects impossible dates and bad session codes', () => {
    expect(schema.isoDateSchema.safeParse('2023-02-31').success).toBe(false)
    expect(schema.isoDateSchema.safeParse('2023-02-29').success).toBe(false)
    expect(schema.isoDateSchema.safeParse('2024-02-29').success).toBe(true)
    expect(schema.isoDateSchema.safeParse('2021-13-01').success).toBe(false)
    expect(schema.recordSchema.shape.answer.shape.answeredOn.safeParse('2023-02-31').success).toBe(false)
    expect(schema.recordSchema.shape.session.safeParse('2016-17').success).toBe(false)
    expect(schema.recordSchema.shape.session.safeParse('20161').success).toBe(true)
  })

  it('every property in the JSON Schema has a description (on it, or on the definition it refers to)', () => {
    const json = schema.recordJsonSchema() as JsonSchema
    const undescribed: string[] = []
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties') {
          for (const [name, property] of Object.entries(value as Record<string, JsonSchema>)) {
            if (!described(json, property)) undescribed.push(`${path}/properties/${name}`)
          }
        }
        visit(value, `${path}/${key}`)
      }
    }
    visit(json, '#')
    expect(undescribed).toEqual([])
  })

  it('dates in the JSON Schema carry `format: "date"`', () => {
    const json = schema.recordJsonSchema() as JsonSchema
    const properties = (path: string[]): JsonSchema =>
      path.reduce<JsonSchema>((node, name) => (node.properties as Record<string, JsonSchema>)[name] as JsonSchema, json)
    for (const path of [
      ['question', 'askedOn'],
      ['answer', 'answeredOn'],
    ]) {
      expect(properties(path).anyOf).toContainEqual(expect.objectContaining({ type: 'string', format: 'date' }))
    }
  })

  it('discriminates blocks by type', () => {
    expect(schema.blockSchema.safeParse({ type: 'table', table: 0 }).success).toBe(true)
    expect(schema.blockSchema.safeParse({ type: 'table', text: 'x' }).success).toBe(false)
    expect(schema.blockSchema.safeParse({ type: 'footnote', identifier: '1', text: 'Kilde' }).success).toBe(true)
  })

  it('references name the same kinds as questions, and an annex; the JSON Schema lists them', () => {
    const kinds = ['general', 'bill', 'consultation', 'section20', 'appropriation', 'eu-proposal']
    expect(schema.questionKindSchema.options).toEqual(kinds)
    expect(schema.referenceSchema.shape.kind.options).toEqual([...kinds, 'annex'])
    const reference = { kind: 'eu-proposal', number: '2', bill: 'KOM (2013) 0173', committee: null, session: null, text: 'x' }
    expect(schema.referenceSchema.safeParse(reference).success).toBe(true)
    expect(schema.referenceSchema.safeParse({ ...reference, kind: 'kommissionsforslag' }).success).toBe(false)
    const json = JSON.stringify(schema.recordJsonSchema())
    expect(json).toContain('"appropriation"')
    expect(json).toContain('"eu-proposal"')
  })
})
