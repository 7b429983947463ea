import type { ErrorCode } from '@ft-answers/schema';
export type { ErrorCode };
export interface ParseErrorOptions {
    page?: number;
    cause?: unknown;
}
/**
 * An input that cannot become a record: not a PDF, encrypted, no text layer, not a Folketing document…
 * Problems *inside* a document that still parses are warnings on the record, not errors.
 */
export declare class ParseError extends Error {
    readonly name = "ParseError";
    readonly code: ErrorCode;
    readonly page: number | undefined;
    constructor(code: ErrorCode, message: string, options?: ParseErrorOptions);
}
export declare function isParseError(value: unknown): value is ParseError;
//# sourceMappingURL=errors.d.ts.map