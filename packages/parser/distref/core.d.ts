/**
 * `@ft-answers/parser/core`: `parse` and its errors, without the Markdown renderer (`recordToMarkdown`) and the
 * other helpers of the main entry. What the CLI's workers load: each worker process imports its parser anew, and
 * the renderer's remark stack is ~100 ms of start-up per worker that a batch never uses there.
 */
export type { ErrorCode, ParseErrorOptions } from './errors.js';
export { isParseError, ParseError } from './errors.js';
export type { ParseInput, ParseOptions, TreeResult } from './parse.js';
export { DEFAULT_MAX_BYTES, parse, parseAll, parseFile, parseFileAll, parseToTree } from './parse.js';
//# sourceMappingURL=core.d.ts.map