import { type FtRecord, type SourceFormat } from '@ft-answers/schema';
import type { Root } from 'mdast';
import { Messages } from './messages.js';
/** Inputs larger than this are refused (`E_TOO_LARGE`); the largest real answer seen is ~2 MB. */
export declare const DEFAULT_MAX_BYTES: number;
export interface ParseOptions {
    /** Name recorded as `source.path` (defaults to `<input>`). */
    path?: string;
    /** Skip sniffing and read the input as this format. */
    format?: SourceFormat;
    /** Refuse inputs larger than this many bytes. */
    maxBytes?: number;
    /** Refuse PDFs with more pages than this (`E_TOO_LARGE`). */
    maxPages?: number;
    /**
     * Refuse PDFs whose Flate streams inflate to more than this many bytes in total (`E_TOO_LARGE`; default
     * `DEFAULT_MAX_INFLATED_BYTES`, 256 MB): pdf.js inflates outside the JS heap, where no heap limit reaches.
     */
    maxInflatedBytes?: number;
    /** Throw `E_NOT_AN_ANSWER` for documents that are not Folketing question/answer documents (default true). */
    requireFolketingDocument?: boolean;
    /**
     * Stops the parse, checked between stages and per PDF page: `E_TIMEOUT` when it timed out
     * (`AbortSignal.timeout(ms)`), `E_ABORTED` otherwise.
     */
    signal?: AbortSignal;
}
export interface TreeResult {
    tree: Root;
    format: SourceFormat;
    pages: number | null;
    messages: Messages;
}
/** What `parse` reads: the document's text, or its bytes — a Node `Buffer`, any `Uint8Array`, an `ArrayBuffer`. */
export type ParseInput = string | Uint8Array | ArrayBuffer;
/** Any input → the mdast block tree with provenance, before extraction. */
export declare function parseToTree(input: ParseInput, options?: ParseOptions): Promise<TreeResult>;
/**
 * Parse a document (its content as a string, or its bytes) into validated records, one per question it answers (a
 * letter answering "spørgsmål nr. 12 og 13" gives two); always at least one. The records share `source` but for
 * `source.part` (1 to `source.parts`).
 */
export declare function parseAll(input: ParseInput, options?: ParseOptions): Promise<FtRecord[]>;
/**
 * Parse a document into one validated record: the first question's, where the document answers several — then
 * with a `question-multiple` warning that says so (`parseAll` gives every question its record).
 */
export declare function parse(input: ParseInput, options?: ParseOptions): Promise<FtRecord>;
/** Read a file and parse it into one record (as `parse`); `source.path` is the path as given. */
export declare function parseFile(path: string, options?: Omit<ParseOptions, 'path'>): Promise<FtRecord>;
/** Read a file and parse it into a record per question (as `parseAll`); `source.path` is the path as given. */
export declare function parseFileAll(path: string, options?: Omit<ParseOptions, 'path'>): Promise<FtRecord[]>;
//# sourceMappingURL=parse.d.ts.map