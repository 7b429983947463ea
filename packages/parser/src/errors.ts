import type { ErrorCode } from '@ft-answers/schema'

export type { ErrorCode }

export interface ParseErrorOptions {
  page?: number
  cause?: unknown
}

/**
 * An input that cannot become a record: not a PDF, encrypted, no text layer, not a Folketing document…
 * Problems *inside* a document that still parses are warnings on the record, not errors.
 */
export class ParseError extends Error {
  override readonly name = 'ParseError'
  readonly code: ErrorCode
  readonly page: number | undefined

  constructor(code: ErrorCode, message: string, options: ParseErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.page = options.page
  }
}

export function isParseError(value: unknown): value is ParseError {
  return value instanceof ParseError
}
