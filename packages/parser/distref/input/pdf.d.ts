/**
 * PDF → mdast: pdf.js text items per page → runs → lines (drawn bullets added where a list is likely) → regions →
 * tables from positions (then, for what positions could not build, from text) → the shared block builder.
 */
import type { Root } from 'mdast';
import type { Messages } from '../messages.js';
/** PDFs with more pages than this are refused by default (the longest answer letters run to ~60 pages). */
export declare const DEFAULT_MAX_PAGES = 300;
export interface PdfOptions {
    messages: Messages;
    maxPages?: number;
    /** What the Flate streams may inflate to in total (see `pdf-inflate-guard.ts`). */
    maxInflatedBytes?: number;
    /** Checked before each page is read (see `abort.ts`). */
    signal?: AbortSignal;
}
export interface PdfResult {
    tree: Root;
    pages: number;
}
export declare function pdfToTree(bytes: Uint8Array, options: PdfOptions): Promise<PdfResult>;
//# sourceMappingURL=pdf.d.ts.map