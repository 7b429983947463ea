import { z } from 'zod'
import { sourceSchema } from './record.js'

/** Stable codes of inputs that could not be parsed; documented in docs/errors.md. */
export const errorCodeSchema = z.enum([
  'E_EMPTY',
  'E_TOO_LARGE',
  'E_UNSUPPORTED_FORMAT',
  'E_NOT_PDF',
  'E_PDF_CORRUPT',
  'E_PDF_ENCRYPTED',
  'E_NO_TEXT_LAYER',
  'E_NOT_AN_ANSWER',
  'E_TIMEOUT',
  'E_ABORTED',
  'E_WORKER_CRASHED',
  'E_ZIP_CORRUPT',
  'E_ZIP_UNSAFE',
  'E_READ',
  'E_INTERNAL',
])

/** The line written for an input that failed in a batch. */
export const errorRecordSchema = z.object({
  source: sourceSchema.partial({ sha256: true, pages: true, format: true, document: true, part: true, parts: true }),
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    page: z.number().int().positive().optional(),
  }),
})

export type ErrorCode = z.infer<typeof errorCodeSchema>
export type ErrorRecord = z.infer<typeof errorRecordSchema>

/** The error line as JSON Schema (draft 2020-12), for non-TypeScript consumers; written to error.schema.json. */
export function errorJsonSchema(): object {
  return {
    ...z.toJSONSchema(errorRecordSchema, { target: 'draft-2020-12' }),
    $id: 'https://github.com/ft-answers/ft-answers/packages/schema/error.schema.json',
    title: 'ft-answers error line',
  }
}
