import { z } from 'zod'
import { recordSchema } from './record.js'

/** The record format as JSON Schema (draft 2020-12), for non-TypeScript consumers. */
export function recordJsonSchema(): object {
  return {
    ...z.toJSONSchema(recordSchema, { target: 'draft-2020-12' }),
    $id: 'https://github.com/ft-answers/ft-answers/packages/schema/record.schema.json',
    title: 'ft-answers record',
  }
}
